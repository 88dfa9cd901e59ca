import type { Rule } from '../types'

// A vCard (RFC 6350; contact exports, `.vcf` attachments, address-book sync logs) names its
// person in properties whose meaning is the property name alone, at a line's start:
// `FN:Zsófia Kovács-Horváth`, `N:van der Berg;Maarten;Jan;;`, `NICKNAME:…`, and a home or work
// address in `ADR;TYPE=HOME:;Apt 5B;742 Calle de Alcalá;Madrid;;28009;España`. (TEL and EMAIL
// values are found by their own shapes.) A property may carry a group prefix (`item1.ADR`).
const PROPERTY = /[ \t]*(?:[A-Za-z0-9-]{1,20}\.)?(FN|N|NICKNAME|ADR)((?:;[^:\r\n]{0,200})?:)([^\r\n]{1,1024})/iy
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
    let out = ''
    let last = 0
    for (let ls = 0; ls < text.length;) {
      if (OPEN.test(text[ls]!)) {
        PROPERTY.lastIndex = ls
        const m = PROPERTY.exec(text)
        if (m !== null) {
          const value = m[3]!.trimEnd()
          const start = ls + m[0].length - m[3]!.length
          const prop = m[1]!.toUpperCase()
          // an empty structured value (`N:;;;;`) names no one; N and ADR are structured (`;`), so
          // a log's `N: 1024` is not a vCard's
          const structured = prop === 'N' || prop === 'ADR'
          if (
            /[^;,\s]/.test(value) &&
            (!structured || value.includes(';')) &&
            /\p{L}/u.test(value) &&
            !value.startsWith('<') &&
            !ctx.isKept(value)
          ) {
            const adr = prop === 'ADR'
            const token = ctx.pseudonym(
              this,
              value,
              adr ? { kind: 'address', counter: 'address', category: 'location' } : { kind: 'name', counter: 'name' }
            )
            out += text.slice(last, start) + token
            last = start + value.length
          }
        }
      }
      const nl = text.indexOf('\n', ls)
      if (nl < 0) break
      ls = nl + 1
    }
    return last === 0 ? text : out + text.slice(last)
  }
}
