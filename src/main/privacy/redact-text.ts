import type { Rule, RuleContext } from './types'
import { PEM_BEGIN, PEM_END, pemRule } from './rules/pem'

/** State carried from one chunk of a file to the next. */
export interface ChunkState {
  /** token of the multi-line PEM block being read, if any */
  pemToken?: string
  pemBlocks: number
}

/** Redacts a chunk of whole lines. No rule matches across a newline, so lines are preserved. */
export function redactChunk(text: string, rules: readonly Rule[], ctx: RuleContext, state: ChunkState, fileKey: string): string {
  let t = text
  if (state.pemToken !== undefined || t.includes('-----BEGIN')) t = redactPemLines(t, ctx, state, fileKey)
  for (const rule of rules) {
    if (rule.gate && !rule.gate(t)) continue
    t = rule.apply(t, ctx)
  }
  return t
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
