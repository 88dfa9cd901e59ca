// Runs the built CLI inside a simulated room; the black-box way the device tier tests detection.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { assertUmockdevAvailable, runUnderRoom, startRoom, type RunOptions, type WriteLogEntry } from '../umockdev/harness'
import { forbiddenWrites } from '../support/write-log'
import { describeRoom, type RoomOptions, type SimUsbDevice } from '../umockdev/describe'
import { Snapshot } from '../../src/shared/contract'

export const CLI = resolve(__dirname, '../../out/cli/logi-diag.js')

/** Every request the simulated devices received must be on the app's read-only allow-list. */
export function expectOnlyAllowedWrites(writes: WriteLogEntry[]): void {
  const bad = forbiddenWrites(writes)
  if (bad.length > 0) throw new Error(`requests outside the read-only allow-list reached a device:\n${bad.join('\n')}`)
}

function newestSource(dir: string): number {
  let newest = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const st = statSync(p)
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : /\.tsx?$/.test(name) ? st.mtimeMs : 0)
  }
  return newest
}

export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the device tests`)
  // A stale bundle would test yesterday's code: the CLI must be newer than the sources it bundles.
  const src = resolve(__dirname, '../../src')
  const newest = Math.max(newestSource(join(src, 'main')), newestSource(join(src, 'shared')))
  if (statSync(CLI).mtimeMs < newest) throw new Error(`${CLI} is older than src/main or src/shared: run "npm run build" first`)
  assertUmockdevAvailable()
}

export async function detectJson(
  devices: SimUsbDevice[],
  roomOpts: RoomOptions = {},
  run: RunOptions = {}
): Promise<Snapshot & { stderr: string }> {
  const room = describeRoom(devices, roomOpts)
  const r = await runUnderRoom(room, process.execPath, [CLI, 'detect', '--json'], run)
  if (r.code !== 0) throw new Error(`detect exited ${r.code}: ${r.stderr}`)
  expectOnlyAllowedWrites(r.writes)
  return { ...contractSnapshot(r.stdout), stderr: r.stderr }
}

/** `detect --json` prints the core's snapshot without parsing it, to keep zod out of its cold start;
 *  the contract is held here instead, on every room the device tests simulate: the document must
 *  pass the schema and carry nothing the schema would strip or fill in. */
export function contractSnapshot(stdout: string): Snapshot {
  const doc: unknown = JSON.parse(stdout)
  const checked = Snapshot.parse(doc)
  if (!isDeepStrictEqual(checked, doc))
    throw new Error(`detect --json differs from what the contract allows:\n${JSON.stringify(doc)}\nparsed:\n${JSON.stringify(checked)}`)
  return checked
}

export async function watchRoom(devices: SimUsbDevice[], roomOpts: RoomOptions = {}) {
  return startRoom(describeRoom(devices, roomOpts), process.execPath, [CLI, 'detect', '--watch', '--json'])
}
