import { describe, expect, it } from 'vitest'
import { cleanIdentityString, MAX_IDENTITY_LENGTH } from '../../src/main/devices/identity-string'

const b = (s: string | number[]): Uint8Array => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Uint8Array.from(s))

describe('cleanIdentityString', () => {
  it.each<[string, Uint8Array | null, string | null, RegExp | null]>([
    ['null stays null', null, null, null],
    ['sysfs trailing newline', b('RALLYCAM0001\n'), 'RALLYCAM0001', null],
    ['trailing NUL padding', b([0x41, 0x42, 0, 0, 0]), 'AB', null],
    ['control characters removed', b('AB\x1b[31mCD\x07'), 'AB[31mCD', /control characters/],
    ['invalid UTF-8 flagged', b([0x41, 0xff, 0xfe, 0x42]), 'AB', /not valid UTF-8/],
    ['empty becomes null', b('\n'), null, null],
    ['non-ASCII kept', b('Konferenzraum Süd'), 'Konferenzraum Süd', null]
  ])('%s', (_name, input, value, problem) => {
    const r = cleanIdentityString(input)
    expect(r.value).toBe(value)
    if (problem) expect(r.problems.join(' ')).toMatch(problem)
    else expect(r.problems).toEqual([])
  })

  it('caps a 4 KB serial and says so', () => {
    const r = cleanIdentityString(b('S'.repeat(4096)))
    expect(r.value).toHaveLength(MAX_IDENTITY_LENGTH)
    expect(r.problems.join(' ')).toMatch(/4096 characters/)
  })
})
