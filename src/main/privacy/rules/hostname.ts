import type { Rule, RuleContext } from '../types'
import { isDigit, isLabelChar } from '../char-codes'
import { inWebPath, nearAnchor, rewrite, rewriteAt, startsWhere, type StartFinder } from '../rewrite'
import { vendorVerdict, VENDOR_DOMAINS } from './vendor-domains'

// Top-level domains that do not collide with common file extensions (.sh .py .md .rs .pl .so
// .in .ai .app .cc .pm .ml .id .is are left out on purpose), and any two-letter country code
// behind the second-level names registries use (`jss.savannah-freight.co.ke`, `x.com.ng`, `y.ac.th`).
// (the country codes left out for file extensions count behind two labels or more, the second of three
// characters or more: `proxy.kowalczyk-logistics.pl`, not `script.pl`)
const TLDS =
  '(?:co|com|net|org|ac|gov|edu|or|ne|go|nic|mil|gob|gouv|ltd|plc)\\.[a-z]{2}|(?<=[A-Za-z0-9]\\.[A-Za-z0-9-]{3,63}\\.)(?:pl|in|id|is)|ke|ng|gh|ug|tz|eg|ma|ro|hu|ua|vn|th|my|ph|pk|lt|lv|ee|si|sk|hr|bg|lu|cl|pe|uy|qa|kw|lk|bd|np|com|net|org|edu|gov|mil|int|io|co|us|uk|de|fr|jp|cn|br|au|ch|ca|nl|se|no|es|it|ru|be|at|dk|fi|ie|nz|za|kr|tw|hk|sg|mx|ar|cz|pt|gr|tr|il|ae|sa|eu|biz|info|me|tv|cloud|dev|xyz|online|site|tech|local|lan|corp|internal|home|intranet|localdomain|arpa|example|test|invalid'

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
// (also right after a percent-encoded `/`, `@` or `=`: `replyUri=https%3a%2f%2fmail.contoso.com%2fowa`; and
// after a wildcard's `*.`, as proxy bypass lists and certificates write a domain: `*.kestrelfreight.local`;
// and after a service record's labels: `_ldap._tcp.ad.kestrelbio.eu`; and after a token and `@`, the domain of an
// account another rule took: `FABRIKAM\jdoe@fabrikam.com` → `<domain-1>\<user-1>@<host-1>`)
const FQDN = new RegExp(
  `(?:(?<![\\w.@%-])|(?<=%2[fF]|%40|%3[dD])|(?<=(?<![\\w.*])\\*\\.)|(?<=(?<![\\w-])_[A-Za-z0-9-]{1,63}\\.)|(?<=\\d>@))(?:${LABEL}\\.){1,10}(?:${TLDS})\\.?(?!(?!_C0{8}(?![A-Za-z0-9]))[\\w-]|\\.[A-Za-z0-9])`,
  'iy'
)

const ENCODED_SEPARATOR = /^(?:2[fF]|40|3[dD])$/
const SERVICE_LABEL_BEFORE = /(?<![\w-])_[A-Za-z0-9-]{1,63}\.$/
// A name's first dot ends its first label, so the only possible start for that dot is the start
// of the run of label characters before it (the look-behind rejects any later one).
function fqdnStarts(): StartFinder {
  let dot = 0
  return (text, from) => {
    for (dot = Math.max(dot, from); ; dot++) {
      dot = text.indexOf('.', dot)
      if (dot < 0) return -1
      let s = dot
      while (s > 0 && dot - s < 64 && isLabelChar(text.charCodeAt(s - 1))) s--
      if (s === dot || s < from || (s > 0 && isLabelChar(text.charCodeAt(s - 1)))) continue
      const before = s > 0 ? text.charCodeAt(s - 1) : 32
      // a percent-encoded `/`, `@` or `=` before the run: the name starts after its two hex digits
      if (before === 37 && ENCODED_SEPARATOR.test(text.slice(s, s + 2)) && dot - s > 2) return s + 2
      // a wildcard's `*.` or a service label's `_tcp.` before the run: the name starts after it
      if (before === 46 && s > 1 && text.charCodeAt(s - 2) === 42 && text.charCodeAt(s) !== 45) return s
      if (before === 46 && text.charCodeAt(s) !== 45 && SERVICE_LABEL_BEFORE.test(text.slice(Math.max(0, s - 66), s))) return s
      // the domain after a token and `@` (an account another rule took: `<user-1>@fabrikam.com`)
      if (before === 64 && s > 1 && text.charCodeAt(s - 2) === 62 && isDigit(text.charCodeAt(s - 3)) && text.charCodeAt(s) !== 45) return s
      // `_` `.` `@` `%` fail the look-behind; a leading `-` cannot start a label
      if (before === 95 || before === 46 || before === 64 || before === 37 || text.charCodeAt(s) === 45) continue
      return s
    }
  }
}

