import { randomUUID } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { LineBatcher } from './line-batches'
import type { Category } from './categories'
import { BinaryInputError, detectEncoding } from './encoding'
import type { HostIdentities } from './host-identities'
import { PseudonymTable, type PseudonymEntry } from './pseudonyms'
import { redactChunk, type ChunkState } from './redact-text'
import { learnKernelUsbSerials, type UsbPathVendors } from './kernel-usb'
import { learnUsbDumpSerials, type UsbDumpState } from './usb-dumps'
import { learnJsonBlockSerials, type JsonBlockState } from './json-blocks'
import { emptyCounts, type FileReport, type RedactionReport, type RedactionSpan } from './report'
import { PATTERN_RULES } from './rule-table'
import { emailRule } from './rules/email'
import { personKey } from './person-key'
import { knownValuesRule, type KnownValue } from './rules/known-values'
import { LearnedValues } from './learned-values'
import { Backfill } from './backfill'

/** Report key for replacements of learned values (they reuse the token of the rule that found them). */
const LEARNED_RULE_ID = 'learned-value'
/** Report key for values replaced on a second look at redacted text (backfill.ts). */
const BACKFILL_RULE_ID = 'backfill'
import { TOKEN_STICKY } from './token'
import type { Rule, RuleContext } from './types'
import { redactJsonValue } from './redact-json'
import { hasGluedToken } from './glued-tokens'
import { decodeUnicodeEscapes } from './unicode-escapes'
import { decodeSafeEntities } from './html-entities'
import { decodeQuotedPrintableLetters } from './quoted-printable'
import { markEscapedBreaks, restoreEscapedBreaks } from './escaped-breaks'
import { redactHeaderColumns, type ColumnLayout } from './header-columns'
import { redactYamlLists, type ListState } from './yaml-lists'
import type { Term } from './term-list'

// A term's kind picks its token and category (person → <name-N>, as the name rules do).
const TERM_TOKENS: Record<Term['kind'], Omit<KnownValue, 'value'>> = {
  person: { kind: 'name', category: 'person' },
  user: { kind: 'user', category: 'account' },
  host: { kind: 'host', category: 'device-identifier' },
  domain: { kind: 'domain', category: 'device-identifier' },
  term: { kind: 'term', category: 'custom' }
}
function knownFromTerm(t: Term): KnownValue {
  return { value: t.value, ...TERM_TOKENS[t.kind] }
}

export interface RedactionOptions {
  /** This machine's identities (see gatherHostIdentities); redacted wherever they appear. */
  hostIdentities?: HostIdentities
  /** Exact strings never to redact. */
  keep?: readonly string[]
  /** Custom terms always to redact (room or company names …), case-insensitive, whole words. */
  redact?: readonly string[]
  /** Terms with a kind (an exported directory: people, accounts, hosts, domains); see term-list.ts. */
  terms?: readonly Term[]
  /** Serials of Logitech devices in the inventory: always kept. */
  deviceSerials?: readonly string[]
  /** Record spans for the report (default true). */
  collectSpans?: boolean
  /** Cap on spans kept per file in the report (default 20 000). */
  maxSpansPerFile?: number
  /** Distinct values the pseudonym map remembers (default 80 000; see pseudonyms.ts). */
  pseudonymLimit?: number
  /** Values learned under their key and replaced on later lines at most (default 10 000; see learned-values.ts). */
  learnedLimit?: number
}

export interface StreamOptions {
  fileName?: string
  /** Redact binary input as Latin-1 text instead of refusing it. */
  allowBinary?: boolean
  /** Force an input encoding instead of detecting it. */
  encoding?: 'utf8' | 'utf16le'
  /** Line-aligned batch size in bytes (default 64 KiB). */
  chunkBytes?: number
  /** A line longer than this many bytes is cut at its last blank (default 1 MiB); bounds memory. */
  maxLineBytes?: number
}

export interface RedactResult {
  text: string
  spans: RedactionSpan[]
}

