import { insideToken } from './token'

/**
 * Replaces matches of a global regex. `fn` returns the replacement, or undefined to keep the
 * match. Matches starting inside an existing token are left alone.
 */
export function rewrite(text: string, re: RegExp, fn: (m: RegExpExecArray, src: string) => string | undefined): string {
  re.lastIndex = 0
  let out = ''
  let last = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    if (insideToken(text, m.index)) continue
    const r = fn(m, text)
    if (r === undefined) continue
    out += text.slice(last, m.index) + r
    last = m.index + m[0].length
  }
  return last === 0 ? text : out + text.slice(last)
}

/** The line containing `index` (without its newline). */
export function lineAt(src: string, index: number): string {
  const start = src.lastIndexOf('\n', index - 1) + 1
  let end = src.indexOf('\n', index)
  if (end < 0) end = src.length
  return src.slice(start, end)
}
