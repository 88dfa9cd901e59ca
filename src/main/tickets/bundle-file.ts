// What the ticket needs from a bundle: its id (from manifest.json) and size. Bundles are made
// elsewhere; any zip whose manifest.json has a string `bundleId` and a `schemaVersion` will do.
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import yauzl from 'yauzl'

export interface BundleFacts {
  path: string
  name: string
  bundleId: string
  size: number
  modifiedAt: string
  /** manifest.json as stored, attached beside the zip so agents can read it without unzipping. */
  manifest: Buffer
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_MANIFEST = 1024 * 1024

export class BundleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BundleError'
  }
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  if (entry.uncompressedSize > MAX_MANIFEST) throw new BundleError('manifest.json is larger than 1 MiB')
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function readBundle(path: string): Promise<BundleFacts> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new BundleError(err.code === 'ENOENT' ? `no bundle at ${path}` : `cannot read the bundle ${path}: ${err.code ?? err.message}`)
  })
  if (!info.isFile()) throw new BundleError(`${path} is not a file`)
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(path, { strictFileNames: false })
  } catch (err) {
    throw new BundleError(`${basename(path)} is not a readable zip: ${(err as Error).message}`)
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== 'manifest.json') continue
      let manifest: unknown
      let bytes: Buffer
      try {
        bytes = await readEntry(zip, entry)
        manifest = JSON.parse(bytes.toString('utf8'))
      } catch (err) {
        throw err instanceof BundleError ? err : new BundleError(`${basename(path)}: manifest.json is not valid JSON`)
      }
      const m = manifest as { bundleId?: unknown; schemaVersion?: unknown }
      if (typeof m?.bundleId !== 'string' || !UUID.test(m.bundleId))
        throw new BundleError(`${basename(path)}: manifest.json has no bundleId (UUID)`)
      if (m.schemaVersion === undefined) throw new BundleError(`${basename(path)}: manifest.json has no schemaVersion`)
      return {
        path,
        name: basename(path),
        bundleId: m.bundleId.toLowerCase(),
        size: info.size,
        modifiedAt: info.mtime.toISOString(),
        manifest: bytes
      }
    }
    throw new BundleError(`${basename(path)} has no manifest.json; it is not a diagnostics bundle`)
  } catch (err) {
    throw err instanceof BundleError ? err : new BundleError(`${basename(path)} is not a readable zip: ${(err as Error).message}`)
  } finally {
    zip.close()
  }
}
