import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Domain/machine (S-1-5-21-…) and Entra ID (S-1-12-1-…) SIDs identify an account; short
// well-known SIDs (S-1-5-18 LocalSystem, S-1-5-32-544 Administrators) do not. An underscore
// may follow: registry hives are `HKEY_USERS\\S-1-5-21-…-1001_Classes`; and precede, in a file name
// (`export_S-1-5-21-….reg`).
const SID = /(?<![A-Za-z0-9-])S-1-(?:5-21|12-1)(?:-\d{1,10}){3,5}(?!(?!_(?:Classes|C0{8})(?![A-Za-z0-9]))[\w-])/g

export const windowsSidRule: Rule = {
  id: 'windows-sid',
  category: 'account',
  kind: 'sid',
  detector:
    'S-1-5-21-… and S-1-12-1-… with 3–5 sub-authorities, also as a registry hive name (`…-1001_Classes`); well-known short SIDs kept',
  replacement: '<sid-N>',
  gate: (t) => t.includes('S-1-'),
  apply(text, ctx) {
    return rewrite(text, SID, (m) => (ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0])))
  }
}
