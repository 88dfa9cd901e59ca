import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { decodeUnicodeEscapes } from '../../src/main/privacy/unicode-escapes'

// What .NET's default encoder writes: every non-ASCII character and " ' + & < > ` as \uXXXX.
const dotnetJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff'+&<>`]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)

describe('decodeUnicodeEscapes', () => {
  it.each([
    ['{"n":"Brz\\u0119czyszczykiewicz"}', '{"n":"Brzęczyszczykiewicz"}'],
    ['{"m":"\\u0022q\\u0022 \\u002B44"}', '{"m":"\\"q\\" +44"}'],
    ['{"e":"\\uD83D\\uDE00"}', '{"e":"😀"}'],
    // control characters, line separators and lone surrogates stay escaped
    ['{"e":"a\\u000Ab\\u2028c\\uD83Dd\\uDE00"}', '{"e":"a\\u000Ab\\u2028c\\uD83Dd\\uDE00"}'],
    // an escaped backslash is not the start of an escape; \u005C becomes one
    ['{"p":"C:\\\\Users\\\\u1234"}', '{"p":"C:\\\\Users\\\\u1234"}'],
    ['{"p":"a\\u005Cb"}', '{"p":"a\\\\b"}'],
    // a raw Windows path in a line that is not escaped text is left alone
    ['C:\\Users\\u1234\\Desktop', 'C:\\Users\\u1234\\Desktop'],
    // each line decides for itself
    ['x \\u0026 y\nC:\\Users\\u1234', 'x & y\nC:\\Users\\u1234'],
    // access logs: UTF-8 bytes as \xHH, decoded only when they spell a whole character
    ['"GET /home/\\xc5\\x81ukasz/x" "Zo\\xc3\\xab" \\xe2\\x82\\xac \\xf0\\x9f\\x98\\x80', '"GET /home/Łukasz/x" "Zoë" € 😀'],
    [
      'C:\\Program Files (x86)\\x86\\xc5 \\xc5\\x41 \\xc2\\x85 \\\\xc3\\xab',
      'C:\\Program Files (x86)\\x86\\xc5 \\xc5\\x41 \\xc2\\x85 \\\\xc3\\xab'
    ]
  ])('%s', (input, expected) => {
    expect(decodeUnicodeEscapes(input)).toBe(expected)
  })

  it('leaves JSON valid and equal, and keeps the line count', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 24 })), (obj) => {
        const line = dotnetJson(obj)
        const decoded = decodeUnicodeEscapes(line)
        expect(JSON.parse(decoded)).toEqual(obj)
        expect(decoded.split('\n').length).toBe(1)
        expect(decodeUnicodeEscapes(decoded)).toBe(decoded)
      })
    )
  })
})
