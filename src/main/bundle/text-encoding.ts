// How a log file's bytes are to be read, from its first bytes: gzip, or what the privacy engine's
// own sniffing says (UTF-8, UTF-16LE with or without BOM, binary). Binary sources (crash dumps,
// ETL, EVTX) are never filtered and never staged.
import { detectEncoding } from '../privacy/encoding'

export type SourceEncoding = { kind: 'gzip' } | { kind: 'utf16le'; bom: number } | { kind: 'utf8'; bom: number } | { kind: 'binary' }

export function sniffEncoding(head: Uint8Array): SourceEncoding {
  if (head[0] === 0x1f && head[1] === 0x8b) return { kind: 'gzip' }
  const d = detectEncoding(head)
  return d.encoding === 'binary' ? { kind: 'binary' } : { kind: d.encoding, bom: d.bom }
}
