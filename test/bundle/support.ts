// Shared by the bundle tests: temp folders, the built CLI, reading a bundle's entries back.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { openPromise } from 'yauzl'
import { Manifest } from '../../src/shared/contract'
import { BundleService, type BundleServiceOptions } from '../../src/main/bundle/bundle-service'
import type { Collector } from '../../src/main/bundle/collectors/types'

export const CLI = resolve(__dirname, '../../out/cli/logi-diag.js')

export function requireCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the bundle tests`)
}

const made: string[] = []
export function tempDir(prefix = 'logi-bundle-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix))
  made.push(d)
  return d
}
export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
}

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the built CLI with the app's state folders pointed at `dataDir`. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, onSpawn?: (pid: number) => void): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }))
    if (onSpawn && child.pid) onSpawn(child.pid)
  })
}

export async function zipEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await openPromise(path, { lazyEntries: true, autoClose: false })
  const out = new Map<string, Buffer>()
  try {
    for await (const e of zip.eachEntry()) {
      const chunks: Buffer[] = []
      for await (const c of (await zip.openReadStreamPromise(e)) as AsyncIterable<Buffer>) chunks.push(c)
      out.set(e.fileName, Buffer.concat(chunks))
    }
  } finally {
    zip.close()
  }
  return out
}

export async function manifestOf(path: string): Promise<Manifest> {
  return Manifest.parse(JSON.parse((await zipEntries(path)).get('manifest.json')!.toString('utf8')))
}

/**
 * Every way a canary could hide in a bundle: each entry's bytes (gzip members expanded) read as
 * UTF-8 and as UTF-16LE, the entry names, and the raw zip file itself. Case-insensitive.
 */
export async function leakedCanaries(zipPath: string, canaries: readonly string[]): Promise<string[]> {
  const entries = await zipEntries(zipPath)
  const texts: string[] = []
  for (const [name, data] of entries) {
    texts.push(name)
    const bodies = [data]
    if (data[0] === 0x1f && data[1] === 0x8b) bodies.push(gunzipSync(data))
    for (const b of bodies) texts.push(b.toString('utf8'), b.toString('utf16le'), b.subarray(1).toString('utf16le'))
  }
  const all = texts.join('\n').toLowerCase()
  return canaries.filter((c) => all.includes(c.toLowerCase()))
}

/** A service over an empty room with only the given collectors, its state kept under `root`. */
export function serviceFor(root: string, collectors: readonly Collector[], extra: Partial<BundleServiceOptions> = {}): BundleService {
  const room = async () => ({ snapshot: { devices: [], systems: [] }, tree: [], warnings: [] })
  return new BundleService({
    room,
    onProgress: () => undefined,
    collectors,
    env: { ...process.env, LOGI_DIAG_DATA_DIR: join(root, 'state') },
    ...extra
  })
}
