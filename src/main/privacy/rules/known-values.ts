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
  'root', 'admin', 'administrator', 'user', 'users', 'guest', 'test', 'pi', 'ubuntu', 'debian', 'system', 'default', 'public',
  'localhost', 'workgroup', 'local', 'home', 'email', 'host', 'name', 'term', 'secret', 'phone', 'serial', 'mac', 'ssid', 'url',
  'meeting', 'geo', 'card', 'iban', 'sid', 'pem', 'cred', 'domain', 'ipv6', 'public'
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
      if (c >= 0xd800 && c <= 0xdfff) WORD[c] = 1 // astral letters: treat surrogate halves as word characters
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
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')

/** The spellings of one entity that logs use (all share the entity's token). */
export function termVariants(v: string, kind: string): string[] {
  const out = new Set([v])
  if (kind === 'name') {
    const parts = v.split(/\s+/).filter(Boolean)
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
      if (f && l) for (const local of [`${f}.${l}`, `${f}_${l}`, `${f}${l}`, `${f[0]}${l}`, `${f[0]}.${l}`, `${f}${l[0]}`, `${l}.${f}`]) out.add(local)
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

/** Bucket key of a word: its first (up to) three folded characters and, when shorter, its length. */
function bucketKey(fold: Uint16Array, text: string, at: number, wordLen: number): number {
  const n = wordLen < 3 ? wordLen : 3
  let h = n
  for (let j = 0; j < n; j++) h = h * 65599 + fold[text.charCodeAt(at + j)]!
  return h | 0
}

/**
 * Builds the rule for the host's own identities and user-supplied terms. Matching is one pass
 * over the text: at each word start, a hash of the word's first folded characters picks the
 * few variants that could start there, which are compared in place. The cost does not grow
 * with the number of terms (tens of thousands are fine), only with the words in the text.
 */
export function knownValuesRule(values: readonly KnownValue[]): Rule | undefined {
  const { fold, word } = tables()
  const buckets = new Map<number, Variant[]>()
  let count = 0
  const seen = new Set<string>()
  for (const kv of values) {
    const v = kv.value.trim().normalize('NFC')
    if (v.length < 3 || (kv.kind !== 'term' && TOO_COMMON.has(v.toLowerCase()))) continue
    const entity = { ...kv, value: v }
    for (const variant of termVariants(v, kv.kind)) {
      const folded = foldString(variant)
      if (folded.length < 3 || seen.has(folded) || !word[folded.charCodeAt(0)]) continue
      // a variant shorter than the entity that is a common word (`J Doe` is fine, `Jo` is not)
      if (TOO_COMMON.has(folded) && kv.kind !== 'term') continue
      seen.add(folded)
      let firstLen = 0
      while (firstLen < folded.length && word[folded.charCodeAt(firstLen)]) firstLen++
      const key = bucketKey(fold, folded, 0, firstLen)
      const list = buckets.get(key)
      const entry = { folded, entity }
      if (list) list.push(entry)
      else buckets.set(key, [entry])
      count++
    }
  }
  if (count === 0) return undefined
  for (const list of buckets.values()) list.sort((a, b) => b.folded.length - a.folded.length)

  const rule: Rule = {
    id: 'known-value',
    category: 'account',
    kind: 'user',
    detector:
      "this host's OS user name, full name, host name, domain, and the caller's terms (`--redact`, `--redact-file` with kinds person/user/host/domain/term): whole words, Unicode case folding; a person also as \"Last, First\", First.Last, initial + surname and the e-mail local parts built from the name (ASCII-folded), a host also by its short name; every variant URL-encoded and JSON-escaped; one hashed lookup per word, so the cost does not grow with the number of terms",
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
        let e = i + 1
        while (e < n && word[text.charCodeAt(e)]) e++
        const list = buckets.get(bucketKey(fold, text, i, e - i))
        let next = e
        if (list !== undefined) {
          for (const { folded, entity } of list) {
            const len = folded.length
            if (i + len > n) continue
            let j = 0
            while (j < len && fold[text.charCodeAt(i + j)] === folded.charCodeAt(j)) j++
            if (j < len) continue
            const after = text.charCodeAt(i + len)
            if (i + len < n && word[after]) continue // not a whole word
            // an underscore separates values of 6+ characters (`jdoe_2024.pst` for a long name),
            // not shorter ones that are often part of identifiers (host `dev` in `dev_server`)
            if (len < 6 && (text.charCodeAt(i - 1) === 95 || after === 95)) continue
            const raw = text.slice(i, i + len)
            if (ctx.isKept(raw) || insideToken(text, i)) continue
            const token = ctx.pseudonym(rule, raw, { kind: entity.kind, counter: entity.kind, key: entity.value.toLowerCase(), category: entity.category })
            out += text.slice(last, i) + token
            logChange(i, i + len, token.length)
            last = i + len
            next = i + len
            break
          }
        }
        i = next
      }
      return last === 0 ? text : out + text.slice(last)
    }
  }
  return rule
}
