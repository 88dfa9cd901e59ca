import type { Category } from './categories'
import { formatToken } from './token'

export interface PseudonymEntry {
  token: string
  value: string
  category: Category
  rule: string
}

/** Distinct values a session remembers by default (~250 bytes each: about 50 MB at the cap). */
export const DEFAULT_PSEUDONYM_LIMIT = 200_000

type Generation = Map<string, Map<string, PseudonymEntry>>

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
  private youngTokens = new Map<string, PseudonymEntry>()
  private oldTokens = new Map<string, PseudonymEntry>()
  private readonly counters = new Map<string, number>()
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
    let values = this.young.get(counter)
    const hit = values?.get(key)
    if (hit) return hit.token
    const aged = this.old.get(counter)?.get(key)
    if (aged) {
      this.old.get(counter)!.delete(key)
      this.oldTokens.delete(aged.token)
      this.remember(counter, key, aged)
      return aged.token
    }
    const n = (this.counters.get(counter) ?? 0) + 1
    this.counters.set(counter, n)
    const entry: PseudonymEntry = { token: formatToken(kind, n), value, category, rule }
    this.remember(counter, key, entry)
    return entry.token
  }

  private remember(counter: string, key: string, entry: PseudonymEntry): void {
    if (this.youngSize >= this.half) {
      for (const values of this.old.values()) this.dropped += values.size
      this.old = this.young
      this.oldTokens = this.youngTokens
      this.young = new Map()
      this.youngTokens = new Map()
      this.youngSize = 0
    }
    let values = this.young.get(counter)
    if (values === undefined) this.young.set(counter, (values = new Map()))
    values.set(key, entry)
    this.youngTokens.set(entry.token, entry)
    this.youngSize++
  }

  lookupToken(token: string): PseudonymEntry | undefined {
    return this.youngTokens.get(token) ?? this.oldTokens.get(token)
  }

  /** The remembered entries (the older generation first). */
  entries(): PseudonymEntry[] {
    return [...this.oldTokens.values(), ...this.youngTokens.values()]
  }

  /** How many values were forgotten to stay within the limit. */
  forgotten(): number {
    return this.dropped
  }
}
