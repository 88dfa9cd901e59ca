import type { Rule } from '../types'
import { hostToken, hostnameRule } from './hostname'
import { rewriteLineStarts } from '../rewrite'
import { macRule, macToken } from './mac'

// A syslog line names the machine that wrote it in the field after its time stamp, before the
// program's tag (RFC 3164: `Mar 14 09:20:11 mail-gw01 postfix/smtpd[28411]: …`; `journalctl -o
// short-iso` and RFC 5424 with an ISO time: `2024-08-11T03:31:47.706458+00:00 roomhub
// NetworkManager[1614]: …`). No key names it and a short name has no shape a host rule knows;
// the layout does. The field is taken only when a tag (`name`, `name[pid]`, `a/b(c)[pid]`) and
// its colon follow, so a line whose time is followed by the message itself keeps its first word;
// an ISO time only with its `T` (application logs write `2024-01-15 10:11:12 LEVEL …`).
// (Cisco ASA writes the year too: `Jan 15 2024 09:12:33 FW-LIS-01 : %ASA-6-302013: …`)
// (Jamf and some BSD daemons open with the weekday: `Thu Mar 14 10:22:31 MBP-Wanjiru jamf[4123]:`)
// (Aruba controllers write the year after the time: `Dec 21 13:43:23 2024 aruba-mc01 authmgr[4321]:`)
// (a localized month too, as syslog writes it under the system's locale: `Mär 12`, `févr. 12`, `paź 12`;
// the abbreviations of the languages the localized labels are read in, either case)
const MONTHS = [
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ...['mär', 'mai', 'okt', 'dez', 'des', 'janv', 'févr', 'mars', 'avr', 'juin', 'juil', 'août', 'sept', 'déc'],
  ...['ene', 'abr', 'ago', 'dic', 'gen', 'mag', 'giu', 'lug', 'set', 'ott', 'fev', 'out', 'mrt', 'mei'],
  ...['sty', 'lut', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
  // Finnish, Czech, Turkish, Russian, Hungarian
  ...['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'],
  ...['led', 'úno', 'bře', 'dub', 'kvě', 'čvn', 'čvc', 'srp', 'zář', 'říj', 'pro'],
  ...['oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara'],
  ...['янв', 'фев', 'мар', 'апр', 'мая', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  ...['febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'szept']
]
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|')
// (and, as before the list, any capital and two small letters)
const BSD_TIME = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+)?(?:${MONTHS}|[A-Z][a-z]{2})\.?[ \t]+\d{1,2}[ \t]+(?:\d{4}[ \t]+)?\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[ \t]+\d{4}(?![\d:]))?`
// (a blank between date and time only with a zone after it: macOS install.log `2024-01-15 03:12:09+01 host proc[405]:`)
const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?| \d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}(?::?\d{2})?))`
const HOST = '([A-Za-z0-9][A-Za-z0-9._-]{0,252})'
// After `<PRI>` and an RFC 3164 time the host field is where the RFC puts it even with no colon
// after the tag (Cisco ISE: `<181>Mar 14 10:22:31 ise-psn01 CISE_Passed_Authentications 0000881234 …`);
// a word with its own colon or `[pid]:` there is the tag of a sender that left the host out.
const HEADER = new RegExp(
  String.raw`(?:<\d{1,3}>\d?[ \t]?)?(?:${BSD_TIME}|${ISO_TIME})[ \t]+${HOST}[ \t]+(?:[A-Za-z_][\w./()-]{0,63}(?:\[\d{1,10}\])?:(?=[ \t]|$)|(?::[ \t]+)?%[A-Z][A-Z0-9_]{1,20}-\d)`,
  'dy'
)
// (the tag may stand in brackets, with or without a colon: Yealink's `<166>Mar 14 09:20:01 YL-A30-DXB-01
// [SYS] Web admin login …`, `<150>Mar 12 17:22:31 TYO-12F-Sakura [sysmon]: …`)
const PRI_HEADER = new RegExp(
  String.raw`<\d{1,3}>${BSD_TIME}[ \t]+${HOST}[ \t]+(?=(?:[A-Za-z_][\w.-]{0,63}|\[[A-Za-z0-9_.-]{1,32}\]:?)[ \t]+[^\s:\[])`,
  'dy'
)
// Other devices' own headers: Meraki's RFC 5424 with an epoch time (`<134>1 1710233000.123456789
// MR46_3F_East events type=association …`), UniFi's host, MAC and firmware (`Mar 12 09:52:13
// U6-Pro-Conf,245a4c8e1d22,v6.6.55.15189: hostapd: …`, the MAC goes too) and a control processor's ISO
// time, name and bracketed category (Q-SYS: `2024-03-12T09:01:12.011+01:00 Core110f-BR3 [Status] …`)
const EPOCH_HEADER = /<\d{1,3}>1[ \t]+\d{10}(?:\.\d{1,9})?[ \t]+([A-Za-z0-9][\w.-]{0,62})(?=[ \t]+[a-z][a-z0-9_]{2,30}[ \t])/dy
// (also after `<PRI>`, a blank before the MAC and the model before the version: `<30>Mar 14 09:11:45 U6-Pro-LIS-Lobby
// 7c0f61a2b3c4,U6-Pro-6.6.55+15189: hostapd: …`)
// (UniFi's models are named U…: `U6-Pro`, `UAP-AC-Pro`, `USW-24-PoE`)
const UNIFI_HEADER = new RegExp(
  String.raw`(?:<\d{1,3}>)?${BSD_TIME}[ \t]+([A-Za-z0-9][\w.-]{0,62})[, ]([0-9a-f]{12}),(?:v\d|U[\w+-]{0,20}-\d)[\w.+-]{0,30}:`,
  'dy'
)
// RFC 5424 in full: `<PRI>1 TIME HOST APP PROCID MSGID` and its structured data or `-` (ISC dhcpd through rsyslog:
// `<30>1 2024-03-14T09:11:46.204512+00:00 gw-guest-lis dhcpd 812 - - DHCPREQUEST …`)
const RFC5424_HEADER = new RegExp(
  String.raw`<\d{1,3}>1[ \t]+${ISO_TIME}[ \t]+${HOST}[ \t]+[!-~]{1,48}[ \t]+[!-~]{1,128}[ \t]+[!-~]{1,32}[ \t]+(?:-|\[)`,
  'dy'
)
// PAN-OS: the firewall's name, then its CSV record, whose third field is its serial
// (`Mar 14 09:25:31 PA-3220-LIS-DC 1,2024/03/14 09:25:31,013201014582,THREAT,url,…`)
const PANOS_TYPES = 'TRAFFIC|THREAT|SYSTEM|CONFIG|HIP-MATCH|HIPMATCH|GLOBALPROTECT|USERID|DECRYPTION|AUTH|CORRELATION|TUNNEL'
const PANOS_HEADER = new RegExp(
  String.raw`(?:<\d{1,3}>)?${BSD_TIME}[ \t]+${HOST}[ \t]+1,\d{4}\/\d{2}\/\d{2}[ \t]\d{2}:\d{2}:\d{2},(\d{9,15}),(?=(?:${PANOS_TYPES}),)`,
  'dy'
)
const PANOS_MARK = new RegExp(String.raw`,\d{9,15},(?:${PANOS_TYPES}),`)
const BRACKET_HEADER = new RegExp(String.raw`${ISO_TIME}[ \t]+([A-Za-z0-9][\w.-]{0,62})(?=[ \t]+\[[A-Z][A-Za-z]{2,20}\][ \t])`, 'dy')
const ISO_START = /^(?:<\d{1,3}>\d?[ \t]?)?\d{4}-/
const CAPITALISED_WORD = /^[A-Z][a-z]+$/
const PID_TAG_END = /\[\d{1,10}\]:$/
const PRI_OPEN = /</
const LINE_OPEN = /[A-Za-z\d<\u00C0-\u017F\u0400-\u04FF]/
// (an application log's level after its time is no host: `… 10:11:12 INFO main: started`)
// (nor is a facility and level in its place: OpenWrt's `Mon Oct  2 12:39:37 2023 daemon.warn dnsmasq[2131]:`)
const NOT_A_HOST =
  /^(?:(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])\.(?:emerg|alert|crit|err|warn|warning|notice|info|debug)|localhost|\d{1,3}(?:\.\d{1,3}){3}|info|information|warn|warning|error|err|debug|trace|fatal|notice|crit|critical|alert|emerg|verbose|severe|fine)$/i

