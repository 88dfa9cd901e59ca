import type { Category } from '../categories'
import type { Rule, RuleContext } from '../types'
import { foldString, TermIndex } from '../term-index'

export interface KnownValue {
  value: string
  /** token counter, e.g. 'user', 'host', 'name', 'domain', 'term' */
  kind: string
  category: Category
}

// Words too common to redact as a known value wherever they appear (and the words tokens use).
export const TOO_COMMON = new Set([
  'root',
  'admin',
  'administrator',
  'user',
  'users',
  'guest',
  'test',
  'pi',
  'ubuntu',
  'debian',
  'system',
  'default',
  'public',
  'localhost',
  'workgroup',
  'local',
  'home',
  'email',
  'host',
  'name',
  'term',
  'secret',
  'phone',
  'serial',
  'mac',
  'ssid',
  'url',
  'meeting',
  'geo',
  'card',
  'iban',
  'sid',
  'pem',
  'cred',
  'domain',
  'ipv6',
  'public'
])

const asciiFold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')

/** The spellings of one entity that logs use (all share the entity's token). */
export function termVariants(v: string, kind: string): string[] {
  const out = new Set([v])
  if (kind === 'name') {
    // a directory export may write the person as "Last, First"
    const lastFirst = /^([^,]+),\s*([^,]+)$/.exec(v)
    const full = lastFirst ? `${lastFirst[2]!.trim()} ${lastFirst[1]!.trim()}` : v
    out.add(full)
    const parts = full.split(/\s+/).filter(Boolean)
    if (parts.length >= 2) {
      const first = parts[0]!
      const last = parts[parts.length - 1]!
      const given = parts.slice(0, -1).join(' ')
      out.add(`${last}, ${given}`)
      out.add(`${last},${given}`)
      out.add(parts.join('.'))
      out.add(parts.join('_'))
      out.add(`${first[0]}. ${last}`)
      out.add(`${first[0]}.${last}`)
      out.add(`${first[0]} ${last}`)
      // e-mail local parts and account names built from the name (ASCII-folded, as mail systems do)
      const f = asciiFold(first).replace(/[^A-Za-z0-9]/g, '')
      const l = asciiFold(parts.slice(1).join('')).replace(/[^A-Za-z0-9]/g, '')
      if (f && l)
        for (const local of [`${f}.${l}`, `${f}_${l}`, `${f}${l}`, `${f[0]}${l}`, `${f[0]}.${l}`, `${f}${l[0]}`, `${l}.${f}`])
          out.add(local)
    }
  }
  if (kind === 'host') {
    const dot = v.indexOf('.')
    if (dot >= 4) out.add(v.slice(0, dot)) // the short name of an FQDN
  }
  for (const s of [...out]) {
    const ascii = asciiFold(s)
    if (ascii !== s && kind === 'name') out.add(ascii)
    const enc = encodeURIComponent(s)
    if (enc !== s) out.add(enc)
    if (s.includes(' ')) out.add(s.replace(/ /g, '+')) // form-encoded
    if (s.includes('\\')) out.add(s.replace(/\\/g, '\\\\')) // JSON-escaped
  }
  return [...out]
}

/**
 * Builds the rule for the host's own identities and user-supplied terms: every variant of every
 * entity in one TermIndex (term-index.ts), so matching is one pass whose cost per word does not
 * grow with the number of terms.
 */
export function knownValuesRule(values: readonly KnownValue[]): Rule | undefined {
  const index = new TermIndex<KnownValue>()
  for (const kv of values) {
    const v = kv.value.trim().normalize('NFC')
    if (v.length < 3 || (kv.kind !== 'term' && TOO_COMMON.has(v.toLowerCase()))) continue
    const entity = { ...kv, value: v }
    for (const variant of termVariants(v, kv.kind)) {
      if (kv.kind !== 'term' && TOO_COMMON.has(foldString(variant))) continue
      index.add(variant, entity)
    }
  }
  if (index.size === 0) return undefined

  const rule: Rule = {
    id: 'known-value',
    category: 'account',
    kind: 'user',
    detector:
      'this host\'s OS user name, full name, host name, domain, and the caller\'s terms (`--redact`, `--redact-file` with kinds person/user/host/domain/term): whole words, Unicode case folding; a person also as "Last, First", First.Last, initial + surname and the e-mail local parts built from the name (ASCII-folded), a host also by its short name; every variant URL-encoded and JSON-escaped; one hashed lookup per word, so the cost does not grow with the number of terms',
    replacement: '<user-N>, <name-N>, <host-N>, <domain-N>, <term-N> (one token per entity, same tokens as the pattern rules)',
    apply(text: string, ctx: RuleContext) {
      return index.scan(text, (raw, entity) =>
        ctx.isKept(raw)
          ? undefined
          : ctx.pseudonym(rule, raw, {
              kind: entity.kind,
              counter: entity.kind,
              key: entity.value.toLowerCase(),
              category: entity.category
            })
      )
    }
  }
  return rule
}
