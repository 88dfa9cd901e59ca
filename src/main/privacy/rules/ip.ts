import type { Rule, RuleContext } from '../types'
import { LINE } from '../line-features'
import { nearAnchor, rewriteAt } from '../rewrite'
import { isWordChar } from '../char-codes'
import { classifyV4, classifyV6, parseV6, v6Key } from './ip-ranges'

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
// Not touching `.`, `-` or a digit on the left (USB paths `3-1.2.3.4`, `1.2.3.4.5`), and not
// followed by a digit or `.digit` / `-digit` on the right.
// (tcpdump glues the port on with a dot: `IP 10.30.20.41.50417 > 52.112.237.23.3478: UDP`)
// (and every octet padded to three digits, as some DHCP and firewall exports write them: `010.001.002.003`)
const PADDED = '(?:[01]\\d\\d|2[0-4]\\d|25[0-5])'
const IPV4 = new RegExp(
  `(?<![\\d.\\-])(?:${OCTET}(?:\\.${OCTET}){3}|${PADDED}(?:\\.${PADDED}){3})(?![\\d]|-\\d|\\.\\d(?!\\d{0,4}(?:[ \\t]>[ \\t]|:[ \\t])))`,
  'y'
)
// The first dot of an address comes after at most three digits.
const ipv4Starts = nearAnchor([/\.\d{1,3}\.\d{1,3}\.\d/, 3])
// A version keyword just before an IPv4-shaped string means it is a version, not an address.
// Also as the tail of a quoted key (`"osVersion":"10.0.19045.2671"`, `\"appVer\":`) and after a
// capitalised product token (`Chrome/1.3.0.73`, `Teams/1.6.0.1234`, `Edg/…`).
// (the keyword opens a word, or a camel-case hump: `osVersion`; not the end of `Rcv`, `dev`, `prev`)
// (also in prose: `Agent version is: 1.77.107.0`; and after a dash, as setupapi.dev.log aligns its fields:
// `dvi:           Version      - 2.4.18.0`)
const VERSION_BEFORE =
  /([A-Za-z]?)(version|ver|v|fw|firmware|build|driver|release|revision|rev)(?:\\?["'])?(?:[ \t]+is)?[ \t]*(?:[:=#]|-(?=[ \t]))?[ \t]*\\?["'(]?[ \t]*$/i
// (an app's version after a blank: `Teams Rooms app 5.0.111.0`; `app=` names an app)
const APP_BEFORE = /(?<![\w-])app[ \t]+$/i
// (a network device's operating system before its version: `AOS 8.10.0.9`, `IOS-XE 17.9.4.1`, `FortiOS 7.2.7.1`)
const OS_BEFORE =
  /(?<![\w-])(?:AOS|AOS-CX|IOS|IOS-XE|IOS-XR|NX-OS|FortiOS|PAN-OS|JunOS|Junos|EOS|RoomOS|CollabOS|ArubaOS|SmartZone|UniFi OS)[ \t]+v?$/
function versionBefore(before: string): boolean {
  if (APP_BEFORE.test(before) || OS_BEFORE.test(before)) return true
  const m = VERSION_BEFORE.exec(before)
  if (m === null) return false
  const prev = m[1]!
  return prev === '' || (prev >= 'a' && prev <= 'z' && m[2]![0]! >= 'A' && m[2]![0]! <= 'Z')
}
const PRODUCT_BEFORE = /(?<![\w/.-])[A-Z][A-Za-z]{1,30}\/$/
// A Windows component identity ends in its version: `Package_for_KB123~31bf3856ad364e35~amd64~~6.1.1.1`
// (fields joined by `~`) and winsxs names (`amd64_foo_31bf3856ad364e35_10.0.19.1_none`, the version
// after the 16-hex public key token). No log glues an address to a tilde or to such a token.
const COMPONENT_BEFORE = /(?:~|(?<![0-9a-f])[0-9a-f]{16}_)$/i
// A dotted quad glued to a word is that word's version (Cisco's `ce9.15.3.17`, `rb1.4.120.3`,
// `RB_1.5.2.7`; the version ends the token), unless the word names an address (`ipaddr10.1.2.3`, `host10.0.0.7`); an address
// inside a host name (`host129.206.196.21.example.net`) is the host rule's, which runs first.
const GLUED_WORD_BEFORE = /(?<![A-Za-z0-9])([A-Za-z]{1,12})_?$/
const ADDRESS_WORD = /ip|addr|host|inet|net|gw|gate|src|dst|peer|client|server|remote|local|from|to|via|nat|wan|lan|dns/i
function gluedToWord(before: string): boolean {
  const m = GLUED_WORD_BEFORE.exec(before)
  return m !== null && !ADDRESS_WORD.test(m[1]!)
}
// … and so is one after a camel-case product's name (`Installed LogiSync 2.4.146.0`, `TeamViewer
// 15.51.5.0`), unless the name is an address's (`RemoteAddress 10.1.2.3`, `NetScaler …`), and the
// parameters of a Windows Error Reporting problem signature (`P2: 4.19.57.0`, `P5: 10.0.22621.3235`:
// the application's and the module's versions)
const CAMEL_PRODUCT_BEFORE = /(?<![\w.-])([A-Z][a-z]+[A-Z][A-Za-z]{1,20})[ \t]+$/
const WER_PARAMETER_BEFORE = /(?<![\w-])P\d{1,2}:[ \t]*$/
// … and one after a product's name in brackets (`Microsoft Teams Rooms Console (Skype Room System) 4.19.57.0`),
// and the version firmware or software was updated to (`Camera firmware updated remotely to 1.7.0.1`;
// `DNS server updated to 10.0.0.1` names an address: the line must say what was updated)
const PAREN_PRODUCT_BEFORE = /\(((?:[A-Z][A-Za-z0-9]*[ \t]){1,4}[A-Z][A-Za-z0-9]*)\)[ \t]+$/
const UPDATED_TO_BEFORE =
  /(?<![\w-])(?:firmware|fw|software|version|app|driver|bios|update|upgrade)\b[^\n]{0,40}?\b(?:updated|upgraded|downgraded|updating|upgrading|rolled back)(?:[ \t]+[a-z]+){0,2}[ \t]+(?:to|from)[ \t]+$/i
// … and a program's or module's file then its version, as the Application Error event (1000) and
// WER write them (`<Data>Microsoft.SkypeRoomSystem.exe</Data><Data>4.19.57.0</Data>`, `ucrtbase.dll, 10.0.22621.2506`)
// (a list's comma, not a blank: `ping.exe 10.0.0.1` pings an address)
const FILE_THEN_VERSION = /\.(?:exe|dll|sys|ocx|msi)(?:<\/Data>[ \t]*<Data>|["']?[,;][ \t]{0,3}["']?)$/i
// … and one after a maker's software named in capitalised words that end in what software is
// (`Microsoft Teams Rooms 5.2.115.0`, `Cisco Secure Client 5.1.2.42`); a device's name there is followed by
// its address (`HP LaserJet Pro 192.168.10.44`, `Poly Studio X50 10.20.30.40`, `Cisco AnyConnect VPN 203.0.113.5`)
const MAKER_PRODUCT_BEFORE =
  /(?<![\w-])(?:Microsoft|Teams|Webex|Logitech|Logi|Zoom|Google|Cisco|Apple|Intel|Realtek|NVIDIA|AMD|Lenovo|Dell|HP|Poly|Crestron|Yealink|Jabra|Mozilla|Adobe|Oracle|VMware)(?:[ \t]+[A-Z][\w+-]{0,20}){0,3}[ \t]+(?:Rooms|App|Client|Agent|Service|Suite|Edition|Update|Runtime|Framework|Driver|Tools|Console|Plugin|Add-in|Helper|Launcher|Updater|Installer)[ \t]+$/
// … and the version a change goes to, after the version it comes from (`fw 1.2.1.47 -> 1.3.0.12`; without the
// word for a version, two addresses with an arrow are a NAT's mapping)
const VERSION_ARROW_BEFORE =
  /(?<![\w-])(?:fw|firmware|version|ver|build|driver|bios|software|app)[ \t:=]+v?\d{1,5}(?:\.\d{1,5}){1,4}[ \t]*(?:->|=>|→|to)[ \t]*v?$/i
function productVersionBefore(before: string): boolean {
  if (WER_PARAMETER_BEFORE.test(before) || UPDATED_TO_BEFORE.test(before) || FILE_THEN_VERSION.test(before)) return true
  if (VERSION_ARROW_BEFORE.test(before)) return true
  if (MAKER_PRODUCT_BEFORE.test(before)) return true
  const paren = PAREN_PRODUCT_BEFORE.exec(before)
  if (paren !== null && !ADDRESS_WORD.test(paren[1]!)) return true
  const m = CAMEL_PRODUCT_BEFORE.exec(before)
  return m !== null && !ADDRESS_WORD.test(m[1]!)
}
// … and so does an MSIX/AppX package full name, `Name_4.19.12.0_x64__8wekyb3d8bbwe`
const PACKAGE_ARCH_AFTER = /^_(?:x64|x86|arm64|arm|neutral)_/i

export function redactV4(octets: number[], text: string, ctx: RuleContext, rule: Rule): string | undefined {
  const c = classifyV4(octets)
  if (c.kind === 'keep') return undefined
  const key = octets.join('.')
  if (c.kind === 'range') return ctx.pseudonym(rule, text, { kind: `ip-${c.label}`, counter: `ip-${c.label}`, key })
  return ctx.pseudonym(rule, text, { kind: 'ip-public', counter: 'ip-public', key })
}

export const ipv4Rule: Rule = {
  id: 'ipv4',
  category: 'network-identifier',
  kind: 'ip-public',
  needs: LINE.dottedQuad,
  detector:
    'dotted quad with octet ranges; not touching `.`/`-`/digit; kept after a version keyword or key (`osVersion`), a product token (`Chrome/`), glued to a word that names no address (`ce9.15.3.17`) or after a camel-case product name (`LogiSync 2.4.146.0`), as a Windows Error Reporting parameter (`P2: 4.19.57.0`) and as the version of a Windows component identity or package full name (`~~6.1.1.1`, `_4.19.12.0_x64_`); range table',
  replacement:
    'public → <ip-public-N>; private/link-local/CGNAT → <ip-10/8-N> etc.; loopback, 0/8, multicast, netmasks, public resolvers kept',
  apply(text, ctx) {
    return rewriteAt(text, IPV4, ipv4Starts(), (m, src) => {
      const v = m[0]
      if (ctx.isKept(v)) return undefined
      const before = src.slice(Math.max(0, m.index - 24), m.index)
      const glued = gluedToWord(before) && !isWordChar(src.charCodeAt(m.index + v.length))
      if (
        versionBefore(before) ||
        PRODUCT_BEFORE.test(before) ||
        COMPONENT_BEFORE.test(before) ||
        glued ||
        productVersionBefore(src.slice(Math.max(0, m.index - 80), m.index))
      )
        return undefined
      if (PACKAGE_ARCH_AFTER.test(src.slice(m.index + v.length, m.index + v.length + 9))) return undefined
      return redactV4(v.split('.').map(Number), v, ctx, this)
    })
  }
}

// Candidate: hex groups and colons (`::` allowed), optional IPv4 tail. Validated by parseV6,
// so `12:34:56`, `Instance::Set` (preceded by a word char) and MACs are not addresses.
// An interface name glued with a colon (`v6(en0:2607:f8b0::1)`, `eth0:fe80::1`) opens an address too.
// So does a file-name prefix ending in `_` before two full groups (`conn_2a02:fd00:…::1.log`; not `Foo_add::Init`).
const IPV6 =
  /(?:(?<![\w:.%])|(?<=(?<![\w:.%-])[A-Za-z][A-Za-z_-]{0,14}\d{1,3}:)|(?<=[A-Za-z0-9]_)(?=[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:))(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,8}(?:\.\d{1,3}){0,3}(?::\d{5})?(?!(?!_C0{8}(?![A-Za-z0-9]))[\w:])/y
// Every candidate has two colons at most four hex digits apart, within four characters of its start.
const ipv6Starts = nearAnchor([/:[0-9A-Fa-f]{0,4}:/, 4])
// parseV6 accepts no `::` only with 8 groups (7 colons) or 6 groups and an IPv4 tail (6 colons);
// checking that first keeps clock times (`10:11:12`) away from the parser.
function mayBeV6(v: string): boolean {
  if (v.includes('::')) return true
  let colons = 0
  for (let i = v.indexOf(':'); i >= 0; i = v.indexOf(':', i + 1)) colons++
  return colons === 6 || colons === 7
}

const PORT_AFTER_FULL = /^((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})(:\d{1,5})$/

export const ipv6Rule: Rule = {
  id: 'ipv6',
  category: 'network-identifier',
  kind: 'ipv6-public',
  needs: LINE.v6Shape,
  detector: 'hex:colon candidate validated by a full parser; IPv4-mapped and 64:ff9b:: decoded to IPv4; kept when equal to its /32 prefix',
  replacement:
    'global → <ipv6-public-N>; link-local/ULA → <ipv6-fe80/10-N>/<ipv6-fc00/7-N> (the EUI-64 MAC goes with it); ::, ::1, multicast groups kept',
  gate: (t) => t.includes(':'),
  apply(text, ctx) {
    return rewriteAt(text, IPV6, ipv6Starts(), (m) => {
      // a colon after the last group is punctuation (`from 2001:db8::1: AP`), not an empty group
      let colon = m[0].endsWith(':') && !m[0].endsWith('::') ? ':' : ''
      let v = colon ? m[0].slice(0, -1) : m[0]
      // a full address with a port glued on without brackets (HAProxy: `2a01:…:40a8:55012`): nine
      // parts cannot be one address, so the last is the port
      const port = PORT_AFTER_FULL.exec(v)
      if (port !== null) {
        v = port[1]!
        colon = port[2]! + colon
      }
      if (ctx.isKept(v) || !mayBeV6(v)) return undefined
      const g = parseV6(v)
      if (!g) return undefined
      const c = classifyV6(g)
      if (c.kind === 'keep') return undefined
      if (c.kind === 'v4') {
        const t = redactV4(c.octets, v, ctx, ipv4Rule)
        return t === undefined ? undefined : t + colon
      }
      const key = v6Key(g)
      if (c.kind === 'range') return ctx.pseudonym(this, v, { kind: `ipv6-${c.label}`, counter: `ipv6-${c.label}`, key }) + colon
      return ctx.pseudonym(this, v, { key }) + colon
    })
  }
}
