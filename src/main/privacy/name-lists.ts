// Given names, surnames and English words, for telling a person's name in free text from two
// capitalised words of a log (`Jennifer Abernathy called` vs `Grant Access failed`).
//
// Sources (both npm packages, MIT, loaded from node_modules at first use, never copied here):
//  - @faker-js/faker: the `person.first_name` and `person.last_name` lists of all its ~75
//    locales (maintained by its contributors per locale); only names written in a cased script
//    are kept, since the rule reads names by their capital letters. Each is also kept without its
//    diacritics (`Bjorn Ostergaard`, `Zoe Muller`): systems that write ASCII only drop them.
//  - word-list: ~274,000 lower-case English words (no proper nouns), so a given name that is also
//    a word (`Grant`, `Will`, `Mark`) and a surname that is one (`Baker`) can ask for more proof.
//
// Memory: the words are held as one sorted string with an offset table (~4 MB, where a Set of
// them took 23 MB); the name sets hold ~35,000 short strings. The lists are extracted once per
// process, at first use, by a child process (see load), so faker's module is never held here.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

export interface NameLists {
  /** Given names as written (`Jennifer`, `Søren`, `Mei-Ling`). */
  readonly given: ReadonlySet<string>
  /** Surnames as written (`Abernathy`, `Müller`, `O'Sullivan`). */
  readonly surnames: ReadonlySet<string>
  /** True when the lower-cased `word` is an English word. */
  isWord(word: string): boolean
}

let lists: NameLists | undefined
let failed = false

/** The lists, loaded on first call; undefined (and the rule off) when a package is missing. */
export function nameLists(): NameLists | undefined {
  if (lists !== undefined || failed) return lists
  try {
    lists = load()
  } catch {
    // a broken install must not stop redaction: the rules that need the lists are off, the others
    // run (and the load is not retried on every chunk)
    failed = true
  }
  return lists
}

// Run in a short-lived child process: faker's module holds every locale's data (~17 MB of heap)
// for as long as it stays loaded, and V8 lets the heap grow to a few times its live size, so
// loading it here cost ~80 MB of peak RSS on a long stream. The child prints only the names and
// the sorted words; its memory goes with it.
const EXTRACT = `
const faker = require(process.argv[1]);
const words = require('fs').readFileSync(require(process.argv[2]).default, 'utf8').split('\\n').filter(Boolean).sort();
const cased = /^\\p{Lu}[\\p{L}\\p{M}'’-]*$/u;
const flat = (x) => typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(flat) : x && typeof x === 'object' ? Object.values(x).flatMap(flat) : [];
const given = new Set(), surnames = new Set();
for (const def of Object.values(faker.allLocales)) {
  for (const n of flat(def.person && def.person.first_name)) if (cased.test(n)) given.add(n);
  for (const n of flat(def.person && def.person.last_name)) if (cased.test(n)) surnames.add(n);
}
const MAP = { 'Đ': 'D', 'đ': 'd', 'Ø': 'O', 'ø': 'o', 'Ł': 'L', 'ł': 'l', 'ß': 'ss', 'Æ': 'Ae', 'æ': 'ae', 'Œ': 'Oe', 'œ': 'oe', 'Þ': 'Th', 'þ': 'th', 'ı': 'i', 'Ə': 'E', 'ə': 'e' };
const fold = (n) => n.normalize('NFD').replace(/\\p{M}/gu, '').replace(/[ĐđØøŁłßÆæŒœÞþıƏə]/g, (c) => MAP[c]);
for (const set of [given, surnames]) for (const n of [...set]) { const f = fold(n); if (f !== n && cased.test(f)) set.add(f); }
process.stdout.write(JSON.stringify({ given: [...given], surnames: [...surnames], words: words.join('\\n') }));
`

function load(): NameLists {
  const nodeRequire = createRequire(__filename)
  const out = execFileSync(process.execPath, ['-e', EXTRACT, nodeRequire.resolve('@faker-js/faker'), nodeRequire.resolve('word-list')], {
    // (the Electron binary runs as plain Node for this)
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    windowsHide: true
  })
  const data = JSON.parse(out.toString('utf8')) as { given: string[]; surnames: string[]; words: string }
  return { given: new Set(data.given), surnames: new Set(data.surnames), isWord: sortedLookup(data.words) }
}

/** A binary search over the sorted words, kept as one string (`\n` between) and their start offsets. */
function sortedLookup(all: string): (word: string) => boolean {
  let count = 0
  for (let i = all.indexOf('\n'); i >= 0; i = all.indexOf('\n', i + 1)) count++
  if (all.length > 0) count++
  const starts = new Uint32Array(count + 1)
  let n = 0
  for (let at = 0; at < all.length;) {
    starts[n++] = at
    const nl = all.indexOf('\n', at)
    at = nl < 0 ? all.length + 1 : nl + 1
  }
  starts[count] = all.length + 1
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
