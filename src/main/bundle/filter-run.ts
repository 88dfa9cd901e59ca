// One filter run over a collection's sources: a fresh redaction session (one pseudonym map for
// the whole bundle), sources in budget order (reports first, then logs newest first), each read
// (tails only), redacted into staging and measured; the budget decides what is cut or left out.
// Re-run from scratch when the user adds custom terms: the sources are read again.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { OmittedItem } from '../../shared/contract'
import { createRedactionSession, BinaryInputError, type HostIdentities, type RedactionSession } from '../privacy'
import { learnedValues, redactBundlePath, uniquePath } from './bundle-paths'
import type { Source } from './collectors/types'
import { readTail } from './read-tail'
import { keepTail, stagePlain, stageRedacted, type StagedText } from './stage-text'
import { backfillStaged, fitToBudget } from './backfill-staged'
import type { StagedFile } from './staged-file'
import { TokenIndex, zeroCounts } from './token-index'
import { humanBytes } from './human-bytes'

export interface FilterOptions {
  stagingDir: string
  budgetBytes: number
  /** Raw bytes read from one source at most (its newest part). */
  perSourceBytes: number
  /** Raw bytes read over all logs at most: keeps the cost flat however much log there is. */
  totalRawBytes: number
  customTerms: readonly string[]
  deviceSerials: readonly string[]
  hostIdentities: HostIdentities
  signal: AbortSignal
  onProgress(done: number, total: number, detail: string): void
}

export interface FilterResult {
  files: StagedFile[]
  omitted: OmittedItem[]
  session: RedactionSession
  tokens: TokenIndex
  /** Redacts a source path into a bundle path with everything this run learned. */
  name(rawPath: string): string
  /** Redacts a line of text for the manifest and the UI (collector details, reasons). */
  redact(text: string): string
}

/** Room left for manifest.json, summary.txt and the zip's own headers. */
export const ZIP_OVERHEAD_BYTES = 64 * 1024
const ENTRY_OVERHEAD_BYTES = 256
/** Compressed size of one file's record in manifest.json, generously. */
const MANIFEST_LINE_BYTES = 160
/** A log that would keep less than this after cutting is left out instead. */
const MIN_USEFUL_BYTES = 4096

/** Reports first (in collector order), then everything else newest first. */
export function budgetOrder(sources: readonly Source[]): number[] {
  const idx = sources.map((_, i) => i)
  return [
    ...idx.filter((i) => sources[i]!.essential),
    ...idx.filter((i) => !sources[i]!.essential).sort((a, b) => sources[b]!.mtimeMs - sources[a]!.mtimeMs || a - b)
  ]
}

async function sourceSize(s: Source): Promise<number> {
  if (s.content.kind === 'file') return (await stat(s.content.path).catch(() => null))?.size ?? 0
  if (s.content.kind === 'text') return Buffer.byteLength(s.content.text)
  return 0
}

const MB = humanBytes

