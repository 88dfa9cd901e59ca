// Token format: `<kind-N>` or `<kind-detail-N>`, e.g. `<email-1>`, `<ip-10/8-2>`,
// `<mac-00:1a:2b-1>`. No whitespace, quotes or backslashes, so tokens are safe inside
// JSON strings, and no rule's value class accepts `<` or `>`, so tokens are never
// re-redacted (idempotence).
export const TOKEN_SOURCE = String.raw`<[a-z][a-z0-9]*(?:-[a-z0-9.:/]+)*-\d+>`
export const TOKEN_STICKY = new RegExp(TOKEN_SOURCE, 'y')
// [a-z0-9.:/-] as a char-code test: insideToken runs for every match, a regex call per char was measurable
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 58) || c === 46 || c === 47 || c === 45
}

export function formatToken(kind: string, n: number): string {
  return `<${kind}-${n}>`
}

/** True when `index` lies inside a token that starts before it. */
export function insideToken(src: string, index: number): boolean {
  const stop = Math.max(0, index - 48)
  for (let i = index - 1; i >= stop; i--) {
    const c = src.charCodeAt(i)
    if (c === 60) {
      TOKEN_STICKY.lastIndex = i
      return TOKEN_STICKY.test(src) && TOKEN_STICKY.lastIndex > index
    }
    if (!isTokenChar(c)) return false
  }
  return false
}

export function isToken(value: string): boolean {
  TOKEN_STICKY.lastIndex = 0
  return TOKEN_STICKY.test(value) && TOKEN_STICKY.lastIndex === value.length
}

/** A token's kind, the part before its first hyphen (`<mac-00:1a:2b-1>` → `mac`). */
export function tokenKind(token: string): string {
  return token.slice(1, token.indexOf('-'))
}
