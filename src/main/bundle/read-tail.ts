// Reads the newest part of a log file as text: the last `capBytes` of it (starting at a line),
// UTF-8 or UTF-16LE (BOM or not) decoded, gzip unpacked. The size is taken once up front, so a
// file that grows while it is read yields a consistent range, one that is rotated away keeps
// being read through its open descriptor, and one that shrinks just yields less.
import { open, stat } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { sniffEncoding, type SourceEncoding } from './text-encoding'

/** A .gz larger than this is not unpacked: reading its tail means unpacking all of it. */
export const MAX_GZIP_BYTES = 64 * 1024 * 1024

export type Tail =
  | { kind: 'text'; text: string; sourceBytes: number; cutBytes: number }
  | { kind: 'binary'; sourceBytes: number }
  | { kind: 'too-large'; sourceBytes: number }

function dropPartialFirstLine(text: string): string {
  const nl = text.indexOf('\n')
  return nl < 0 ? '' : text.slice(nl + 1)
}

async function readRange(path: string, start: number, end: number): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.alloc(Math.max(0, end - start))
    let at = 0
    while (at < buf.length) {
      const { bytesRead } = await fh.read(buf, at, buf.length - at, start + at)
      if (bytesRead === 0) break // shrank while reading
      at += bytesRead
    }
    return buf.subarray(0, at)
  } finally {
    await fh.close()
  }
}

function decode(buf: Buffer, enc: Extract<SourceEncoding, { kind: 'utf8' | 'utf16le' }>): string {
  return new TextDecoder(enc.kind === 'utf16le' ? 'utf-16le' : 'utf-8').decode(buf)
}

async function gunzipTail(path: string, capBytes: number): Promise<{ head: Buffer; data: Buffer; total: number }> {
  const chunks: Buffer[] = []
  let head = Buffer.alloc(0)
  let kept = 0
  let total = 0
  const gunzip = createReadStream(path).pipe(createGunzip())
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    if (head.length < 8192) head = Buffer.concat([head, chunk.subarray(0, 8192 - head.length)])
    chunks.push(chunk)
    kept += chunk.length
    total += chunk.length
    while (kept - chunks[0]!.length >= capBytes) kept -= chunks.shift()!.length
  }
  const all = Buffer.concat(chunks)
  return { head, data: all.length > capBytes ? all.subarray(all.length - capBytes) : all, total }
}

export async function readTail(path: string, capBytes: number): Promise<Tail> {
  const size = (await stat(path)).size
  const head = await readRange(path, 0, Math.min(size, 8192))
  const enc = sniffEncoding(head)
  if (enc.kind === 'binary') return { kind: 'binary', sourceBytes: size }
  if (enc.kind === 'gzip') {
    if (size > MAX_GZIP_BYTES) return { kind: 'too-large', sourceBytes: size }
    const { head: innerHead, data, total } = await gunzipTail(path, capBytes)
    const cut = total > data.length
    // the unpacked head tells the encoding; a cut tail of UTF-16 must start on a code unit
    const inner = sniffEncoding(innerHead)
    const innerEnc = inner.kind === 'utf16le' ? inner : inner.kind === 'utf8' ? inner : null
    if (!innerEnc) return { kind: 'binary', sourceBytes: total }
    let body = data
    if (!cut) body = data.subarray(innerEnc.bom)
    else if (innerEnc.kind === 'utf16le' && (total - data.length) % 2 === 1) body = data.subarray(1)
    const text = decode(body, innerEnc)
    return { kind: 'text', text: cut ? dropPartialFirstLine(text) : text, sourceBytes: total, cutBytes: total - data.length }
  }
  let start = Math.max(enc.bom, size - capBytes)
  if (enc.kind === 'utf16le' && (start - enc.bom) % 2 === 1) start++
  const body = await readRange(path, start, size)
  const text = decode(body, enc)
  const cut = start > enc.bom
  return { kind: 'text', text: cut ? dropPartialFirstLine(text) : text, sourceBytes: size, cutBytes: start - enc.bom }
}
