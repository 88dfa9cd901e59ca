import type { Category } from './categories'
import { formatToken } from './token'

export interface PseudonymEntry {
  token: string
  value: string
  category: Category
  rule: string
}

// Per-bundle counters (Chromium's approach): no hashing, so a low-entropy value such as an
// IPv4 address cannot be brute-forced back from its token, and a fresh table per bundle
// means tokens carry nothing across bundles.
export class PseudonymTable {
  /** counter → normalised value → entry (nested, so a lookup builds no composite key string) */
  private readonly byKey = new Map<string, Map<string, PseudonymEntry>>()
  private readonly byToken = new Map<string, PseudonymEntry>()
  private readonly counters = new Map<string, number>()

  /**
   * @param counter  numbering space, e.g. 'mac' (all MACs share one sequence)
   * @param kind     token prefix, e.g. 'mac-00:1a:2b'
   * @param key      normalised value: all spellings of one value share a token
   */
  tokenFor(counter: string, kind: string, key: string, value: string, category: Category, rule: string): string {
    let values = this.byKey.get(counter)
    if (values === undefined) this.byKey.set(counter, (values = new Map()))
    const hit = values.get(key)
    if (hit) return hit.token
    const n = (this.counters.get(counter) ?? 0) + 1
    this.counters.set(counter, n)
    const entry: PseudonymEntry = { token: formatToken(kind, n), value, category, rule }
    values.set(key, entry)
    this.byToken.set(entry.token, entry)
    return entry.token
  }

  lookupToken(token: string): PseudonymEntry | undefined {
    return this.byToken.get(token)
  }

  entries(): PseudonymEntry[] {
    return [...this.byToken.values()]
  }
}
