import type { Rule } from '../types'
import { LINE } from '../line-features'
import { isLabelChar } from '../char-codes'
import { nearAnchor, rewrite, rewriteAt, runBeforeAnchor } from '../rewrite'
import { vendorVerdict } from './vendor-domains'
import { accountToken } from '../account-token'
import { isFqdn } from './hostname'

// Account and directory names written in Windows and LDAP notation:
//  - `DOMAIN\user` (`CORP\jdoe`, `corp.contoso.com\jane.doe`, JSON-escaped `CORP\\jdoe`): a
//    NetBIOS domain is upper case by convention, a DNS domain has dots; the user part is not
//    followed by another separator, so `HKLM\SOFTWARE\…` and `C:\Windows\…` are paths, not accounts.
//  - distinguished names (`CN=Jane Doe,OU=Staff,DC=corp,DC=contoso,DC=com`): the CN/UID values
//    name a person, account or machine; `\,` escapes stay inside the value; the DC components spell
//    the organisation's domain (one domain token for the run), the OU values its structure (kept).

// (Entra ID writes cloud accounts under the mixed-case pseudo-domains `AzureAD\` and `MicrosoftAccount\`)
const NETBIOS = '(?:[A-Z][A-Z0-9-]{1,14}|AzureAD|MicrosoftAccount)'
const DNS_DOMAIN = '[A-Za-z][A-Za-z0-9-]{0,62}(?:\\.[A-Za-z][A-Za-z0-9-]{0,62}){1,6}'
// Windows glues `_C00000000` to ids (see mac.ts): it ends a value
const GLUED = '_C0{8}(?![A-Za-z0-9])'
// A lower-case NetBIOS domain only as a whole quoted value (schtasks' CSV `"fabrikam\pjansen"`): in
// running text `logs\app` is a folder; a file in a folder (`"logs\app.log"`) is none either way.
const QUOTED_LOWER_DOMAIN = String.raw`(?<=["'])[a-z][a-z0-9-]{1,14}(?=\\(?![\w.-]*\.(?:log|txt|exe|dll|sys|json|xml|ini|cfg|conf|dat|tmp|bak|ps1|bat|cmd|msi|zip|etl|evtx|csv|html?|js|png|jpe?g)["'])[^"'\\\s]{1,64}["'])`
// … or a whole cell of a CSV record (PAN-OS's source user, a DHCP or NPS export: `…,Allow-Web,brightwell\jkabore,,google-meet,…`),
// a comma on either side and the user's characters only
// (a folder's name is no domain: `windows\system32`, `logs\archive`)
const CELL_LOWER_DOMAIN = String.raw`(?<=,)(?!(?:windows|system32|syswow64|program|programdata|users|temp|tmp|appdata|drivers|logs?|bin|lib|etc|var|usr|home|data|config|src|docs?|inetpub|wwwroot|backup|share|shares|public)\\)[a-z][a-z0-9-]{1,14}(?=\\[a-z][a-z0-9._-]{0,63}(?<!\.(?:log|txt|exe|dll|sys|json|xml|ini|cfg|conf|dat|tmp|bak|ps1|bat|cmd|msi|zip|etl|evtx|csv|html?|js|png|jpe?g)),)`
const DOMAIN_USER = new RegExp(
  `(?<![\\w\\\\$.%&-])(${NETBIOS}|${DNS_DOMAIN}|${QUOTED_LOWER_DOMAIN}|${CELL_LOWER_DOMAIN})(\\\\{1,2})([A-Za-z\\u00C0-\\u024F](?:(?!${GLUED})[\\w.\\u00C0-\\u024F-]){0,63}\\$?)(?!(?!${GLUED})[\\w\\\\/$-]|\\.\\w)`,
  'y'
)
// The domain ends at the first backslash and its look-behind rejects every domain character, so a
// match can only start where the run of domain characters before a backslash starts.
const domainUserStarts = runBeforeAnchor(['\\'], (c) => isLabelChar(c) || c === 46, 450)
// Principals and hives that are no person's account.
const BUILTIN_DOMAIN =
  /^(?:AUTHORITY|SERVICE|APPPOOL|MANAGER|HOST|NT AUTHORITY|NT SERVICE|BUILTIN|NT VIRTUAL MACHINE|IIS APPPOOL|WINDOW MANAGER|FONT DRIVER HOST|HKLM|HKCU|HKCR|HKU|HKCC|HKEY_[A-Z_]+|SYSTEM|SOFTWARE|MACHINE|REGISTRY|GLOBAL|LOCAL|SESSION|DEVICE|DRIVER|USB|HID|PCI|ACPI|ROOT|SWD|BTHENUM|BTHLE|HDAUDIO|SCSI|STORAGE|DISPLAY|MONITOR|UMB|WPDBUSENUM|USBSTOR|TS|CONTROL|SERVICES|CURRENTCONTROLSET|WINDOWS|PROGRAM|LOGITECH|APPDATA)$/i
