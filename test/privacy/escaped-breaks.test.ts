import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { markEscapedBreaks, restoreEscapedBreaks } from '../../src/main/privacy/escaped-breaks'

describe('escaped line breaks', () => {
  it('writes back exactly what it marked, for any text', () => {
    const piece = fc.constantFrom('\\n', '\\r', '\\\\', '\\"', '{"', '":"', "{'", 'DESCRIPTION:', '\n', 'C:\\Users\\', 'x', ' ', '\u2028')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const marked = markEscapedBreaks(text)
        expect(marked === undefined ? text : restoreEscapedBreaks(marked)).toBe(text)
      }),
      { numRuns: 2000 }
    )
  })

  it('marks breaks only in escaped text, never after an escaped backslash', () => {
    expect(markEscapedBreaks('{"m":"a\\nb\\\\nc"}')).toBe('{"m":"a\u2028b\\\\nc"}')
    expect(markEscapedBreaks('DESCRIPTION:a\\, b\\nc')).toBe('DESCRIPTION:a\\, b\u2028c')
    // a Windows path holds backslashes no escape has: plain text
    expect(markEscapedBreaks('{"m":"C:\\Users\\nadia"}')).toBeUndefined()
    expect(markEscapedBreaks('Logon failed for CORP\\nkowalski')).toBeUndefined()
    // a text holding a separator already is left alone (it could not be written back)
    expect(markEscapedBreaks('{"m":"a\\nb\u2028"}')).toBeUndefined()
  })
})
