import type { Category } from '../categories'
import type { Rule, RuleContext } from '../types'
import { logChange, logPass } from '../rewrite'
import { insideToken } from '../token'

export interface KnownValue {
  value: string
  /** token counter, e.g. 'user', 'host', 'name', 'domain', 'term' */
  kind: string
  category: Category
}

// Words too common to redact as a known value wherever they appear (and the words tokens use).
const TOO_COMMON = new Set([
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

// Per-character tables over the BMP, built once: the simple Unicode lower-case mapping (a
// folded comparison without allocating a string per word) and "is a letter, mark or digit".
let FOLD: Uint16Array | undefined
let WORD: Uint8Array | undefined
function tables(): { fold: Uint16Array; word: Uint8Array } {
  if (FOLD === undefined || WORD === undefined) {
    FOLD = new Uint16Array(0x10000)
    WORD = new Uint8Array(0x10000)
    const isWord = /[\p{L}\p{M}\p{N}]/u
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      const l = s.toLowerCase()
      FOLD[c] = l.length === 1 ? l.charCodeAt(0) : c
      if (c >= 0xd800 && c <= 0xdfff)
        WORD[c] = 1 // astral letters: treat surrogate halves as word characters
      else WORD[c] = isWord.test(s) ? 1 : 0
    }
  }
  return { fold: FOLD, word: WORD }
}

/** Lower case, NFC, as the scanner compares it. */
function foldString(s: string): string {
  const { fold } = tables()
  let out = ''
  for (const ch of s.normalize('NFC')) {
    const c = ch.charCodeAt(0)
    out += ch.length === 1 ? String.fromCharCode(fold[c]!) : ch.toLowerCase()
  }
  return out
}

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

interface Variant {
  folded: string
  entity: KnownValue
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 65599) + c) | 0
}

/**
 * Builds the rule for the host's own identities and user-supplied terms. Matching is one pass
 * over the text. Each variant is keyed by a hash of its folded text and of its first word; at a
 * word start whose word starts some variant, the spans ending at the next few word ends (up to
 * the longest variant's word count) are hashed incrementally and looked up, then compared in
 * place. The cost per word does not grow with the number of terms, only with their word count.
 */
export function knownValuesRule(values: readonly KnownValue[]): Rule | undefined {
  const { fold, word } = tables()
  /** full-variant hash → variants; first-word hash → most words of a variant starting with it */
  const byHash = new Map<number, Variant[]>()
  const firstWords = new Map<number, number>()
  let count = 0
  const seen = new Set<string>()
  for (const kv of values) {
    const v = kv.value.trim().normalize('NFC')
    if (v.length < 3 || (kv.kind !== 'term' && TOO_COMMON.has(v.toLowerCase()))) continue
    const entity = { ...kv, value: v }
    for (const variant of termVariants(v, kv.kind)) {
      const folded = foldString(variant)
      const lastCode = folded.charCodeAt(folded.length - 1)
      if (folded.length < 3 || seen.has(folded) || !word[folded.charCodeAt(0)] || !word[lastCode]) continue
      if (TOO_COMMON.has(folded) && kv.kind !== 'term') continue
      seen.add(folded)
      let h = 0
      let first = 0
      let words = 0
      for (let j = 0; j < folded.length; j++) {
        const c = folded.charCodeAt(j)
        h = hashStep(h, c)
        if (word[c] && !word[folded.charCodeAt(j + 1)]) {
          words++
          if (words === 1) first = h
        }
      }
      firstWords.set(first, Math.max(firstWords.get(first) ?? 0, words))
      const list = byHash.get(h)
      if (list) list.push({ folded, entity })
      else byHash.set(h, [{ folded, entity }])
      count++
    }
  }
  if (count === 0) return undefined

  const rule: Rule = {
    id: 'known-value',
    category: 'account',
    kind: 'user',
    detector:
      'this host\'s OS user name, full name, host name, domain, and the caller\'s terms (`--redact`, `--redact-file` with kinds person/user/host/domain/term): whole words, Unicode case folding; a person also as "Last, First", First.Last, initial + surname and the e-mail local parts built from the name (ASCII-folded), a host also by its short name; every variant URL-encoded and JSON-escaped; one hashed lookup per word, so the cost does not grow with the number of terms',
    replacement: '<user-N>, <name-N>, <host-N>, <domain-N>, <term-N> (one token per entity, same tokens as the pattern rules)',
    apply(text: string, ctx: RuleContext) {
      logPass()
      let out = ''
      let last = 0
      const n = text.length
      let i = 0
      while (i < n) {
        // next word start
        while (i < n && !word[text.charCodeAt(i)]) i++
        if (i >= n) break
        let e = i
        let h = 0
        while (e < n && word[text.charCodeAt(e)]) h = hashStep(h, fold[text.charCodeAt(e++)]!)
        const maxWords = firstWords.get(h)
        let next = e
        if (maxWords !== undefined) {
          // hash the spans ending at this and the following word ends; keep the longest hit
          let best: Variant | undefined
          let end = e
          for (let k = 1; ; k++) {
            for (const v of byHash.get(h) ?? []) {
              if (v.folded.length !== end - i) continue
              let j = 0
              while (j < v.folded.length && fold[text.charCodeAt(i + j)] === v.folded.charCodeAt(j)) j++
              if (j === v.folded.length) best = v
            }
            if (k >= maxWords || end >= n) break
            // separator run (bounded), then the next word
            let sep = 0
            while (end < n && !word[text.charCodeAt(end)] && sep < 4 && text.charCodeAt(end) !== 10) {
              h = hashStep(h, fold[text.charCodeAt(end++)]!)
              sep++
            }
            if (end >= n || !word[text.charCodeAt(end)]) break
            while (end < n && word[text.charCodeAt(end)]) h = hashStep(h, fold[text.charCodeAt(end++)]!)
          }
          if (best !== undefined) {
            const len = best.folded.length
            const after = text.charCodeAt(i + len)
            // an underscore separates values of 6+ characters (`jdoe_2024.pst` for a long name),
            // not shorter ones that are often part of identifiers (host `dev` in `dev_server`)
            const raw = text.slice(i, i + len)
            if (!(len < 6 && (text.charCodeAt(i - 1) === 95 || after === 95)) && !ctx.isKept(raw) && !insideToken(text, i)) {
              const { entity } = best
              const token = ctx.pseudonym(rule, raw, {
                kind: entity.kind,
                counter: entity.kind,
                key: entity.value.toLowerCase(),
                category: entity.category
              })
              out += text.slice(last, i) + token
              logChange(i, i + len, token.length)
              last = i + len
              next = i + len
            }
          }
        }
        i = next
      }
      return last === 0 ? text : out + text.slice(last)
    }
  }
  return rule
}