// Single-label names people give machines: Windows' made-up `DESKTOP-AB12CDE` (seven characters,
// so a digit or that length: `[DESKTOP-NOTIFICATION]` is a log tag), the naming conventions of
// managed fleets (a device-class prefix, then site or user segments and a number: `WS-AMS-0142`,
// `LT-MUC-0387`, `MTR-SIN-07`, `ws-lyo-0073`, also after a company's code: `CON-MTR-LON-04A`), a
// device word before or after its owner's name (`MBP-Wanjiru`, `iMac-RECEPTION-02`,
// `Janes-MacBook-Pro`, `Aditi-Pixel-8`, `JANE-PC`), and
// labels that embed an IPv4 address (`calvisitor-10-105-160-95`).
const DEFAULT_NAME = String.raw`(?:DESKTOP|LAPTOP|WIN)-(?=[A-Z]{0,11}\d|[A-Z]{7}(?![\w-]))[A-Z0-9]{5,12}`
// (a virtual desktop's pool names it so too: `KV-VDI-W11-047`)
const FLEET_PREFIX = 'WS|WKS|LT|NB|PC|VM|VDI|SRV|SVR|MTR|TAP|KIOSK|DESKTOP|LAPTOP'
// (the class may follow a company's or site's code, `CON-MTR-LON-04A`, `FAB-MTR-JNB-03`; a room
// computer's `RM`/`ROOM` class only after one: `SAO-RM-0207`, not a bare `RM-1234`)
// (two codes only in letters, company and site: `FAB-STO-MTR-KONF7`; a supercomputer's node location
// `R24-M1-NB-C:J15-U11` is none)
const FLEET_CODES = String.raw`(?:[A-Z][A-Z0-9]{1,4}-|[A-Z]{2,5}-[A-Z]{2,5}-)`
const FLEET_CLASS = String.raw`${FLEET_CODES}?(?:${FLEET_PREFIX})|${FLEET_CODES}(?:RM|ROOM)|${FLEET_CODES.toLowerCase()}?(?:${FLEET_PREFIX.toLowerCase()})|${FLEET_CODES.toLowerCase()}(?:rm|room)`
// … or ends the name glued to its number, after site segments: `BNE-L4-MTR01`, `LDN-RALLY-PC7`, `FAB-DUB-LT0921`
// (and network gear's role glued to its number: `lon-4f-sw02`, `HQ-L3-AP12`)
const CLASS_NUMBER = 'MTR|PC|LT|WS|WKS|NB|VM|SRV|RM|TAP|KIOSK|AP|SW|GW|RTR|WLC'
// (a site segment at least between: `USB-PC3` is no machine)
const FLEET_NUMBERED = String.raw`[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,8}){1,3}-(?:${CLASS_NUMBER})\d{1,4}[A-Z]?|[a-z][a-z0-9]{1,5}(?:-[a-z0-9]{1,8}){1,3}-(?:${CLASS_NUMBER.toLowerCase()})\d{1,4}[a-z]?`
const FLEET_NAME = String.raw`(?:${FLEET_CLASS})(?:-[A-Za-z0-9]{1,15}){1,4}(?<=\d[A-Za-z0-9-]*)`
// Network gear named by the same convention: a role (access point, switch, gateway, router, wireless
// controller), then site or position segments and a number last: `ap-3f-east-07`, `sw-zg-4f-01`,
// `gw-lyon-9004`, `CORE-SW-2F-01` (a number alone is a model's, `AP-515`; a version last is a
// service's, `gw-api-v1`; an AWS region is no machine, `ap-southeast-2`)
const NET_CLASS = 'AP|SW|GW|RTR|WLC'
const NETWORK_NAME = String.raw`(?:${FLEET_CODES}?(?:${NET_CLASS})|${FLEET_CODES.toLowerCase()}?(?:${NET_CLASS.toLowerCase()})(?!-(?:south|north|east|west|central|southeast|northeast|southwest|northwest)-\d(?![\w-])))(?:-[A-Za-z0-9]{1,15}){1,3}-\d{1,4}[A-Za-z]?`
// Servers named by a site's code and their role glued to a number: `LON-PRTG01`, `FUSION-APP01`,
// `ams-fs02` (the role says what serves; a model's number stands alone, `TSW-1070`)
// (not `CA` or `MON`: a certificate's `TLS-CA1` and a port's `HDMI-MON2` are named so too)
// (… and the access servers of a network: NPS, RRAS, Cisco ISE's personas PSN, PAN, MNT; also role first, then a
// site's code and a number, `NPS-AMS-01`, `RRAS-AMS-02`)
// (and a cluster's machines: `osl-k3s-node02`, `ams-worker03`)
const SERVER_ROLE =
  'DC|FS|APP|SQL|DB|WEB|MAIL|EXCH|PRTG|SCCM|MECM|WSUS|PRINT|PRN|NAS|HV|ESX|ADFS|RDS|ZBX|NMS|NPS|RRAS|PSN|PAN|MNT|NODE|WORKER|MASTER'
