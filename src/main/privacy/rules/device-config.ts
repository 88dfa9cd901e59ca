import type { Rule } from '../types'
import { accountToken } from '../account-token'
import { isToken } from '../token'
import { SYSTEM_ACCOUNT } from './context-keys'

// Network devices' configuration, as `show running-config` and net-snmp's files write it: a keyword
// and its value with a blank between, no `=` or `:` for a key rule to read. Cisco IOS puts an
// encryption type's digit before a password (`username netadmin privilege 15 secret 9 $9$…`,
// `enable secret 5 …`, a TACACS+ server's ` key 7 0822455D0A16544541`); SNMP's community string is
// a password too (`snmp-server community Hx7q!bwm-RO RO 99`, `snmp-server host 10.1.1.5 version 2c
// Hx7q!bwm-RO`, net-snmp's `rocommunity`, snmptrapd's `authCommunity log,execute,net …`, `snmpwalk -c`).
// Only at a line's start (after blanks), as configuration is written; the defaults `public` and
// `private` stay, a support engineer needs to see them.
const VALUE = String.raw`([^\s"']{1,128})`
const LINES = new RegExp(
  [
    String.raw`^[ \t]*username[ \t]+([\w.@\\-]{1,64})(?:[ \t]+privilege[ \t]+\d{1,2})?(?:[ \t]+(?:secret|password)[ \t]+(?:\d[ \t]+)?${VALUE})?`,
    String.raw`^[ \t]*(?:(?:enable[ \t]+(?:secret|password)|(?:tacacs|radius)-server[ \t]+key|server-key|pre-shared-key)(?:[ \t]+\d)?|key[ \t]+\d)[ \t]+${VALUE}[ \t]*\r?$`,
    String.raw`^[ \t]*snmp-server[ \t]+community[ \t]+${VALUE}`,
    String.raw`^[ \t]*snmp-server[ \t]+host[ \t]+\S+(?:[ \t]+(?:informs|traps))?(?:[ \t]+version[ \t]+(?:1|2c|3[ \t]+\w+))?[ \t]+${VALUE}`,
    String.raw`^[ \t]*(?:r[ow]community6?|com2sec6?[ \t]+\S+[ \t]+\S+|authCommunity[ \t]+[\w,]+)[ \t]+${VALUE}`
  ].join('|'),
  'gm'
)
// … and a community handed to a command anywhere on a line (`snmpwalk -v2c -c S3cr3t 10.0.0.1`)
const SNMP_COMMAND = new RegExp(
  String.raw`\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform)\b[^\n]{0,80}?[ \t]-c[ \t]?${VALUE}`,
  'g'
)
const DEFAULT_COMMUNITY = /^(?:public|private)$/
// (a line can hold one only when it opens with one of these words)
const LINE_HINT =
  /^[ \t]*(?:username|enable|key|tacacs-server|radius-server|server-key|pre-shared-key|snmp-server|r[ow]community|com2sec|authCommunity)[ \t]/m

export const deviceConfigRule: Rule = {
  id: 'device-config',
  category: 'credential',
  kind: 'secret',
  detector:
    "network devices' configuration lines: Cisco IOS `username NAME [privilege N] secret|password [type] VALUE`, `enable secret [type] VALUE`, a TACACS+/RADIUS `key type VALUE`, SNMP community strings (`snmp-server community`, `snmp-server host … [version 2c] VALUE`, net-snmp `rocommunity`/`rwcommunity`/`com2sec`, snmptrapd `authCommunity`, `snmpwalk -c`); `public` and `private` kept",
  replacement: '<secret-N>; the account <user-N>',
  gate: (t) => t.includes('snmp') || LINE_HINT.test(t),
  apply(text, ctx) {
    const secret = (v: string): string => ctx.pseudonym(this, v)
    const lines = LINE_HINT.test(text)
      ? text.replace(LINES, (all: string, ...groups: unknown[]) => {
          const [user, userSecret, keySecret, community, hostCommunity, snmpdCommunity] = groups as Array<string | undefined>
          let out = all
          const swap = (value: string | undefined, token: (v: string) => string): void => {
            if (value === undefined || isToken(value) || ctx.isKept(value)) return
            const at = out.lastIndexOf(value)
            out = out.slice(0, at) + token(value) + out.slice(at + value.length)
          }
          // (the secret first: it stands after the account, so the account's offset stays true)
          swap(userSecret ?? keySecret, secret)
          const c = community ?? hostCommunity ?? snmpdCommunity
          if (c !== undefined && !DEFAULT_COMMUNITY.test(c)) swap(c, secret)
          if (user !== undefined && !SYSTEM_ACCOUNT.test(user)) {
            const at = out.indexOf(user, out.search(/username/) + 8)
            if (!isToken(user) && !ctx.isKept(user)) out = out.slice(0, at) + accountToken(ctx, this, user) + out.slice(at + user.length)
          }
          return out
        })
      : text
    if (!lines.includes('snmp')) return lines
    return lines.replace(SNMP_COMMAND, (all: string, c: string) =>
      isToken(c) || ctx.isKept(c) || DEFAULT_COMMUNITY.test(c) ? all : all.slice(0, all.length - c.length) + secret(c)
    )
  }
}