export interface RedactionSession {
  redactText(text: string, fileName?: string): RedactResult
  createStream(opts?: StreamOptions): Transform
  /** Redacts a parsed JSON value; keys such as password/token/email redact their whole value. */
  redactJson<T>(value: T, fileName?: string): T
  /**
   * `text`, already redacted by this session, with every value the session replaced anywhere (of a
   * shape no ordinary word has: backfill.ts) replaced where it still stands, also on lines before the
   * one that named it. For a bundle once all its files are redacted; a stream cannot go back.
   */
  backfill(text: string, fileName?: string): string
  report(): RedactionReport
  /** value → token map. Store it on this machine only; it must never go into a bundle. */
  pseudonymMap(): PseudonymEntry[]
}

interface FileState extends ChunkState {
  /** columns named by the file's last header row (CSV, W3C `#Fields:`) */
  columns?: ColumnLayout
  /** the YAML block list open at the end of the last chunk, if any */
  list?: ListState
  /** the vendor of each USB bus path the file's kernel log has named (kernel-usb.ts) */
  usbVendors?: UsbPathVendors
  /** the USB device block `lsusb -v` or `system_profiler` is printing (usb-dumps.ts) */
  usbDump?: UsbDumpState
  jsonBlocks?: JsonBlockState
  /** dotted numbers a header's version column holds: kept in this file as `--keep` values are */
  versions?: Set<string>
  report: FileReport
  line: number
  key: string
}

/**
 * Re-runs the rules on lines with a glued token until they are stable. `dryPass` redacts all
 * such lines at once without touching the pseudonym table; a line it leaves as it was is
 * already stable (the usual case), so only the others take the per-line path.
 */
function settleGluedLines(
  text: string,
  again: (line: string) => string,
  dryPass: (lines: string[], at: number[]) => string[] | undefined
): string {
  const lines = text.split('\n')
  const glued: number[] = []
  for (let i = 0; i < lines.length; i++) if (hasGluedToken(lines[i]!)) glued.push(i)
  if (glued.length === 0) return text
  const dry = dryPass(
    glued.map((i) => lines[i]!),
    glued
  )
  let changed = false
  glued.forEach((i, j) => {
    let line = lines[i]!
    if (dry !== undefined && dry[j] === line) return
    for (let k = 0; k < 4 && hasGluedToken(line); k++) {
      const next = again(line)
      if (next === line) break
      line = next
    }
    if (line !== lines[i]) changed = true
    lines[i] = line
  })
  return changed ? lines.join('\n') : text
}

/**
 * The output with each line the rules left as it was decoded put back as it was written (the
 * decoders keep every line where it is: they never write or remove a break).
 */
function keepUntouchedLines(original: string, decoded: string, out: string): string {
  const before = original.split('\n')
  const read = decoded.split('\n')
  const after = out.split('\n')
  if (before.length !== read.length || read.length !== after.length) return out
  let changed = false
  for (let i = 0; i < after.length; i++) {
    if (after[i] !== read[i] || before[i] === read[i]) continue
    after[i] = before[i]!
    changed = true
  }
  return changed ? after.join('\n') : out
}

const TOKEN_GLOBAL = new RegExp(TOKEN_STICKY.source, 'g')
function* tokensInOrder(text: string): Generator<string> {
  TOKEN_GLOBAL.lastIndex = 0
  for (let m = TOKEN_GLOBAL.exec(text); m !== null; m = TOKEN_GLOBAL.exec(text)) yield m[0]
}

// (a bound on the serials kernel logs add to the inventory's, and on the versions version columns
// add to the kept values: past it, the rules judge them)
const MAX_LEARNED_KEEPS = 65536

