// Where a bundle goes: a folder (the name is chosen) or an explicit .zip path; by default the
// app's bundle folder. And the pseudonym map beside it: mode 0600, never inside the zip.
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { PseudonymEntry } from '../privacy'
import { defaultBundleDir } from '../app-paths/app-paths'
import { CollectionError } from './collection-error'

export function bundleFileName(createdAt: string, bundleId: string): string {
  const stamp = createdAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `logi-diag-${stamp}-${bundleId.slice(0, 8)}.zip`
}

export async function resolveDestination(destination: string | undefined, createdAt: string, bundleId: string): Promise<string> {
  const target = resolve(destination ?? defaultBundleDir())
  const isZip = /\.zip$/i.test(target)
  const folder = isZip ? dirname(target) : target
  const st = await stat(folder).catch(() => null)
  if (st && !st.isDirectory()) throw new CollectionError(`${folder} is a file, not a folder`)
  if (!st) await mkdir(folder, { recursive: true })
  const finalPath = isZip ? target : join(folder, bundleFileName(createdAt, bundleId))
  if (await stat(finalPath).catch(() => null)) throw new CollectionError(`${finalPath} already exists; choose another name`)
  return finalPath
}

export function mapPathFor(zipPath: string): string {
  return join(dirname(zipPath), `${basename(zipPath).replace(/\.zip$/i, '')}.pseudonym-map.json`)
}

/** Writes the map atomically with mode 0600 (a temp beside it, fsync, rename). */
export async function writePseudonymMap(
  zipPath: string,
  bundleId: string,
  createdAt: string,
  entries: readonly PseudonymEntry[]
): Promise<string> {
  const path = mapPathFor(zipPath)
  const temp = `${path}.${process.pid}.partial`
  const body = {
    note: 'Which real value each token in the bundle stands for. Keep this file on this machine; never send it.',
    bundleId,
    createdAt,
    entries: entries.map((e) => ({ token: e.token, value: e.value, category: e.category }))
  }
  const fh = await open(temp, 'w', 0o600)
  try {
    await fh.writeFile(JSON.stringify(body, null, 2) + '\n')
    await fh.sync()
  } catch (err) {
    await fh.close()
    await unlink(temp).catch(() => undefined)
    throw err
  }
  await fh.close()
  await rename(temp, path)
  return path
}
