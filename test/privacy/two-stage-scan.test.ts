import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { groupByFirstLetter, topLevelAlternatives, TwoStageScan } from '../../src/main/privacy/two-stage-scan'

describe('two-stage keyword scan', () => {
  it('splits an alternation at its top level only', () => {
    expect(topLevelAlternatives('a|b(?:c|d)|[|x]|e\\|f')).toEqual(['a', 'b(?:c|d)', '[|x]', 'e\\|f'])
  })

  it('groups alternatives under their first letter, case-folded; others stay', () => {
    expect(groupByFirstLetter(['user', 'Upn', 'host', '(?:snmp)?community', 'x?y', 'ä'])).toBe(
      'u(?:ser|pn)|h(?:ost)|(?:snmp)?community|x?y|ä'
    )
  })

  // A family table's keys (its groups, in order, pick the family) and the text to scan: the two-stage
  // scan must give the very matches, groups included, the flat scan gives.
  const families = [
    ['user[-_ ]?name', 'user', 'login'],
    ['user[-_ ]?domain', 'domain'],
    ['host(?:name)?', 'hst'],
    ['pass(?:word)?', 'u']
  ]
  const exactSource = families.map((f) => `(${f.join('|')})`).join('|')
  const before = '(?<![A-Za-z0-9-])'
  const after = '(?![A-Za-z0-9_])'
  const words = [
    'user',
    'username',
    'user_domain',
    'UserName',
    'hostname',
    'hst',
    'u',
    'password',
    'pass',
    'login',
    'x',
    '-',
    ' ',
    '=',
    'domain',
    'us'
  ]

  it('finds the matches a flat scan of the family table finds, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const flat = new RegExp(`${before}(?:${exactSource})${after}`, 'gi')
        const expected = [...text.matchAll(flat)].map((m) => [m.index, [...m]])
        const scan = new TwoStageScan(
          new RegExp(`${before}(?:${groupByFirstLetter(families.flat())})${after}`, 'gi'),
          new RegExp(`${before}(?:${exactSource})${after}`, 'iy')
        )
        const got: Array<[number, string[]]> = []
        for (let m = scan.exec(text); m !== null; m = scan.exec(text)) got.push([m.index, [...m]])
        expect(got).toEqual(expected)
      }),
      { numRuns: 500 }
    )
  })
})
