// Finds the session's pseudonym tokens in redacted text: per-file counts for the review and the
// manifest, and the spans the viewer highlights. Counting what is in the staged text (rather than
// what the engine replaced) keeps the numbers true after a file is cut to fit the budget.
import { CATEGORIES, type Category, type PseudonymEntry } from '../privacy'
import type { CategoryCounts, PageSpan } from '../../shared/contract'

const TOKEN_SHAPE = /<[^<>\s]{1,120}>/g

export class TokenIndex {
  private readonly byToken: Map<string, Category>
  constructor(entries: readonly PseudonymEntry[]) {
    this.byToken = new Map(entries.map((e) => [e.token, e.category]))
  }

  spans(text: string): PageSpan[] {
    const out: PageSpan[] = []
    for (const m of text.matchAll(TOKEN_SHAPE)) {
      const category = this.byToken.get(m[0])
      if (category) out.push({ offset: m.index, length: m[0].length, category })
    }
    return out
  }

  count(text: string, into: CategoryCounts): number {
    let n = 0
    for (const m of text.matchAll(TOKEN_SHAPE)) {
      const category = this.byToken.get(m[0])
      if (category) {
        into[category] = (into[category] ?? 0) + 1
        n++
      }
    }
    return n
  }
}

export function zeroCounts(): CategoryCounts {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts
}

export function addCounts(into: CategoryCounts, from: CategoryCounts): void {
  for (const c of CATEGORIES) into[c] = (into[c] ?? 0) + (from[c] ?? 0)
}
