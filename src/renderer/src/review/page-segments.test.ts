import { describe, expect, it } from 'vitest'
import { segmentPage } from './page-segments'

const join = (segs: ReturnType<typeof segmentPage>): string => segs.map((s) => s.text).join('')

describe('segmentPage', () => {
  it('cuts the text at each span and numbers the redactions in reading order', () => {
    const text = 'mail <email-1> from <ip-public-1>\n'
    const segs = segmentPage(text, [
      { offset: 20, length: 13, category: 'network-identifier' },
      { offset: 5, length: 9, category: 'contact' }
    ])
    expect(segs).toEqual([
      { kind: 'text', text: 'mail ' },
      { kind: 'redaction', text: '<email-1>', category: 'contact', index: 0 },
      { kind: 'text', text: ' from ' },
      { kind: 'redaction', text: '<ip-public-1>', category: 'network-identifier', index: 1 },
      { kind: 'text', text: '\n' }
    ])
  })

  it('never loses or repeats text when spans overlap or run past the end', () => {
    const text = 'abcdefghij'
    const segs = segmentPage(text, [
      { offset: 2, length: 4, category: 'custom' },
      { offset: 4, length: 3, category: 'account' },
      { offset: 8, length: 50, category: 'wifi' },
      { offset: 40, length: 2, category: 'person' }
    ])
    expect(join(segs)).toBe(text)
    expect(segs.filter((s) => s.kind === 'redaction').map((s) => s.text)).toEqual(['cdef', 'g', 'ij'])
  })

  it('is plain text when there is nothing to highlight', () => {
    expect(segmentPage('hello', [])).toEqual([{ kind: 'text', text: 'hello' }])
    expect(segmentPage('', [])).toEqual([])
  })
})