const BUILTIN_USER =
  /^(?:SYSTEM|LOCAL SERVICE|NETWORK SERVICE|LocalService|NetworkService|Administrators?|Users|Guests?|DefaultAppPool|DWM-\d+|UMFD-\d+|ANONYMOUS LOGON|Authenticated Users|Everyone|INTERACTIVE|TrustedInstaller)$/i
const ICAL_RESOURCE = /;CUTYPE=(?:RESOURCE|ROOM)[;:]/i
// In JSON text a real backslash is doubled: a single one before n, r, t, u, b, f is an escape.
const JSON_LINE = /\{"|":"|":\s*"/
/** The line of `text` that holds position `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at)
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end)
}

// A value is an RDN's when another RDN follows it (`CN=x,OU=…`), or, for CN, when it ends the
// text or a quoted string (`subject: CN=Jane Doe`); `uid=1000)` in a process listing is no DN.
// (a certificate subject may go on with its e-mail: `CN=sofia.rossi, emailAddress=…`)
// (a DN written inside a comma-separated record escapes its own commas: Cisco ISE's
// `AD-User-Resolved-DNs=CN=Siobhán O'Donnell-Reyes\\,OU=Lisboa\\,DC=bw\\,DC=corp, …`)
const RDN_NEXT = '[ \\t]*(?:[,;+/]|\\\\,)[ \\t]*(?:CN|OU|DC|O|L|ST|C|UID|cn|ou|dc|o|l|st|c|uid|emailAddress|E)='
// iCalendar writes the same CN as a parameter: quoted (`ATTENDEE;CN="Okafor, Chidi";ROLE=…`) or
// bare up to the next parameter or the `:mailto:` value (`ORGANIZER;CN=Maja Lindqvist:mailto:…`).
const ICS_NEXT = '[;:](?:[A-Za-z-]{1,24}=|(?:mailto|MAILTO):)'
const DN_VALUE = new RegExp(
  String.raw`(?<![\w-])(?:(CN|cn)="((?:[^"\\\r\n\u2028\u2029]|\\.){1,128})"|(CN|cn)=((?:\\.|[^,;:+"\\\r\n\u2028\u2029<>=]|:(?!(?:mailto|MAILTO):)){1,128}?)(?=${RDN_NEXT}|${ICS_NEXT}|[ \t]*(?:\\?"|$|[\r\n<>]))|(UID|uid)=((?:\\.|[^,;+"\\\r\n<>=()]){1,128}?)(?=${RDN_NEXT}))`,
  'my'
)
// two or more domain components in a row (`DC=corp,DC=contoso,DC=com`)
const DC_RUN = /(?<![\w-])(?:DC|dc)=[A-Za-z0-9-]{1,63}(?:[ \t]*\\?,[ \t]*(?:DC|dc)=[A-Za-z0-9-]{1,63})+(?![\w-])/g
// a distinguished-name value starts at its key
const dnStarts = nearAnchor([/CN=|cn=|UID=|uid=/, 0])
// Containers every directory has: not a person, account or machine.
const DN_CONTAINER =
  /^(?:Users|Computers|Builtin|System|Configuration|Schema|Services|Partitions|Sites|Default-First-Site-Name|Domain Controllers|Domain Users|Domain Admins|Domain Computers|Enterprise Admins|Schema Admins|Administrators|Program Data|Microsoft|Public Key Services|Enrollment Services|Certification Authorities|AIA|CDP|KRA|NTAuthCertificates|ForeignSecurityPrincipals|Managed Service Accounts|Keys|TPM Devices|Infrastructure|LostAndFound|NTDS Quotas|Policies|localhost)$/i

// Groups and shared resources are the organisation's structure, not a person or an account.
const GROUP_WORD =
  /\b(?:Admins?|Administrators|Users|Groups?|Teams?|Staff|Operators|Owners|Members|Readers|Writers|Managers|Rooms?|Devices|Computers|Servers|Services|Polic(?:y|ies)|Everyone|Resources|Equipment|Printers|Distribution|Security)\b/
// Certificate authorities and vendors in certificate subjects are support data.
const ISSUER =
  /\b(?:CA|Root|Authority|Certificat\w*|Issuing|Intermediate|Server|Signing|TLS|SSL|Microsoft|Google|Apple|DigiCert|Sectigo|GlobalSign|Entrust|Baltimore|Amazon|Let's Encrypt|ISRG|Logitech|Zoom|Cisco|Intel|Windows)\b/

export const directoryNamesRule: Rule = {
  id: 'directory-names',
  category: 'account',
  kind: 'user',
  needs: LINE.backslash | LINE.equals,
  detector:
    "`DOMAIN\\user` (upper-case NetBIOS or dotted DNS domain, or lower case as a whole quoted value or CSV cell, one or two backslashes, the user not followed by another separator; built-in principals and registry/device roots kept; a single backslash before n/r/t/u in JSON text is an escape) and CN=/UID= values of LDAP distinguished names (`\\,` escapes kept inside; directory containers such as CN=Users kept) and iCalendar CN parameters (quoted, or up to the next parameter or `:mailto:`; a CUTYPE=ROOM/RESOURCE attendee's kept)",
  replacement: '<domain-N>\\<user-N>; CN=<name-N> for person-shaped values, else CN=<user-N>',
  gate: (t) => t.includes('\\') || t.includes('='),
  apply(text, ctx) {
    let out = text
    if (out.includes('\\')) {
      out = rewriteAt(out, DOMAIN_USER, domainUserStarts(), (m, src) => {
        const [, domain, sep, user] = m as unknown as [string, string, string, string]
        if (BUILTIN_DOMAIN.test(domain) || BUILTIN_USER.test(user) || ctx.isKept(user)) return undefined
        // (JSON on its own line only: one JSON line in a chunk says nothing of a plain-text `CORP\rgonzalez`)
        if (sep.length === 1 && /^[nrtubf]/.test(user) && JSON_LINE.test(lineAt(src, m.index))) return undefined
        // a dotted domain must look like one (a TLD-like last label), not `file.txt\x`
        if (domain.includes('.') && !/\.[A-Za-z]{2,24}$/.test(domain)) return undefined
        const d = ctx.pseudonym(this, domain, {
          kind: 'domain',
          counter: 'domain',
          key: domain.toLowerCase(),
          category: 'device-identifier'
        })
        return d + sep + accountToken(ctx, this, user)
      })
    }
    if (!out.includes('=')) return out
    // a DN's domain components spell the organisation's directory domain, which goes as its name does
    // elsewhere (`DC=corp,DC=contoso,DC=com` → `DC=<domain-N>`); a vendor's stays
    if (out.includes('DC=') || out.includes('dc='))
      out = rewrite(out, DC_RUN, (m) => {
        const domain = m[0]
          .split(/[ \t]*\\?,[ \t]*/)
          .map((c) => c.slice(3))
          .join('.')
        if (vendorVerdict(domain) === 'keep' || ctx.isKept(domain)) return undefined
        const token = ctx.pseudonym(this, domain, {
          kind: 'domain',
          counter: 'domain',
          key: domain.toLowerCase(),
          category: 'device-identifier'
        })
        return `${m[0].slice(0, 3)}${token}`
      })
    return rewriteAt(out, DN_VALUE, dnStarts(), (m, src) => {
      const rdn = m[1] ?? m[3] ?? m[5]!
      // an iCalendar attendee that is a room or a resource is named for the room (`ATTENDEE;CUTYPE=ROOM;…;CN=Rhine 4.12 (Rally Bar)`)
      if (ICAL_RESOURCE.test(src.slice(src.lastIndexOf('\n', m.index) + 1, m.index))) return undefined
      const value = (m[2] ?? m[4] ?? m[6]!).trim()
      const quote = m[1] === undefined ? '' : '"'
      if (!value || value.startsWith('<') || DN_CONTAINER.test(value) || GROUP_WORD.test(value) || ISSUER.test(value) || ctx.isKept(value))
        return undefined
      // host names in certificate subjects are the host rule's (`CN=*.example.com`); a dotted
      // account (`CN=sofia.rossi`, an OpenVPN client) is not one
      if (/^[*\w-]+(?:\.[\w-]+)+$/.test(value) && (value.startsWith('*') || isFqdn(value) || /^[\d.]+$/.test(value))) return undefined
      const person = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\\?,?[ \t]\p{Lu}[\p{L}\p{M}'’.-]+){1,3}$/u.test(value)
      const token = person
        ? ctx.pseudonym(this, value, { kind: 'name', counter: 'name', key: value.replace(/\\/g, ''), category: 'person' })
        : accountToken(ctx, this, value)
      return `${rdn}=${quote}${token}${quote}`
    })
  }
}