export function createRedactionSession(options: RedactionOptions = {}): RedactionSession {
  const table = new PseudonymTable(options.pseudonymLimit)
  const keep = new Set(options.keep ?? [])
  const serials = new Set((options.deviceSerials ?? []).map((s) => s.trim()))
  const hostIds = options.hostIdentities ?? {}
  const collectSpans = options.collectSpans ?? true
  const maxSpans = options.maxSpansPerFile ?? 20000
  const categories = emptyCounts()
  const ruleCounts: Record<string, number> = {}
  const files: FileReport[] = []
  let current: FileState | undefined

  const known: KnownValue[] = []
  if (hostIds.userName) known.push({ value: hostIds.userName, kind: 'user', category: 'account' })
  if (hostIds.fullName) known.push({ value: hostIds.fullName, kind: 'name', category: 'person' })
  if (hostIds.hostName) known.push({ value: hostIds.hostName, kind: 'host', category: 'device-identifier' })
  if (hostIds.domain) known.push({ value: hostIds.domain, kind: 'domain', category: 'device-identifier' })
  for (const term of options.redact ?? []) if (term.trim()) known.push({ value: term, kind: 'term', category: 'custom' })
  for (const t of options.terms ?? []) if (t.value.trim()) known.push(knownFromTerm(t))
  const knownRule = knownValuesRule(known)
  // dotted numbers a header's version column holds, kept in that file as `--keep` values are (header-columns.ts)
  const keepVersion = (v: string): void => {
    if (current === undefined) return
    const versions = (current.versions ??= new Set())
    if (versions.size < MAX_LEARNED_KEEPS) versions.add(v)
  }
  const learned = new LearnedValues(options.learnedLimit)
  const backfill = new Backfill()
  const rules: Rule[] = [...PATTERN_RULES]
  if (knownRule) rules.splice(rules.indexOf(emailRule) + 1, 0, knownRule)
  // rulesUpTo[k]: the first k + 1 rules, for the dry pass (see dryPass)
  const rulesUpTo = rules.map((_, k) => rules.slice(0, k + 1))

  const ctx: RuleContext = {
    hostIdentities: hostIds,
    // (most runs keep nothing and see no version column: no hashing of every candidate then)
    isKept: (v) => (keep.size !== 0 && keep.has(v)) || (current?.versions?.has(v) ?? false),
    isInventorySerial: (v) => serials.has(v),
    pseudonym(rule, value, opts = {}) {
      const category: Category = opts.category ?? rule.category
      const kind = opts.kind ?? rule.kind
      const counter = opts.counter ?? kind
      const key = opts.key ?? value
      const token = table.tokenFor(counter, kind, counter === 'name' ? personKey(key) : key, value, category, rule.id)
      categories[category]++
      ruleCounts[rule.id] = (ruleCounts[rule.id] ?? 0) + 1
      if (current) current.report.counts[category]++
      return token
    }
  }

  // One pass over all glued lines together with a context that hands out a marker instead of
  // a token: rules change text only through tokens and never look across a newline, so a line
  // the pass leaves unchanged would be unchanged by a real per-line pass too. PEM state is
  // per-line, so lines inside or opening a block take the per-line path.
  // A rule after the last one that replaced anything on a line in the first pass saw that line
  // exactly as it is now and replaced nothing (whether a rule replaces does not depend on the
  // token it gets), so it would replace nothing again: each line only goes through the rules up
  // to that last one (`last`, recorded by the first pass for each line), and a line no
  // rule touched through none.
  function dryPass(lines: string[], last: number[], fs: FileState): string[] | undefined {
    if (fs.pemToken !== undefined || lines.some((l) => l.includes('-----BEGIN'))) return undefined
    const dry: RuleContext = {
      hostIdentities: ctx.hostIdentities,
      isKept: ctx.isKept,
      isInventorySerial: ctx.isInventorySerial,
      pseudonym: () => '<dry-1>'
    }
    const out = lines.slice()
    const byLast = new Map<number, number[]>()
    for (let j = 0; j < lines.length; j++) {
      const k = last[j]!
      if (k < 0) continue
      const group = byLast.get(k)
      if (group) group.push(j)
      else byLast.set(k, [j])
    }
    for (const [k, group] of byLast) {
      const res = redactChunk(group.map((j) => lines[j]!).join('\n'), rulesUpTo[k]!, dry, { pemBlocks: 0 }, fs.key).split('\n')
      for (let n = 0; n < group.length; n++) out[group[n]!] = res[n]!
    }
    return out
  }

  function openFile(file: string, encoding: FileReport['encoding']): FileState {
    const report: FileReport = {
      file,
      lines: 0,
      charsIn: 0,
      charsOut: 0,
      encoding,
      counts: emptyCounts(),
      spans: [],
      spansTruncated: false
    }
    files.push(report)
    return { report, line: 1, key: `${file}#${randomUUID()}`, pemBlocks: 0 }
  }

  // Runs the rules over whole lines, then finds the session's tokens in the output for spans.
  // `escaped`: the text is file content that may carry \uXXXX/\xHH escapes (a parsed JSON string does not)
  function process(fs: FileState, text: string, escaped = true): string {
    const prev = current
    current = fs
    // \uXXXX-escaped lines (.NET JSON) are read in their decoded form (see unicode-escapes.ts)
    const decoded = escaped ? decodeQuotedPrintableLetters(decodeSafeEntities(decodeUnicodeEscapes(text))) : text
    let input = decoded
    // `\n` escapes in JSON and iCalendar text read as the breaks they are (escaped-breaks.ts)
    const marked = escaped ? markEscapedBreaks(input) : undefined
    if (marked !== undefined) input = marked
    if (escaped) {
      // a Logitech device's serial on a kernel log line of its own is support data, as the inventory's are
      const keepSerial = (serial: string): void => {
        if (serials.size < MAX_LEARNED_KEEPS) serials.add(serial)
      }
      learnKernelUsbSerials(input, (fs.usbVendors ??= new Map()), keepSerial)
      // … and in the device blocks of `lsusb -v` and `system_profiler SPUSBDataType` (usb-dumps.ts)
      learnUsbDumpSerials(input, (fs.usbDump ??= {}), keepSerial)
      // … and in the objects of pretty-printed JSON (json-blocks.ts)
      learnJsonBlockSerials(input, (fs.jsonBlocks ??= { frames: [] }), keepSerial)
      const records = redactHeaderColumns(input, fs.columns, ctx, keepVersion)
      fs.columns = records.layout
      const lists = redactYamlLists(records.text, fs.list, ctx)
      fs.list = lists.state
      input = lists.text
    }
    const lastRule: number[] = []
    table.mark()
    let out = redactChunk(input, rules, ctx, fs, fs.key, lastRule)
    // A token glued to a word (`…<geo-1>https://…`) gives the next pass a boundary the input
    // did not have; re-run such lines until stable so that redact(redact(x)) == redact(x).
    if (hasGluedToken(out)) {
      out = settleGluedLines(
        out,
        // (a re-run line is no PEM body line: it reads as outside any block, whatever state the chunk ended in)
        (line) => redactChunk(line, rules, ctx, { pemBlocks: fs.pemBlocks }, fs.key),
        (lines, at) =>
          dryPass(
            lines,
            at.map((i) => lastRule[i]!),
            fs
          )
      )
    }
    current = prev
    // tokens numbered in the order they appear, not in the order the rules ran
    if (table.madeSinceMark()) {
      const remap = table.renumber(tokensInOrder(out))
      if (remap.size > 0) {
        out = out.replace(TOKEN_GLOBAL, (t) => remap.get(t) ?? t)
        if (fs.pemToken !== undefined) fs.pemToken = remap.get(fs.pemToken) ?? fs.pemToken
      }
    }
    // values found under their key are replaced on this and later lines too (learned-values.ts)
    out = learned.apply(
      out,
      (token) => table.lookupToken(token),
      (entry) => {
        categories[entry.category]++
        ruleCounts[LEARNED_RULE_ID] = (ruleCounts[LEARNED_RULE_ID] ?? 0) + 1
        fs.report.counts[entry.category]++
      }
    )
    if (marked !== undefined) out = restoreEscapedBreaks(out)
    // a line no rule changed is written as it came, escapes and entities included
    if (decoded !== text) out = keepUntouchedLines(text, decoded, out)
    fs.report.charsIn += text.length
    fs.report.charsOut += out.length
    let lineStart = 0
    let nl = out.indexOf('\n')
    let i = collectSpans ? out.indexOf('<') : -1
    while (i >= 0) {
      while (nl >= 0 && nl < i) {
        fs.line++
        lineStart = nl + 1
        nl = out.indexOf('\n', nl + 1)
      }
      TOKEN_STICKY.lastIndex = i
      if (TOKEN_STICKY.test(out)) {
        const end = TOKEN_STICKY.lastIndex
        const token = out.slice(i, end)
        const entry = table.lookupToken(token)
        if (entry) {
          if (fs.report.spans.length < maxSpans) {
            fs.report.spans.push({
              line: fs.line,
              start: i - lineStart,
              end: end - lineStart,
              category: entry.category,
              rule: entry.rule,
              token: entry.token // (not the slice: it would keep the whole output chunk alive)
            })
          } else fs.report.spansTruncated = true
        }
        i = out.indexOf('<', end)
      } else i = out.indexOf('<', i + 1)
    }
    while (nl >= 0) {
      fs.line++
      nl = out.indexOf('\n', nl + 1)
    }
    fs.report.lines = fs.line
    return out
  }

  function spansSince(fs: FileState, from: number): RedactionSpan[] {
    return fs.report.spans.slice(from)
  }

  const session: RedactionSession = {
    redactText(text, fileName = '<text>') {
      const fs = openFile(fileName, 'utf8')
      const out = process(fs, text)
      return { text: out, spans: spansSince(fs, 0) }
    },

    createStream(opts = {}) {
      const batchBytes = opts.chunkBytes ?? 65536
      const maxLine = opts.maxLineBytes ?? 1 << 20
      let fs: FileState | undefined
      let batcher: LineBatcher | undefined
      let outEncoding: BufferEncoding = 'utf8'
      let head: Buffer | undefined

      const emit = (stream: Transform, batches: Buffer[]): void => {
        for (const b of batches) stream.push(Buffer.from(process(fs!, b.toString(batcher!.encoding)), outEncoding))
      }

      const start = (stream: Transform, buf: Buffer): void => {
        const det = opts.encoding ? { encoding: opts.encoding, bom: 0 } : detectEncoding(buf)
        let enc: FileReport['encoding']
        let bom = 0
        if (det.encoding === 'binary') {
          if (!opts.allowBinary) throw new BinaryInputError(opts.fileName)
          enc = 'latin1'
        } else {
          enc = det.encoding
          bom = det.bom
        }
        fs = openFile(opts.fileName ?? '<stream>', enc)
        batcher = new LineBatcher(enc, batchBytes, maxLine)
        outEncoding = enc
        if (bom > 0) stream.push(buf.subarray(0, bom))
        emit(stream, batcher.push(buf.subarray(bom)))
      }

      return new Transform({
        transform(chunk: Buffer | string, _enc, cb: TransformCallback) {
          try {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
            if (!fs) {
              // wait for enough bytes to tell the encoding
              head = head ? Buffer.concat([head, buf]) : buf
              if (head.length < 512) return cb()
              const h = head
              head = undefined
              start(this, h)
              return cb()
            }
            emit(this, batcher!.push(buf))
            cb()
          } catch (err) {
            cb(err as Error)
          }
        },
        flush(cb: TransformCallback) {
          try {
            if (!fs) {
              if (head && head.length > 0) start(this, head)
              else fs = openFile(opts.fileName ?? '<stream>', 'utf8')
            }
            if (batcher) emit(this, batcher.end())
            cb()
          } catch (err) {
            cb(err as Error)
          }
        }
      })
    },

    redactJson(value, fileName = '<json>') {
      const fs = openFile(fileName, 'utf8')
      current = fs
      try {
        return redactJsonValue(
          value,
          (s) => process(fs, s, false),
          ctx,
          (v) => serials.has(v)
        ) as typeof value
      } finally {
        current = undefined
      }
    },

    backfill(text, fileName) {
      backfill.update(table.entries())
      const fileCounts = fileName === undefined ? undefined : [...files].reverse().find((f) => f.file === fileName)?.counts
      return backfill.apply(text, (entry) => {
        categories[entry.category]++
        ruleCounts[BACKFILL_RULE_ID] = (ruleCounts[BACKFILL_RULE_ID] ?? 0) + 1
        if (fileCounts !== undefined) fileCounts[entry.category]++
      })
    },

    report() {
      return {
        categories: { ...categories },
        rules: { ...ruleCounts },
        files: files.map((f) => ({ ...f, counts: { ...f.counts }, spans: [...f.spans] })),
        pseudonymsForgotten: table.forgotten()
      }
    },

    pseudonymMap() {
      return table.entries()
    }
  }
  return session
}
