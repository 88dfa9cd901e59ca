// Given names, surnames and English words, for telling a person's name in free text from two
// capitalised words of a log (`Jennifer Abernathy called` vs `Grant Access failed`).
//
// Sources (both npm packages, MIT, loaded from node_modules at first use, never copied here):
//  - @faker-js/faker: the `person.first_name` and `person.last_name` lists of all its ~75
//    locales (maintained by its contributors per locale); only names written in a cased script
//    are kept, since the rule reads names by their capital letters.
//  - word-list: ~274,000 lower-case English words (no proper nouns), so a given name that is also
//    a word (`Grant`, `Will`, `Mark`) and a surname that is one (`Baker`) can ask for more proof.
//
// Memory: the words are held as one sorted string with an offset table (~4 MB, where a Set of
// them took 23 MB); the name sets hold ~35,000 short strings. faker's own module stays loaded
// (~17 MB of heap); the lists are built once per process, on the first name-shaped pair.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface NameLists {
  /** Given names as written (`Jennifer`, `Søren`, `Mei-Ling`). */
  readonly given: ReadonlySet<string>
  /** Surnames as written (`Abernathy`, `Müller`, `O'Sullivan`). */
  readonly surnames: ReadonlySet<string>
  /** True when the lower-cased `word` is an English word. */
  isWord(word: string): boolean
}

// a name of letters, marks, apostrophes and hyphens that opens with a capital
const CASED_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*$/u

let lists: NameLists | undefined
let failure: Error | undefined

/** The lists, loaded on first call; undefined (and the rule off) when a package is missing. */
export function nameLists(): NameLists | undefined {
  if (lists !== undefined || failure !== undefined) return lists
  try {
    lists = load()
  } catch (err) {
    // a broken install must not stop redaction: the other rules still run, and the report says so
    failure = err instanceof Error ? err : new Error(String(err))
  }
  return lists
}

/** Why the lists could not be loaded, if they could not. */
export function nameListsFailure(): Error | undefined {
  return failure
}

function load(): NameLists {
  const nodeRequire = createRequire(__filename)
  const faker = nodeRequire('@faker-js/faker') as { allLocales: Record<string, { person?: Record<string, unknown> }> }
  const given = new Set<string>()
  const surnames = new Set<string>()
  for (const def of Object.values(faker.allLocales)) {
    for (const n of strings(def.person?.first_name)) if (CASED_NAME.test(n)) given.add(n)
    for (const n of strings(def.person?.last_name)) if (CASED_NAME.test(n)) surnames.add(n)
  }
  const wordListPath = (nodeRequire('word-list') as { default: string }).default
  const words = readFileSync(wordListPath, 'utf8')
    .split('\n')
    .filter((w) => w.length > 0)
    .sort()
  return { given, surnames, isWord: sortedLookup(words) }
}

/** Every string in a locale entry: an array, or an object of arrays (`{ female, male, generic }`). */
function strings(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry]
  if (Array.isArray(entry)) return entry.flatMap(strings)
  if (entry !== null && typeof entry === 'object') return Object.values(entry).flatMap(strings)
  return []
}

/** A binary search over the sorted words, kept as one string and their start offsets. */
function sortedLookup(sorted: string[]): (word: string) => boolean {
  const all = sorted.join('\n')
  const starts = new Uint32Array(sorted.length + 1)
  let at = 0
  for (let i = 0; i < sorted.length; i++) {
    starts[i] = at
    at += sorted[i]!.length + 1
  }
  starts[sorted.length] = at
  const count = sorted.length
  return (word) => {
    const w = word.toLowerCase()
    let lo = 0
    let hi = count - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = compareAt(all, starts[mid]!, starts[mid + 1]! - 1, w)
      if (c === 0) return true
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }
}

/** Compares `all[from, to)` with `w` as `<` would compare the two strings (-1, 0, 1). */
function compareAt(all: string, from: number, to: number, w: string): number {
  const n = Math.min(to - from, w.length)
  for (let i = 0; i < n; i++) {
    const a = all.charCodeAt(from + i)
    const b = w.charCodeAt(i)
    if (a !== b) return a < b ? -1 : 1
  }
  const la = to - from
  return la === w.length ? 0 : la < w.length ? -1 : 1
}
