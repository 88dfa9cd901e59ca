// A regex for "any of these literals" written as a flat alternation, `user |User |uid |…`, makes
// V8 try every literal at every position. Written as a trie, `u(?:ser |id )|U(?:ser )|…`, the
// first character picks one branch and the rest is walked once: the same positions match (a
// literal matches at a position in one form exactly when it does in the other), far faster.

interface TrieNode {
  end: boolean
  next: Map<string, TrieNode>
}

const SPECIAL = /[.*+?^${}()|[\]\\]/

function escape(c: string): string {
  return SPECIAL.test(c) ? '\\' + c : c
}

function sourceOf(node: TrieNode): string {
  const alts = [...node.next].map(([c, child]) => escape(c) + sourceOf(child))
  if (alts.length === 0) return ''
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`
  if (!node.end) return body
  // (a literal ends here and longer ones go on: the branch is optional)
  return alts.length === 1 && alts[0]!.length === 1 ? `${body}?` : `(?:${alts.join('|')})?`
}

/** A regex source matching exactly the strings in `words` (code units, case as given). */
export function literalTrieSource(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() }
  for (const w of words) {
    if (w === '') throw new Error('literal trie: an empty literal matches everywhere')
    let node = root
    for (const c of w) {
      let child = node.next.get(c)
      if (child === undefined) node.next.set(c, (child = { end: false, next: new Map() }))
      node = child
    }
    node.end = true
  }
  return sourceOf(root)
}
