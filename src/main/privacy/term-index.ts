// Whole-word lookup of many terms in one pass, with Unicode case folding. Each term is keyed by a
// hash of its folded text and of its first word; at a word start whose word starts some term, the
// spans ending at the next few word ends (up to the longest term's word count) are hashed
// incrementally and looked up, then compared in place. The cost per word does not grow with the
// number of terms, only with their word count, and terms can be added between scans.
import { insideToken } from './token'

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
export function foldString(s: string): string {
  const { fold } = tables()
  let out = ''
  for (const ch of s.normalize('NFC')) {
    const c = ch.charCodeAt(0)
    out += ch.length === 1 ? String.fromCharCode(fold[c]!) : ch.toLowerCase()
  }
  return out
}

const FIRST_SLOTS = 1 << 16
function slot(h: number): number {
  return (h ^ (h >>> 16)) & (FIRST_SLOTS - 1)
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 65599) + c) | 0
}

interface Entry<P> {
  folded: string
  payload: P
}

export class TermIndex<P> {
  private readonly fold: Uint16Array
  private readonly word: Uint8Array
  /** full-term hash → terms; first-word hash → most words of a term starting with it */
  private readonly byHash = new Map<number, Entry<P>[]>()
  private readonly firstWords = new Map<number, number>()
  /** a bit per first-word hash slot: most words start no term, and a typed-array read is far
   *  cheaper than the Map lookup it spares */
  private readonly firstBits = new Uint8Array(FIRST_SLOTS)
  /** the folded first characters of the terms: a word starting with another is skipped unhashed */
  private readonly firstChars = new Uint8Array(0x10000)
  private readonly seen = new Set<string>()

  constructor() {
    const t = tables()
    this.fold = t.fold
    this.word = t.word
  }

  get size(): number {
    return this.seen.size
  }

  /** Adds a term; false when it cannot be matched as whole words (under 3 characters, not
   *  starting and ending with a letter or digit) or its folded form is already there. */
  add(term: string, payload: P): boolean {
    const { word } = this
    const folded = foldString(term)
    if (folded.length < 3 || this.seen.has(folded) || !word[folded.charCodeAt(0)] || !word[folded.charCodeAt(folded.length - 1)])
      return false
    this.seen.add(folded)
    this.firstChars[folded.charCodeAt(0)] = 1
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
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words))
    this.firstBits[slot(first)] = 1
    const list = this.byHash.get(h)
    if (list) list.push({ folded, payload })
    else this.byHash.set(h, [{ folded, payload }])
    return true
  }

  /**
   * Replaces each longest whole-word match by what `replace` answers (undefined keeps it). A match
   * inside a token is left, and so is one under 6 characters glued to an underscore (`dev` in
   * `dev_server`), while longer ones are not (`jdoe_2024.pst` for a long name).
   */
  scan(text: string, replace: (raw: string, payload: P, text: string, start: number) => string | undefined): string {
    const { fold, word, byHash, firstWords, firstBits, firstChars } = this
    let out = ''
    let last = 0
    const n = text.length
    let i = 0
    while (i < n) {
      // next word start
      while (i < n && !word[text.charCodeAt(i)]) i++
      if (i >= n) break
      if (firstChars[fold[text.charCodeAt(i)]!] === 0) {
        while (++i < n && word[text.charCodeAt(i)]);
        continue
      }
      let e = i
      let h = 0
      while (e < n && word[text.charCodeAt(e)]) h = hashStep(h, fold[text.charCodeAt(e++)]!)
      const maxWords = firstBits[slot(h)] === 0 ? undefined : firstWords.get(h)
      let next = e
      if (maxWords !== undefined) {
        // hash the spans ending at this and the following word ends; keep the longest hit
        let best: Entry<P> | undefined
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
          const raw = text.slice(i, i + len)
          if (!(len < 6 && (text.charCodeAt(i - 1) === 95 || after === 95)) && !insideToken(text, i)) {
            const token = replace(raw, best.payload, text, i)
            if (token !== undefined) {
              out += text.slice(last, i) + token
              last = i + len
              next = i + len
            }
          }
        }
      }
      i = next
    }
    return last === 0 ? text : out + text.slice(last)
  }
}
