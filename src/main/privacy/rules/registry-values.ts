import type { Rule, RuleContext } from '../types'
import { rewriteLineStarts } from '../rewrite'
import { accountToken, domainToken } from '../account-token'
import { hostToken, hostnameRule } from './hostname'
import { holdsThingWord, personShaped } from './person-phrases'
import { SYSTEM_ACCOUNT } from './context-keys'

// `reg query` prints a value as its name, its type and its data, separated by runs of blanks
// (`    RegisteredOwner    REG_SZ    O'Connor, Seán`, `    USERDOMAIN    REG_SZ    FABRIKAM`): no `:`
// or `=` for the key table to read. The value names that hold who uses the machine and what it is
// called are read here, by what the name means.
const VALUE_LINE = /[ \t]+([A-Za-z][A-Za-z ]{1,40}?)[ \t]{2,}REG_(?:SZ|EXPAND_SZ|MULTI_SZ)[ \t]+([^\r\n]*?[^\s])[ \t]*(?=\r?$|\r?\n)/dy
const OPEN = /[ \t]/

type Meaning = 'person-or-account' | 'person' | 'account' | 'domain' | 'host' | 'secret'
const MEANINGS: ReadonlyMap<string, Meaning> = new Map([
  ['registeredowner', 'person-or-account'],
  ['lastloggedondisplayname', 'person-or-account'],
  ['defaultusername', 'account'],
  ['lastloggedonuser', 'account'],
  ['lastloggedonsamuser', 'account'],
  ['username', 'account'],
  ['userdomain', 'domain'],
  ['userdnsdomain', 'domain'],
  ['defaultdomainname', 'domain'],
  ['computername', 'host'],
  ['hostname', 'host'],
  ['nv hostname', 'host'],
  ['logonserver', 'host'],
  // Winlogon's automatic sign-in, which room PCs use: the account's password in clear
  ['defaultpassword', 'secret'],
  ['altdefaultpassword', 'secret'],
  // an identity's or a device's friendly name: a person's only when person-shaped (Office's identity
  // cache: `FriendlyName    REG_SZ    O'Connor, Siobhán`; a webcam's `Logitech BRIO` is none)
  ['friendlyname', 'person']
])
// a value named for a credential (`ProvisioningCode`, `ApiKey`, `ClientSecret`) whose data has a
// token's shape: twelve or more letters and digits, both; an installer's GUID (`ProductCode {…}`) and
// a hex number are none
const CREDENTIAL_NAME = /(?:password|secret|token|code|key)$/i
const TOKEN_DATA = /^(?!0x)(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9+/=_.~-]{12,}$/
// (and the local accounts room systems ship with: Teams Rooms' `Skype`, Zoom Rooms' `zoomroom`)
const BUILT_IN = /^(?:WORKGROUP|NT AUTHORITY|BUILTIN|localhost|Skype|zoomroom|-)$/i
// `FABRIKAM\jdoe`, `.\Administrator`
const DOMAIN_USER = /^([^\\\s]{1,15})\\{1,2}([^\\\s]{1,64})$/

export const registryValuesRule: Rule = {
  id: 'registry-value',
  category: 'account',
  kind: 'user',
  detector:
    "`reg query` output, `NAME    REG_SZ    DATA`, for the value names that say who uses the machine and what it is called: RegisteredOwner and LastLoggedOnDisplayName (a person-shaped value a name), DefaultUserName, LastLoggedOnUser, LastLoggedOnSAMUser, USERNAME (accounts, `DOMAIN\\user` both parts), USERDOMAIN, USERDNSDOMAIN, DefaultDomainName (domains), COMPUTERNAME, Hostname, NV Hostname, LOGONSERVER (hosts), Winlogon's DefaultPassword and AltDefaultPassword (secrets), a value named for a credential (`…Code`, `…Key`, `…Secret`, `…Token`, `…Password`) whose data has a token's shape (twelve or more letters and digits, both; not a GUID or a hex number), a person-shaped FriendlyName (a name; a device's is kept); built-in accounts and WORKGROUP kept",
  replacement: '<name-N>, <user-N>, <domain-N>\\<user-N>, <domain-N>, <host-N>, <secret-N> as the value name says',
  gate: (t) => t.includes('REG_'),
  apply(text, ctx) {
    return rewriteLineStarts(text, VALUE_LINE, OPEN, 2, (m) => {
      const value = m[2]!
      const meaning = MEANINGS.get(m[1]!.toLowerCase()) ?? (CREDENTIAL_NAME.test(m[1]!) && TOKEN_DATA.test(value) ? 'secret' : undefined)
      if (meaning === undefined || value.startsWith('<') || BUILT_IN.test(value) || ctx.isKept(value)) return undefined
      return tokenFor(meaning, value, ctx, this)
    })
  }
}

function tokenFor(meaning: Meaning, value: string, ctx: RuleContext, rule: Rule): string | undefined {
  if (meaning === 'secret') return ctx.pseudonym(rule, value, { kind: 'secret', counter: 'secret', category: 'credential' })
  if (meaning === 'host') {
    const host = value.replace(/^\\\\/, '')
    const token = hostToken(host, ctx, hostnameRule)
    return token === undefined ? undefined : value.slice(0, value.length - host.length) + token
  }
  if (meaning === 'domain') return domainToken(ctx, rule, value)
  if (meaning === 'person')
    return personShaped(value) && !holdsThingWord(value)
      ? ctx.pseudonym(rule, value, { kind: 'name', counter: 'name', category: 'person' })
      : undefined
  if (meaning === 'person-or-account' && personShaped(value))
    return ctx.pseudonym(rule, value, { kind: 'name', counter: 'name', category: 'person' })
  const pair = DOMAIN_USER.exec(value)
  if (pair !== null) {
    const [, domain, user] = pair
    if (SYSTEM_ACCOUNT.test(user!)) return undefined
    const d = domain === '.' ? domain : domainToken(ctx, rule, domain!)
    return `${d}${value.slice(domain!.length, value.length - user!.length)}${accountToken(ctx, rule, user!)}`
  }
  if (SYSTEM_ACCOUNT.test(value) || /\s/.test(value)) return undefined
  return accountToken(ctx, rule, value)
}
