import type { Rule } from '../types'
import { LINE } from '../line-features'
import { nearAnchor, rewriteAt } from '../rewrite'

// 13–19 digits, at most one space or hyphen between digits (Chromium's shape), then Luhn and
// issuer length. Millisecond values (`…ms`), decimals and all-same-digit runs are skipped. An
// underscore before the digits is a file name's separator (`card_4111111111111111.txt`) when the
// word before it is about payment; otherwise the digits number that word's thing (`blk_…`).
const CARD = /(?<![A-Za-z0-9.+-])\d(?:[ -]?\d){12,18}(?!(?!_C0{8}(?![A-Za-z0-9]))\w|\.\d)/y
// A decimal comma (`1234567890123,5`) ends the number; a comma before another cell does not
// (`pan=6011-7833-3458-8980,0,6` in a CSV row), nor after grouped digits, which are no decimal.
const DECIMAL_COMMA_AFTER = /^,\d+(?![\d,])/
// `… ms` after the digits makes them a duration, unless a card key names them (`card=… ms`)
const MS_AFTER = /^ ?ms(?![A-Za-z])/
const CARD_KEY_BEFORE = /(?:card|pan|cc|ccnum|credit|visa|amex|mastercard)(?:[_ -]?(?:number|no|num))?["']?[ \t]*[:=][ \t]*["']?$/i
const WORD_BEFORE_UNDERSCORE = /([A-Za-z]+)_$/
const PAYMENT_WORD = /card|pan|cc|visa|amex|master|credit|debit|pay|receipt|invoice|billing/i
const CARD_GROUPS = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$|^\d{4}([ -])\d{6}\2\d{5}$/
// Every match opens with 13 digits; that prefix alone scans about 3x faster.
const cardStarts = nearAnchor([/\d(?:[ -]?\d){12}/, 0])

export function luhn(d: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48
    if (dbl) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
    dbl = !dbl
  }
  return sum % 10 === 0
}

function issuerLength(d: string): boolean {
  const n = d.length
  if (d[0] === '4') return n === 13 || n === 16 || n === 19
  const p2 = Number(d.slice(0, 2))
  const p4 = Number(d.slice(0, 4))
  if (p2 >= 51 && p2 <= 55) return n === 16
  if (p4 >= 2221 && p4 <= 2720) return n === 16
  if (p2 === 34 || p2 === 37) return n === 15
  if (d.startsWith('6011') || p2 === 65 || (Number(d.slice(0, 3)) >= 644 && Number(d.slice(0, 3)) <= 649)) return n >= 16 && n <= 19
  if (p2 === 35) return n >= 16 && n <= 19
  if (p2 === 36 || p2 === 38 || p2 === 30) return n === 14
  return false
}

export const paymentCardRule: Rule = {
  id: 'payment-card',
  category: 'financial',
  kind: 'card',
  needs: LINE.cardRun,
  detector: '13–19 digits with ≤1 space/hyphen between digits; Luhn + issuer prefix/length; one separator style; not followed by ms',
  replacement: '<card-N>',
  apply(text, ctx) {
    const isCard = (v: string): boolean => {
      if (/ /.test(v) && /-/.test(v)) return false
      const d = v.replace(/[ -]/g, '')
      return !/^(\d)\1+$/.test(d) && issuerLength(d) && luhn(d) && !ctx.isKept(v)
    }
    return rewriteAt(
      text,
      CARD,
      cardStarts(),
      (m, src) => {
        // an identifier's number after its name and `_` is the identifier (HDFS's `blk_4318179566727871532`)
        if (src.charCodeAt(m.index - 1) === 95) {
          const word = WORD_BEFORE_UNDERSCORE.exec(src.slice(Math.max(0, m.index - 25), m.index))
          if (word !== null && !PAYMENT_WORD.test(word[1]!)) return undefined
        }
        if (
          MS_AFTER.test(src.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
          !CARD_KEY_BEFORE.test(src.slice(Math.max(0, m.index - 20), m.index))
        )
          return undefined
        const after = src.slice(m.index + m[0].length, m.index + m[0].length + 24)
        if (!/[ -]/.test(m[0]) && DECIMAL_COMMA_AFTER.test(after)) return undefined
        // a number right after the card (`card=3724-331037-02638 0`) is not part of it: drop
        // trailing groups until the rest validates
        let v = m[0]
        for (let k = 0; k < 3 && !isCard(v); k++) {
          const cut = Math.max(v.lastIndexOf(' '), v.lastIndexOf('-'))
          if (cut < 0) return undefined
          v = v.slice(0, cut)
        }
        if (!isCard(v)) return undefined
        // (inside a longer run of digit groups, only a card's own grouping: four fours, or Amex's 4-6-5;
        // a hex dump's pairs, `22 24 05 11 01 …`, pass Luhn one time in ten)
        const inRun = /[ -]/.test(src[m.index - 1] ?? '') && /\d/.test(src[m.index - 2] ?? '')
        if (inRun && !CARD_GROUPS.test(v)) return undefined
        return ctx.pseudonym(this, v, { key: v.replace(/[ -]/g, '') }) + m[0].slice(v.length)
      },
      // (a run a number opens is no card, but a card may start inside it: `+1 (415) 555-0123 4111 1111
      // 1111 1111` holds one, which a second pass would find once the phone is a token)
      true
    )
  }
}
