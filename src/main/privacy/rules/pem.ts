import type { Rule } from '../types'
import { rewrite } from '../rewrite'
import { isToken } from '../token'

// PEM blocks written on one line (JSON-escaped `\n`). Multi-line blocks are handled line by
// line by the engine, which keeps the line count (see redact-text.ts).
const INLINE = /(-----BEGIN [A-Z0-9 ]{1,40}-----)([^\r\n]{1,65536}?)(-----END [A-Z0-9 ]{1,40}-----)/g
export const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{1,40}-----/
export const PEM_END = /-----END [A-Z0-9 ]{1,40}-----/

export const pemRule: Rule = {
  id: 'pem',
  category: 'credential',
  kind: 'pem',
  detector: '-----BEGIN …----- to -----END …-----, on one line or across lines (line count kept)',
  replacement: 'body → <pem-N>; each body line of a multi-line block becomes the same token',
  gate: (t) => t.includes('-----BEGIN'),
  apply(text, ctx) {
    return rewrite(text, INLINE, (m) => (isToken(m[2]!) ? undefined : `${m[1]!}${ctx.pseudonym(this, m[2]!)}${m[3]!}`))
  }
}
