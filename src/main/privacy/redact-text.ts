import type { Rule, RuleContext } from './types'
import { setChangeLog } from './rewrite'
import { PEM_BEGIN, PEM_END, pemRule } from './rules/pem'

/** State carried from one chunk of a file to the next. */
export interface ChunkState {
  /** token of the multi-line PEM block being read, if any */
  pemToken?: string
  pemBlocks: number
}

/**
 * Redacts a chunk of whole lines. No rule matches across a newline, so lines are preserved.
 * With `changes`, records the replacements each rule made (see lastChangingRule).
 */
export function redactChunk(
  text: string,
  rules: readonly Rule[],
  ctx: RuleContext,
  state: ChunkState,
  fileKey: string,
  changes?: RuleChanges
): string {
  let t = text
  if (state.pemToken !== undefined || t.includes('-----BEGIN')) t = redactPemLines(t, ctx, state, fileKey)
  if (changes) {
    changes.input = t
    changes.logs.length = 0
  }
  for (const rule of rules) {
    if (rule.gate && !rule.gate(t)) {
      changes?.logs.push(NONE)
      continue
    }
    if (!changes) {
      t = rule.apply(t, ctx)
      continue
    }
    const log: number[] = []
    setChangeLog(log)
    try {
      const next = rule.apply(t, ctx)
      changes.logs.push(next === t ? NONE : consistent(log, t.length, next.length) ? log : undefined)
      t = next
    } finally {
      setChangeLog(undefined)
    }
  }
  return t
}

const NONE: readonly number[] = []

/** Replacements per rule of one redactChunk call; undefined: the rule changed text it did not log. */
export interface RuleChanges {
  input: string
  logs: Array<readonly number[] | undefined>
}

/** The logged replacements account for the change of length (and there is at least one). */
function consistent(log: readonly number[], before: number, after: number): boolean {
  let n = before
  let replacements = 0
  for (let i = 0; i < log.length; i++) {
    if (log[i] === -1) continue
    n += log[i + 2]! - (log[i + 1]! - log[i]!)
    replacements++
    i += 2
  }
  return replacements > 0 && n === after
}

/**
 * For each line index of `lines`, the index of the last rule that replaced anything on that line
 * (a replay of the logged replacements over the line starts of the input), or -1 when none did.
 */
export function lastChangingRule(changes: RuleChanges, lines: readonly number[]): number[] {
  const input = changes.input
  const starts = [0]
  for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) starts.push(i + 1)
  const last = new Array<number>(starts.length).fill(-1)
  for (let r = 0; r < changes.logs.length; r++) {
    const log = changes.logs[r]
    if (log === undefined) {
      last.fill(r)
      continue
    }
    for (let i = 0; i < log.length;) {
      // one rewrite pass: -1, then (start, end, length) triples in ascending order of start
      i++
      let li = 0
      let delta = 0
      for (; i < log.length && log[i] !== -1; i += 3) {
        const s = log[i]!
        while (li + 1 < starts.length && starts[li + 1]! <= s) {
          li++
          starts[li] = starts[li]! + delta
        }
        last[li] = r
        delta += log[i + 2]! - (log[i + 1]! - s)
      }
      if (delta !== 0) {
        while (li + 1 < starts.length) {
          li++
          starts[li] = starts[li]! + delta
        }
      }
    }
  }
  return lines.map((j) => last[j] ?? -1)
}

// Multi-line PEM: each body line becomes the block's token, so the line count stays.
function redactPemLines(text: string, ctx: RuleContext, state: ChunkState, fileKey: string): string {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (state.pemToken !== undefined) {
      if (PEM_END.test(line)) state.pemToken = undefined
      else if (line.trim() !== '') lines[i] = state.pemToken + (line.endsWith('\r') ? '\r' : '')
    } else if (PEM_BEGIN.test(line) && !PEM_END.test(line.slice(line.search(PEM_BEGIN)))) {
      state.pemBlocks++
      state.pemToken = ctx.pseudonym(pemRule, 'PEM block', { key: `${fileKey}#${state.pemBlocks}` })
    }
  }
  return lines.join('\n')
}
