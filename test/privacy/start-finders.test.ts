import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { nearAnchor, rewrite, rewriteAt, startsWhere } from '../../src/main/privacy/rewrite'

// A host-like pattern: every match opens after a character that is no letter, digit or `-`, and
// holds `SW-` or `-AP` (found behind its hyphen) within eight characters of its start.
const PATTERN = '(?<![A-Za-z0-9-])[A-Za-z]{0,4}(?:SW-|-AP)[0-9]{1,3}'
const opensAfterBreak = (text: string, at: number): boolean => at === 0 || !/[A-Za-z0-9-]/.test(text[at - 1]!)
const finder = startsWhere(nearAnchor([/-(?<=SW-)/, 8], [/-AP/, 4]), opensAfterBreak)

describe('start finders', () => {
  it('narrowed to word starts, find what a scan of every position finds', () => {
    const pieces = ['SW-', '-AP', 'x', 'LON', ' ', '1', '42', '-', 'ASW-']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const mark = (m: RegExpExecArray): string => `<${m[0]}>`
        expect(rewriteAt(text, new RegExp(PATTERN, 'y'), finder(), mark)).toBe(rewrite(text, new RegExp(PATTERN, 'g'), mark))
      }),
      { numRuns: 500 }
    )
  })

  it('skips the positions the test refuses', () => {
    const next = startsWhere(
      () => (text, from) => (from < text.length ? from : -1),
      (text, at) => text[at] === '#'
    )()
    expect(next('ab#c#', 0)).toBe(2)
    expect(next('ab#c#', 3)).toBe(4)
    expect(next('ab#c', 3)).toBe(-1)
  })
})
