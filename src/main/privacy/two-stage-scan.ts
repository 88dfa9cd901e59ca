// A scan for hundreds of keywords (the key table's, in many languages) is slow as one flat
// alternation: V8 tries every alternative at every position. Grouped under their first letter,
// `a(?:ccount|dmin[_ ]?name)|b(?:adge…)|…`, the same words are found three times as fast (the scan
// alone: 61 → 18 ms over the bench's text; the key rule end to end: 61 → 41 ms). But the key table
// reads which family's group matched, in its order, so the grouped pattern only finds where the
// first match starts; the table's own pattern, tried
// there alone, then gives the very match the flat scan would have: both match the same words, so
// the first position either finds is the same.

/**
 * Walks a regex source from `from`, past escapes and character classes; `visit` sees every other
 * character with the group depth before it and ends the walk by returning true. Where it ended, or -1.
 */
function walkSyntax(source: string, from: number, visit: (c: string, i: number, depth: number) => boolean): number {
  let depth = 0
  let inClass = false
  for (let i = from; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      continue
    }
    if (visit(c, i, depth)) return i
    if (c === '(') depth++
    else if (c === ')') depth--
  }
  return -1
}

/** The top-level alternatives of a regex source (`a|b(?:c|d)|[|]` → `a`, `b(?:c|d)`, `[|]`). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = []
  let start = 0
  walkSyntax(source, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
    return false
  })
  out.push(source.slice(start))
  return out
}

/** Index of the `)` that closes the group opening at `open` in a regex source. */
function groupEnd(source: string, open: number): number {
  const end = walkSyntax(source, open, (c, _i, depth) => c === ')' && depth === 1)
  if (end < 0) throw new Error(`unbalanced group at ${open}`)
  return end
}

/**
 * Alternatives that open with a non-capturing group, distributed over it (`(?:call|chat)[ \t]+with`
 * → `call[ \t]+with`, `chat[ \t]+with`): the same language, but each now opens with its own first
 * letter for groupByFirstLetter. A group with a quantifier after it stays as it is. Only for a
 * finder: a capturing group in the rest would be repeated.
 */
export function distributeLeadingGroups(alternatives: readonly string[]): string[] {
  return alternatives.flatMap((a) => {
    if (!a.startsWith('(?:')) return [a]
    const close = groupEnd(a, 0)
    const rest = a.slice(close + 1)
    if (/^[?*+{]/.test(rest)) return [a]
    return distributeLeadingGroups(topLevelAlternatives(a.slice(3, close)).map((inner) => inner + rest))
  })
}

/**
 * The alternatives grouped under their first ASCII letter, case-folded (for a case-insensitive
 * pattern); one that opens otherwise, or with a quantified letter, stays as it is.
 */
export function groupByFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const rest: string[] = []
  for (const a of alternatives) {
    const c = a[0]
    if (c !== undefined && /[A-Za-z]/.test(c) && !/^[?*+{]/.test(a.slice(1))) {
      const key = c.toLowerCase()
      const group = groups.get(key)
      if (group) group.push(a.slice(1))
      else groups.set(key, [a.slice(1)])
    } else rest.push(a)
  }
  return [...[...groups].map(([c, tails]) => `${c}(?:${tails.join('|')})`), ...rest].join('|')
}

/**
 * Finds matches of `exact` (sticky) in order, at the positions `finder` (global, matching the same
 * language) finds first; `lastIndex` as a global regex's. With `startOf`, the finder's match may
 * open before the exact one (a prefix the exact pattern reads in a look-behind), and `startOf`
 * says where the exact match starts.
 */
export class TwoStageScan {
  lastIndex = 0
  constructor(
    private readonly finder: RegExp,
    private readonly exact: RegExp,
    private readonly startOf: (found: RegExpExecArray) => number = (found) => found.index
  ) {}

  exec(text: string): RegExpExecArray | null {
    this.finder.lastIndex = this.lastIndex
    const found = this.finder.exec(text)
    if (found === null) {
      this.lastIndex = 0
      return null
    }
    this.exact.lastIndex = this.startOf(found)
    const m = this.exact.exec(text)
    // (the two patterns match the same language: the exact one matches where the finder did)
    if (m === null) throw new Error('two-stage scan: the patterns disagree')
    this.lastIndex = this.exact.lastIndex
    return m
  }
}

/** Where a key starts in a finder's match that may open with a flag's one or two hyphens (`--password`). */
export function pastFlagHyphens(found: RegExpExecArray): number {
  return found.index + (found[0].charCodeAt(0) !== 45 ? 0 : found[0].charCodeAt(1) === 45 ? 2 : 1)
}
