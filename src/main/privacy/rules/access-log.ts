import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Apache's and nginx's common/combined log formats write the authenticated user as the third
// field, before the bracketed time: `192.0.2.10 - alice.wong [11/Mar/2026:08:00:02 +0000] "GET …`.
// No key names it; the layout does. `-` means no user.
const CLF_USER = /(?<!\S)(\S{1,64} \S{1,64} )([^\s[\]"]{1,64})(?= \[\d{1,2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\])/g

export const accessLogUserRule: Rule = {
  id: 'access-log-user',
  category: 'account',
  kind: 'user',
  detector: 'the authenticated user of a common/combined access log line (`host ident USER [dd/Mon/yyyy:hh:mm:ss +zzzz]`); `-` kept',
  replacement: '<user-N> (same numbering as the other user tokens)',
  gate: (t) => t.includes(' ['),
  apply(text, ctx) {
    return rewrite(text, CLF_USER, (m) => {
      const user = m[2]!
      if (user === '-' || user.startsWith('<') || ctx.isKept(user)) return undefined
      return m[1]! + ctx.pseudonym(this, user, { kind: 'user', counter: 'user', key: user.toLowerCase() })
    })
  }
}
