import type { Rule, RuleContext } from '../types'
import { SSID_TOKEN } from '../token-kinds'
import { LINE } from '../line-features'
import { isHexDigit, isWordChar } from '../char-codes'
import { nearAnchor, rewrite, rewriteAt, type StartFinder } from '../rewrite'
import { hostnameRule, hostToken } from './hostname'

// Six hex pairs with one consistent separator (`:` `-` `_`), or Cisco `aabb.ccdd.eeff`; a `-`/`_` one
// also right after `key:` (`mac:6C-2B-59-A1-0E-77`: no colon run for an IPv6 address to hide in); also glued
// where a device path writes them: BlueZ `/dev_5C_52_30_A1_B2_C3`, Windows
// `BluetoothLE#BluetoothLE00:1a:…:13-f2:8e:…` (the adapter's MAC, then the device's); a colon after the last
// pair ends the value unless a hex digit follows (`ether A4-AC-4E-E5-B3-39: Ageout`). Windows device ids glue
// `_C00000000` to values; that suffix ends a value where any other word character continues an identifier
// (here and in the other rules that allow it). An underscore on either side of a `:`/`-` MAC is a file name's
// separator (`conn_aa:bb:cc:dd:ee:ff_1.log`). Bare 12 hex digits in Windows Bluetooth device ids:
// `BTHENUM\…&0&A4DC4C3606A3_C00000000`, `BTHLE\Dev_a4dc4c3606a3\…&0&A4DC…`, `…&BLUETOOTHDEVICE_A4DC…`,
// `BTHLEDevice\{…}_Dev_VID&…_REV&0011_d3a1b2c3d4e5`.
const MAC =
  /(?:(?<![\w:.-])|(?<=[A-Za-z0-9]_)(?=[0-9A-Fa-f]{2}[:-])|(?<=[A-Za-z]:)(?=[0-9A-Fa-f]{2}[-_])|(?<=\bdev_)|(?<=(?<![\w:.-])(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}-)|(?<=Bluetooth(?:LE)?(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}-)|(?<=Bluetooth(?:LE)?))[0-9A-Fa-f]{2}([:_-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?!(?!_C0{8}(?![A-Za-z0-9])|(?<=[:-][0-9A-Fa-f]{2})_)(?:\w|-(?!(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}))|:[0-9A-Fa-f]{2}(?![0-9A-Za-z_]))|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?!(?!_C0{8}(?![A-Za-z0-9]))\w|\.[A-Za-z0-9])|(?<=&)([0-9A-Fa-f]{12})(?=_C0{8}(?![A-Za-z0-9]))|(?<=BTH(?:LE|ENUM)\\[Dd][Ee][Vv]_|BLUETOOTHDEVICE_|&0&|_REV&[0-9A-Fa-f]{4}_)([0-9A-Fa-f]{12})(?![A-Za-z0-9])/y
