import type { Rule } from '../types'
import { inWebPath, rewrite } from '../rewrite'
import { hostToken } from './hostname'
import { hostnameRule } from './hostname'
import { accountToken } from '../account-token'
import { SYSTEM_ACCOUNT } from './context-keys'

// Separators in raw, JSON-escaped (`\\`, also twice-escaped) and URL-encoded (%5C, %2F) form.
const SEP = '(?:\\\\{1,4}|/|%5[Cc]|%2[Ff])'
// A user segment may contain spaces only when a separator follows (`C:\Users\Jane Doe\…`), and
// never ends in one (`\\fs01\users\tnguyen /persistent:yes`: the blank ends the path).
// An apostrophe between letters belongs to the name (`/Users/Siobhán O'Sullivan/`, also as XML writes it,
// `O&apos;Sullivan`). Any other `;` or `=` ends it: no
// one's folder is named so, and fields follow a path there (sudo's `PWD=/home/svc-av ; USER=root ; COMMAND=/usr/…`
// lost its fields to the user's token when they could).
const SEG_CHAR =
  "(?:[^\\\\/\\r\\n\\t\"'<>|*?:%;=&]|&(?!(?:apos|#0*39|#[xX]0*27);)|&(?:apos|#0*39|#[xX]0*27);|(?<=[A-Za-z\\u00C0-\\u024F])['’](?=[A-Za-z\\u00C0-\\u024F])|%(?!5[Cc]|2[Ff])[0-9A-Fa-f]{2})"
const SEG_NOSPACE = '(?:[^\\\\/\\s"\'<>|*?:%,;)\\]}]|%(?!5[Cc]|2[Ff])[0-9A-Fa-f]{2})'
const HOME = new RegExp(
  `(${SEP}(?:[Uu][Ss][Ee][Rr][Ss]\\$?|homes?\\$?|Homes?\\$|Documents and Settings|export${SEP}home|[Pp]rofiles?\\$|[Uu]ser[Dd]ata\\$|[Rr]edirect(?:ed)?\\$)${SEP})(${SEG_CHAR}{1,64}?(?<![ \\t])(?=${SEP})|${SEG_NOSPACE}{1,64})`,
  'g'
)
const SHARED = new Set([
  'public',
  'default',
  'default user',
  'all users',
  'shared',
  'defaultuser0',
  'guest',
  'administrator',
  'localservice',
  'networkservice',
  'systemprofile'
])
// A file share's home folder in a URL (`smb://nas/Home/ingrid.berg`, `afp://…/Users/…`): there a
// capitalised `Home` is the share's, not a web route's (`/Home/Index`)
const SHARE_SCHEMES = ['smb://', 'afp://', 'nfs://', 'cifs://']
const SHARE_URL_HOME = new RegExp(`((?:smb|afp|nfs|cifs):\\/\\/[^\\s/]{1,255}\\/(?:[Hh]omes?|[Uu]sers)\\/)(${SEG_NOSPACE}{1,64})`, 'g')
// UNC \\server\share, its long form \\?\UNC\server\share, both also JSON-escaped (every
// backslash doubled): the server name is a host. Not after a token (`<host-1>\\share` is the
// path of a server already taken), a `?` (`UNC` itself) or a closing bracket (a .reg file's
// `Program Files (x86)\\Logitech\\`, a path's inner separator escaped); other \\?\ and \\.\ paths name no server.
// A command-line switch's colon may open one (`Dism.exe /Source:\\fs-deploy-02\wim$\install.wim`); a drive's
// (`C:\\Users` JSON-escaped) or a PowerShell drive's (`HKLM:\\SOFTWARE`) may not.
// A server alone (`printed on \\LT-TNKOSI02 was`, `Client computer: \\10.20.31.45.`) counts after a blank, quote or `=`.
const SWITCH_BEFORE = /(?:^|[\s"'])[/-][A-Za-z]{1,30}:$/
const UNC =
  /(?<![\w\\>?)}])((?:\\{2}|\\{4})(?:\?(?:\\{1,2})[Uu][Nn][Cc](?:\\{1,2}))?)(?!\?\\|\.\\)([A-Za-z0-9](?:[A-Za-z0-9.-]{0,61}[A-Za-z0-9])?)(?=\\|(?<=(?:^|[\s"'(=])\\\\[A-Za-z0-9.-]{1,63})(?:[\s"',;)]|\.(?:\s|$)|$))/g

// A shell's `~user/` is that user's home (`cd ~kwame/projects`, `scp ~r.gonzalez/.ssh/…`); `~/` is one's own, and
// the built-in accounts' (`~root/`, `~postgres/`) are kept
const TILDE_HOME = /(?<![\w~$%\\/.-])~([a-z_][a-z0-9_.-]{1,31})(?=\/)/g

export const homePathRule: Rule = {
  id: 'home-path',
  category: 'account',
  kind: 'user',
  detector:
    "user segment after Users/home/Documents and Settings (and the home shares of file servers: `\\\\srv\\home$\\jdoe`, `users$`, `profiles$`, `smb://srv/homes/jdoe`) in Windows, macOS, Linux, JSON-escaped, URL-encoded and file:// paths; a shell's `~user/` (built-in accounts kept); UNC server names",
  replacement: '<user-N> for the segment (same token as the OS user name); UNC server → <host-N>; Public/Default/Shared kept',
  gate: (t) => /[Uu][Ss][Ee][Rr][Ss]|[Hh]ome|Documents|[Pp]rofile|[Uu]ser[Dd]ata|[Rr]edirect|\\\\|~[a-z_]/.test(t),
  apply(text, ctx) {
    const home = (m: RegExpExecArray, src: string): string | undefined => {
      // (a web site's `/home/` route is no one's home: `https://www.dell.com/support/home/en-uk/…`; its
      // `/users/<name>` is a profile's, still someone's)
      if (m[1] === '/home/' && inWebPath(src, m.index)) return undefined
      const seg = m[2]!
      let user: string
      try {
        user = decodeURIComponent(seg)
      } catch {
        user = seg
      }
      if (SHARED.has(user.toLowerCase()) || ctx.isKept(user) || user.startsWith('$') || user === '~') return undefined
      return m[1]! + accountToken(ctx, this, user)
    }
    let t1 = rewrite(text, HOME, home)
    if (t1.includes('~'))
      t1 = rewrite(t1, TILDE_HOME, (m) =>
        SYSTEM_ACCOUNT.test(m[1]!) || ctx.isKept(m[1]!) ? undefined : `~${accountToken(ctx, this, m[1]!)}`
      )
    if (SHARE_SCHEMES.some((scheme) => t1.includes(scheme))) t1 = rewrite(t1, SHARE_URL_HOME, home)
    if (!t1.includes('\\\\')) return t1
    return rewrite(t1, UNC, (m, src) => {
      // (after a colon only a command-line switch's: checked here, a look-behind for it cost the scan twice)
      if (m.index > 0 && src.charCodeAt(m.index - 1) === 58 && !SWITCH_BEFORE.test(src.slice(Math.max(0, m.index - 34), m.index)))
        return undefined
      // (an IPv4 server is the IP rule's)
      if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(m[2]!)) return undefined
      const tok = hostToken(m[2]!, ctx, hostnameRule)
      return tok === undefined ? undefined : m[1]! + tok
    })
  }
}
