// Reading a saved bundle back: `bundle verify` (every SHA-256 in the manifest matches and every
// entry is listed) and `bundle show` (the manifest in human form).
import { createHash } from 'node:crypto'
import { openPromise, type Entry, type ZipFile } from 'yauzl'
import { Manifest } from '../../shared/contract'
import { humanBytes } from './human-bytes'

export interface Verification {
  ok: boolean
  manifest: Manifest | null
  problems: string[]
  checked: number
}

/** Bounds what verify will read of manifest.json (a hostile zip could claim gigabytes). */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

async function entries(zip: ZipFile): Promise<Entry[]> {
  const out: Entry[] = []
  for await (const e of zip.eachEntry()) out.push(e)
  return out
}

async function digest(zip: ZipFile, e: Entry): Promise<{ sha256: string; bytes: number }> {
  const h = createHash('sha256')
  let bytes = 0
  for await (const chunk of (await zip.openReadStreamPromise(e)) as AsyncIterable<Buffer>) {
    h.update(chunk)
    bytes += chunk.length
  }
  return { sha256: h.digest('hex'), bytes }
}

async function readManifest(zip: ZipFile, e: Entry): Promise<Manifest> {
  if (e.uncompressedSize > MAX_MANIFEST_BYTES) throw new Error('manifest.json is implausibly large')
  const chunks: Buffer[] = []
  for await (const chunk of (await zip.openReadStreamPromise(e)) as AsyncIterable<Buffer>) chunks.push(chunk)
  const parsed = Manifest.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
  if (!parsed.success)
    throw new Error(
      `manifest.json does not match the bundle format: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`
    )
  return parsed.data
}

export async function readBundleManifest(path: string): Promise<Manifest> {
  const zip = await openPromise(path, { lazyEntries: true, autoClose: false })
  try {
    const m = (await entries(zip)).find((e) => e.fileName === 'manifest.json')
    if (!m) throw new Error('not a bundle: there is no manifest.json in it')
    return await readManifest(zip, m)
  } finally {
    zip.close()
  }
}

export async function verifyBundle(path: string): Promise<Verification> {
  let zip: ZipFile
  try {
    zip = await openPromise(path, { lazyEntries: true, autoClose: false })
  } catch (err) {
    return { ok: false, manifest: null, problems: [`not a readable zip: ${(err as Error).message}`], checked: 0 }
  }
  const problems: string[] = []
  let manifest: Manifest | null = null
  let checked = 0
  try {
    const all = await entries(zip)
    const m = all.filter((e) => e.fileName === 'manifest.json')
    if (m.length !== 1)
      return {
        ok: false,
        manifest: null,
        problems: [m.length ? 'manifest.json appears more than once' : 'there is no manifest.json'],
        checked: 0
      }
    manifest = await readManifest(zip, m[0]!)
    const listed = new Map(manifest.files.map((f) => [f.path, f]))
    const seen = new Set<string>()
    for (const e of all) {
      if (e.fileName === 'manifest.json' || e.fileName.endsWith('/')) continue
      if (seen.has(e.fileName)) problems.push(`${e.fileName}: appears more than once`)
      seen.add(e.fileName)
      const f = listed.get(e.fileName)
      if (!f) {
        problems.push(`${e.fileName}: in the zip but not listed in the manifest`)
        continue
      }
      const d = await digest(zip, e)
      checked++
      if (d.sha256 !== f.sha256) problems.push(`${e.fileName}: SHA-256 does not match the manifest (altered or damaged)`)
      else if (d.bytes !== f.bytes) problems.push(`${e.fileName}: size ${d.bytes} differs from the manifest's ${f.bytes}`)
    }
    for (const p of listed.keys()) if (!seen.has(p)) problems.push(`${p}: listed in the manifest but missing from the zip`)
  } catch (err) {
    problems.push((err as Error).message)
  } finally {
    zip.close()
  }
  return { ok: problems.length === 0, manifest, problems, checked }
}

const size = humanBytes

export function formatManifest(m: Manifest): string {
  const out: string[] = []
  out.push(`Bundle ${m.bundleId}`, `  created ${m.createdAt} by Logi Room Diagnostics ${m.appVersion} on ${m.platform}`)
  out.push(`  time window ${m.sinceHours} h, budget ${size(m.budgetBytes)}, format version ${m.schemaVersion}`)
  const c = m.consent
  out.push(
    `  consent: ${c.method === 'review' ? 'reviewed and approved' : 'approved with --yes (no review)'} at ${c.at}; ${c.includedFiles} file(s) included, ${c.excludedFiles.length} excluded, ${c.binaryOptIns.length} binary opt-in(s), ${c.customTerms} custom term(s)`
  )
  out.push('', 'Collectors')
  for (const col of m.collectors)
    out.push(
      `  ${col.id.padEnd(14)} ${col.status.padEnd(8)} ${String(col.ms).padStart(6)} ms  ${col.files} file(s)${col.detail ? `  ${col.detail}` : ''}`
    )
  out.push('', 'Files')
  for (const f of m.files)
    out.push(
      `  ${size(f.bytes).padStart(9)}  ${String(f.redactions).padStart(5)} redacted  ${f.path}${f.binary ? '  [binary, opted in]' : ''}${f.cutBytes ? `  (older ${size(f.cutBytes)} cut)` : ''}`
    )
  out.push('', 'Redactions')
  const red = Object.entries(m.redactions).filter(([, n]) => n > 0)
  out.push(red.length ? `  ${red.map(([k, n]) => `${k} ${n}`).join(', ')}` : '  none')
  if (m.omitted.length) {
    out.push('', 'Cut or left out')
    for (const o of m.omitted) out.push(`  ${size(o.bytes).padStart(9)}  ${o.file}: ${o.why}`)
  }
  return out.join('\n') + '\n'
}