// Every match has a separator repeated two pairs later (offset 2), a dotted group (offset 4),
// `_C00000000` right after its 12 digits, or a Bluetooth id prefix right before them.
const macStarts = nearAnchor(
  [/([:_-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1/, 2],
  [/\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?!(?!_C0{8}(?![A-Za-z0-9]))\w|\.[A-Za-z0-9])/, 4],
  [/_C0{8}/, 12],
  [/\\[Dd][Ee][Vv]_/, -5],
  [/BLUETOOTHDEVICE_/, -16],
  [/&0&[0-9A-Fa-f]{12}/, -3],
  [/_REV&[0-9A-Fa-f]{4}_/, -10]
)
const KEEP = new Set(['000000000000', 'ffffffffffff'])
// Logitech's serial: year and week, two capitals for the plant, six letters or digits (`2236FD0AB1C7`),
// right after the device's name (a `peer` or any other word between says the digits are a MAC)
const LOGITECH_SERIAL_SHAPE = /^\d{4}[A-Z]{2}[0-9A-Z]{6}$/
const LOGITECH_NAME_BEFORE = /(?<![\w-])(?:Logitech|Logi|Rally|MeetUp|Tap|Sight|Scribe|Brio)(?:[ \t]+[A-Z0-9][\w-]{0,15}){0,4}[ \t]+$/
function lineBefore(src: string, at: number): string {
  return src.slice(Math.max(src.lastIndexOf('\n', at - 1) + 1, at - 60), at)
}
// Protocols' group addresses name no device: IPv4 and IPv6 multicast (`01:00:5e:…`, `33:33:…`), IEEE 802.1's
// (spanning tree, LLDP: `01:80:c2:…`), Cisco's CDP and VTP (`01:00:0c:cc:cc:cc`), PTP's (`01:1b:19:…`).
// (only these: a Bluetooth LE random address sets the same low bit in its first byte and names a device)
const PROTOCOL_GROUP = /^(?:01005e|3333|0180c2|01000c|011b19)/
// Bare 12 hex digits are a MAC only where a word says so: a peer/station/BSSID before them
// (`peer 306AF735C9AC associated`, `BSSID changed to C0E10914E836`) or an association verb after.
const BARE_WORD_BEFORE =
  '(?:peer|bssid|station|sta|ap|client|neighbou?r|router|remote|device|hwaddr|address|addr|ethernet|changed to|roamed to|associated (?:with|to))'
const BARE_WORD_AFTER =
  '(?:associated|disassociated|re-?associated|authenticated|deauthenticated|roamed|connected|disconnected|joined|left)'
const MAC_PHRASE_BEFORE =
  /(?<![\w-])(?:bssid|mac(?:[ _]?address)?|hwaddr|lladdr|ether)[ \t]+(?:changed|roamed|set|switched)[ \t]+to[ \t]+$/i
// … or a phone's or room device's provisioning file named by its MAC (Yealink and Poly
// `…/805ec0a1b2c3.cfg`, `…/0004f2a1b2c3-phone.cfg`)
const PROVISIONING_FILE = String.raw`(?:-[a-z]{1,12})?\.(?:cfg|boot|xml|cnf|ini)(?![\w-])`
const BARE_VERB_AFTER = new RegExp(`^[ \\t]+${BARE_WORD_AFTER}(?![\\w-])`, 'i')
const BARE_WORD_BEFORE_RE = new RegExp(`(?<![\\w-])${BARE_WORD_BEFORE}[ \\t]{1,3}(?:[:=][ \\t]?)?$`, 'i')
const BARE_MAC = new RegExp(
  `(?<=(?<![\\w-])${BARE_WORD_BEFORE}[ \\t]{1,3}(?:[:=][ \\t]?)?)(?:[0-9a-f]{12}|(\\d{4}\\.\\d{4}\\.\\d{4}))(?![\\w:.-]|\\.\\w)|(?<![\\w:.-])[0-9a-f]{12}(?=[ \\t]+${BARE_WORD_AFTER}(?![\\w-]))|(?<![\\w:.-])[0-9a-f]{12}(?=${PROVISIONING_FILE})`,
  'iy'
)

// A bare match is a whole run of exactly 12 hex digits, or `dddd.dddd.dddd`, with no word
// character before it: the pattern (whose look-behind made it cost as much as three rules when
// tried at every position) is only tried at such runs, found by a char-code loop.
function bareStarts(): StartFinder {
  let scanned = 0
  return (text, from) => {
    for (let i = Math.max(from, scanned); i < text.length;) {
      if (!isHexDigit(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        i++
        continue
      }
      let e = i
      while (e < text.length && isHexDigit(text.charCodeAt(e))) e++
      scanned = e
      if (e - i === 12 || (e - i === 4 && text.charCodeAt(e) === 46)) return i
      i = e
    }
    scanned = text.length
    return -1
  }
}

/** Token for a MAC written in any spelling; undefined when it must be kept. */
export function macToken(raw: string, ctx: RuleContext, rule: Rule): string | undefined {
  const hex = raw.replace(/[^0-9A-Fa-f]/g, '').toLowerCase()
  if (hex.length !== 12 || KEEP.has(hex) || PROTOCOL_GROUP.test(hex) || ctx.isKept(raw)) return undefined
  const oui = `${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`
  return ctx.pseudonym(rule, raw, { kind: `mac-${oui}`, counter: 'mac', key: hex })
}

const MAC_NAMED_INTERFACE = /(?<![\w-])(enx|wlx)([0-9a-f]{12})(?![\w-])/g
export const macRule: Rule = {
  id: 'mac',
  category: 'device-identifier',
  kind: 'mac',
  needs: LINE.macShape,
  detector:
    "6 hex pairs with one separator (: - _), Cisco dotted form (needs a hex letter); bare 12 hex in Windows Bluetooth device ids (`&…_C00000000`, `\\Dev_…`) after a MAC/BSSID key (context rule), or after peer/station/BSSID … / before associated/connected …; all spellings share a token; the SSID after a MAC in RADIUS `MAC:SSID` (RFC 3580 Called-Station-Id); the MAC in a Linux adapter's name (`enx00e04c68a1f3`, `wlx…`)",
  replacement: '<mac-OUI-N>: vendor OUI kept, NIC part numbered; 00:…:00 and ff:…:ff kept',
  apply(text, ctx) {
    const t = rewriteAt(text, MAC, macStarts(), (m) => {
      if (m[1] === undefined && m[2] === undefined && m[3] === undefined && !/[A-Fa-f]/.test(m[0])) return undefined
      return macToken(m[0], ctx, this)
    })
    // a hex letter and a digit: neither a decimal counter nor a word
    // (an all-digit Cisco-dotted value after a MAC word is one too: the pattern above needs a hex letter)
    // and 12 digits count when a MAC word precedes and an association verb follows (`peer 684884495824 associated`)
    const t2 = rewriteAt(t, BARE_MAC, bareStarts(), (m, src) => {
      const v = m[0]
      const before = src.slice(Math.max(0, m.index - 40), m.index)
      const bothSides =
        m.index > 0 && BARE_VERB_AFTER.test(src.slice(m.index + 12, m.index + 40)) && BARE_WORD_BEFORE_RE.test(before.slice(-24))
      // … or a MAC word opens the phrase the digits end (`BSSID changed to 847221238182`)
      const macPhrase = MAC_PHRASE_BEFORE.test(before)
      // (a Logitech device's serial of hex letters only, after its name, is its serial: `Logitech Tap IP 2236FD0AB1C7 connected`)
      if (LOGITECH_SERIAL_SHAPE.test(v) && LOGITECH_NAME_BEFORE.test(lineBefore(src, m.index))) return undefined
      return (/[a-f]/i.test(v) && /\d/.test(v)) || m[1] !== undefined || bothSides || macPhrase ? macToken(v, ctx, this) : undefined
    })
    // HP/Aruba write a MAC as two halves (`001b3f-4a5b6c`), macOS's arp and ndp drop each pair's
    // leading zero (`0:1b:54:aa:10:1`), DHCP's client id puts the hardware type before it
    // (Kea `cid=[01:44:73:d6:7b:30:c5]`)
    const t1b = mayHoldOtherForms(t2)
      ? rewrite(t2, MAC_OTHER_FORMS, (m) => {
          if (m[1] !== undefined) return /[a-f]/i.test(m[1]) ? macToken(m[1], ctx, this) : undefined
          if (m[2] !== undefined) {
            // (some pair short, at least two whole: `1:2:3:4:5:6` is a counter's)
            const pairs = m[2].split(':')
            const whole = pairs.filter((p) => p.length === 2).length
            return whole >= 2 && whole < 6 ? macToken(pairs.map((p) => p.padStart(2, '0')).join(':'), ctx, this) : undefined
          }
          const token = macToken(m[3]!, ctx, this)
          return token === undefined ? undefined : `01:${token}`
        })
      : t2
    // Linux names a USB network adapter by its MAC (`enx00e04c68a1f3`, `wlx3c22fb9a107e`, systemd's
    // predictable names): the prefix stays, the MAC goes
    const t2b =
      t1b.includes('enx') || t1b.includes('wlx')
        ? t1b.replace(MAC_NAMED_INTERFACE, (all, prefix: string, hex: string) => `${prefix}${macToken(hex, ctx, this) ?? hex}`)
        : t1b
    // a Cisco IP phone's device name is `SEP` and its MAC (`Registered to CUCM as SEP00A3D1F49B20`)
    const t3 = t2b.includes('SEP') ? t2b.replace(CISCO_DEVICE_NAME, (all, hex: string) => `SEP${macToken(hex, ctx, this) ?? hex}`) : t2b
    // the Windows DHCP server's audit log (`ID,Date,Time,Description,IP Address,Host Name,MAC Address,…`)
    // writes the client's MAC bare in its seventh field and its name in the sixth
    const t4 = t3.replace(DHCP_AUDIT_LINES, (_all, head: string, host: string, hex: string) => {
      const h = host === '' || host.startsWith('<') ? host : (hostToken(host, ctx, hostnameRule) ?? host)
      return `${head}${h},${macToken(hex, ctx, this) ?? hex},`
    })
    // RADIUS Called-Station-Id (RFC 3580) writes the access point's MAC and the SSID as `MAC:SSID`
    // (`"70-3A-0E-12-44-80:Corp-Staff"`): what follows a MAC's colon, up to a quote or field end, is the network's name
    if (!t4.includes('>:')) return t4
    return t4.replace(MAC_THEN_SSID, (all, mac: string, ssid: string) =>
      !/[G-Zg-z]/.test(ssid) || ctx.isKept(ssid) ? all : `${mac}:${ctx.pseudonym(this, ssid, SSID_TOKEN)}`
    )
  }
}
const MAC_OTHER_FORMS =
  /(?<![\w:.-])(?:([0-9A-Fa-f]{6}-[0-9A-Fa-f]{6})|((?:[0-9A-Fa-f]{1,2}:){5}[0-9A-Fa-f]{1,2})|01:((?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}))(?![\w:.-])/g
// Whether the text may hold one of them: six hex digits on each side of a `-`, or five `:` in a row
// each after one or two hex digits (a char loop: as a regex the test cost as much as the MAC rule)
function mayHoldOtherForms(t: string): boolean {
  let hex = 0
  let short = 0
  let lastColon = -2
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (isHexDigit(c)) {
      hex++
      continue
    }
    if (c === 45 && hex === 6) {
      let k = 1
      while (k <= 6 && isHexDigit(t.charCodeAt(i + k))) k++
      if (k === 7) return true
    } else if (c === 58) {
      if (hex >= 1 && hex <= 2) {
        short = lastColon === i - hex - 1 ? short + 1 : 1
        if (short >= 5) return true
      }
      lastColon = i
    }
    hex = 0
  }
  return false
}
const CISCO_DEVICE_NAME = /(?<![\w-])SEP([0-9A-F]{12})(?![\w-])/g
const DHCP_AUDIT = String.raw`^(\d{2},\d{2}\/\d{2}\/\d{2},\d{2}:\d{2}:\d{2},[^,\n]{0,80},[^,\n]{0,45},)([^,\n]{0,255}),([0-9A-Fa-f]{12}),`
const DHCP_AUDIT_LINES = new RegExp(DHCP_AUDIT, 'gm')
// (the field may end at its XML element's close: NPS's `<Called-Station-Id …>MAC:SSID</Called-Station-Id>`)
const MAC_THEN_SSID = /(<mac-[0-9a-f:]{8}-\d+>):([^\s"',;:<>|\]]{1,32})(?=["',;|\]]|<\/|\s|$)/g
