import type { Rule, RuleContext } from '../types'
import { accountToken } from '../account-token'
import { insideToken } from '../token'
import { hostToken, hostnameRule } from './hostname'
import { SYSTEM_ACCOUNT } from './context-keys'

// A shell's prompt, pasted with the output of the command after it, names the account and the
// machine: bash's `amara@amara-xps13:~$ ip addr`, Red Hat's `[svc-av@rallyhost-akl-03 ~]$`, zsh's
// `roomadmin@MTR-Mac-Wellington ~ % system_profiler …` and macOS bash's `Mateus-MBP-14:~ mgoncalves$ …`.
// Only at a line's start (after blanks), and only with the prompt's own end (`$`, `#`, `%`, a blank
// or the line's end after it): `user@host:path` elsewhere is a copy command's argument.
const ACCOUNT = String.raw`([a-z_][a-z0-9_.-]{0,31})`
const HOST = String.raw`([A-Za-z0-9][A-Za-z0-9.-]{0,62})`
const PATH = String.raw`(?:~[^\s$#%\]]*|/[^\s$#%\]]*)`
// zsh and macOS bash show the folder's own name (`~ %`, `Downloads %`, `host:Downloads user$`)
const DIR = String.raw`(?:${PATH}|[^\s/$#%:@\]]{1,64})`
// a virtual environment's name may open the prompt (`(base) amara@amara-xps13:~$`, `(.venv) …`)
const ENV = String.raw`[ \t]*(?:\([\w.-]{1,40}\)[ \t]+)?`
const PROMPTS: ReadonlyArray<{ re: RegExp; user: number; host: number }> = [
  // user@host:path$ (Debian, Ubuntu)
  { re: new RegExp(String.raw`${ENV}${ACCOUNT}@${HOST}:${PATH}[$#](?=[ \t]|\r?$)`, 'dmy'), user: 1, host: 2 },
  // [user@host dir]$ (Red Hat, Fedora)
  { re: new RegExp(String.raw`${ENV}\[${ACCOUNT}@${HOST}[ \t]+[^\]\n]{1,60}\][$#](?=[ \t]|\r?$)`, 'dmy'), user: 1, host: 2 },
  // user@host path % (zsh, macOS)
  { re: new RegExp(String.raw`${ENV}${ACCOUNT}@${HOST}[ \t]+${DIR}[ \t]+[%#](?=[ \t]|\r?$)`, 'dmy'), user: 1, host: 2 },
  // host:path user$ (bash on macOS)
  { re: new RegExp(String.raw`${ENV}${HOST}:(?!\/\/)${DIR}[ \t]+${ACCOUNT}[$#](?=[ \t]|\r?$)`, 'dmy'), user: 2, host: 1 }
]

// A network device's CLI prompt: its name, `#` or `>`, and one of its commands (`sw-lis3f-idf2-c9300#show lldp
// neighbors`, `core01>enable`, `ap-2f# show clients`); no account
const DEVICE_PROMPT =
  /[ \t]*([A-Za-z][A-Za-z0-9_.-]{1,62})(?:\([\w-]{1,30}\))?[#>][ \t]?(?=(?:show|sh|conf|configure|copy|ping|traceroute|write|wr|dir|more|debug|terminal|term|enable|reload|clear|display|get|diagnose|execute)\b)/y
function replaceAt(text: string, spans: Array<[number, number, string]>): string {
  spans.sort((a, b) => a[0] - b[0])
  let out = ''
  let last = 0
  for (const [start, end, rep] of spans) {
    out += text.slice(last, start) + rep
    last = end
  }
  return out + text.slice(last)
}

function markWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 64 || c === 58) return true
  }
  return false
}

function promptSpans(line: string, at: number, ctx: RuleContext, rule: Rule): Array<[number, number, string]> {
  for (const p of PROMPTS) {
    p.re.lastIndex = 0
    const m = p.re.exec(line)
    if (m === null || m.indices === undefined) continue
    const spans: Array<[number, number, string]> = []
    const user = m[p.user]!
    const host = m[p.host]!
    const [us, ue] = m.indices[p.user]!
    const [hs, he] = m.indices[p.host]!
    if (!SYSTEM_ACCOUNT.test(user) && !ctx.isKept(user) && !insideToken(line, us))
      spans.push([at + us, at + ue, accountToken(ctx, rule, user)])
    const h = insideToken(line, hs) || /^localhost$/i.test(host) ? undefined : hostToken(host, ctx, hostnameRule)
    if (h !== undefined) spans.push([at + hs, at + he, h])
    return spans
  }
  return []
}

export const shellPromptRule: Rule = {
  id: 'shell-prompt',
  category: 'account',
  kind: 'user',
  detector:
    "a shell prompt at a line's start, pasted with its command: bash's `user@host:~$`, Red Hat's `[user@host dir]$`, zsh's `user@host ~ %` (or a folder's name), macOS bash's `host:~ user$`, also after a virtual environment's name (root and other built-in accounts kept, the machine still a host); a network device's CLI prompt before one of its commands (`sw-lis3f-idf2-c9300#show lldp neighbors`)",
  replacement: '<user-N> and <host-N> (the prompt stays)',
  gate: (t) => t.includes('$') || t.includes('%') || t.includes('#'),
  apply(text, ctx) {
    const spans: Array<[number, number, string]> = []
    for (let ls = 0; ls < text.length;) {
      let nl = text.indexOf('\n', ls)
      if (nl < 0) nl = text.length
      // (a prompt holds `@` or `:` within its first 100 characters: looked for in place, most lines are no prompt)
      if (markWithin(text, ls, Math.min(nl, ls + 100))) spans.push(...promptSpans(text.slice(ls, nl), ls, ctx, this))
      else {
        DEVICE_PROMPT.lastIndex = ls
        const d = DEVICE_PROMPT.exec(text)
        // (a default name, `Router#`, `Switch>`, names no one's device: a digit or a separator in it)
        if (d !== null && d.index === ls && d.index + d[0].length <= nl && /[\d_.-]/.test(d[1]!)) {
          const at = ls + d[0].indexOf(d[1]!)
          const h = insideToken(text, at) ? undefined : hostToken(d[1]!, ctx, hostnameRule)
          if (h !== undefined) spans.push([at, at + d[1]!.length, h])
        }
      }
      ls = nl + 1
    }
    return spans.length === 0 ? text : replaceAt(text, spans)
  }
}