const ACCESS_ROLE = 'NPS|RRAS|ISE|PSN|ADFS|WSUS|SCCM|PRTG|EXCH'
const SERVER_NUMBERED = String.raw`[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8}){0,2}-(?:${SERVER_ROLE})\d{1,3}|[a-z][a-z0-9]{1,7}(?:-[a-z0-9]{1,8}){0,2}-(?:${SERVER_ROLE.toLowerCase()})\d{1,3}|(?:${ACCESS_ROLE})-(?!(?:WEB|APP|API|DEV|TST|PRD|SQL|LOG|SRV|NEW|OLD)-)[A-Z]{3}-\d{1,3}|(?:${ACCESS_ROLE.toLowerCase()})-(?!(?:web|app|api|dev|tst|prd|sql|log|srv|new|old)-)[a-z]{3}-\d{1,3}`
// AV and network gear by the same convention: a site's code, floor or room segments (one with a digit,
// or the site's number glued to its code), the device's role last, maybe numbered: `LON-12F-TSW`,
// `MAN-PENNINE2-CP`, `LON-12F-BOARDROOM-UC`, `LON04-THAMES-PRJ`, `AMS-03-RIJN-RALLYBAR`,
// `AMS-03-AP-02`, `NYC14-LOBBY-SIGN01` (a model's words end in its number or a variant letter:
// `DM-NVX-350`, `DMPS3-4K-350-C`, `MS120-24P`)
const AV_ROLE =
  'CP|TP|TSW|TSC|TSS|TSF|DSP|UC|CORE|CODEC|CAM|DISPLAY|DISP|NVX|AMP|MTR|TAP|RALLYBAR|RALLY|BAR|MINI|SIGHT|SCRIBE|PRJ|PROJ|MXA|MIC|SPK|DMPS|IPCP|SIGN|PANEL|AP|SW|MS|MX|MR|GW|FW'
// (a role may carry its number or a short variant, `SIGN01`, `TAPIP`, or a number after it, `AP-02`)
const AV_ROLE_TAIL = String.raw`(?:[A-Z]{0,2}\d{1,3}|[A-Z]{0,2})(?:-\d{1,3})?`
// (a connector's, a cipher's or a format's words open none, and a resolution is no floor: `PTZ-4K-CAM`,
// `HDMI-2-DISP`, `WPA2-PSK-CCMP`)
const AV_NAME = String.raw`(?!(?:PTZ|HDMI|USB|TLS|SSL|POE|VGA|SDI|DP|HD|UHD|WPA|RSN|SHA|AES|UTF|ISO|CVE|DDR|PCIE|IPV)\d*-)[A-Z]{2,5}(?:\d{1,3}(?=-)|(?=(?:-[A-Z0-9]{1,12}){0,2}-(?!\d{1,2}K-)[A-Z]*\d))(?:-[A-Z0-9]{1,12}){1,3}-(?:${AV_ROLE})${AV_ROLE_TAIL}`
// … and a room's device named with no number at all: a three-letter site code, the room's name in one
// or two words, and what the device is (`LDN-ORION-RALLYBAR`, `BER-SPREE-YEALINK`, `MAN-PICC-SIGHT`,
// `LDN-ORION-DISPLAY`); a technology's or a product's words open or fill none (`USB-AUDIO-TAP`,
// `LOGI-RALLY-BAR`)
const ROOM_DEVICE =
  'RALLYBAR|RALLY|MEETUP|TAP|SIGHT|SCRIBE|DISPLAY|TV|YEALINK|POLY|NEAT|CODEC|PRJ|PROJ|CAM|MTR|NUC|TSW|CP|DSP|TOUCH|PANEL|SIGNAGE'
