import type { Rule } from '../types'
import { LINE } from '../line-features'
import { rewrite } from '../rewrite'

const LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TN: 24,
  TR: 26,
  UA: 29,
  VG: 24,
  XK: 20
}
// Delimited on both sides so base64 text does not match; groups of 4 with optional space/hyphen.
const IBAN = /(?<![A-Za-z0-9+/])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![A-Za-z0-9+/])/g

export function mod97(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4)
  let r = 0
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    const v = c >= 65 ? c - 55 : c - 48
    r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97
  }
  return r === 1
}

export const ibanRule: Rule = {
  id: 'iban',
  category: 'financial',
  kind: 'iban',
  needs: LINE.ibanHead,
  detector: 'country code + 2 check digits + groups; country length table + mod-97; delimited',
  replacement: '<iban-N>',
  apply(text, ctx) {
    return rewrite(text, IBAN, (m) => {
      const d = m[0].replace(/[ -]/g, '')
      if (LENGTHS[d.slice(0, 2)] !== d.length || !mod97(d) || ctx.isKept(m[0])) return undefined
      return ctx.pseudonym(this, m[0], { key: d })
    })
  }
}
