import type { Rule } from '../types'
import { LINE } from '../line-features'
import { rewriteAt, runBeforeAnchor } from '../rewrite'
import { isAsciiLetter, isDigit } from '../char-codes'

// Anchored on `@` / `%40` and expanded with bounded classes: the naive `[\w.]+@` pattern
// rescans every word character. Long TLDs (.example, .company) and URL-encoded `%40` are
// deliberate (lessons from peer leaks).
// `@` also as an HTML entity (`jane&#64;example.com`, `&#x40;`, `&commat;`: mail-safe web pages and exports)
// (letters of any script too: internationalized addresses, `jürgen@müller.de`, `用户@例子.广告`)
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}\p{M}._%+-]{0,63}(?:@|%40|&#0{0,3}64;|&#[xX]0{0,2}40;|&commat;)[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,62}\.){1,8}\p{L}[\p{L}\p{M}]{1,23}(?![\p{L}\p{N}\p{M}-])/uy
const isLocalChar = (c: number): boolean =>
  isAsciiLetter(c) ||
  isDigit(c) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45 ||
  (c >= 0xc0 && LETTER_OR_MARK.test(String.fromCharCode(c)))
const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const AT_ENTITY = /&#0{0,3}64;|&#[xX]0{0,2}40;|&commat;|%40/i
const emailStarts = runBeforeAnchor(['@', '%40', '&#64;', '&#064;', '&#x40;', '&#X40;', '&commat;'], isLocalChar, 64)

export const emailRule: Rule = {
  id: 'email',
  category: 'contact',
  kind: 'email',
  needs: LINE.at | LINE.percent | LINE.amp,
  detector: 'local@domain.tld, URL-encoded local%40domain and HTML-entity `@` (&#64; &#x40; &commat;); TLD 2–24 letters; bounded classes',
  replacement: '<email-N>',
  gate: (t) => t.includes('@') || t.includes('%40') || t.includes('&#') || t.includes('&commat;'),
  apply(text, ctx) {
    return rewriteAt(text, EMAIL, emailStarts(), (m) => {
      const v = m[0]
      if (ctx.isKept(v)) return undefined
      const norm = v.replace(AT_ENTITY, '@').toLowerCase()
      // mailto: and %-encoding of the local part are kept outside the token
      return ctx.pseudonym(this, v, { key: norm })
    })
  }
}

// An address written so harvesters cannot read it, as people type it into tickets and signatures:
// `jane.doe [at] contoso [dot] com`, `jane.doe(at)contoso.com`, `{at}`, in either case. The same
// address written plainly elsewhere shares its token.
const SPELLED_AT = String.raw`[ \t]*[[({][ \t]*(?:at|AT)[ \t]*[\])}][ \t]*`
const SPELLED_DOT = String.raw`(?:\.|[ \t]*[[({][ \t]*(?:dot|DOT)[ \t]*[\])}][ \t]*)`
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${SPELLED_AT}[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}${SPELLED_DOT}){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])`,
  'g'
)
const SPELLED_AT_ONLY = new RegExp(SPELLED_AT, 'g')
const SPELLED_DOT_ONLY = /[ \t]*[[({][ \t]*(?:dot|DOT)[ \t]*[\])}][ \t]*/g

export const obfuscatedEmailRule: Rule = {
  id: 'obfuscated-email',
  category: 'contact',
  kind: 'email',
  detector: 'an address with its `@` and dots spelled out in brackets (`jane.doe [at] contoso [dot] com`, `jane(at)contoso.com`, `{at}`)',
  replacement: '<email-N> (the same token as the address written plainly)',
  gate: (t) => /[[({][ \t]*(?:at|AT)[ \t]*[\])}]/.test(t),
  apply(text, ctx) {
    return text.replace(OBFUSCATED_EMAIL, (v) => {
      const norm = v.replace(SPELLED_AT_ONLY, '@').replace(SPELLED_DOT_ONLY, '.').toLowerCase()
      return ctx.isKept(v) ? v : ctx.pseudonym(this, v, { key: norm })
    })
  }
}
