import type { Rule } from '../types'
import { fitsSsid, SSID_TOKEN } from '../token-kinds'
import { rewrite } from '../rewrite'
import { hostToken, hostnameRule } from './hostname'
import { accountToken, domainToken } from '../account-token'

// Windows event XML (`wevtutil qe /f:xml`, Get-WinEvent ToXml, the Security 4624/4625 logon
// events): named <Data> fields and <Computer> hold bare account and machine names that no key=value
// rule sees. Names are up to three words of name characters (anything else in the field is free text
// for the other rules). Addresses in IpAddress are left to the IP rules.
const FIELD =
  /<Data Name=(["'])(Target(?:Outbound)?UserName|SubjectUserName|Target(?:Outbound)?DomainName|SubjectDomainName|WorkstationName|TargetServerName|ClientName)\1>([\p{L}\p{N}_.@$-]{1,104}(?: [\p{L}\p{N}_.@$-]{1,104}){0,2})<\/Data>|<Computer>([A-Za-z0-9][A-Za-z0-9.-]{0,253})<\/Computer>/gu
const DATA_CLOSE = '</Data>'
const WLAN_FIELD = /<Data Name=(["'])(SSID|ProfileName)\1>([^<\n]{1,64})<\/Data>/g
// Built-in principals and placeholders name nobody.
const BUILT_IN =
  /^(?:-|SYSTEM|LOCAL SERVICE|NETWORK SERVICE|ANONYMOUS LOGON|NT AUTHORITY|NT SERVICE|WORKGROUP|Window Manager|Font Driver Host|(?:DWM|UMFD)-\d+|localhost|\$)$/i

export const windowsEventRule: Rule = {
  id: 'windows-event',
  category: 'account',
  kind: 'user',
  detector:
    'Windows event XML: <Data Name="TargetUserName|SubjectUserName|…DomainName|WorkstationName|TargetServerName|ClientName"> and <Computer>; WLAN-AutoConfig\'s <Data Name="SSID|ProfileName">; built-in principals (SYSTEM, LOCAL SERVICE, DWM-1 …) kept',
  replacement: 'user names → <user-N>, domains → <domain-N>, machines (and machine accounts NAME$) → <host-N>$',
  gate: (t) => t.includes('<Data Name=') || t.includes('<Computer>'),
  apply(text, ctx) {
    // WLAN-AutoConfig's events name the network by its SSID and its profile (`<Data Name='SSID'>Zoë's Hotspot</Data>`)
    const wlan =
      text.includes('SSID') || text.includes('ProfileName')
        ? rewrite(text, WLAN_FIELD, (m) => {
            const value = m[3]!
            if (value.startsWith('<') || ctx.isKept(value) || !fitsSsid(value) || value.trim() === '') return undefined
            return m[0].slice(0, m[0].length - value.length - DATA_CLOSE.length) + ctx.pseudonym(this, value, SSID_TOKEN) + DATA_CLOSE
          })
        : text
    return rewrite(wlan, FIELD, (m) => {
      const field = m[2]
      const value = m[3] ?? m[4]!
      if (BUILT_IN.test(value) || ctx.isKept(value) || value.startsWith('<')) return undefined
      let token: string | undefined
      if (field === undefined || /Workstation|Server|Client/.test(field) || value.endsWith('$')) {
        // a machine account is the computer name with a `$`
        const host = value.replace(/\$$/, '')
        const t = hostToken(host, ctx, hostnameRule)
        token = t === undefined ? undefined : t + value.slice(host.length)
      } else if (field.endsWith('DomainName')) token = domainToken(ctx, this, value)
      else token = accountToken(ctx, this, value)
      if (token === undefined) return undefined
      // the value sits right before the closing tag
      const close = field === undefined ? '</Computer>' : '</Data>'
      return m[0].slice(0, m[0].length - value.length - close.length) + token + close
    })
  }
}