export const syslogHostRule: Rule = {
  id: 'syslog-host',
  category: 'device-identifier',
  kind: 'host',
  detector:
    'the host field of a syslog line (RFC 3164 `Mon dd hh:mm:ss HOST tag[pid]:`, Cisco `Mon dd yyyy hh:mm:ss HOST : %ASA-…` and `HOST %LINK-3-UPDOWN:`, RFC 5424 in full `<PRI>1 TIME HOST APP PROCID MSGID -`, PAN-OS `HOST 1,yyyy/mm/dd hh:mm:ss,SERIAL,` (its serial too), UniFi `HOST MAC,MODEL-VERSION:`, macOS install.log `yyyy-mm-dd hh:mm:ss+zz HOST proc[pid]:`, RFC 5424 / short-iso `yyyy-mm-ddThh:mm:ss… HOST tag[pid]:`), only before a tag and its colon (after `<PRI>` and an RFC 3164 time, before any tag, also one in brackets); localhost, log levels, IPs (the IP rules) and vendor domains kept',
  replacement: '<host-N> (same token as the host elsewhere)',
  apply(text, ctx) {
    const host = (m: RegExpExecArray): string | undefined => (NOT_A_HOST.test(m[1]!) ? undefined : hostToken(m[1]!, ctx, hostnameRule))
    // (after an ISO time, a capitalised word is a message's first unless a tag with its pid follows:
    // `2024-06-11T07:25:03Z Expensive file: …` is an application's line)
    const tagged = rewriteLineStarts(text, HEADER, LINE_OPEN, 1, (m) =>
      ISO_START.test(m[0]) && CAPITALISED_WORD.test(m[1]!) && !PID_TAG_END.test(m[0]) ? undefined : host(m)
    )
    // (with no tag to confirm the layout, a capitalised word is more likely a message's first: `Started …`)
    const machineLike = (m: RegExpExecArray): string | undefined => (/[\d._-]|^[a-z]+$/.test(m[1]!) ? host(m) : undefined)
    const pri = tagged.includes('>') ? rewriteLineStarts(tagged, PRI_HEADER, PRI_OPEN, 1, machineLike) : tagged
    const meraki = pri.includes('>1 ') ? rewriteLineStarts(pri, EPOCH_HEADER, PRI_OPEN, 1, machineLike) : pri
    // (group 0: the host and the MAC both change; tried only where a `,v` of the header stands)
    const full = meraki.includes('>1 ') ? rewriteLineStarts(meraki, RFC5424_HEADER, PRI_OPEN, 1, host) : meraki
    const panos =
      !full.includes(' 1,') || !PANOS_MARK.test(full)
        ? full
        : rewriteLineStarts(full, PANOS_HEADER, LINE_OPEN, 0, (m) => {
            const h = host(m)
            const serial = ctx.isInventorySerial(m[2]!)
              ? undefined
              : ctx.pseudonym(hostnameRule, m[2]!, { kind: 'serial', counter: 'serial', key: m[2]!, category: 'device-identifier' })
            return `${m[0].slice(0, m.indices![1]![0] - m.index)}${h ?? m[1]}${m[0].slice(m.indices![1]![1] - m.index, m.indices![2]![0] - m.index)}${serial ?? m[2]}${m[0].slice(m.indices![2]![1] - m.index)}`
          })
    const unifi =
      !panos.includes(',v') && !panos.includes(',U')
        ? panos
        : rewriteLineStarts(panos, UNIFI_HEADER, LINE_OPEN, 0, (m) => {
            const h = machineLike(m)
            const mac = macToken(m[2]!, ctx, macRule)
            if (h === undefined && mac === undefined) return undefined
            const between = m[0].slice(m.indices![1]![1] - m.index, m.indices![2]![0] - m.index)
            return `${m[0].slice(0, m.indices![1]![0] - m.index)}${h ?? m[1]}${between}${mac ?? m[2]}${m[0].slice(m.indices![2]![1] - m.index)}`
          })
    // (with only a category after the name, it must look like a machine's: a digit or a hyphen in it)
    if (!unifi.includes(' [')) return unifi
    return rewriteLineStarts(unifi, BRACKET_HEADER, /\d/, 1, (m) => (/[\d-]/.test(m[1]!) ? host(m) : undefined))
  }
}