const NOT_A_SITE =
  'USB|SSL|TLS|WPA|RSN|SHA|AES|UTF|ISO|CVE|DDR|API|WEB|APP|LOG|ERR|DNS|NTP|VPN|LAN|WAN|POE|VGA|SDI|UHD|PTZ|MIC|CPU|GPU|RAM|SSD|HDD|OEM|SKU|DMX|AVB|HID|UVC|DFU|MSI|SYS|CFG|THE|NEW|OLD|ALL|ANY|NOT'
const ROOM_WORD = String.raw`(?!(?:${ROOM_DEVICE}|LOGI|LOGITECH|AUDIO|VIDEO|CAMERA|SPEAKER|HDMI|USB|BAR|MINI|PLUS|PRO|HUB|TEAMS|ZOOM|CONFIG|SETUP|TEST|DEFAULT|APP|APPS|SERVICE|AGENT|UPDATE|LOGS|ADMIN)(?![A-Z]))[A-Z]{3,12}`
// (also a room's own name before a device that only a room has, `HERON-RALLYBAR`, `HERON-TAPIP`, and a
// room computer's class after a company's code, before the room's name, maybe after a site's code too:
// `NBK-MTR-HERON`, `KWL-MTR-WAW-ODRA`)
// (… or a site's code and the kind of meeting room, then the room's name, floor or number: `LON-BOARD-5F`,
// `LON-HUDDLE-3F-02`, `BOI-CONF-LIBRARY`, `WAW-SALA-KOPERNIK`, `SEA-ZR-PIKE-01`, `ber-raum-spree-01`)
// (… in other languages too: `KONF`, `SALAJUNTAS`, `KAIGI`, `MOTEROM`, `VERGADER`; and the kind may open the
// name when a number ends it: `KONF-HH-B204`, `SALLE-OUESSANT-02`, `KAIGI-UMEDA-12A`, `MAD-SALAJUNTAS-3`)
const ROOM_KIND = 'HUDDLE|BOARD|BOARDRM|CONF|KONF|MEET|SALA|SALLE|SALAJUNTAS|RAUM|ZR|KAIGI|MOTEROM|VERGADER'
const ROOM_KIND_NAME = String.raw`(?!(?:${NOT_A_SITE})-)[A-Z]{2,5}-(?:${ROOM_KIND})(?:-[A-Z0-9]{2,15}){0,2}-(?:[A-Z0-9]{2,15}|\d)|(?!(?:${NOT_A_SITE.toLowerCase()})-)[a-z]{2,5}-(?:${ROOM_KIND.toLowerCase()})(?:-[a-z0-9]{2,15}){1,3}|(?:${ROOM_KIND})(?:-(?!(?:${NOT_A_SITE}|ERROR|ERR|FAIL|REV|VER|BUILD|TEST|DEV|PROD|STAGING|TIMEOUT|CODE)(?![A-Z0-9]))[A-Z0-9]{2,15}){1,2}-(?=[A-Z]?\d)[A-Z0-9]{1,6}`
const ROOM_DEVICE_NAME = String.raw`(?!(?:${NOT_A_SITE})-)(?:[A-Z]{3}(?:-${ROOM_WORD}){1,2}-(?:${ROOM_DEVICE})|${ROOM_WORD}-(?:RALLYBAR|TAPIP|MEETUP|TAPSCHEDULER)|[A-Z]{2,5}-MTR(?:-[A-Z]{3})?-${ROOM_WORD})`
const DEVICE_FIRST = '(?:MBP|MBA|iMac|IMAC|MacBook(?:Pro|Air)?|iPad|iPhone)'
const OWNER_AFTER = String.raw`-(?!(?:Pro|Air|Mini|mini|Max|Plus|Ultra|SE)(?![\p{L}\p{N}]))[\p{L}\p{N}'’]{2,32}(?:-[\p{L}\p{N}'’]{1,32}){0,3}`
const DEVICE_LAST =
  '(?:MacBook(?:-Pro|-Air)?|MBP|iMac|Mac-mini|iPad|iPhone|PC|Laptop|laptop|Desktop|desktop|NB|Surface|Pixel|Galaxy)(?:-\\d{1,3})?'
