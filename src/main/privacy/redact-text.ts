import type { Rule, RuleContext } from './types'
import { chunkFeatures, lineFeatures } from './line-features'
import { PEM_BEGIN, PEM_END, pemRule } from './rules/pem'

// featuresOf never sets the sign bit: marks a line whose bits are out of date
const STALE = -1

/** State carried from one chunk of a file to the next. */
export interface ChunkState {
  /** token of the multi-line PEM block being read, if any */
  pemToken?: string
  pemBlocks: number
}

/**
 * Redacts a chunk of whole lines. No rule matches across a newline, so lines are preserved, and
 * a rule that declares `needs` (line-features.ts) only sees the lines that have one of those
 * feature bits, joined: one scan of the chunk for the features instead of one per rule.
 * With `lastRule`, fills it with one slot per line: the index of the last rule that changed the
 * line, or -1 when none did.
 */
export function redactChunk(
  text: string,
  rules: readonly Rule[],
  ctx: RuleContext,
  state: ChunkState,
  fileKey: string,
  lastRule?: number[]
): string {
  let joined: string | undefined = text
  if (state.pemToken !== undefined || text.includes('-----BEGIN')) joined = redactPemLines(text, ctx, state, fileKey)
  const lines = joined.split('\n')
  if (lastRule !== undefined) {
    lastRule.length = lines.length
    lastRule.fill(-1)
  }
  const features = new Int32Array(lines.length)
  chunkFeatures(joined, features)
  const some: number[] = []
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!
    let at: number[] | undefined
    if (rule.needs !== undefined) {
      some.length = 0
      for (let i = 0; i < lines.length; i++) {
        // a line a rule changed gets its bits back only when a later rule asks for them
        if (features[i] === STALE) features[i] = lineFeatures(lines[i]!)
        if ((features[i]! & rule.needs) !== 0) some.push(i)
      }
      if (some.length === 0) continue
      if (some.length < lines.length) at = some
    }
    const input = at === undefined ? (joined ??= lines.join('\n')) : at.map((i) => lines[i]!).join('\n')
    if (rule.gate && !rule.gate(input)) continue
    const output = rule.apply(input, ctx)
    if (output === input) continue
    const changed = output.split('\n')
    if (changed.length !== (at === undefined ? lines.length : at.length))
      throw new Error(`privacy rule ${rule.id} changed the number of lines`)
    for (let k = 0; k < changed.length; k++) {
      const i = at === undefined ? k : at[k]!
      if (changed[k] === lines[i]) continue
      lines[i] = changed[k]!
      features[i] = STALE
      if (lastRule !== undefined) lastRule[i] = r
    }
    joined = at === undefined ? output : undefined
  }
  return joined ?? lines.join('\n')
}

// A PEM body line: base64 at its end (a logger may put its prefix before it), a header
// (`Proc-Type: 4,ENCRYPTED`) or nothing. Read from the line's end by hand: as one unanchored regex
// it was retried at every position, quadratic in the line (a 100,000-character line took 12 s).
const PEM_HEADER_LINE = /^[ \t]*[A-Za-z-]{2,40}: /
function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61
}
function isPemBodyLine(line: string): boolean {
  const t = line.trimEnd()
  let i = t.length
  while (i > 0 && isBase64Char(t.charCodeAt(i - 1))) i--
  const run = t.length - i
  if (run >= 16) return true
  // nothing, or a short last line alone on its line
  if (t.slice(0, i).trim() === '') return true
  return PEM_HEADER_LINE.test(t)
}

// Multi-line PEM: each body line becomes the block's token, so the line count stays. A line that
// is no body line ends a block whose END never came (a truncated certificate in a JSON string,
// `"-----BEGIN CERTIFICATE-----\nMIIF..."`): the lines after it are read as they are.
function redactPemLines(text: string, ctx: RuleContext, state: ChunkState, fileKey: string): string {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const end = state.pemToken !== undefined && PEM_END.test(line)
    // (a line that ends a block unclosed may open the next: `-----BEGIN CERTIFICATE-----` again)
    if (state.pemToken !== undefined && !end && !isPemBodyLine(line)) state.pemToken = undefined
    if (state.pemToken !== undefined) {
      if (end) state.pemToken = undefined
      else if (line.trim() !== '') lines[i] = state.pemToken + (line.endsWith('\r') ? '\r' : '')
    } else if (PEM_BEGIN.test(line) && !PEM_END.test(line.slice(line.search(PEM_BEGIN)))) {
      state.pemBlocks++
      state.pemToken = ctx.pseudonym(pemRule, 'PEM block', { key: `${fileKey}#${state.pemBlocks}` })
    }
  }
  return lines.join('\n')
}
