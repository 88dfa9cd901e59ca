// A page of redacted text cut into plain runs and highlighted redactions. The core's spans are
// offsets into the page's text (UTF-16 code units); they are sorted here and any span that
// overlaps an earlier one or runs past the text is clipped, so a bad span can misplace a
// highlight but never duplicate or drop text.
import type { PageSpan, RedactionCategory } from '../../../shared/contract'

export type Segment = { kind: 'text'; text: string } | { kind: 'redaction'; text: string; category: RedactionCategory; index: number }

export function segmentPage(text: string, spans: readonly PageSpan[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset)
  const out: Segment[] = []
  let at = 0
  let index = 0
  for (const span of sorted) {
    const start = Math.max(span.offset, at)
    const end = Math.min(span.offset + span.length, text.length)
    if (end <= start) continue
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start) })
    out.push({ kind: 'redaction', text: text.slice(start, end), category: span.category, index: index++ })
    at = end
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) })
  return out
}
