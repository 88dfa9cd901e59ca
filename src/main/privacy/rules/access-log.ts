import type { Rule } from '../types'
import { accountToken } from '../account-token'

// Apache's and nginx's common/combined log formats write the authenticated user as the third
// field, before the bracketed time: `192.0.2.10 - alice.wong [11/Mar/2026:08:00:02 +0000] "GET …`.
// No key names it; the layout does. `-` means no user. The time is the anchor (found by one
// native scan); the three fields before it are read backwards from there.
const CLF_TIME = / \[\d{1,2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\]/g

/** Start of the blank-free field that ends at `end` (exclusive), or -1 when it is empty or over 64. */
function fieldStart(text: string, end: number): number {
  let i = end
  while (i > 0 && i > end - 65) {
    const c = text.charCodeAt(i - 1)
    if (c === 32 || c === 9 || c === 10 || c === 13) break
    i--
  }
  return i === end || end - i > 64 ? -1 : i
}

export const accessLogUserRule: Rule = {
  id: 'access-log-user',
  category: 'account',
  kind: 'user',
  detector:
    'the authenticated user of a common/combined access log line (`host ident USER [dd/Mon/yyyy:hh:mm:ss +zzzz]`), and of a CUPS page_log line (`printer USER job-id [dd/Mon/yyyy:…]`); `-` kept',
  replacement: '<user-N> (same numbering as the other user tokens)',
  gate: (t) => t.includes(' ['),
  apply(text, ctx) {
    let out = ''
    let last = 0
    CLF_TIME.lastIndex = 0
    for (let m = CLF_TIME.exec(text); m !== null; m = CLF_TIME.exec(text)) {
      const user = fieldStart(text, m.index)
      if (user < 0 || text.charCodeAt(user - 1) !== 32) continue
      const ident = fieldStart(text, user - 1)
      if (ident < 0 || text.charCodeAt(ident - 1) !== 32) continue
      const host = fieldStart(text, ident - 1)
      if (host < 0) continue
      let value = text.slice(user, m.index)
      let at = user
      // CUPS's page_log writes `printer user job-id [time]`: an all-digit field there is the job,
      // and the user is the field before it when the printer opens the line
      if (/^\d+$/.test(value)) {
        if (host > 0 && text.charCodeAt(host - 1) !== 10) continue
        value = text.slice(ident, user - 1)
        at = ident
      }
      if (value === '-' || value.startsWith('<') || /[[\]"]/.test(value) || ctx.isKept(value)) continue
      out += text.slice(last, at) + accountToken(ctx, this, value)
      out += text.slice(at + value.length, m.index)
      last = m.index
    }
    return last === 0 ? text : out + text.slice(last)
  }
}
