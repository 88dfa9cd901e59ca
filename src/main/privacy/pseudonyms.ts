import type { Category } from './categories'
import { formatToken } from './token'

export interface PseudonymEntry {
  token: string
  value: string
  category: Category
  rule: string
}

/**
 * Distinct values a session remembers by default (~400 bytes each with their tokens and map slots,
 * so about 20 MB at the cap). V8 lets the heap grow to a few times what is live before a full GC,
 * so the live size sets the peak RSS: at 200,000 a stream of ever-new values peaked above 400 MB,
 * at 100,000 it reached 308–313 MB once the rules of the fourth round were in, at 80,000 275 MB;
 * with the name lists loaded (name-lists.ts) 80,000 peaked at 319–324 MB, 64,000 at 276 MB; with the
 * eleventh round's rules 64,000 read 286–309 MB and 48,000 274–286 MB.
 */
export const DEFAULT_PSEUDONYM_LIMIT = 48_000

/** An entry with what its token is made of, so it can be renumbered. */
interface Slot {
  entry: PseudonymEntry
  counter: string
  kind: string
  n: number
}
type Generation = Map<string, Map<string, Slot>>

// Per-bundle counters (Chromium's approach): no hashing, so a low-entropy value such as an
// IPv4 address cannot be brute-forced back from its token, and a fresh table per bundle
// means tokens carry nothing across bundles.
//
// Memory is bounded: values live in two generations of at most limit/2 each. When the young one
// is full, the old one is forgotten and the young one becomes old; a hit in the old generation
// moves the value to the young one, so values that keep recurring are never forgotten. A value
// seen again after it was forgotten gets a new number (counters never go back), so one token
// never stands for two values; `forgotten()` says how many were dropped from the map.
export class PseudonymTable {
  /** counter → normalised value → entry (nested, so a lookup builds no composite key string) */
  private young: Generation = new Map()
  private old: Generation = new Map()
  private youngSize = 0
  private youngTokens = new Map<string, Slot>()
  private oldTokens = new Map<string, Slot>()
  private readonly counters = new Map<string, number>()
  /** slots made since the last mark(), in the order they were made */
  private recent: Slot[] = []
  private dropped = 0
  private readonly half: number

  constructor(limit = DEFAULT_PSEUDONYM_LIMIT) {
    if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`pseudonym limit must be an integer ≥ 2, got ${limit}`)
    this.half = Math.floor(limit / 2)
  }

  /**
   * @param counter  numbering space, e.g. 'mac' (all MACs share one sequence)
   * @param kind     token prefix, e.g. 'mac-00:1a:2b'
   * @param key      normalised value: all spellings of one value share a token
   */
  tokenFor(counter: string, kind: string, key: string, value: string, category: Category, rule: string): string {
    const hit = this.young.get(counter)?.get(key)
    if (hit) return hit.entry.token
    const aged = this.old.get(counter)?.get(key)
    if (aged) {
      this.old.get(counter)!.delete(key)
      this.oldTokens.delete(aged.entry.token)
      this.remember(key, aged)
      return aged.entry.token
    }
    const n = (this.counters.get(counter) ?? 0) + 1
    this.counters.set(counter, n)
    const own = ownCopy(value)
    const slot: Slot = { entry: { token: formatToken(kind, n), value: own, category, rule }, counter, kind, n }
    this.remember(key === value ? own : ownCopy(key), slot)
    this.recent.push(slot)
    return slot.entry.token
  }

  private remember(key: string, slot: Slot): void {
    if (this.youngSize >= this.half) {
      for (const values of this.old.values()) this.dropped += values.size
      this.old = this.young
      this.oldTokens = this.youngTokens
      this.young = new Map()
      this.youngTokens = new Map()
      this.youngSize = 0
    }
    let values = this.young.get(slot.counter)
    if (values === undefined) this.young.set(slot.counter, (values = new Map()))
    values.set(key, slot)
    this.youngTokens.set(slot.entry.token, slot)
    this.youngSize++
  }

  /** Starts a new stretch of input: renumber() orders the tokens made after this. */
  mark(): void {
    this.recent = []
  }

  /** Whether any token was made since mark(). */
  madeSinceMark(): boolean {
    return this.recent.length > 0
  }

  /**
   * Renumbers the tokens made since mark() so that, per counter, numbers follow `order` (the
   * tokens as they first appear in the redacted text): the rules run one after another, so
   * without this a host found by the URL rule at the end of a chunk would be numbered before one
   * found by the host rule at its start. Tokens made but absent from `order` come after, in the
   * order they were made. Numbers stay the same set per counter, so none is ever reused.
   * Returns old token → new token for the ones that changed.
   */
  renumber(order: Iterable<string>): Map<string, string> {
    const remap = new Map<string, string>()
    if (this.recent.length === 0) return remap
    const fresh = new Set(this.recent)
    const numbers = new Map<string, number[]>()
    for (const slot of this.recent) {
      const list = numbers.get(slot.counter)
      if (list) list.push(slot.n)
      else numbers.set(slot.counter, [slot.n])
    }
    for (const list of numbers.values()) list.sort((a, b) => a - b)
    const next = new Map<string, number>()
    const assigned: Array<[Slot, number]> = []
    const take = (slot: Slot): void => {
      if (!fresh.delete(slot)) return
      const i = next.get(slot.counter) ?? 0
      next.set(slot.counter, i + 1)
      assigned.push([slot, numbers.get(slot.counter)![i]!])
    }
    // (by the tokens the recent slots had: a slot forgotten during the stretch is still renumbered)
    const byToken = new Map(this.recent.map((slot) => [slot.entry.token, slot]))
    for (const token of order) {
      const slot = byToken.get(token)
      if (slot) take(slot)
    }
    for (const slot of this.recent) take(slot)
    // delete every moved token before setting any: numbers swap within a counter
    const moved = assigned
      .filter(([slot, n]) => slot.n !== n)
      .map(([slot, n]) => ({
        slot,
        n,
        tokens:
          this.youngTokens.get(slot.entry.token) === slot
            ? this.youngTokens
            : this.oldTokens.get(slot.entry.token) === slot
              ? this.oldTokens
              : undefined
      }))
    for (const { slot, tokens } of moved) tokens?.delete(slot.entry.token)
    for (const { slot, n, tokens } of moved) {
      const token = formatToken(slot.kind, n)
      remap.set(slot.entry.token, token)
      slot.n = n
      slot.entry.token = token
      tokens?.set(token, slot) // (a slot already forgotten stays forgotten)
    }
    this.recent = []
    return remap
  }

  lookupToken(token: string): PseudonymEntry | undefined {
    return (this.youngTokens.get(token) ?? this.oldTokens.get(token))?.entry
  }

  /** The remembered entries (the older generation first). */
  entries(): PseudonymEntry[] {
    return [...this.oldTokens.values(), ...this.youngTokens.values()].map((s) => s.entry)
  }

  /** How many values were forgotten to stay within the limit. */
  forgotten(): number {
    return this.dropped
  }
}

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps a substring of 13
 * or more characters as a view on its parent, so a remembered value would keep its whole 64 KiB
 * chunk alive: memory would grow with the input, not with the number of values. Concatenating
 * flattens into a new string, and the slice then views only that one.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1)
}
