import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LineBatcher, type ByteEncoding } from '../../src/main/privacy/line-batches'

function batches(enc: ByteEncoding, input: Buffer, pieceBytes: number, batchBytes: number, maxLine: number): Buffer[] {
  const b = new LineBatcher(enc, batchBytes, maxLine)
  const out: Buffer[] = []
  for (let i = 0; i < input.length; i += pieceBytes) out.push(...b.push(input.subarray(i, i + pieceBytes)))
  out.push(...b.end())
  return out
}

describe('line batches', () => {
  it('ends every batch but the last at a line end, and loses or adds no byte (UTF-8, any piece size)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
          { maxLength: 60 }
        ),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 8, max: 400 }),
        (lines, piece, batch) => {
          const input = Buffer.from(lines.join('\n'), 'utf8')
          const out = batches('utf8', input, piece, batch, 1 << 20)
          expect(Buffer.concat(out).equals(input)).toBe(true)
          for (const b of out.slice(0, -1)) expect(b[b.length - 1]).toBe(10)
          // each decodes on its own: no character is split between two batches
          expect(out.map((b) => b.toString('utf8')).join('')).toBe(lines.join('\n'))
        }
      )
    )
  })

  it('finds UTF-16LE line ends only at even offsets (U+0A20 holds a 0x0A byte) and never splits a character', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\n/g, '\u0a20')),
          { maxLength: 40 }
        ),
        fc.integer({ min: 1, max: 301 }),
        fc.integer({ min: 8, max: 300 }),
        (lines, piece, batch) => {
          const text = lines.join('\r\n')
          const input = Buffer.from(text, 'utf16le')
          const out = batches('utf16le', input, piece, batch, 1 << 20)
          expect(Buffer.concat(out).equals(input)).toBe(true)
          for (const b of out.slice(0, -1)) {
            expect(b.length % 2).toBe(0)
            expect(b.toString('utf16le').endsWith('\n')).toBe(true)
          }
          expect(out.map((b) => b.toString('utf16le')).join('')).toBe(text)
        }
      )
    )
  })

  it('cuts a line with no end at its last blank before the limit, else at the limit on a character boundary', () => {
    const spaced = Buffer.from('ab cd\tef ' + 'g'.repeat(40))
    expect(batches('utf8', spaced, 7, 8, 16).map(String)).toEqual(['ab cd\tef ', 'g'.repeat(16), 'g'.repeat(16), 'g'.repeat(8)])
    // 'é' is two bytes: a 15-byte cut would split one
    const accents = Buffer.from('é'.repeat(20))
    const out = batches('utf8', accents, 40, 8, 15)
    expect(out.map((b) => b.toString('utf8')).join('')).toBe('é'.repeat(20))
    for (const b of out) expect(b.toString('utf8')).not.toContain('\ufffd')
    // a surrogate pair in UTF-16LE stays whole
    const emoji = Buffer.from('🏠'.repeat(10), 'utf16le')
    const cut16 = batches('utf16le', emoji, 40, 8, 14)
    for (const b of cut16) expect(b.toString('utf16le')).toMatch(/^(?:🏠)+$/u)
  })

  it('holds no more than the limit and a batch when a line never ends', () => {
    const b = new LineBatcher('latin1', 64, 256)
    let held = 0
    for (let i = 0; i < 100; i++) {
      const out = b.push(Buffer.alloc(50, 0x78))
      held += 50 - out.reduce((n, x) => n + x.length, 0)
      expect(held).toBeLessThanOrEqual(256 + 50)
    }
  })
})