export async function runFilter(sources: readonly Source[], opts: FilterOptions): Promise<FilterResult> {
  const session = createRedactionSession({
    hostIdentities: opts.hostIdentities,
    deviceSerials: opts.deviceSerials,
    redact: opts.customTerms,
    collectSpans: false
  })
  const files: StagedFile[] = []
  /** Omitted items with the source's unredacted bundle path, named once the session is complete. */
  const omitted: Array<OmittedItem & { raw: string }> = []
  // every source may end up as a manifest line (listed or omitted): room for those too
  let used = ZIP_OVERHEAD_BYTES + MANIFEST_LINE_BYTES * sources.length
  let rawRead = 0
  let full: string | null = null
  const order = budgetOrder(sources)

  for (const [n, i] of order.entries()) {
    opts.signal.throwIfAborted()
    const src = sources[i]!
    const fileId = `f${i + 1}`
    const path = src.bundlePath
    opts.onProgress(n, order.length, redactBundlePath(session, path))
    if (full && !src.essential) {
      omitted.push({ raw: path, file: path, bytes: await sourceSize(src), why: full })
      continue
    }
    const stagingPath = join(opts.stagingDir, fileId)
    const base = { fileId, collector: src.collector, path, source: src, counts: zeroCounts(), redactionCount: 0 }
    let staged: StagedText
    let cutBytes = 0
    try {
      if (src.binary) {
        const size = await sourceSize(src)
        files.push({ ...base, stagingPath: null, bytes: size, compressedBytes: size, binary: true, cutBytes: 0 })
        continue
      }
      if (src.content.kind === 'json')
        staged = await stagePlain(JSON.stringify(session.redactJson(src.content.value, path), null, 2) + '\n', stagingPath)
      else if (src.content.kind === 'text') {
        const text = src.content.text.length > opts.perSourceBytes ? src.content.text.slice(-opts.perSourceBytes) : src.content.text
        rawRead += text.length
        staged = await stageRedacted(session, text, path, stagingPath)
      } else {
        const tail = await readTail(
          src.content.path,
          Math.min(opts.perSourceBytes, Math.max(MIN_USEFUL_BYTES, opts.totalRawBytes - rawRead))
        )
        if (tail.kind === 'binary') {
          files.push({ ...base, stagingPath: null, bytes: tail.sourceBytes, compressedBytes: tail.sourceBytes, binary: true, cutBytes: 0 })
          continue
        }
        if (tail.kind === 'too-large') {
          omitted.push({ raw: path, file: path, bytes: tail.sourceBytes, why: 'compressed log too large to unpack within the limits' })
          continue
        }
        rawRead += tail.sourceBytes - tail.cutBytes
        cutBytes = tail.cutBytes
        if (cutBytes > 0)
          omitted.push({
            raw: path,
            file: path,
            bytes: cutBytes,
            why: `older part beyond the per-file limit of ${MB(opts.perSourceBytes)} or the collection's read limit`
          })
        staged = await stageRedacted(session, tail.text, path, stagingPath)
      }
    } catch (err) {
      if (err instanceof BinaryInputError) {
        files.push({
          ...base,
          stagingPath: null,
          bytes: await sourceSize(src),
          compressedBytes: await sourceSize(src),
          binary: true,
          cutBytes: 0
        })
        continue
      }
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT') omitted.push({ raw: path, file: path, bytes: 0, why: 'vanished before it could be read' })
      else if (code === 'EACCES' || code === 'EPERM') omitted.push({ raw: path, file: path, bytes: 0, why: 'permission denied' })
      else if (opts.signal.aborted) throw err
      else omitted.push({ raw: path, file: path, bytes: 0, why: `could not be read: ${(err as Error).message}` })
      continue
    }
    const cost = staged.compressedBytes + ENTRY_OVERHEAD_BYTES
    if (used + cost > opts.budgetBytes && !src.essential) {
      const room = opts.budgetBytes - used - ENTRY_OVERHEAD_BYTES
      const keep = Math.floor(staged.bytes * (room / Math.max(1, staged.compressedBytes)) * 0.95)
      full = `left out: the ${MB(opts.budgetBytes)} budget was full (newer files went first)`
      if (keep < MIN_USEFUL_BYTES) {
        omitted.push({ raw: path, file: path, bytes: staged.bytes + cutBytes, why: full })
        continue
      }
      const cut = await keepTail(stagingPath, staged.bytes, keep)
      omitted.push({ raw: path, file: path, bytes: cut.removed, why: `older part cut to fit the ${MB(opts.budgetBytes)} budget` })
      cutBytes += cut.removed
      staged = cut
    }
    used += staged.compressedBytes + ENTRY_OVERHEAD_BYTES
    files.push({ ...base, stagingPath, bytes: staged.bytes, compressedBytes: staged.compressedBytes, binary: false, cutBytes })
    if (!full && rawRead >= opts.totalRawBytes)
      full = `left out: the collection's read limit of ${MB(opts.totalRawBytes)} was reached (newer files went first)`
  }

  // A value one file named by its key is replaced in every file, also in those redacted before it
  // and on lines before the one that named it; a token may be longer than the value it replaced
  const refit = await fitToBudget(files, await backfillStaged(files, session, used, opts.signal), opts.budgetBytes)
  for (const { file, removed } of refit.cuts) {
    const path = file.source.bundlePath
    omitted.push({ raw: path, file: path, bytes: removed, why: `older part cut to fit the ${MB(opts.budgetBytes)} budget` })
  }

  // Names last: by now the session knows every value it replaced anywhere in the bundle.
  const learned = learnedValues(session.pseudonymMap())
  const taken = new Set<string>(['manifest.json', 'summary.txt'])
  const name = (raw: string): string => redactBundlePath(session, raw, learned)
  for (const f of files.sort((a, b) => Number(a.fileId.slice(1)) - Number(b.fileId.slice(1))))
    f.path = uniquePath(name(f.source.bundlePath), taken)
  const redact = (text: string): string => learned(session.redactText(text, '<manifest>').text)
  const named = omitted.map(({ raw, ...o }) => ({ ...o, file: name(raw), why: redact(o.why) }))
  // Counts come from the staged text itself, so they match what the bundle and the viewer show.
  const tokens = new TokenIndex(session.pseudonymMap())
  for (const f of files) {
    if (!f.stagingPath) continue
    opts.signal.throwIfAborted()
    f.redactionCount = tokens.count(await readFile(f.stagingPath, 'utf8'), f.counts)
  }
  return { files, omitted: named, session, tokens, name, redact }
}
