import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { literalTrieSource } from '../../src/main/privacy/literal-trie'

function positions(re: RegExp, text: string): number[] {
  const out: number[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index)
    re.lastIndex = m.index + 1
  }
  return out
}

function escaped(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('literal trie', () => {
  it('shares prefixes and makes a literal that others extend optional', () => {
    expect(literalTrieSource(['user ', 'uid ', 'us'])).toBe('u(?:s(?:er )?|id )')
    expect(literalTrieSource(['a', 'ab'])).toBe('ab?')
    expect(literalTrieSource(['a', 'ab', 'ac'])).toBe('a(?:b|c)?')
  })

  it('escapes what a regex reads as syntax', () => {
    const words = [') CMD (', ']\\[', 'a.b', '$x', 'c/o', '-U']
    const re = new RegExp(literalTrieSource(words), 'g')
    expect(positions(re, 'x) CMD (y]\\[z a.b aXb $x c/o -U')).toEqual([1, 9, 14, 22, 25, 29])
  })

  it('refuses an empty literal, which would match everywhere', () => {
    expect(() => literalTrieSource(['a', ''])).toThrow(/empty/)
  })

  // the positions where some literal starts are the same as the flat alternation's
  const alphabet = ['u', 's', 'e', 'r', ' ', 'U', '(', ')', '[', '\\', '.', 'é', 'x']
  const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((a) => a.join(''))
  it('matches where the flat alternation of the same literals matches', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        (words, chars) => {
          const text = chars.join('') + words.join('')
          const flat = new RegExp(words.map(escaped).join('|'), 'g')
          const trie = new RegExp(literalTrieSource(words), 'g')
          expect(positions(trie, text)).toEqual(positions(flat, text))
        }
      ),
      { numRuns: 500 }
    )
  })
})
