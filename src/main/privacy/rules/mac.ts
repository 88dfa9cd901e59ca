import type { Rule, RuleContext } from '../types'
import { nearAnchor, rewriteAt } from '../rewrite'

// Six hex pairs with one consistent separator (`:` `-` `_`), or Cisco `aabb.ccdd.eeff`; an
// underscore may follow (Windows device ids glue `_C00000000` to them). Bare, in Windows
// Bluetooth device ids: `BTHENUM\…&0&A4DC4C3606A3_C00000000` and `BTHLE\Dev_a4dc4c3606a3`.
const MAC = /(?<![\w:.-])[0-9A-Fa-f]{2}([:_-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![A-Za-z0-9:-]|\1[0-9A-Fa-f]{2}(?![A-Za-z0-9]))|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![A-Za-z0-9]|\.[A-Za-z0-9])|(?<=&)([0-9A-Fa-f]{12})(?=_C0{8}(?![A-Za-z0-9]))|(?<=\\[Dd][Ee][Vv]_)([0-9A-Fa-f]{12})(?![A-Za-z0-9])/y
// Every match has a separator repeated two pairs later (offset 2), a dotted group (offset 4),
// `_C00000000` right after its 12 digits, or `\Dev_` right before them.
const macStarts = nearAnchor([/([:_-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1/, 2], [/\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![A-Za-z0-9]|\.[A-Za-z0-9])/, 4], [/_C0{8}/, 12], [/\\[Dd][Ee][Vv]_/, -5])
const KEEP = new Set(['000000000000', 'ffffffffffff'])

/** Token for a MAC written in any spelling; undefined when it must be kept. */
export function macToken(raw: string, ctx: RuleContext, rule: Rule): string | undefined {
  const hex = raw.replace(/[^0-9A-Fa-f]/g, '').toLowerCase()
  if (hex.length !== 12 || KEEP.has(hex) || ctx.isKept(raw)) return undefined
  const oui = `${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`
  return ctx.pseudonym(rule, raw, { kind: `mac-${oui}`, counter: 'mac', key: hex })
}

export const macRule: Rule = {
  id: 'mac',
  category: 'device-identifier',
  kind: 'mac',
  detector: '6 hex pairs with one separator (: - _), Cisco dotted form (needs a hex letter); bare 12 hex in Windows Bluetooth device ids (`&…_C00000000`, `\\Dev_…`) or after a MAC/BSSID key (context rule); all spellings share a token',
  replacement: '<mac-OUI-N>: vendor OUI kept, NIC part numbered; 00:…:00 and ff:…:ff kept',
  apply(text, ctx) {
    return rewriteAt(text, MAC, macStarts(), (m) => {
      if (m[1] === undefined && m[2] === undefined && m[3] === undefined && !/[A-Fa-f]/.test(m[0])) return undefined
      return macToken(m[0], ctx, this)
    })
  }
}
