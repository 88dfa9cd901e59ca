// Reading a saved bundle the way support will: every entry of the zip, expanded, and the manifest
// checked against the contract's schema. Independent of the app's own `bundle` reader on purpose.
import { openPromise } from 'yauzl'
import { Manifest } from '../../../src/shared/contract'

export interface OpenedBundle {
  manifest: Manifest
  /** Entry name → expanded bytes. */
  entries: Map<string, Buffer>
}

export async function readBundle(path: string): Promise<OpenedBundle> {
  const zip = await openPromise(path, { lazyEntries: true, autoClose: false })
  const entries = new Map<string, Buffer>()
  try {
    for await (const e of zip.eachEntry()) {
      if (e.fileName.endsWith('/')) continue
      const chunks: Buffer[] = []
      for await (const chunk of (await zip.openReadStreamPromise(e)) as AsyncIterable<Buffer>) chunks.push(chunk)
      entries.set(e.fileName, Buffer.concat(chunks))
    }
  } finally {
    zip.close()
  }
  const raw = entries.get('manifest.json')
  if (!raw) throw new Error(`${path} has no manifest.json`)
  return { manifest: Manifest.parse(JSON.parse(raw.toString('utf8'))), entries }
}
