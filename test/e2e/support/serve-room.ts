// `logi-diag serve` inside a simulated room: the real core, the real web server, the built
// renderer, and umockdev hotplug underneath.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describeRoom, type RoomOptions, type SimUsbDevice } from '../../umockdev/describe'
import { assertUmockdevAvailable, startRoom, type RunningRoom, type RunOptions } from '../../umockdev/harness'

const ROOT = resolve(__dirname, '../../..')
export const CLI = join(ROOT, 'out/cli/logi-diag.js')
export const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p))
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

/** Fails loudly (never skips) when something the e2e tier needs is missing or out of date. */
export function requireBuiltApp(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (or "node scripts/build-cli.mjs") before the e2e tests`)
  if (!existsSync(RENDERER_INDEX))
    throw new Error(`${RENDERER_INDEX} is missing: run "npm run build" (or "npx electron-vite build") before the e2e tests`)
  const built = statSync(RENDERER_INDEX).mtimeMs
  const sources = Math.max(newestMtime(join(ROOT, 'src/renderer')), newestMtime(join(ROOT, 'src/shared')))
  if (sources > built)
    throw new Error('out/renderer is older than src/renderer or src/shared: run "npx electron-vite build" so the tests see the current UI')
  assertUmockdevAvailable()
}

export interface ServedRoom {
  running: RunningRoom
  /** The address `serve` printed, token included. */
  url: string
  origin: string
  token: string
  stop(): Promise<void>
}

export async function serveRoom(devices: SimUsbDevice[], roomOpts: RoomOptions = {}, run: RunOptions = {}): Promise<ServedRoom> {
  const running = await startRoom(describeRoom(devices, roomOpts), process.execPath, [CLI, 'serve', '--port', '0'], run)
  let line: string
  try {
    line = await running.stdout.waitForLine((l) => l.includes('is serving on http://'), 15_000)
  } catch (err) {
    await running.stop()
    throw new Error(`serve did not start: ${(err as Error).message}\nstderr:\n${running.stderr.lines.join('\n')}`)
  }
  const url = line.slice(line.indexOf('http://')).trim()
  const parsed = new URL(url)
  return {
    running,
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    stop: async () => {
      await running.stop()
    }
  }
}
