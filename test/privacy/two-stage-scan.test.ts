import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  distributeLeadingGroups,
  groupByFirstLetter,
  pastFlagHyphens,
  topLevelAlternatives,
  TwoStageScan
} from '../../src/main/privacy/two-stage-scan'

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

  // … and with the key table's look-behind, which also takes a command-line flag's hyphens (`--password`):
  // the finder reads the hyphens itself and says where the exact match starts
  it("finds keys after a flag's hyphens where the flat scan with its look-behind does", () => {
    const keyBefore = '(?:(?<![A-Za-z0-9-])|(?<=(?<![A-Za-z0-9-])--?))'
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, '--', '---', '_'), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const flat = new RegExp(`${keyBefore}(?:${exactSource})${after}`, 'gi')
        const expected = [...text.matchAll(flat)].map((m) => [m.index, [...m]])
        const scan = new TwoStageScan(
          new RegExp(`(?<![A-Za-z0-9-])(?:--?)?(?:${groupByFirstLetter(families.flat())})${after}`, 'gi'),
          new RegExp(`${keyBefore}(?:${exactSource})${after}`, 'iy'),
          pastFlagHyphens
        )
        const got: Array<[number, string[]]> = []
        for (let m = scan.exec(text); m !== null; m = scan.exec(text)) got.push([m.index, [...m]])
        expect(got).toEqual(expected)
      }),
      { numRuns: 500 }
    )
  })

  it('distributes a leading group over its alternatives, not one with a quantifier after it', () => {
    expect(distributeLeadingGroups(['(?:call|chat)[ \\t]+with', '(?:a|(?:b|c)d)e', '(?:x|y)?z', '@', '(?<![A-Za-z])(?:hi|hey)'])).toEqual([
      'call[ \\t]+with',
      'chat[ \\t]+with',
      'ae',
      'bde',
      'cde',
      '(?:x|y)?z',
      '@',
      '(?<![A-Za-z])(?:hi|hey)'
    ])
  })

  // anchors as the person phrases write them: distributed and grouped, they match where the ordered
  // alternation matches, and the two-stage scan gives its matches
  const anchors = [
    '(?:name|user)[ \\t]*[:=]',
    '(?:call|chat|met)[ \\t]+(?:with|to)[ \\t]+',
    'by(?<=(?:sent|met)[ \\t]+by)[ \\t]+',
    'by[ \\t]+',
    '@',
    '(?<![A-Za-z])(?:hi|thanks),?[ \\t]'
  ]
  const pieces = ['name', 'user', ' ', ':', '=', 'call', 'chat', 'with', 'to', 'sent', 'met', 'by', '@', 'hi', 'thanks', ',', 'x', 'Hi']
  it('finds what the ordered alternation finds once distributed and grouped', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const flat = new RegExp(anchors.join('|'), 'gi')
        const expected = [...text.matchAll(flat)].map((m) => [m.index, m[0]])
        const scan = new TwoStageScan(
          new RegExp(groupByFirstLetter(distributeLeadingGroups(anchors)), 'gi'),
          new RegExp(anchors.join('|'), 'iy')
        )
        const got: Array<[number, string]> = []
        for (let m = scan.exec(text); m !== null; m = scan.exec(text)) got.push([m.index, m[0]])
        expect(got).toEqual(expected)
      }),
      { numRuns: 500 }
    )
  })
})
