// Writes the bundle zip atomically: a hidden temp file in the destination folder, fsync, then
// rename. Until the rename nothing exists at the destination; a killed process leaves only the
// temp (removed by the next run), a full disk removes it and says so in plain words.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { randomUUID } from 'node:crypto'
import { ZipFile } from 'yazl'
import { cleanPartialZips, partialZipName } from './stale-files'

export interface ZipEntry {
  path: string
  /** A fresh stream of the entry's bytes. */
  open(): Readable
}

export interface WrittenEntry {
  path: string
  bytes: number
  sha256: string
}

export class DiskFullError extends Error {
  constructor(readonly folder: string) {
    super(
      `The disk is full: there is not enough free space in ${folder} to write the bundle (ENOSPC). Nothing was saved; free some space or choose another folder.`
    )
    this.name = 'DiskFullError'
  }
}

function hashing(into: WrittenEntry): Transform {
  const h = createHash('sha256')
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      h.update(chunk)
      into.bytes += chunk.length
      cb(null, chunk)
    },
    flush(cb) {
      into.sha256 = h.digest('hex')
      cb()
    }
  })
}

function plainError(err: unknown, folder: string): Error {
  const code = (err as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DiskFullError(folder)
  if (code === 'EACCES' || code === 'EPERM') return new Error(`Permission denied: cannot write the bundle in ${folder}.`)
  if (code === 'EROFS') return new Error(`${folder} is on a read-only disk; choose another folder.`)
  return err instanceof Error ? err : new Error(String(err))
}

/**
 * Streams `entries` into a zip at `finalPath`; `last(written)` builds the final entry (the
 * manifest, which lists the others' hashes) once they are all written.
 */
export async function writeZipAtomically(
  finalPath: string,
  entries: readonly ZipEntry[],
  last: (written: WrittenEntry[]) => { path: string; data: Buffer }
): Promise<{ bytes: number; written: WrittenEntry[] }> {
  const folder = dirname(finalPath)
  await cleanPartialZips(folder)
  const temp = join(folder, partialZipName(randomUUID()))
  const zip = new ZipFile()
  const out = createWriteStream(temp, { flags: 'wx', mode: 0o600 })
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve)
    out.on('error', reject)
    zip.outputStream.on('error', reject)
  })
  finished.catch(() => undefined) // awaited below; this only keeps an early failure from going unhandled
  zip.outputStream.pipe(out)
  try {
    const written: WrittenEntry[] = []
    const ends: Promise<void>[] = []
    const mtime = new Date()
    for (const e of entries) {
      const w: WrittenEntry = { path: e.path, bytes: 0, sha256: '' }
      written.push(w)
      const src = e.open()
      const tap = hashing(w)
      ends.push(
        new Promise((resolve, reject) => {
          tap.on('end', resolve)
          tap.on('error', reject)
          src.on('error', reject)
        })
      )
      zip.addReadStream(src.pipe(tap), e.path, { mtime, mode: 0o100644 })
    }
    // the manifest can only list hashes once every entry went through
    await Promise.race([Promise.all(ends), finished.then(() => Promise.reject(new Error('zip output ended early')))])
    const final = last(written)
    zip.addBuffer(final.data, final.path, { mtime, mode: 0o100644 })
    zip.end()
    await finished
    const fh = await open(temp, 'r+')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
    await rename(temp, finalPath)
    // make the rename itself durable (best effort: not every OS lets a folder be fsynced)
    await open(folder, 'r')
      .then(async (d) => {
        await d.sync().catch(() => undefined)
        await d.close()
      })
      .catch(() => undefined)
    return { bytes: out.bytesWritten, written }
  } catch (err) {
    out.destroy()
    await unlink(temp).catch(() => undefined)
    throw plainError(err, folder)
  }
}

export const fileEntry = (path: string, file: string): ZipEntry => ({ path, open: () => createReadStream(file) })
