// Streams text through the redaction session into a private staging file, measuring on the way
// how large it will be inside the zip (same raw deflate yazl uses). Only redacted bytes are
// ever written; the raw text exists only in memory, one source at a time.
import { createReadStream, createWriteStream } from 'node:fs'
import { rename } from 'node:fs/promises'
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createDeflateRaw } from 'node:zlib'
import type { RedactionSession } from '../privacy'

export interface StagedText {
  bytes: number
  compressedBytes: number
}

/** A pass-through that counts bytes and how many the same bytes deflate to. */
function measuring(): { tap: Transform; done: () => Promise<StagedText> } {
  let bytes = 0
  let compressed = 0
  const deflate = createDeflateRaw()
  deflate.on('data', (c: Buffer) => (compressed += c.length))
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  const tap = new Transform({
    transform(chunk: Buffer, _e, cb) {
      bytes += chunk.length
      deflate.write(chunk)
      cb(null, chunk)
    },
    flush(cb) {
      deflate.end()
      cb()
    }
  })
  return {
    tap,
    done: async () => {
      await ended
      return { bytes, compressedBytes: compressed }
    }
  }
}

function chunksOf(text: string, size = 1 << 20): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size), 'utf8')
    })()
  )
}

function fileSink(path: string): Writable {
  return createWriteStream(path, { mode: 0o600, flags: 'w' })
}

/** Redacts `text` (already decoded) into `path`. */
export async function stageRedacted(session: RedactionSession, text: string, fileName: string, path: string): Promise<StagedText> {
  const m = measuring()
  await pipeline(chunksOf(text), session.createStream({ fileName, encoding: 'utf8' }), m.tap, fileSink(path))
  return m.done()
}

/** Writes text that is already redacted (redactJson output). */
export async function stagePlain(text: string, path: string): Promise<StagedText> {
  const m = measuring()
  await pipeline(chunksOf(text), m.tap, fileSink(path))
  return m.done()
}

/**
 * Keeps only the newest `keepBytes` of a staged file (from the first line start at or after the
 * cut) and re-measures it. Used when a log does not fit the rest of the budget whole.
 */
export async function keepTail(path: string, totalBytes: number, keepBytes: number): Promise<StagedText & { removed: number }> {
  let start = Math.max(0, totalBytes - keepBytes)
  if (start > 0) {
    // move to the next line start so no line is shown half
    const probe = createReadStream(path, { start, end: Math.min(totalBytes, start + 65536) - 1 })
    let off = -1
    for await (const c of probe as AsyncIterable<Buffer>) {
      off = c.indexOf(0x0a)
      break
    }
    probe.destroy()
    start = off >= 0 ? start + off + 1 : totalBytes
  }
  const m = measuring()
  const tmp = `${path}.cut`
  await pipeline(createReadStream(path, { start }), m.tap, fileSink(tmp))
  await rename(tmp, path)
  return { ...(await m.done()), removed: start }
}
