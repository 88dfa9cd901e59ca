// Values a rule found where a key or phrase names them (an SSID after `SSID :`, a person after
// `Organizer:`, a host after `Computer:`) are personal wherever they appear again, also where
// nothing names them: netsh repeats the SSID as `Profile : <SSID>`, a log names the organizer
// again in free text. Once learned on a line, such a value is replaced on that line and every
// later one in the session, with the token it already has. Never on earlier lines: the output
// must not depend on how the input was cut into chunks (line N sees what lines 1..N taught).
import type { PseudonymEntry } from './pseudonyms'
import { LOGITECH_WORD } from './rules/context-keys'
import { TOO_COMMON } from './rules/known-values'
import { TermIndex } from './term-index'
import { nameLists } from './name-lists'
import { TOKEN_STICKY, tokenKind } from './token'
import { standsFree } from './backfill'
import { meetingIdForms } from './meeting-id-forms'

/** Token kinds whose values are learned, and what a value of each must look like to be. */
const LEARNABLE: Record<string, (v: string) => boolean> = {
  // two to five words, the first capitalised ("Last, First" too): one word is too often a word;
  // a product name taken for a person (`"name":"Rally Camera"`) must not spread
  name: (v) => /^\p{Lu}[\p{L}\p{M}'’.-]*,?(?:[ \t]+[\p{L}\p{M}'’.-]{2,}){1,4}$/u.test(v) && !LOGITECH_WORD.test(v),
  // a single word of letters alone (`Guest`, `Office`) is too likely an ordinary word elsewhere
  ssid: (v) => /[\d\s_.-]/.test(v),
  host: (v) => /[\d_.-]/.test(v)
}

/** Learned values a session keeps at most (then it stops learning; see the README). */
export const LEARNED_LIMIT = 10_000

const TOKEN_GLOBAL = new RegExp(TOKEN_STICKY.source, 'g')

function learnable(kind: string, value: string): boolean {
  const check = LEARNABLE[kind]
  const v = value.trim()
  return (
    check !== undefined &&
    v.length >= 5 &&
    v.length <= 64 &&
    !/[\r\n<>"]/.test(v) &&
    /\p{L}/u.test(v) &&
    !TOO_COMMON.has(v.toLowerCase()) &&
    // a value holding a hex constant (`SSID error 0x887A0005 | …`) took an error code with it:
    // spread, it would take that code from every later line
    !/(?:^|[\s:=])0x[0-9a-f]{4,}(?!\w)/i.test(v) &&
    check(v)
  )
}

/**
 * The given name of a learned person's name (`Ingrid` of `Ingrid Solberg` and of `Solberg,
 * Ingrid`) when it can stand alone: a listed given name, no English word, four letters or more,
 * none of the too-common words. Else undefined.
 */
function givenNameOf(name: string): string | undefined {
  const lists = nameLists()
  if (lists === undefined) return undefined
  const comma = name.indexOf(',')
  const given = (comma >= 0 ? name.slice(comma + 1) : name).trim().split(/[ \t]+/)[0]!
  if (given.length < 4 || !lists.given.has(given) || lists.isWord(given) || TOO_COMMON.has(given.toLowerCase())) return undefined
  return LOGITECH_WORD.test(given) ? undefined : given
}

interface Learned {
  token: string
  entry: PseudonymEntry
}

export class LearnedValues {
  private readonly index = new TermIndex<Learned>()
  private readonly known = new Set<string>()
  /** learned given names (`Tomasz` of `Tomasz Kowalczyk`) → the person they stand for */
  private readonly givenNames = new Map<string, Learned>()

  constructor(private readonly limit = LEARNED_LIMIT) {}

  get size(): number {
    return this.known.size
  }

  /**
   * Learns from a redacted chunk (whole lines) and replaces learned values in it, each from the
   * line it was learned on. `lookup` finds a token's entry; `onReplace` hears each replacement.
   */
  apply(text: string, lookup: (token: string) => PseudonymEntry | undefined, onReplace: (entry: PseudonymEntry) => void): string {
    // new values, with where their line starts, in text order
    const fresh: Array<{ at: number; value: string; learned: Learned; given?: boolean }> = []
    if (this.known.size < this.limit) {
      TOKEN_GLOBAL.lastIndex = 0
      for (let m = TOKEN_GLOBAL.exec(text); m !== null; m = TOKEN_GLOBAL.exec(text)) {
        const token = m[0]
        const kind = tokenKind(token)
        // a numeric meeting id in its other written forms (`zoom.us/j/84512903376`, then `ID 845 1290 3376`)
        if (kind === 'meeting') {
          const entry = lookup(token)
          if (entry === undefined || this.known.has(`meeting:${entry.value}`)) continue
          this.known.add(`meeting:${entry.value}`)
          const at = text.lastIndexOf('\n', m.index) + 1
          for (const form of meetingIdForms(entry.value))
            if (!this.known.has(form)) {
              this.known.add(form)
              fresh.push({ at, value: form, learned: { token: entry.token, entry } })
            }
          if (this.known.size >= this.limit) break
          continue
        }
        if (LEARNABLE[kind] === undefined) continue
        const entry = lookup(token)
        if (entry === undefined || this.known.has(entry.value) || !learnable(kind, entry.value)) continue
        this.known.add(entry.value)
        // (the entry's token, not m[0]: a slice would keep the whole chunk alive)
        const at = text.lastIndexOf('\n', m.index) + 1
        fresh.push({ at, value: entry.value.trim(), learned: { token: entry.token, entry } })
        // the person's given name alone is them too (`… Ingrid Solberg called` then `agreed with Ingrid`)
        const given = kind === 'name' ? givenNameOf(entry.value) : undefined
        if (given !== undefined && !this.known.has(given)) {
          this.known.add(given)
          fresh.push({ at, value: given, learned: { token: entry.token, entry }, given: true })
        }
        if (this.known.size >= this.limit) break
      }
    }
    if (this.index.size === 0 && fresh.length === 0) return text
    // a given name alone that a rule gave a token of its own (`ask Tomasz` → `ask <name-2>` on a line
    // after `Organizer: Tomasz Kowalczyk`) takes the token of the person it names, as an untouched one would
    const sameGiven = (segment: string): string =>
      this.givenNames.size === 0
        ? segment
        : segment.replace(TOKEN_GLOBAL, (token) => {
            if (!token.startsWith('<name-')) return token
            const entry = lookup(token)
            const person = entry === undefined ? undefined : this.givenNames.get(entry.value)
            if (person === undefined || person.token === token) return token
            onReplace(person.entry)
            return person.token
          })
    const replace = (raw: string, l: Learned, src: string, start: number): string | undefined => {
      // (only where its token would stand free, so a second pass sees the boundaries the first saw)
      if (!standsFree(src, start, raw)) return undefined
      onReplace(l.entry)
      return l.token
    }
    let out = ''
    let pos = 0
    for (const f of fresh) {
      if (f.at > pos) {
        out += sameGiven(this.index.scan(text.slice(pos, f.at), replace))
        pos = f.at
      }
      this.index.add(f.value, f.learned)
      if (f.given === true) this.givenNames.set(f.value, f.learned)
    }
    return out + sameGiven(this.index.scan(text.slice(pos), replace))
  }
}
