// Cuts a byte stream into line-aligned batches before anything is decoded. Cutting decoded text
// instead meant joining the tail of one chunk to the next as strings: V8 keeps that as a rope and
// copies it out on the first search, and for text with any character above U+00FF that copy cost
// about 1 ms per 64 KiB batch (measured), as much as some rules. Bytes are joined with one memcpy
// and each batch is decoded once, into a flat string.

/** How newlines look in the bytes: `\n` (UTF-8, Latin-1) or `\n\0` at an even offset (UTF-16LE). */
export type ByteEncoding = 'utf8' | 'latin1' | 'utf16le'

const EMPTY = Buffer.alloc(0)

export class LineBatcher {
  private pending: Buffer = EMPTY
  private readonly unit: 1 | 2

  /**
   * @param batchBytes a batch ends at the last line end before this many bytes (or at the first
   *   one after, for a longer line)
   * @param maxLineBytes a line without an end longer than this is cut at its last blank before
   *   the limit, else at the limit (on a character boundary); this bounds memory on any input
   */
  constructor(
    readonly encoding: ByteEncoding,
    private readonly batchBytes: number,
    private readonly maxLineBytes: number
  ) {
    this.unit = encoding === 'utf16le' ? 2 : 1
  }

  /** Adds bytes; returns the batches that are complete. */
  push(bytes: Buffer): Buffer[] {
    if (bytes.length === 0) return []
    this.pending = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes])
    return this.take(false)
  }

  /** The rest, as the last batch(es), at the end of the input. */
  end(): Buffer[] {
    return this.take(true)
  }

  private take(final: boolean): Buffer[] {
    const out: Buffer[] = []
    let p = this.pending
    while (p.length >= this.batchBytes || (final && p.length > 0)) {
      let cut = this.lastLineEnd(p, this.batchBytes - 1)
      if (cut < 0 && p.length > this.batchBytes) cut = this.nextLineEnd(p, this.batchBytes)
      if (cut < 0) {
        if (final) cut = p.length - 1
        else if (p.length > this.maxLineBytes) cut = this.forcedCut(p)
        else break
      }
      out.push(p.subarray(0, cut + 1))
      p = p.subarray(cut + 1)
    }
    // a copy, so the bytes already handed out are not kept alive by the tail
    this.pending = p.length === 0 ? EMPTY : Buffer.from(p)
    return out
  }

  /** Index of the last byte of the last line end at or before `upto`, or -1. */
  private lastLineEnd(b: Buffer, upto: number): number {
    return this.lastUnit(b, 10, upto)
  }

  /** Index of the last byte of the last ASCII character `code` at or before `upto`, or -1. */
  private lastUnit(b: Buffer, code: number, upto: number): number {
    for (let i = b.lastIndexOf(code, upto); i >= 0; i = i === 0 ? -1 : b.lastIndexOf(code, i - 1)) {
      if (this.unit === 1) return i
      if (i % 2 === 0 && b[i + 1] === 0) return i + 1
    }
    return -1
  }

  /** Index of the last byte of the first line end at or after `from`, or -1. */
  private nextLineEnd(b: Buffer, from: number): number {
    for (let i = b.indexOf(10, from); i >= 0; i = b.indexOf(10, i + 1)) {
      if (this.unit === 1) return i
      if (i % 2 === 0 && b[i + 1] === 0) return i + 1
    }
    return -1
  }

  /** A line with no end: its last blank before the limit, else the limit, never inside a character. */
  private forcedCut(b: Buffer): number {
    const limit = this.maxLineBytes
    const blank = Math.max(this.lastUnit(b, 32, limit), this.lastUnit(b, 9, limit))
    if (blank > 0) return blank
    let cut = limit - 1
    if (this.unit === 2) {
      if (cut % 2 === 0) cut--
      // not between the two halves of a surrogate pair (high surrogate: 0xD800–0xDBFF)
      if (cut >= 1 && (b[cut]! & 0xfc) === 0xd8) cut -= 2
    } else if (this.encoding === 'utf8') {
      // not before a continuation byte (10xxxxxx)
      while (cut > 0 && (b[cut + 1]! & 0xc0) === 0x80) cut--
    }
    return cut
  }
}
