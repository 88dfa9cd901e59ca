import type { Rule } from '../types'
import { rewriteLineStarts } from '../rewrite'

// A vCard (RFC 6350; contact exports, `.vcf` attachments, address-book sync logs) names its
// person in properties whose meaning is the property name alone, at a line's start:
// `FN:Zsófia Kovács-Horváth`, `N:van der Berg;Maarten;Jan;;`, `NICKNAME:…`, and a home or work
// address in `ADR;TYPE=HOME:;Apt 5B;742 Calle de Alcalá;Madrid;;28009;España`. (TEL and EMAIL
// values are found by their own shapes.) A property may carry a group prefix (`item1.ADR`).
const PROPERTY = /[ \t]*(?:[A-Za-z0-9-]{1,20}\.)?(FN|N|NICKNAME|ADR)((?:;[^:\r\n]{0,200})?:)([^\r\n]{1,1024})/diy
const OPEN = /[ \tA-Za-z]/

export const vcardRule: Rule = {
  id: 'vcard',
  category: 'person',
  kind: 'name',
  detector:
    "vCard properties at a line start: FN, N, NICKNAME (the whole value a person's name) and ADR (an address); group prefixes (`item1.`) and parameters allowed",
  replacement: 'FN/N/NICKNAME → <name-N>; ADR → <address-N>',
  gate: (t) => /(?:^|\n)[ \t]*(?:[A-Za-z0-9-]{1,20}\.)?(?:FN|N|NICKNAME|ADR)[;:]/i.test(t),
  apply(text, ctx) {
    return rewriteLineStarts(text, PROPERTY, OPEN, 3, (m) => {
      const raw = m[3]!
      const value = raw.trimEnd()
      const prop = m[1]!.toUpperCase()
      // an empty structured value (`N:;;;;`) names no one; N and ADR are structured (`;`), so
      // a log's `N: 1024` is not a vCard's
      const structured = prop === 'N' || prop === 'ADR'
      if (!/[^;,\s]/.test(value) || (structured && !value.includes(';')) || !/\p{L}/u.test(value) || ctx.isKept(value)) return undefined
      const token =
        prop === 'ADR'
          ? ctx.pseudonym(this, value, { kind: 'address', counter: 'address', category: 'location' })
          : ctx.pseudonym(this, value, { kind: 'name', counter: 'name' })
      return token + raw.slice(value.length)
    })
  }
}
