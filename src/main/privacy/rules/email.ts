import type { Rule } from '../types'
import { rewriteAt, runBeforeAnchor } from '../rewrite'

// Anchored on `@` / `%40` and expanded with bounded classes: the naive `[\w.]+@` pattern
// rescans every word character. Long TLDs (.example, .company) and URL-encoded `%40` are
// deliberate (lessons from peer leaks).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y
const isLocalChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
const emailStarts = runBeforeAnchor(['@', '%40'], isLocalChar, 64)

export const emailRule: Rule = {
  id: 'email',
  category: 'contact',
  kind: 'email',
  detector: 'local@domain.tld and URL-encoded local%40domain; TLD 2–24 letters; bounded classes',
  replacement: '<email-N>',
  gate: (t) => t.includes('@') || t.includes('%40'),
  apply(text, ctx) {
    return rewriteAt(text, EMAIL, emailStarts(), (m) => {
      const v = m[0]
      if (ctx.isKept(v)) return undefined
      const norm = v.replace(/%40/i, '@').toLowerCase()
      // mailto: and %-encoding of the local part are kept outside the token
      return ctx.pseudonym(this, v, { key: norm })
    })
  }
}