// … in capitals, as fleets print them: `BIONESCU-LT`, `WIN-MRASHIDI-LT`, `LFONTAINE-IPAD` (three
// characters or more before: `lt-LT` is a locale)
const CAPS_DEVICE_LAST = '(?:LT|IPAD|IPHONE|MBP|MBA)'
const FILE_EXTENSION = '(?:zip|log|txt|etl|cab|json|xml|csv|evtx|dmp|gz|7z|tar|html?)'
const MACHINE = new RegExp(
  [
    // (a file named after the machine keeps its extension: `…/mtr-logs/CON-MTR-SYD-02.zip`; an underscore
    // joins it to a file's other parts: `CollectSrsV2Logs_MTR-WAW-307_20240416`, Autopilot's `…_Windows_1/17/2024`)
    `(?<![A-Za-z0-9.-])(?:${DEFAULT_NAME}|${FLEET_NAME}|${NETWORK_NAME}|${FLEET_NUMBERED}|${SERVER_NUMBERED}|${AV_NAME}|${ROOM_DEVICE_NAME}|${ROOM_KIND_NAME})(?![A-Za-z0-9-]|\\.(?!${FILE_EXTENSION}(?![\\w.-]))[A-Za-z0-9])`,
    `(?<![\\w.'’-])${DEVICE_FIRST}${OWNER_AFTER}(?![\\p{L}\\p{N}_-]|\\.[A-Za-z0-9])`,
    `(?<![\\w.'’-])[\\p{L}\\p{N}'’]{1,32}(?:-[\\p{L}\\p{N}'’]{1,32}){0,3}-${DEVICE_LAST}(?![\\p{L}\\p{N}_-])`,
    `(?<![\\w.'’-])[A-Z][A-Z0-9]{2,31}(?:-[A-Z0-9]{1,32}){0,3}-${CAPS_DEVICE_LAST}(?![\\p{L}\\p{N}_-])`,
    // (a well-known Windows SID has the same shape, `S-1-5-32-544`: none)
    '(?<![\\w.-])(?!S-1-\\d)[A-Za-z][A-Za-z0-9]{0,30}-(?:\\d{1,3}-){3}\\d{1,3}(?![\\w-])'
  ].join('|'),
  'uy'
)
// Every machine-name match contains one of these tails (copied from the pattern above): at its
// start, after at most four 32-character words and their hyphens, or after one 31-character word.
const machineStarts = startsWhere(
  nearAnchor(
    // (the words before a hyphen are looked for behind it: V8 finds a hyphen at once, but tries a
    // word list at every position; the window reaches back over the longest word, `MacBookPro`)
    [
      new RegExp(
        `-(?<=(?:${FLEET_PREFIX}|WIN|${FLEET_PREFIX.toLowerCase()}|${NET_CLASS}|${NET_CLASS.toLowerCase()}|${DEVICE_FIRST})-)`,
        'u'
      ),
      10
    ],
    // (the class after a company's code: anchored on its hyphens, up to six characters after the start)
    [new RegExp(`-(?:${FLEET_PREFIX}|${FLEET_PREFIX.toLowerCase()}|${NET_CLASS}|${NET_CLASS.toLowerCase()}|RM|ROOM|rm|room)-`, 'u'), 12],
    // (a class glued to its number ends the name: up to four site segments before it)
    [new RegExp(`-(?:${CLASS_NUMBER}|${CLASS_NUMBER.toLowerCase()})\\d`, 'u'), 36],
    [new RegExp(`-(?:${SERVER_ROLE}|${SERVER_ROLE.toLowerCase()})\\d`, 'u'), 26],
    [new RegExp(`-(?<=(?:${ACCESS_ROLE}|${ACCESS_ROLE.toLowerCase()})-)`, 'u'), 4],
    [new RegExp(`-(?:${AV_ROLE})${AV_ROLE_TAIL}(?![\\w-])`, 'u'), 48],
    [new RegExp(`-(?:${ROOM_DEVICE}|TAPIP|TAPSCHEDULER)(?![\\w-])`, 'u'), 30],
    [/-MTR-[A-Z]{3}/u, 6],
    [new RegExp(`-(?:${ROOM_KIND}|${ROOM_KIND.toLowerCase()})-`, 'u'), 6],
    [new RegExp(`(?:${ROOM_KIND})-`, 'u'), 0],
    [new RegExp(`-(?:${DEVICE_LAST}|${CAPS_DEVICE_LAST})(?![\\p{L}\\p{N}_-])`, 'u'), 131],
    [/-(?:\d{1,3}-){3}\d{1,3}(?![\w-])/u, 31]
  ),
  // (every alternative opens after a character that is no letter, digit, `.` or `-`)
  (text, at) => at === 0 || !(isLabelChar(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46)
)

const WHOLE_FQDN = new RegExp(`^(?:${LABEL}\\.){1,10}(?:${TLDS})\\.?$`, 'i')
/** `value` is a whole domain name with a known top-level domain (`rm-01.corp.contoso.com`, not `sofia.rossi`). */
export function isFqdn(value: string): boolean {
  return WHOLE_FQDN.test(value)
}

// A Kubernetes pod's name: its workload's name, the replica set's hash and five random characters, both
// in the cluster's alphabet of consonants and digits with no vowel, 0, 1 or 3 (`signage-api-6d9f7c8b5-x2kqp`).
// The cluster made it, no person chose it, and support needs it to find the pod's logs.
const POD_NAME = /^[a-z0-9](?:[a-z0-9-]{0,60}[a-z0-9])?-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/

export function hostToken(host: string, ctx: RuleContext, rule: Rule): string | undefined {
  if (ctx.isKept(host) || POD_NAME.test(host)) return undefined
  const verdict = vendorVerdict(host)
  if (verdict === 'keep') return undefined
  if (verdict === 'vanity') {
    const parent = VENDOR_DOMAINS.find((d) => host.toLowerCase().endsWith(`.${d}`))!
    const sub = host.slice(0, host.length - parent.length - 1)
    return `${ctx.pseudonym(rule, sub, { kind: 'host', counter: 'host', key: sub.toLowerCase() })}.${host.slice(sub.length + 1)}`
  }
  return ctx.pseudonym(rule, host, { kind: 'host', counter: 'host', key: host.toLowerCase().replace(/\.$/, '') })
}

const IAS_CLIENT = /(?<=,IAS,[^\n]{0,2000}?,4128,)[A-Za-z0-9][\w.-]{0,62}(?=,)/g
const DNSMASQ_CLIENT = /(?<=\bclient provides name: )[A-Za-z0-9][\w.-]{0,62}(?![\w.-])/g
const DHCP_CLIENT =
  /(?<=\b(?:from|to) (?:<mac-[0-9a-f:]{8}-\d+>|(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}) \()[A-Za-z0-9][\w.-]{0,62}(?=\) via )/g
const RADIUS_CLIENT = /(?<=\(from client )(?!<)[A-Za-z0-9][\w.-]{0,62}(?= port \d)/g
const IIS_COMPUTER =
  /(?<=\bW3SVC\d{1,5} )(?!<)[A-Za-z0-9][\w.-]{0,62}(?= (?:\d{1,3}\.){3}\d{1,3} | [0-9a-fA-F:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})? )/g
// PowerShell names a transcript's file after the computer (`PowerShell_transcript.WS-LOS-0118.Xb7+kLq2.20240513091502.txt`)
const TRANSCRIPT_COMPUTER = /(?<=PowerShell_transcript\.)(?!<)[A-Za-z0-9][\w-]{0,62}(?=\.[\w+/=]{4,16}\.\d{14}\.txt)/g
/** `(7)fileshr(4)corp(3)net(0)` → `fileshr.corp.net` */
function wireName(wire: string): string {
  return wire
    .slice(0, -3)
    .replace(/\(\d{1,2}\)/g, '.')
    .slice(1)
}
const DNS_WIRE = /(?:\(\d{1,2}\)[A-Za-z0-9_-]{1,63}){2,127}\(0\)/g

export const hostnameRule: Rule = {
  id: 'hostname',
  category: 'device-identifier',
  kind: 'host',
  detector:
    'FQDNs with a known TLD (vendor domains allow-listed; vanity meeting subdomains redacted); machine-name shapes (DESKTOP-…, managed-fleet names such as LT-MUC-0387, MBP-Name, …-MacBook-Pro, …-PC); IP-embedding labels; names in DNS wire form (`(7)fileshr(4)corp(3)net(0)`); the client ISC dhcpd names after its MAC (`from <MAC> (name) via`, `DHCPACK on <ip> to <MAC> (name) via`), the computer in a PowerShell transcript file name (`PowerShell_transcript.NAME.<random>.<time>.txt`), the client FreeRADIUS names (`(from client NAME port N`), the name a DHCP client gives dnsmasq (`client provides name: NAME`) and the server an IIS log names after its site (`W3SVC1 NAME <ip>`)',
  replacement: '<host-N> (same token as the host identity when it is this machine)',
  apply(text, ctx) {
    // (a lower-case slug in a web address's path is a page's, no machine: `…/product/optiplex-7090-desktop/drivers`)
    const t1 = rewriteAt(text, MACHINE, machineStarts(), (m, src) =>
      m[0] === m[0].toLowerCase() && src.charCodeAt(m.index - 1) === 47 && inWebPath(src, m.index) ? undefined : hostToken(m[0], ctx, this)
    )
    const t2 = rewriteAt(t1, FQDN, fqdnStarts(), (m) => {
      const v = m[0]
      if (/^\d+(?:\.\d+)*\.?$/.test(v)) return undefined
      return hostToken(v, ctx, this)
    })
    // a name in DNS wire form, as the Windows DNS server's debug log writes it: each label after its
    // length (`(7)fileshr(4)corp(8)fabrikam(3)net(0)`)
    const t3 = t2.includes('(0)') ? rewrite(t2, DNS_WIRE, (m) => hostToken(wireName(m[0]), ctx, this)) : t2
    // ISC dhcpd names the client in parentheses after its MAC: `DHCPREQUEST for … from <MAC> (rallybar-lis-br3) via eth0`
    const t4 = t3.includes(') via ') ? rewrite(t3, DHCP_CLIENT, (m) => hostToken(m[0], ctx, this)) : t3
    // FreeRADIUS names the access point or controller that asked (`Login OK: [jdoe] (from client
    // wlc-hcm-01 port 0 cli …)`), and an IIS log with its s-computername field the server after the site
    // (`2024-03-14 09:44:12 W3SVC1 CONWEB02 10.0.0.5 GET …`)
    const t5 = t4.includes('from client ') ? rewrite(t4, RADIUS_CLIENT, (m) => hostToken(m[0], ctx, this)) : t4
    const t6 = t5.includes('W3SVC') ? rewrite(t5, IIS_COMPUTER, (m) => hostToken(m[0], ctx, this)) : t5
    let t7 = t6.includes('PowerShell_transcript.') ? rewrite(t6, TRANSCRIPT_COMPUTER, (m) => hostToken(m[0], ctx, this)) : t6
    // NPS accounting in IAS format names the RADIUS client by its friendly name (attribute 4128: a switch,
    // an access point, a VPN gateway: `…,4128,SW-AMS-4F-ACC01,…`)
    if (t7.includes(',IAS,') && t7.includes(',4128,')) t7 = rewrite(t7, IAS_CLIENT, (m) => hostToken(m[0], ctx, this))
    // dnsmasq logs the name a DHCP client gives itself (`2918450117 client provides name: RALLYBAR-ADENUGA-BOARD`)
    return t7.includes('client provides name: ') ? rewrite(t7, DNSMASQ_CLIENT, (m) => hostToken(m[0], ctx, this)) : t7
  }
}
