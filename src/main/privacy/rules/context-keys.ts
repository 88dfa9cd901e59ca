import { groupByFirstLetter, pastFlagHyphens, topLevelAlternatives, TwoStageScan } from '../two-stage-scan'
import { keyedByScript } from '../script-keyed'
import { NUMERIC_ID_TOOLS } from './remote-support-tools'
import type { Category } from '../categories'
import { fitsSsid, pseudonymKey } from '../token-kinds'
import type { Rule, RuleContext } from '../types'
import { isToken } from '../token'
import { randomSegment } from '../random-shape'
import { macToken, macRule } from './mac'
import { hostToken, hostnameRule } from './hostname'
import { holdsThingWord, PERSON_NAME, personShaped } from './person-phrases'
import { accountToken } from '../account-token'
import { isFirstPartyAppId, isGuid } from '../guid'
import { lineAt } from '../rewrite'
import { nameLists } from '../name-lists'

// Values identified by the key or label in front of them (`password=`, `"displayName":`,
// `SSID '…'`, `Meeting ID:`). All families share ONE keyword regex, so the text is scanned once;
// each family then parses its value with a sticky regex at the keyword's end.

type ValueShape = 'hostname' | 'word' | 'serial' | 'login' | 'name' | 'auth' | 'field' | 'digits' | 'meeting' | 'geo' | 'hex12' | 'phone'

interface Family {
  rule: Rule
  keys: string[]
  /** keys that may be followed by plain whitespace instead of `:`/`=` */
  looseKeys?: string[]
  /** keys that name the value only when it follows in quotes after blanks (`network "Büro" (WPA2)`) */
  quotedKeys?: string[]
  /** keys that also take a quoted value after blanks, besides `key=`/`key:` (`user 'yuki.nakamura'`) */
  quotedAfterBlank?: string[]
  shape: ValueShape
  counter?: string
  /** a value must pass this to be redacted */
  accept?: (value: string, keyStart: number, key: string, src: string, ctx: RuleContext) => boolean
  /** replacement builder when not a plain pseudonym */
  replace?: (value: string, ctx: RuleContext) => string | undefined
}

function meta(id: string, category: Category, kind: string, detector: string, replacement: string): Rule {
  return { id, category, kind, detector, replacement, apply: (t) => t }
}

// A Logitech device named just before the serial key (`Logitech Rally Bar serial=`,
// `ID 046d:0881 iSerial 3`, `MeetUp S/N`), or in the same JSON object. Keys that only ever
// describe the host (service tag, BIOS serial, machine id) never qualify.
const LOGITECH_NEAR =
  /(?:logitech|\blogi\b|\brally\b|meetup|\btap\b|046d(?::[0-9a-f]{4})?|\bbrio\b|scribe|swytch|roommate|conferencecam|\bsight\b)[^=:;,|\\{}<>/]{0,16}(?:,[ \t]*)?$/i
// A bare VID:PID names the USB device, not the host: it vouches only for that device's own
// string descriptor (lsusb `iSerial`). `usb 046d:0885 SerialNumber: X` is ambiguous (it may be
// the host's serial) and is redacted. (A comma may close the product's name: `Product: Logitech MeetUp, SerialNumber:`.)
const LOGITECH_NAMED_NEAR =
  /(?<!non-|non |not an? )(?:logitech|\blogi\b|\brally\b|meetup|\btap\b|\bbrio\b|scribe|swytch|roommate|conferencecam|\bsight\b)[^=:;,|\\{}<>/]{0,16}(?:,[ \t]*)?$/i
// … or further on when the words between are the product's own name, capitalised or with a digit
// (`Logitech Brio 4K Stream Edition serial …`; `Logitech Sync on Dell OptiPlex serial …` is not)
// (Logitech names an edition by the meeting service it ships for: `Rally Bar for Google Meet`, `Tap for Zoom`)
const LOGITECH_PRODUCT_NAME_BEFORE =
  /(?<![\w-])(?:Logitech|LOGITECH|Logi|Rally|MeetUp|Brio|Scribe|Swytch|ConferenceCam|Sight|Tap)(?:[ \t]+[A-Z0-9][\w-]{0,15}){1,5}(?:[ \t]+for[ \t]+(?:Google[ \t]+Meet|Microsoft[ \t]+Teams|Zoom(?:[ \t]+Rooms)?))?[ \t]*[(,]?[ \t]*$/
// (with the model names no other maker uses: the Zone headsets, the C9xx and ConferenceCam webcams)
/** A Logitech product or vendor named in text (also used for JSON objects, redact-json.ts). */
export const LOGITECH_WORD =
  /logitech|logicool|ロジクール|[罗羅]技|\blogi\b|smartdock|\brally\b|meetup|\btap\b|046d|\bbrio\b|scribe|swytch|roommate|conferencecam|\bzone[ \t]?(?:vibe|wired|wireless|true wireless)\b|\bc9(?:20|22|25|30)e?\b|\bbcc950\b|\bcc3000e\b|\bptz pro\b/i
const HOST_ONLY_KEY =
  /^(?:service[_ ]?tag|asset[_ ]?tag|machine|hardware|imei|board|bios|product|object|azure|aad|user[_ ]?aad|entra|ztd|intune|managed|device[_ ]?id|crash|agent|computer[_ ]?id|sensor[_ ]?id|oid|home[_ ]?account|account[_ ]?id)/i
const OBJECT_ID_KEY =
  /(?:(?:object|device|registration|aad(?:[_ ]?user)?|computer|sensor|account|home[_ ]?account|enrollment|key[_ ]?container|user|principal|client|tenant|app|application)[_ ]?id|x-ms-exchange-crosstenant-id|device[_ ]?(?:uid|guid)|^oid|^tid|^tenant|object[_ ]?guid|agent[_ ]?(?:id|uuid|guid)|reporter[_ ]?key)$/i
const HOST_PREFIX = /\b(?:bios|system|chassis|baseboard|host|pc|computer|laptop)[ \t_-]?$/i

// Quotes as written raw, JSON-escaped (\"), CSV-doubled ("") or as XML/HTML entities (also as
// PHP, Python and double escapers write them).
const ENTITY_QUOTE = '&(?:amp;)?(?:quot|QUOT|apos|#0*3[49]|#[xX]0*2[27]);'
const QUOTE = `(?:""|\\\\?["']|${ENTITY_QUOTE})`
// Objects whose own serial key a Logitech name vouches for: JSON `{"vendor":"Logitech","serialNumber":…}`
// (the key itself quoted), PowerShell `@{Vendor=Logitech; SerialNumber=…}` and toString records
// `Device{vendor=Logitech, serialNumber=…}`; not a setupapi section `{Install Device - USB\VID_046D…`.
const JSON_OBJECT_START = new RegExp(`^\\{[ \\t]*${QUOTE}`)
const RECORD_OBJECT_START = /^\{[ \t]*[A-Za-z_][\w ]{0,40}=/
const RECORD_OPENER = /(?:@|[A-Za-z0-9_])$/
const TRAILING_QUOTE = new RegExp(`${QUOTE}[ \\t]*$`)
// … and so do the device's own fields between the name and the key (`Logitech Rally Camera pid=0x0881 serial=`)
const DEVICE_PAIRS =
  /(?:[ \t,;]+(?:pid|vid|id[_ ]?(?:vendor|product)|(?:vendor|product)[_ ]?id|model|fw|firmware|version|rev|bcd\w{0,8}|bus|port|speed)[=:][ \t]?[^\s=,;|]{1,40})+[ \t,;]*$/i
const FOREIGN_VID = /(?:vid|id[_ ]?vendor|vendor[_ ]?id)[=:][ \t]?(?:0x)?(?!046d)[0-9a-f]{4}\b/i
const USB_ID_IN_BRACKETS = /[ \t]*\((?:vid_)?(?:0x)?046d[:&_ ](?:pid_)?(?:0x)?[0-9a-f]{4}\)/gi
// … and so does a Windows hardware id of Logitech's (`Logitech Rally Camera VID_046D&PID_0881 serial …`)
// … and its USB id after the name with no brackets (`attached Logitech BRIO 046D:085E serial=…`)
// an object's opaque id: letters and digits both, `min` characters or more (`org_7Hq2LmXv9PzRw3`), not a
// number or a word
function opaqueId(v: string, min: number): boolean {
  return v.length >= min && v.length <= 64 && /^[\w.-]+$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v)
}
const PEOPLE_ID_KEY =
  /^(?:person|member|participant(?:[_ -]?user)?|host|owner|attendee|organi[sz]er|caller|callee|requester|assignee|contact|employee|calendar|mailbox|team|channel)[_ -]?id$/i
const BARE_LOGITECH_USB_ID = /[ \t]+(?:0x)?046[dD]:(?:0x)?[0-9a-fA-F]{4}(?=[ \t,;]*$)/
const LOGITECH_HARDWARE_ID = /[ \t]+(?:USB\\{1,2})?VID_046D&PID_[0-9A-F]{4}(?:&MI_[0-9A-F]{2})?(?=[ \t,;]*$)/i
// `"k":"v", ` or `"k":123, ` pairs (raw or JSON-escaped quotes) right before a key
const JSON_SIBLINGS = /(?:\\?"[\w .-]{1,40}\\?"[ \t]*:[ \t]*(?:\\?"[^"\\\n]{0,80}\\?"|[\w.+-]{1,40})[ \t]*,[ \t]*)+$/
// … and a vendor field after the key in the same structured record, nothing but fields between
// (`serial="…" model="Rally Bar" vendor="Logitech"`, `{"serialNumber":"…","vendor":"Logitech"}`);
// free text after a `key: value` (`SerialNumber: X, … idVendor=046d`) may name another device
const RECORD_FIELD = String.raw`(?:\\?"[\w .-]{1,40}\\?"[ \t]*:|[\w.-]{1,40}=)[ \t]*(?:\\?"[^"\\\n]{0,120}\\?"|[^\s,;|"{}]{1,80})[ \t]*[,;]?[ \t]*`
const VENDOR_FIELD = String.raw`(?:\\?"(?:vendor|manufacturer|mfr|make|brand)(?:[_ ]?name)?\\?"[ \t]*:|(?:vendor|manufacturer|mfr|make|brand)(?:[_ ]?name)?=)[ \t]*\\?"?(?:Logitech|Logi)\b`
// A line about one Logitech device: its name with its USB id in brackets, and no other device's id
// after them (`Logitech MeetUp [046d:0866] enumerated at SuperSpeed, serial …`)
// Logitech's USB id as tools write it: `046d:0866`, `VID_046D&PID_0881`, `0x046d:0x0866`
const LOGITECH_USB_ID = String.raw`(?:VID_)?(?:0x)?046[dD][:&_](?:PID_)?(?:0x)?[0-9a-fA-F]{4}`
const LOGITECH_WITH_USB_ID = new RegExp(
  String.raw`(?:Logitech|LOGITECH|Logi)(?![\w-])[^\n()[\]]{0,40}[([][ \t]*${LOGITECH_USB_ID}[ \t]*[)\]]`
)
// … or Logitech's USB id in a field there (`{"serial":"…","vidPid":"046d:0843"}`, `"vid":"0x046d"`)
const USB_ID_FIELD = String.raw`(?:\\?"[\w .-]{1,40}\\?"[ \t]*:|[\w.-]{1,40}=)[ \t]*\\?"?${LOGITECH_USB_ID}(?![\w:])|(?:\\?"(?:vid|vendor[_ ]?id|id[_ ]?vendor)\\?"[ \t]*:|(?:vid|vendor[_ ]?id|id[_ ]?vendor)=)[ \t]*\\?"?(?:0x)?046d(?![\w:])`
// … or a model or device field that names a Logitech product, before the key or after it in the same record
// (`device=RallyBar sn=…`, `sn=… model="Logitech Tap Scheduler"`; also the names written as one word)
const MODEL_FIELD = String.raw`(?:\\?"(?:model|product|device)(?:[_ ]?(?:type|model|name))?\\?"[ \t]*:|(?:model|product|device)(?:[_ ]?(?:type|model|name))?=)[ \t]*\\?"?(?:Logitech|Logi|Rally(?:Bar|Camera|Plus|Mini)?|MeetUp|Tap(?:IP|Scheduler)?|Sight|Scribe|Brio)(?![a-z])`
const FIELDS_THEN_VENDOR = new RegExp(`(?:${RECORD_FIELD}){1,8}?(?:${VENDOR_FIELD}|${USB_ID_FIELD}|${MODEL_FIELD})`, 'iy')
const MODEL_FIELD_BEFORE = new RegExp(
  String.raw`(?:^|[ \t,;{])${MODEL_FIELD}(?:[^\s,;|"{}]{0,60}|[^"\n]{0,60}\\?")[ \t]*[,;]?[ \t]*(?:${RECORD_FIELD}){0,8}\\?"?$`,
  'i'
)
const ANY_USB_ID = /(?<![\w:])(?:VID_)?(?:0x)?[0-9a-fA-F]{4}[:&_](?:PID_)?(?:0x)?[0-9a-fA-F]{4}(?![\w:])/g
// … or a Logitech USB id right after the serial in the same list (`Zone Vibe 100 (serial …, 046d:0ab7)`)
const LOGITECH_USB_ID_AFTER = new RegExp(String.raw`^[ \t]*[,;][ \t]*${LOGITECH_USB_ID}(?![\w:])`)
/** The start of the line holding `at`, or `span` characters back: a long line is not read again for each of its keys. */
function lineStartNear(src: string, at: number, span: number): number {
  const floor = Math.max(0, at - span)
  for (let i = at - 1; i >= floor; i--) if (src.charCodeAt(i) === 10) return i + 1
  return floor
}
/** A Logitech word stands before `at` on its line, and no other device's USB id after it. */
function logitechEarlierOnLine(src: string, at: number): boolean {
  // (within 200 characters: a long line is not read again for each of its keys)
  const before = src.slice(lineStartNear(src, at, 200), at)
  const words = [...before.matchAll(LOGITECH_WORDS)]
  if (words.length === 0) return false
  const last = words[words.length - 1]!
  return !otherDeviceIdIn(before.slice(last.index + last[0].length))
}
const LOGITECH_WORDS = new RegExp(LOGITECH_WORD.source, 'gi')
/** A Logitech word stands on the line holding `at` (within 200 characters either side; `not a Logitech part` is none). */
function logitechOnLine(src: string, at: number): boolean {
  const after = src.slice(at, at + 200)
  const nl = after.indexOf('\n')
  return LOGITECH_AFFIRMED.test(src.slice(lineStartNear(src, at, 200), at) + (nl < 0 ? after : after.slice(0, nl)))
}
const LOGITECH_AFFIRMED = new RegExp(`(?<!non-|non |not an? |no )(?:${LOGITECH_WORD.source})`, 'i')
// makers of the other devices a room or a desk holds, whose serials a ticket's prose names
const OTHER_MAKER =
  /\b(?:Dell|Lenovo|HP|HPE|Apple|MacBook|iMac|Jamf|Microsoft Surface|Surface|Samsung|LG|Sony|Panasonic|Sharp|NEC|Epson|BenQ|ViewSonic|Bose|Yealink|Poly|Polycom|Neat|Jabra|Cisco|Webex|Crestron|Extron|AMX|Q-SYS|QSC|Shure|Sennheiser|Biamp|Barco|ClickShare|Huawei|Owl Labs|Meeting Owl|Asus|Acer|Intel NUC|ThinkPad|ThinkSmart|Latitude|OptiPlex|EliteBook|Elite Mini|ProBook|XiO|TSW-\d{3,4}|DMPS\d?|DM-NVX|NX-\d{4}|Aruba|Meraki|UniFi|Ubiquiti|FortiGate|Fortinet|Palo Alto|Juniper|Kandji|Intune)\b/
/** Another maker's name stands before `at` on its line (within 120 characters). */
function otherMakerBefore(src: string, at: number): boolean {
  return OTHER_MAKER.test(src.slice(lineStartNear(src, at, 120), at))
}
// (another device may be named between without its id: only a clause of the same sentence counts)
const OTHER_CLAUSE = /[;|]|\.[ \t]|[ \t](?:and|with|plus|&)[ \t]/
function namesOneLogitechDevice(line: string): boolean {
  const named = LOGITECH_WITH_USB_ID.exec(line)
  if (named === null) return false
  const rest = line.slice(named.index + named[0].length)
  return rest.length <= 60 && !OTHER_CLAUSE.test(rest) && !otherDeviceIdIn(rest)
}
/** `text` holds the USB id of a device that is not Logitech's. */
const LOGITECH_USB_ID_WHOLE = new RegExp(`^${LOGITECH_USB_ID}$`)
function otherDeviceIdIn(text: string): boolean {
  return (text.match(ANY_USB_ID) ?? []).some((id) => !LOGITECH_USB_ID_WHOLE.test(id))
}
function logitechContext(src: string, keyStart: number, key: string, value: string): boolean {
  const ls = lineStartNear(src, keyStart, 200)
  const raw = src.slice(Math.max(ls, keyStart - 96), keyStart)
  const before = raw.replace(TRAILING_QUOTE, '')
  if (HOST_PREFIX.test(before)) return false
  const valueAt = src.indexOf(value, keyStart + key.length)
  if (
    valueAt >= 0 &&
    valueAt < keyStart + key.length + 8 &&
    LOGITECH_USB_ID_AFTER.test(src.slice(valueAt + value.length, valueAt + value.length + 40))
  )
    return true
  if (namesOneLogitechDevice(src.slice(ls, keyStart))) return true
  // (the key is the record's first field: quoted, or before `=`)
  const keyOpen =
    keyStart > 0 && (src[keyStart - 1] === '"' || src[keyStart - 1] === "'")
      ? keyStart - 1 - (src[keyStart - 2] === '\\' ? 1 : 0)
      : keyStart
  FIELDS_THEN_VENDOR.lastIndex = keyOpen
  if (FIELDS_THEN_VENDOR.test(src)) return true
  // a USB id in brackets after the product name says the same (`Logitech Rally (046d:0885) serial=`)
  const pairs = DEVICE_PAIRS.exec(before)
  // another vendor's id among those fields says the device is not Logitech's
  if (pairs !== null && FOREIGN_VID.test(pairs[0])) return false
  const named = before.replace(USB_ID_IN_BRACKETS, '').replace(DEVICE_PAIRS, ' ').replace(LOGITECH_HARDWARE_ID, '')
  if ((key.toLowerCase() === 'iserial' ? LOGITECH_NEAR : LOGITECH_NAMED_NEAR).test(named)) return true
  if (LOGITECH_PRODUCT_NAME_BEFORE.test(named)) return true
  if (BARE_LOGITECH_USB_ID.test(named) && LOGITECH_NAMED_NEAR.test(named.replace(BARE_LOGITECH_USB_ID, ''))) return true
  if (MODEL_FIELD_BEFORE.test(before)) return true
  // the key's JSON siblings before it, when no brace is in sight (a JSON fragment inside a log
  // line: `"vendor":"Logitech","pid":"0x0885","serialNumber":…`)
  if (before.length !== raw.length) {
    const chain = JSON_SIBLINGS.exec(before)
    if (chain !== null && LOGITECH_WORD.test(chain[0])) return true
  }
  const brace = before.lastIndexOf('{')
  if (brace < 0 || before.includes('}', brace)) return false
  const obj = before.slice(brace)
  // a JSON object counts for its own (quoted) key only, not for a serial in free text that sits in
  // one of its strings next to a Logitech name (`"notes":"Logi Tap S/N … | SerialNumber: X"`)
  const jsonKey = before.length !== raw.length && JSON_OBJECT_START.test(obj)
  const recordKey = RECORD_OPENER.test(before.slice(0, brace)) && RECORD_OBJECT_START.test(obj)
  return (jsonKey || recordKey) && LOGITECH_WORD.test(obj)
}
// The kinds of device an admin names, whose name a log quotes after the kind (`AP "Lobby-East"`)
// (a meeting room's device is named for its room, and a room's name is none: `Zoom Rooms "Boardroom-4"`)
const QUOTED_DEVICE_KINDS = ['access point', 'vpn peer', 'udm-pro', 'ipad']
const QUOTED_DEVICE_KEY = new RegExp(`^(?:${QUOTED_DEVICE_KINDS.join('|')})$`, 'i')
/**
 * A device's name quoted right after its kind (a blank, then the quote; one token, as the host shape
 * reads it), no Logitech product or model's code (`AP "Rally Bar"`, `AP "AP-515"` name hardware, not an admin's device).
 */
// a model's code is no name an admin gave (`Access point "AP-515"`, `"MR46"`)
const MODEL_CODE = /^[A-Z]{0,5}-?\d{2,4}[A-Z]{0,2}$/
function quotedDeviceName(v: string, src: string, afterKey: number): boolean {
  return /^[ \t]+["'“]/.test(src.slice(afterKey, afterKey + 4)) && v.length <= 48 && !LOGITECH_WORD.test(v) && !MODEL_CODE.test(v)
}
// Remote-support tools whose ids are nine or ten digits (`to` and `ID` may come between in prose)
// (and TeamViewer's log names the other side so: `incoming connection from …, partner 1482907315`)
const REMOTE_TOOLS = [...NUMERIC_ID_TOOLS.flatMap((t) => [t.toLowerCase(), `${t.toLowerCase()} to`]), 'partner']
const REMOTE_TOOL_KEY = new RegExp(`^(?:${REMOTE_TOOLS.join('|')})$`, 'i')
// Credential keys that take a value after a blank only when it has a token's or a code's shape
// (`token 6f2d91c4`, `Activation code 7429-1183-0556`; not `token expired`, `activation code sent`)
const SHAPED_LOOSE_KEYS = ['token', 'activation code', 'provisioning code', 'seat key', 'product key', 'license key', 'licence key', 'psk']
// Built-in service accounts name no person (`session opened for user root(uid=0)`): Windows' and
// macOS's, the system accounts of Debian's base-passwd and of Red Hat's setup package and the
// daemons' own (`su: session opened for user news`), and the role names every SSH scanner tries
// (`Invalid user admin`, `test`, `guest`, `pi`), and the local accounts room systems ship with (Teams
// Rooms' `Skype`, Zoom Rooms' `zoomroom`).
// (`LOCAL SERVICE`, `NETWORK SERVICE`, `ANONYMOUS LOGON`, `NT AUTHORITY`: the login shape reads their first
// word, a quoted value all of it)
export const SYSTEM_ACCOUNT =
  /^(?:root|system|nobody|local|network|anonymous|nt|daemon|enable_\d{1,2}|www-data|sshd|gdm|lightdm|messagebus|polkitd|localsystem|localservice|networkservice|defaultaccount|wdagutilityaccount|_mbsetupuser|(?:dwm|umfd)-\d{1,3}|bin|sys|sync|games|man|lp|mail|news|uucp|proxy|backup|list|irc|_?gnats|_apt|adm|halt|shutdown|operator|ftp|dbus|rpc|rpcuser|nfsnobody|postfix|chrony|ntp|cyrus|apache|nginx|mysql|postgres|avahi|colord|pulse|rtkit|saned|tss|systemd-[a-z-]{2,20}|admin|administrator|guest|test|user|pi|ubuntu|ec2-user|ftpuser|oracle|nagios|(?:local|network)[ _]service|anonymous[ _]logon|nt[ _]authority|skype|zoomroom)$/i
// Values no account is named: versions and dotted numbers (`v10.0.21861.3444`), the words that
// label a version, dates, epoch times, durations, hex codes, errno and status names (`NT_STATUS_WRONG_PASSWORD`,
// `ERROR_ACCESS_DENIED`), USB ids. A key's value read
// loosely (`UserPrincipalName : 9.9.1.221`, `… : version 9.9.1.221`, PAM's `ETIMEDOUT(uid=1000)`)
// must not take them.
export const NOT_AN_ACCOUNT =
  /^(?:[vV]?\d+(?:\.\d+)+|(?:[Vv]ersion|[Bb]uild|[Ff]irmware|[Ff][Ww]|[Rr]elease|[Rr]ev(?:ision)?|Logitech|Logi|Rally|MeetUp|[Ss]essions?)|[A-Za-z][\w.-]{0,40}\/v?\d+(?:\.\d+)*|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\d{10,}|\d+(?:\.\d+)?(?:ms|s|min|h)|0x[0-9A-Fa-f]+|[Vv][Ii][Dd]_\S*|USB\\\S*|E(?:TIMEDOUT|CONNRESET|CONNREFUSED|CONNABORTED|ACCES|NOENT|PERM|AGAIN|PIPE|HOSTUNREACH|NETUNREACH|ADDRINUSE|ADDRNOTAVAIL|INVAL|BUSY|EXIST|NOTFOUND|IO|NOMEM|NOSPC|MFILE|PROTO)|(?:NT_)?STATUS_[A-Z0-9_]{2,60}|ERROR_[A-Z0-9_]{2,60}|WSAE[A-Z]{2,20}|(?:KRB5)?KDC_ERR_[A-Z0-9_]{2,60}|E_[A-Z0-9_]{2,60})$/
// the rest of a company's name after its first word: capitalised words, then a legal form
const COMPANY_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}&.'-]*){0,3}[ \t]+(?:AS|ASA|AB|ApS|A\/S|Oy|Oyj|GmbH|AG|KG|SE|Ltd|Limited|Inc|LLC|LLP|PLC|SA|SAS|SARL|SL|SpA|Srl|BV|NV|KK|Pty|Sp\. z o\.o\.|s\.r\.o\.|a\.s\.|Kft|Zrt|A\.Ş\.)(?![\p{L}])/u
const PLACEHOLDER =
  /^(?:null|none|nil|undefined|true|false|yes|no|n\/a|na|unknown|-+|\*+|x+|\[redacted\]|\[filtered\]|redacted|\(null\)|\{\}|\[\]|0|%%\d{3,5})$/i
// `N/A` read by a shape that stops at the slash
const NOT_APPLICABLE = /^N\/A(?![\w/])/i

// A Windows hardware/instance id (`USB\\VID_046D&PID_08D3`, `USB\VID_0BDA&PID_58FD\200901010001`)
// is support data up to its VID/PID (and interface) part; only the instance id after the next
// separator can identify a unit, and a Logitech device's instance id is its own serial.
const HARDWARE_ID =
  /^((?:USB|HID|BTH\w{0,8}|PCI|SWD|HDAUDIO|USBSTOR|WPDBUSENUM|SCSI|ACPI)(?:\\{1,4}|#)(?:VID|VEN)_([0-9A-Fa-f]{4})[^\\#]*?)(?:(\\{1,4}|#)(.*))?$/
const HARDWARE_ID_START = /(?:USB|HID|BTH\w{0,8}|PCI|SWD|HDAUDIO|USBSTOR|WPDBUSENUM|SCSI|ACPI)(?:\\{1,4}|#)(?:VID|VEN)_/y
const HARDWARE_ID_VALUE = /[^\s"'<>,;|()[\]{}]{1,512}/y
// a PowerShell list's brace and separator around an element (`HardwareID : {USB\VID_046D&PID_0881&REV_0020, …}`)
const LIST_ELEMENT = /^(\{?)(.*?)(,?\}?)$/s
function serialReplacement(v: string, ctx: RuleContext): string | undefined {
  const [, open, core, close] = LIST_ELEMENT.exec(v)!
  if ((open !== '' || close !== '') && HARDWARE_ID.test(core!)) {
    const r = serialReplacement(core!, ctx)
    return r === undefined ? undefined : open! + r + close!
  }
  const hw = HARDWARE_ID.exec(v)
  const rule = FAMILIES.find((f) => f.rule.id === 'serial')!.rule
  if (hw === null) return ctx.pseudonym(rule, v, { kind: 'serial', counter: 'serial', key: v })
  if (!hw[4] || hw[4].includes('<') || hw[2]!.toLowerCase() === '046d' || ctx.isInventorySerial(hw[4])) return undefined
  return hw[1]! + hw[3]! + ctx.pseudonym(rule, hw[4], { kind: 'serial', counter: 'serial', key: hw[4] })
}

const USER_RULE = meta(
  'user-key',
  'account',
  'user',
  'value after user/username/login/account/upn/samAccountName and "for user", "invalid user", "password for", "logged in as"; built-in accounts (root, SYSTEM, nobody, LocalService …) kept; a machine account (`NAME$`) is a host',
  '<user-N> (same numbering as home-path users); machine accounts <host-N>$'
)
// (also when sudo says why it refused first: `zyildirim : 3 incorrect password attempts ; TTY=pts/3`,
// `user NOT in sudoers ; TTY=…`)
const SUDO_USER = /^:[ \t]+[^\s:]{1,64}[ \t]+:[ \t]+(?:[^;\n]{1,80};[ \t]+)?(?:TTY|PWD|USER|COMMAND)=/
// one word with a path separator or a `:line` at its end (a source place, a file), never a name
const TICKET_PEOPLE_KEY = /^(?:reporter|assignee|requester|requested|assigned|opened|technician)/i
const SOURCE_PLACE = /^[^\s]*(?:[\\/][^\s]*|\.\w{1,5}:\d{1,6})$/
// a host name written after its key and a blank: letters and a digit or an inner hyphen
// `uname -m` and `Machine:` in a crash report name the processor, not the machine
const CPU_ARCHITECTURE = /^(?:x86_64|x86|x64|amd64|arm64|arm64e|aarch64|i[3-6]86|armv\d\w*|ppc64(?:le)?|s390x|riscv64|mips\w*)$/i
const LOOSE_HOST = /^(?=[^\s]*[A-Za-z])(?=[^\s]*(?:\d|\w-\w))[A-Za-z0-9][\w.-]*$/
const NAME_RULE = meta('person-name', 'person', 'name', 'a person-shaped value under a user or host key', '<name-N>')
const ACCOUNT_IN_BRACKETS = /^([ \t]*\()([\w.-]{1,64})\)/
let personAt: RegExp | undefined
/** A person's name (2–4 capitalised words, no product word) that starts at `at`. */
function personNameAt(text: string, at: number): string | undefined {
  // (built on first use: person-phrases.ts imports this module too)
  personAt ??= new RegExp(`(?:${PERSON_NAME})(?![\\p{L}\\p{N}_.@\\\\-])`, 'uy')
  personAt.lastIndex = at
  const m = personAt.exec(text)
  return m !== null && personShaped(m[0]) ? m[0] : undefined
}
// Phrases whose next word is the account, with only a blank between (also sshd's other methods,
// `Accepted publickey for mgarcia`, and logind's `New session 14 of user …`).
// The labels localized Windows, macOS and meeting invitations print for the keys above, as their
// translations read (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish,
// Norwegian, Finnish, Czech, Turkish, Japanese, Korean, Chinese, Russian, Hungarian): Security
// event text (`Kontoname:`, `Nom du compte :`, `Nombre de estación de trabajo:`), ipconfig and
// systeminfo (`Nom de l’hôte`), netsh (`Schlüsselinhalt`, `Perfil de todos los usuarios`),
// system_profiler (`Seriennummer (System)`), Teams and Zoom invitations (`Besprechungs-ID`, `Kenncode`).
// Read with a separator only (`:`, `=`, an ipconfig dot leader), never after a bare blank: these are
// ordinary words in prose.
export const LOCALIZED = {
  accountName: [
    'kontoname',
    'benutzername',
    'nom du compte',
    "nom d['’]utilisateur",
    'nombre de (?:la )?cuenta',
    'nombre de usuario',
    "nome (?:dell['’])?account",
    'nome utente',
    'nome da conta',
    'nome (?:de|do) usu[áa]rio',
    'accountnaam',
    'gebruikersnaam',
    'nazwa konta',
    'nazwa u[żz]ytkownika',
    'アカウント名',
    'ユーザー名',
    // the bare word for a user (`Benutzer: jdoe`, `Utilisateur : jdoe`)
    'benutzer',
    'utilisateur',
    'utente',
    'usu[áa]rio',
    'gebruiker',
    'u[żz]ytkownik',
    'ユーザー',
    'kontonamn',
    'kontonavn',
    'tilin nimi',
    'název účtu',
    'hesap ad[ıi]',
    'användarnamn',
    'brugernavn',
    'brukernavn',
    'käyttäjänimi',
    'uživatelské jméno',
    'kullan[ıi]c[ıi] ad[ıi]',
    '계정 이름',
    '사용자 이름',
    '帐户名称',
    '账户名称',
    '用户名',
    '帳戶名稱',
    '使用者名稱',
    'имя учетной записи',
    'имя учётной записи',
    'имя пользователя',
    'fiók neve',
    'felhasználónév',
    'användare',
    'bruger',
    'bruker',
    'käyttäjä',
    'uživatel',
    'kullan[ıi]c[ıi]',
    '사용자',
    '用户',
    '使用者',
    'пользователь',
    'felhasználó',
    // Greek, Ukrainian, Arabic, Hebrew, Thai and Vietnamese Windows
    'όνομα λογαριασμού',
    'όνομα χρήστη',
    "ім['’ʼ]я облікового запису",
    "ім['’ʼ]я користувача",
    'користувач',
    'اسم الحساب',
    'اسم المستخدم',
    'שם חשבון',
    'שם משתמש',
    'ชื่อบัญชี',
    'ชื่อผู้ใช้',
    'tên tài khoản',
    'tên người dùng'
  ],
  accountDomain: [
    'kontodom[äa]ne',
    'domaine du compte',
    'dominio de (?:la )?cuenta',
    "dominio (?:dell['’])?account",
    'dom[íi]nio da conta',
    'accountdomein',
    'domena konta',
    'アカウント ドメイン',
    'kontodomän',
    'kontodomæne',
    'kontodomene',
    'tilin toimialue',
    'doména účtu',
    'hesap etki alan[ıi]',
    '계정 도메인',
    '帐户域',
    '账户域',
    '帳戶網域',
    'домен учетной записи',
    'τομέας λογαριασμού',
    'домен облікового запису',
    'مجال الحساب',
    'תחום חשבון',
    'โดเมนบัญชี',
    'miền tài khoản',
    'домен учётной записи',
    'fiók tartománya'
  ],
  host: [
    'arbeitsstationsname',
    'nom de la station de travail',
    'nombre de (?:la )?estaci[óo]n de trabajo',
    'nome (?:della )?workstation',
    'nome da esta[çc][ãa]o de trabalho',
    'naam van (?:het )?werkstation',
    'nazwa stacji roboczej',
    'ワークステーション名',
    "nom de l['’]h[ôo]te",
    'nombre de(?:l)? host',
    'nome host',
    'nome do host',
    'hostnaam',
    'nazwa hosta',
    'ホスト名',
    "nom de l['’]ordinateur",
    'nombre del equipo',
    'nome (?:del )?computer',
    'nome do computador',
    'computernaam',
    'nazwa komputera',
    'コンピューター名',
    'ordinateur',
    'computador',
    'komputer',
    'コンピューター',
    'värdnamn',
    'værtsnavn',
    'vertsnavn',
    'isäntänimi',
    'název hostitele',
    'ana bilgisayar ad[ıi]',
    'arbetsstationsnamn',
    'navn på arbejdsstation',
    'navn på arbeidsstasjon',
    'työaseman nimi',
    'název pracovní stanice',
    '[iİ]ş [iİ]stasyonu ad[ıi]',
    'datornamn',
    'computernavn',
    'datamaskinnavn',
    'tietokoneen nimi',
    'název počítače',
    'bilgisayar ad[ıi]',
    '호스트 이름',
    '워크스테이션 이름',
    '컴퓨터 이름',
    '主机名',
    '工作站名称',
    '计算机名',
    '主機名稱',
    '工作站名稱',
    '電腦名稱',
    'имя компьютера',
    'имя узла',
    'имя рабочей станции',
    'állomásnév',
    'munkaállomás neve',
    'számítógépnév',
    'όνομα κεντρικού υπολογιστή',
    'όνομα σταθμού εργασίας',
    'όνομα υπολογιστή',
    "ім['’ʼ]я (?:комп['’ʼ]ютера|вузла|хоста|робочої станції)",
    'اسم المضيف',
    'اسم محطة العمل',
    'اسم الكمبيوتر',
    'שם מארח',
    'שם תחנת עבודה',
    'שם מחשב',
    'ชื่อโฮสต์',
    'ชื่อเวิร์กสเตชัน',
    'ชื่อคอมพิวเตอร์',
    'tên máy chủ',
    'tên máy trạm',
    'tên máy tính'
  ],
  serial: [
    'seriennummer',
    'num[ée]ro de s[ée]rie',
    'n[úu]mero de s[ée]rie',
    'numero di serie',
    'serienummer',
    'numer seryjny',
    'シリアル番号',
    '製造番号',
    'sarjanumero',
    'sériové číslo',
    'seri numaras[ıi]',
    '일련 번호',
    '序列号',
    '序號',
    'серийный номер',
    'sorozatszám',
    'σειριακός αριθμός',
    'серійний номер',
    'الرقم التسلسلي',
    'מספר סידורי',
    'หมายเลขซีเรียล',
    'số sê-ri',
    'số seri'
  ],
  // system_profiler's `Hardware UUID`, localized
  hardwareUuid: [
    'uuid du mat[ée]riel',
    'uuid de hardware',
    'uuid hardware',
    'uuid do hardware',
    'uuid sprz[ęe]tu',
    'maskinvaru-uuid',
    'maskinvare-uuid',
    'laitteiston uuid',
    'uuid hardwaru',
    'donan[ıi]m uuid',
    'ハードウェア ?uuid',
    '하드웨어 uuid',
    '硬件 ?uuid',
    '硬體 ?uuid',
    'uuid оборудования',
    'hardver uuid'
  ],
  secret: [
    // netsh's `Key Content` (Japanese Windows prints `主要なコンテンツ`)
    'schl[üu]sselinhalt',
    'contenu de la cl[ée]',
    'contenido de la clave',
    'contenuto (?:della )?chiave',
    'conte[úu]do da chave',
    'inhoud van (?:de )?sleutel',
    'zawarto[śs][ćc] klucza',
    '主要なコンテンツ',
    'kennwort',
    'passwort',
    'mot de passe',
    'contrase[ñn]a',
    'senha',
    'wachtwoord',
    'has[łl]o',
    'パスワード',
    'nyckelinnehåll',
    'nøgleindhold',
    'nøkkelinnhold',
    'avaimen sisältö',
    'obsah klíče',
    'anahtar [iİ]çeri[ğg]i',
    'lösenord',
    'adgangskode',
    'passord',
    'salasana',
    'heslo',
    '[şs]ifre',
    '키 콘텐츠',
    '암호',
    '비밀번호',
    '关键内容',
    '密码',
    '金鑰內容',
    '密碼',
    'содержимое ключа',
    'пароль',
    'kulcs tartalma',
    'jelszó',
    'κωδικός πρόσβασης',
    'كلمة المرور',
    'סיסמה',
    'รหัสผ่าน',
    'mật khẩu'
  ],
  phone: [
    'telefon(?:nummer)?',
    't[ée]l[ée]phone',
    'tel[ée]fono',
    'telefone',
    'telefoon(?:nummer)?',
    'm[óo]vil',
    'handy',
    'mobil',
    'portable',
    'cellulare',
    'celular',
    'mobiel',
    'kom[óo]rka',
    '電話(?:番号)?',
    '携帯(?:電話)?',
    'matkapuhelin',
    'puhelin',
    '전화',
    '휴대폰',
    '手机',
    '手機',
    '电话',
    'телефон',
    'мобильный',
    'mobiltelefon'
  ],
  person: [
    'organisator',
    'organisateur',
    'organizador',
    'organizzatore',
    'organizator',
    '開催者',
    'erforderliche teilnehmer',
    'optionale teilnehmer',
    'teilnehmer',
    'participants obligatoires',
    'participants facultatifs',
    'asistentes (?:obligatorios|opcionales)',
    'partecipanti (?:obbligatori|facoltativi)',
    'participantes (?:obrigat[óo]rios|opcionais)',
    '(?:verplichte|optionele) deelnemers',
    'deelnemers?',
    '(?:wymagani|opcjonalni) uczestnicy',
    'uczestnicy',
    '必須出席者',
    '任意出席者',
    // `net user`'s full name, a directory's display name, an owner
    'vollst[äa]ndiger name',
    'nom complet',
    'nombre completo',
    'nome completo',
    'volledige naam',
    'pe[łl]na nazwa',
    'フル ネーム',
    'anzeigename',
    "nom d['’]affichage",
    'nombre para mostrar',
    'nome visualizzato',
    'nome de exibi[çc][ãa]o',
    'weergavenaam',
    'nazwa wy[śs]wietlana',
    '表示名',
    'besitzer',
    'eigent[üu]mer',
    'propri[ée]taire',
    'propietario',
    'propriet[áa]rio',
    'eigenaar',
    'w[łl]a[śs]ciciel',
    '所有者',
    'organisatör',
    'arrangør',
    'järjestäjä',
    'organizátor',
    'düzenleyen',
    'deltagare',
    'deltagere',
    'deltakere',
    'osallistujat',
    'účastníci',
    'kat[ıi]l[ıi]mc[ıi]lar',
    'fullständigt namn',
    'fulde navn',
    'fullt navn',
    'koko nimi',
    'celé jméno',
    'tam ad',
    'ägare',
    'ejer',
    'eier',
    'omistaja',
    'vlastník',
    '이끌이',
    '구성자',
    '참석자',
    '전체 이름',
    '소유자',
    '组织者',
    '与会者',
    '参与者',
    '全名',
    '召集人',
    '組織者',
    '主催者',
    '주최자',
    '與會者',
    '擁有者',
    'организатор',
    'участники',
    'полное имя',
    'владелец',
    'szervező',
    'résztvevők',
    'teljes név',
    'tulajdonos',
    'διοργανωτής',
    'συμμετέχοντες',
    'πλήρες όνομα',
    'κάτοχος',
    'організатор',
    'учасники',
    "повне ім['’ʼ]я",
    'власник',
    // (Arabic writes the organizer's word with or without its vowel marks)
    'المنظ[\u0650\u0651]{0,2}م',
    'الحضور',
    'المشاركون',
    'الاسم الكامل',
    'المالك',
    'מארגן',
    'משתתפים',
    'שם מלא',
    'בעלים',
    'ผู้จัด(?:การประชุม)?',
    'ผู้เข้าร่วม',
    'ชื่อเต็ม',
    'เจ้าของ',
    'người tổ chức',
    'người tham dự',
    'họ và tên',
    'tên đầy đủ',
    'chủ sở hữu'
  ],
  wifiProfile: [
    'profil f[üu]r alle benutzer',
    'profil tous les utilisateurs',
    'perfil de todos los usuarios',
    'tutti i profili utente',
    'todos os perfis de usu[áa]rios',
    'profiel voor alle gebruikers',
    'profil wszystkich u[żz]ytkownik[óo]w',
    'すべてのユーザー プロファイル',
    'profil för alla användare',
    'profil for alle brugere',
    'profil for alle brukere',
    'kaikkien käyttäjien profiili',
    'profil všech uživatelů',
    'tüm kullan[ıi]c[ıi] profili',
    '모든 사용자 프로필',
    '所有用户配置文件',
    '所有使用者設定檔',
    'все профили пользователей',
    'minden felhasználó profilja',
    // netsh's `SSID name` as localized Windows prints it
    'ssid-namn',
    'ssid-navn',
    'ssid-nimi',
    'nom du ssid',
    'nombre de ssid',
    'nome ssid',
    'ssid-naam',
    'nazwa ssid',
    'název ssid',
    'ssid ad[ıi]',
    'ssid ?名[称稱]',
    'ssid ?名',
    'ssid ?이름',
    'имя ssid',
    "ім['’ʼ]я ssid"
  ],
  meetingId: [
    'besprechungs-id',
    // (a dial-in's conference id, and the id a video conferencing system dials: Teams' `Video-ID`, `VTC Conference ID`)
    'konferenz-id',
    'id de (?:la )?conf[ée]rence(?: t[ée]l[ée]phonique)?',
    'id vtc',
    'id de (?:la )?conferencia',
    'id (?:della )?conferenza',
    'conferentie-id',
    'identyfikator konferencji',
    'konferens-id',
    'video-id',
    'vtc (?:conference )?id',
    'id de (?:la )?r[ée]union',
    'id\\.? de reuni[óo]n',
    'id (?:della )?riunione',
    'id da reuni[ãa]o',
    'vergadering-id',
    'identyfikator spotkania',
    '会議 ?id',
    'ミーティング ?id',
    'mötes-id',
    'møde-id',
    'møte-id',
    'kokouksen tunnus',
    'id schůzky',
    'toplant[ıi] kimli[ğg]i',
    '회의 ?id',
    '会议 ?id',
    '會議 ?id',
    'идентификатор конференции',
    'идентификатор собрания',
    'értekezlet-azonosító',
    // (Zoom's Chinese meeting number, Teams' traditional Chinese meeting id)
    '会议号',
    '會議號',
    '會議識別碼',
    '会议识别码',
    'αναγνωριστικό σύσκεψης',
    'ідентифікатор (?:наради|конференції|зустрічі)',
    'معرف الاجتماع',
    'מזהה (?:ה)?פגישה',
    'รหัสการประชุม',
    'id cuộc họp'
  ],
  // a postal address's bare label (an IP's or a MAC's value is none, see the family's accept)
  address: [
    'anschrift',
    'adresse',
    // (not Spanish `dirección`, which is a direction too: `Dirección: Saliente`)
    'indirizzo',
    'endere[çc]o',
    'adres',
    'adresa',
    'osoite',
    '住所',
    '地址',
    '주소',
    'адрес',
    'адреса',
    'διεύθυνση',
    'العنوان',
    'כתובת',
    'ที่อยู่',
    'địa chỉ'
  ],
  passcode: [
    'kenncode',
    'code secret',
    "code d['’]acc[èe]s",
    'c[óo]digo de acceso',
    'c[óo]digo de acesso',
    'toegangscode',
    'wachtwoordcode',
    'kod dost[ęe]pu',
    'パスコード',
    'lösenkod',
    'tunnuskoodi',
    'přístupový kód',
    'geçi[şs] kodu',
    'секретный код',
    'код доступа',
    'jelkód',
    'код доступу',
    'رمز المرور',
    'קוד סיסמה',
    'mật mã'
  ]
} as const

const USER_PHRASES = [
  'for user',
  'invalid user',
  'for invalid user',
  'password for',
  'logged in as',
  'by user',
  'publickey for',
  'keyboard-interactive/pam for',
  'hostbased for',
  'of user',
  // Samba `connect to service Compta initially as user c.lefebvre-dupont`
  'as user'
]
const FAMILIES: Family[] = [
  // phrase keys such as `password for <user>` must be tried before the bare `password` key
  {
    rule: meta(
      'domain-key',
      'device-identifier',
      'domain',
      'value after Account Domain/Target Domain/Logon Domain/Supplied Realm Name/domain name (Windows event text); NT AUTHORITY, BUILTIN, WORKGROUP and `-` kept',
      '<domain-N>'
    ),
    keys: [
      'account[_ ]?domain',
      'target[_ ]?domain(?:[_ ]?name)?',
      'subject[_ ]?domain(?:[_ ]?name)?',
      'logon[_ ]?domain',
      'user[_ ]?domain',
      'supplied[_ ]?realm[_ ]?name',
      // … as localized Windows writes them (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Japanese)
      ...LOCALIZED.accountDomain,
      'ad[_ ]?domain',
      'netbios[_ ]?domain(?:[_ ]?name)?',
      // Winlogon's auto-logon domain (`"DefaultDomainName"="CONTOSO"`)
      'default[_ ]?domain(?:[_ ]?name)?',
      // systeminfo's `Domain: …`-style fields, Get-ADDomain's `DomainName : BRIGHTWATER`
      'domain[_ ]?name'
    ],
    shape: 'hostname',
    counter: 'domain',
    accept: (v) => !/^(?:NT|BUILTIN|WORKGROUP|NT AUTHORITY|Window|Font|localhost)$/i.test(v) && !/^[\d.]+$/.test(v)
  },
  {
    rule: USER_RULE,
    keys: [
      'user',
      'user[_ ]?name',
      // an installer's or a tool's proxy account (`/proxyuser=svc-mtrproxy`, `--proxy-user`)
      'proxy[_-]?user(?:[_-]?name)?',
      'login',
      // RoomOS's `xConfiguration Provisioning LoginName: "tms-prov"`
      'login[_ ]?name',
      'logon[_ ]?name',
      'logname',
      'account(?:[_ ]?name)?',
      'upn',
      // (also behind a prefix: Graph's `onPremisesSamAccountName`)
      'sam[_ ]?account[_ ]?name',
      // auditd's account fields (`acct="zyildirim"`, and the names it adds in capitals: `AUID="svc-avadmin"`;
      // the raw `auid=1002` is a number, see accept)
      'acct',
      'auid',
      // MongoDB's `"principalName":"svc-roomsync"`, Cisco ISE's `AdminName=netadmin-fk`
      'principal[_ ]?name',
      'admin[_ ]?name',
      'user[_ ]?id',
      // a person's number in HR and door-access records (`employeeID: E004217`, a badge CSV's
      // `CardNumber` column; a payment card's number is the card rule's, see accept)
      'employee[_ ]?(?:id|number|no)',
      '(?:staff|personnel)[_ ]?(?:id|number|no)',
      'badge[_ ]?(?:id|number|no)?',
      'card[_ ]?(?:number|no|id)',
      // sudo's own line: `sudo:   tsato : TTY=pts/0 ; PWD=… ; USER=root ; COMMAND=…`
      // (with its process id too: `sudo[4650]:`)
      'sudo(?:\\[\\d{1,7}\\])?',
      // PAM's remote user (`authentication failure; … ruser=tcerny rhost= user=tcerny`)
      'ruser',
      ...LOCALIZED.accountName,
      // the account a device signs in to 802.1X with (RoomOS `Network 1 IEEE8021X Identity: "…"`, wpa_supplicant's `identity=`)
      '(?:eap|ieee[_ ]?802\\.?1x|802\\.?1x|anonymous)[_ ]?identity',
      ...USER_PHRASES
    ],
    looseKeys: USER_PHRASES,
    quotedAfterBlank: ['user', 'username', 'user name', 'account', 'login'],
    shape: 'login',
    counter: 'user',
    accept: (v, keyStart, key, src) => {
      // (a Format-List value runs to the line's end: its first word decides)
      if (SYSTEM_ACCOUNT.test(v) || NOT_AN_ACCOUNT.test(v.split(/[\s,;|]/, 1)[0]!)) return false
      const k = key.toLowerCase()
      // a numeric user id is a uid (`User ID: 501`), not an account name, and text with blanks
      // is no account (`<Security UserID='…'/>` holds a SID or prose)
      if (/^user[_ ]?id$/.test(k)) return !/^\d+$/.test(v) && !/\s/.test(v)
      if (k === 'auid') return !/^\d+$/.test(v) && v !== 'unset'
      // logind's `New session 14 of user hannah.schulz`, not `Authentication of user via MFA`
      if (k === 'of user') return /session[ \t]+\d{1,10}[ \t]+$/i.test(src.slice(Math.max(0, keyStart - 24), keyStart))
      // LOGNAME=georgios in an environment dump; pam's empty `logname= uid=0` (and `ruser= rhost=`) has no value
      if (k === 'logname' || k === 'ruser') return /^=\S/.test(src.slice(keyStart + key.length, keyStart + key.length + 2))
      // `sudo:` names its user only in sudo's own `user : TTY=` layout
      if (k.startsWith('sudo')) return SUDO_USER.test(src.slice(keyStart + key.length, keyStart + key.length + 160))
      // (a card number of 13–19 digits is a payment card's: the card rule checks and names it)
      if (/^card/.test(k)) return !/^\d[\d -]{11,}\d$/.test(v)
      // a company's name is no account (`Account: Nordlys Energi AS`: the login shape read its first word)
      if (COMPANY_AFTER.test(src.slice(src.indexOf(v, keyStart) + v.length, src.indexOf(v, keyStart) + v.length + 64))) return false
      return true
    },
    // a machine account (`Account Name: MTR-01$`) is the computer's: `<host-N>$`
    replace: (v, ctx) => {
      if (!v.endsWith('$') || v.length < 2) return accountToken(ctx, USER_RULE, v)
      const host = hostToken(v.slice(0, -1), ctx, hostnameRule)
      return host === undefined ? undefined : `${host}$`
    }
  },

  {
    rule: meta(
      'secret-key',
      'credential',
      'secret',
      'value after password/passwd/pwd/secret/api_key/apikey/auth/authorization/credentials/mysql_pwd/private_key/token/*_token/cookie/bearer (Sentry key list + headers) and service keys (AccountKey, SharedAccessKey, secret_access_key, subscription keys), in key=value, header, JSON and escaped-JSON form',
      '<secret-N>'
    ),
    keys: [
      'password',
      'passwd',
      'pwd',
      'pass',
      // an environment variable's name with its program's prefix glued on (`PGPASSWORD=`, `MYSQLPWD`, `REDISPASS`
      // is none: only password and passwd), and a form's `oldpassword`/`newpassword`
      '[a-z]{2,10}pass(?:word|wd)',
      'passphrase',
      // Bluetooth pairing: `method=NumericComparison passkey=482915`
      'passkey',
      // an SNMP community string is the agent's password (`Trap sent to … community=av-r3ad-Kx92`; a bare
      // `community` only before `=`: `community: Public Sector` is prose, see accept)
      '(?:snmp[_ ]?)?community(?:[_ ]?string)?',
      // in prose: `the zip password is Qw7#rT2p`
      'password is',
      // `netsh wlan show profile key=clear`: `Key Content            : …`
      'key[_ ]?content',
      ...LOCALIZED.secret,
      // codes that enrol a device into an organisation or unlock a licence (Logitech Sync's
      // `"ProvisioningCode"="LSPC-…"`, a product key, an MDM enrolment token)
      'provisioning[_ ]?code',
      'product[_ ]?key',
      'licen[cs]e[_ ]?key',
      'activation[_ ]?code',
      'enrol(?:l)?ment[_ ]?(?:code|token|key)',
      // a room's seat key (provisioning), a screen-share code
      'seat[_ ]?key',
      'share[_ ]?key',
      'secret',
      'client[_-]?secret',
      // a secret under a service's name (Duo's `radius_secret_1=`, `ldap_secret=`) and Duo's secret key (`skey=`)
      '[a-z]{2,20}[_-]secret(?:[_-]\\d{1,2})?',
      'skey',
      // kubeconfig's private key, base64 (`client-key-data: LS0tLS1CRUdJTi…`), a SAML response (a signed
      // assertion, a bearer credential) and its session, an OpenID session's state
      'client[_-]?key[_-]?data',
      // an alerting service's key for its integration (PagerDuty's `routing_key`, `integration_key`)
      'routing[_-]?key',
      'integration[_-]?key',
      // RoomOS's `xConfiguration NetworkServices SNMP CommunityName: "…"`
      'community[_-]?name',
      'saml[_-]?response',
      'session[_-]?index',
      'session[_-]?state',
      'api[_-]?key',
      'apikey',
      'x-api-key',
      'auth',
      'authorization',
      'proxy-authorization',
      'credentials?',
      'mysql_pwd',
      'private[_-]?key',
      'privatekey',
      'account[_-]?key',
      'access[_-]?key',
      'shared[_-]?access[_-]?key',
      '(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key',
      'client[_-]?key',
      'signing[_-]?key',
      'encryption[_-]?key',
      'storage[_-]?key',
      'subscription[_-]?key',
      'x-functions-key',
      'ocp-apim-subscription-key',
      '(?:access|refresh|id|auth|session|csrf|xsrf|api|bearer)[_-]?token',
      // OAuth's device code flow (`user_code=F7KQ2MZ9X`, `device_code=DAQAB…`)
      'user[_-]?code',
      'device[_-]?code',
      'token',
      'session[_-]?id',
      'sessionid',
      'cookie',
      'set-cookie',
      // GlobalProtect's portal and gateway cookies, logged as `portal-userauthcookie is …`, `prelogin-cookie is …`
      '(?:portal[_-]?)?(?:userauth|prelogin|prelogon)[_-]?cookie(?: is)?',
      'x-auth-token',
      'bearer',
      // the session and sign-in cookies of common servers and identity providers, named as one word
      // (`JSESSIONID=…`, `PHPSESSID=…`, Microsoft sign-in's `ESTSAUTHPERSISTENT=…`, Express's `connect.sid`)
      'jsessionid',
      'phpsessid',
      'aspsessionid[a-z]{0,12}',
      'connect\\.sid',
      'laravel_session',
      'estsauth(?:persistent|light)?',
      'cftoken',
      '__secure-[a-z0-9-]{1,40}',
      '__host-[a-z0-9-]{1,40}',
      // a Wi-Fi network's pre-shared key (`psk=…`, `wpa_passphrase=…`, `Network key: …`; a bare `key=`
      // on a Wi-Fi line is layout-accounts.ts's)
      'psk',
      // … and a proxy's password (`/proxypass=…`, `proxy_password=`)
      'proxy[_-]?pass(?:word)?',
      'wpa[_ ]?(?:psk|key|passphrase)',
      'pre[-_ ]?shared[_ ]?key',
      'network[_ ]?(?:security[_ ]?)?key'
    ],
    // (`token 6f2d91c4`, `Activation code 7429-1183-0556`, `seat key 6F3Q-…` after a blank: see accept)
    looseKeys: [
      'bearer',
      'password is',
      'portal-userauthcookie is',
      'userauthcookie is',
      'prelogin-cookie is',
      'portal-prelogonuserauthcookie is',
      ...SHAPED_LOOSE_KEYS
    ],
    // (Crestron's `bad password 'Crestron2024!'`: quoted after a blank, with a secret's shape, see SECRET_IN_PROSE)
    quotedAfterBlank: ['password', 'passwd', 'passphrase'],
    shape: 'auth',
    accept: (v, keyStart, key, src) =>
      // a key of the table with its own value after a blank is the next pair, not this secret
      // (`"sessionID" = bssid F03D48ED2592`: the MAC would be left with no key before it)
      !(isTableKey(v) && nextPairAfter(src, src.indexOf(v, keyStart + key.length) + v.length)) &&
      // sudo's and a shell's `PWD=` is the working directory (its home segment is the path rule's)
      (!/^pwd$/i.test(key) || !/^(?:\/|~|[A-Za-z]:(?:\\|$))/.test(v)) &&
      (!/^community$/i.test(key) || src[keyStart + key.length] === '=') &&
      // FreeRADIUS numbers its requests after `Auth:` (`Auth: (12) Login OK: [jdoe]`)
      (!/^auth$/i.test(key) || !/^\(\d{1,10}\)?$/.test(v)) &&
      // (a challenge's parameters follow its scheme, `WWW-Authenticate: Bearer realm="", …`, and a bare
      // `bearer` and a blank take only a token's shape: `bearer accepted for client …` is prose)
      (!/^bearer$/i.test(key) || (!/^[A-Za-z_]{2,30}=/.test(v) && (!looseAfter(src, keyStart + key.length) || /\d/.test(v)))) &&
      // (a secret under a service's name is six characters or more: `has_secret=1` is a flag)
      (!/^[a-z]{2,20}[_-]secret(?:[_-]\d{1,2})?$/i.test(key) || v.length >= 6) &&
      // a Windows logon session's number (`"SessionId":1`) is no session secret
      (!/^session[_-]?id$/i.test(key) || !/^\d{1,6}$/.test(v)) &&
      // (the device code flow's codes have a code's letters and digits: `device_code=28`, `"deviceCode":"RALLY_BAR"` are none)
      (!/^(?:user|device)[_-]?code$/i.test(key) || /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{8,}$/.test(v)) &&
      // a bare `token` and a blank take only a token's shape: eight or more letters and digits, both
      // (`ultrasound token 6f2d91c4`, not `token expired`, `token refresh 2 times`)
      // (a cookie said to be something is a cookie only in a token's shape: `prelogin-cookie is empty` is none)
      (!/cookie is$/i.test(key) || TOKEN_SHAPED.test(v)) &&
      // (a Wi-Fi key after `PSK` and a blank is a passphrase: 8–63 characters with a digit or a symbol)
      (!SHAPED_LOOSE_KEYS.includes(key.toLowerCase()) ||
        !looseAfter(src, keyStart + key.length) ||
        TOKEN_SHAPED.test(v) ||
        CODE_SHAPED.test(v) ||
        (/^psk$/i.test(key) && /^\S{8,63}$/.test(v) && SECRET_IN_PROSE.test(v)))
  },
  {
    rule: meta(
      'person-name',
      'person',
      'name',
      'value after organizer/attendee/participant/displayName/fullName/owner/caller/author/first/last name: quoted text, or 1–5 capitalised words incl. particles and "Last, First"',
      '<name-N>'
    ),
    keys: [
      'organi[sz]er',
      // who acts for someone, or for a room's mailbox (`(delegate: Siobhán O'Sullivan)`; a list of them,
      // `ResourceDelegates : {…}`, is read as PowerShell's list)
      'delegate',
      'organi[sz]er[_ ]?name',
      'attendees?',
      'participants?',
      'invitees?',
      ...LOCALIZED.person,
      // Win32_OperatingSystem's RegisteredUser, the registry's RegisteredOwner
      'registered[_ ]?(?:user|owner)',
      '(?:participant|attendee|invitee|speaker|presenter)[_ ]?name',
      'display[_ ]?name',
      'full[_ ]?name',
      'owner(?:[_ ]?name)?',
      // Jamf's `"realName":"…"` of the user a computer is assigned to
      'real[_ ]?name',
      // a passwd entry's comment field, as sssd logs it (`Adding original gecos [Olúwaseun Adébáyọ̀]`)
      'gecos',
      'caller(?:[_ ]?name)?',
      'author',
      'contact[_ ]?name',
      'sender',
      'recipient',
      '(?:given|family|first|last)[_ ]?name',
      'surname',
      // door-access and HR exports (`Cardholder`, `EmployeeName`)
      'card[_ ]?holder(?:[_ ]?name)?',
      'employee[_ ]?name',
      'signed in as',
      // ticket systems' people fields (`Reporter: Jóhanna Sigurðardóttir | Assignee: …`); a team or a
      // queue there is no one's (see accept)
      'reporter',
      'assignee',
      // an alert's on-call person (`… to Slack, on-call: Siobhán Ní Bhriain (HTTP 200, ok)`)
      'on-call',
      'requester',
      'requested[_ ]?by',
      'assigned[_ ]?to',
      'opened[_ ]?by',
      'technician'
    ],
    looseKeys: ['signed in as'],
    shape: 'name',
    counter: 'name',
    // a display name holding a Logitech product (`NWL-LON-4.12 Board (12) Rally Bar`) is a room's or
    // a device's: people's names carry no product words
    // (a name that opens with a person's word ends before the product: `displayName: Dmitri Okonkwo, Logitech Rally Bar`)
    // … and one word holding a path or a source line is a program's place (zap's `"caller":"agent/checkin.go:88"`)
    accept: (v, _keyStart, key) =>
      !SOURCE_PLACE.test(v) &&
      (!/^display/i.test(key) || !LOGITECH_WORD.test(v) || opensWithPersonWord(v)) &&
      // (… and one holding a thing's or a room's word is a group's or a room's, `Orca Boardroom`, `Facilities
      // Team`, unless a listed given name opens it)
      (!/^(?:user[_ ]?)?display/i.test(key) || !(holdsThingWord(v) || ROOM_WORD.test(v)) || opensWithGivenName(v)) &&
      // (… and one holding a version is a program's: RoomOS's `Software DisplayName: "RoomOS 11.9.1.13 7fb6f3e1d6c"`)
      (!/^(?:user[_ ]?)?display/i.test(key) || !/\d\.\d/.test(v)) &&
      (!TICKET_PEOPLE_KEY.test(key) || (personShaped(v) && !holdsThingWord(v)))
  },
  {
    rule: meta('email-key', 'contact', 'email', 'value after email/e-mail/mail keys even without an @', '<email-N>'),
    keys: ['e-?mail(?:[_ ]?address)?'],
    shape: 'word',
    counter: 'email'
  },
  {
    rule: meta(
      'phone-key',
      'contact',
      'phone',
      "value after phone/mobile/tel/callerId/msisdn/fax keys and a call's remote/calling/called number, any digit grouping",
      '<phone-N>'
    ),
    keys: [
      'phone(?:[_ ]?(?:number|no))?',
      'mobile(?:[_ ]?(?:number|phone))?',
      'cell(?:[_ ]?phone)?',
      'telephone',
      'tel',
      'caller[_ ]?id',
      'callerid',
      'msisdn',
      'fax',
      ...LOCALIZED.phone,
      // the other end of a call (RoomOS `Call 8 RemoteNumber: "+420…"`, a PBX's calling and called numbers)
      '(?:remote|calling|called|dial(?:l)?ed|callback)[_ ]?number'
    ],
    shape: 'phone',
    counter: 'phone'
  },
  {
    rule: meta(
      'host-key',
      'device-identifier',
      'host',
      'value after hostname/host name/computer name/Computer/machine name/server_name/nodename/workstation/fqdn/CSName/PSComputerName/DNSHostName/SystemUnit Name/ClientName/devname (vendor domains and IPs left to their rules)',
      '<host-N>'
    ),
    keys: [
      'host[_ ]?name',
      // a log platform's field for the machine that sent an event (Sumo Logic's `_sourcehost`, `_collector`)
      '_?source[_ ]?host',
      '_collector',
      // ISC dhcpd's lease file: `client-hostname "MTR-Wojcik-Rm";` (dhclient's: `option host-name "…"`)
      'client[_ ]?host[_ ]?name',
      'computer[_ ]?name',
      'machine[_ ]?name',
      'server[_ ]?name',
      'node[_ ]?name',
      'workstation(?:[_ ]?name)?',
      ...LOCALIZED.host,
      'fqdn',
      'host',
      'csname',
      'pscomputername',
      'dns[_ ]?host[_ ]?name',
      'computer',
      // a machine's name (`"CloudAssignedDeviceName":"ROOM-LONDON-04"`, `DeviceName=WS-0417`);
      // a product's (`"deviceName":"Logitech Rally Bar"`, `Jabra Speak 750`) is no host: see accept
      'device[_ ]?name',
      // `Machine: ANIMHAONAIGH-P1 (Microsoft Windows NT …)`, Zoom Rooms' `machine ZR-BERGEN-01`
      // (not `machine id`/`machine guid`, the serial family's; nor `Machine: x86_64`, see accept)
      'machine(?:[_ ]?name)?(?![-_ ]?(?:guid|id)(?![A-Za-z]))',
      // a WMI object's computer (`SystemName`), a video system's name on the network (Cisco's
      // `SystemUnit BroadcastName: "…"`), a wireless controller's access point (Aruba's `AP=AP-BLDG2-3F`,
      // `ap_name=`; only a machine's shape, see accept)
      'system[_ ]?name',
      // (RoomOS's own name for the unit: `xConfiguration SystemUnit Name: "…"`)
      'system[_ ]?unit[_ ]?name',
      'broadcast[_ ]?name',
      // a firewall's own name in its traffic log (FortiGate's `devname="FGT-…"`; only a machine's shape, see accept)
      'dev[_ ]?name',
      // a command's target machine: `quser /server:NAME`, `wmic /node:NAME`, `mstsc /v:NAME`
      // (PowerShell's `-ComputerName NAME` is the loose key below)
      '\\/(?:server|node|v)(?=:)',
      // the machine a remote or virtual session is opened from (Citrix's `ClientName=`, RDP's
      // `CLIENTNAME=`; only a machine's shape: an app's `clientName: Teams` is none)
      'client[_ ]?name',
      // PAM's remote host (`ruser=… rhost=kiosk-07.corp.example`; an empty one, `rhost= user=`, has no value)
      'rhost',
      'ap(?:[_ ]?name)?',
      // the switch a link discovery protocol reports at the other end (`LLDP neighbor: sw-core-lis-01 port Gi1/0/14`)
      'neighbou?r',
      // a device an admin named, quoted after its kind (`access point "Lobby-East"`, `VPN peer
      // "MX68-Depot-Leeds"`, `UDM-Pro "Moreno-Gateway"`; only so, see accept)
      ...QUOTED_DEVICE_KINDS
    ],
    // Crestron's `Firmware CP4N 2.8001.00052, hostname CP4N-BRDRM12-AMS`: after a blank, only a
    // name with a digit or a hyphen (`hostname resolution failed` names none)
    looseKeys: ['hostname', 'computer name', 'computername', 'machine', 'devicename', 'device name', 'system name'],
    quotedAfterBlank: ['host-name', 'hostname', 'client-hostname', ...QUOTED_DEVICE_KINDS],
    shape: 'hostname',
    counter: 'host',
    accept: (v, keyStart, key, src) =>
      !/^[\d.:[\]]+$/.test(v) &&
      !/^localhost$/i.test(v) &&
      // (a firewall's `devname` only with an inner hyphen: udev's `DEVNAME=hidraw0` is a device node)
      (!/^dev[-_ ]?name$/i.test(key) || /\w-\w/.test(v)) &&
      // (a command's switch only before a machine's shape: `/v:on` is a flag)
      (key[0] !== '/' || LOOSE_HOST.test(v)) &&
      (!/^(?:device|machine|dev[-_ ]?name|client[-_ ]?name)/i.test(key) ||
        (machineName(v, src, keyStart + key.length) && !CPU_ARCHITECTURE.test(v))) &&
      (!/^(?:ap(?:[_ ]?name)?|neighbou?r)$/i.test(key) || (LOOSE_HOST.test(v) && src[src.indexOf(v, keyStart) + v.length] !== '/')) &&
      (!QUOTED_DEVICE_KEY.test(key) || quotedDeviceName(v, src, keyStart + key.length)) &&
      (/^[ \t.]{0,40}(?:[:=]|=>|#)/.test(src.slice(keyStart + key.length, keyStart + key.length + 44)) || LOOSE_HOST.test(v)),
    replace: (v, ctx) => hostToken(v, ctx, hostnameRule)
  },
  {
    rule: meta(
      'serial',
      'device-identifier',
      'serial',
      'value after serial/serial number/S/N/SN/iSerial/service tag/machine id/hardware id/IMEI/DHCPv6 DUID; kept when listed in the device inventory or a Logitech device is named right before the key (Logitech, Logi, Rally, MeetUp, Tap …; a bare 046d VID:PID only for lsusb iSerial), or when the key is a JSON key (or PowerShell/record field) in an object naming Logitech; the value ends before brackets and a closing full stop',
      '<serial-N>'
    ),
    keys: [
      'serial(?:[_ ]?(?:number|no|num))?',
      'serialnumber',
      ...LOCALIZED.serial,
      ...LOCALIZED.hardwareUuid,
      's/n',
      'sn',
      'iserial',
      'service[_ ]?tag',
      'machine[_ ]?(?:guid|id)',
      'hardware[_ ]?(?:id|uuid)',
      'imei',
      'meid',
      // a phone's and a Mac's own ids (`Android ID 3f8a2c91d7e46b05`, `Provisioning UDID: 00008110-…`)
      'android[_ ]?id',
      'udid',
      'board[_ ]?serial(?:[_ ]?(?:number|no|num))?',
      // (Get-ComputerInfo spells its BIOS serial `BiosSeralNumber`)
      'bios[_ ]?seri?al[_ ]?number',
      'product[_ ]?uuid',
      'device[_ ]?serial(?:[_ ]?(?:number|no|num))?',
      // a DHCPv6 DUID holds the interface's MAC (ipconfig's `DHCPv6 Client DUID. . . : 00-01-00-01-…`)
      '(?:client[_ ]?)?duid',
      // an organisation's own label on the machine (`chassis asset tag: FAB-AST-004417`)
      'asset[_ ]?tag',
      // the directory's and the device management's ids of a user or a device (Entra `ObjectId`,
      // `deviceId`, Autopilot `ZtdDeviceId`/`ZtdRegistrationId`, Intune `managedDeviceId`): only a
      // GUID (see OBJECT_ID_KEY), so a USB `deviceId=0x0881` stays
      'object[_ ]?(?:id|guid)',
      '(?:(?:azure[_ ]?ad|aad|entra|ztd|intune|managed)[_ ]?)?device[_ ]?id',
      // an RMM's own id of the machine (Datto's `deviceUid`, Atera's `DeviceGuid`): a GUID only
      'device[_ ]?(?:uid|guid)',
      'ztd[_ ]?registration[_ ]?id',
      // an identity's object id in Microsoft's sign-in libraries (MSAL's `oid=`, `home_account_id=<oid>.<tenant>`,
      // Company Portal's `AccountId=`, OMA-DM's `DevId=`): a GUID only
      'oid',
      // … and the tenant's (`tid=`, `"tenantId":`): it names the organisation as its domain does, and a
      // customer's domain is redacted (one of Microsoft's own tenants, the consumer one, is kept: guid.ts)
      'tid',
      'tenant[_ ]?id',
      'tenant',
      'home[_ ]?account[_ ]?id',
      'account[_ ]?id',
      // an endpoint-security agent's id of the machine (CrowdStrike's `Agent ID`, SentinelOne's
      // `Agent UUID`, Defender's 40-hex `Device ID`, `ComputerID`): a GUID or 32 or 40 hex digits
      'agent[_ ]?(?:id|uuid|guid)',
      'computer[_ ]?id',
      'sensor[_ ]?id',
      // Intune's enrollment (`EnrollmentId 0029b568-…`), dsregcmd's TPM key container, a user's object id
      // under `userId`, an identity's `principalId` (also AWS's unique id, `AIDA…`), an app registration's
      // `ClientId` (not one of Microsoft's own, see isFirstPartyAppId): a GUID only (see OBJECT_ID_KEY)
      'enrollment[_ ]?id',
      'key[_ ]?container[_ ]?id',
      'user[_ ]?id',
      'principal[_ ]?id',
      'client[_ ]?id',
      // an app registration's id (`appId=…`, `"applicationId":…`): a GUID not one of Microsoft's own
      'app[_ ]?id',
      'application[_ ]?id',
      // Exchange's header naming the organisation's tenant
      'x-ms-exchange-crosstenant-id',
      // Intune's `"UserAADId":"…"`, `aadUserId`
      '(?:user[_ ]?)?aad[_ ]?(?:user[_ ]?)?id',
      // the machine's key in a macOS crash report (`"crashReporterKey":"5E1C0A9B-…"`)
      'crash[_ ]?reporter[_ ]?key',
      // udev's `ID_SERIAL_SHORT=` (a Logitech device's is kept: usb-dumps.ts reads its block)
      'serial[_ ]?short',
      // … and a firewall's (FortiGate's `devid="FG100FTK21004512"`; a serial's mix only, see accept)
      'dev[_ ]?id',
      // Google's ids of a user and of an organisation (the Reports API's `"profileId":"104729583016274839215"`,
      // `"customerId":"C03x8kq2n"`): only those shapes, see accept
      'profile[_ ]?id',
      'customer[_ ]?id',
      // a management service's ids of the organisation and its rooms (Logi Sync's `orgId=org_7Hq2LmXv9PzRw3`,
      // `"roomId":"rm_01HF3KZ8V2T9QX6N4B7D"`, Webex's workspace): a GUID or an opaque id of letters and digits
      'org(?:ani[sz]ation)?[_ ]?id',
      // (… also said bare before its id: `Room "…" linked to org 3f9c2d71-…`)
      'org(?:ani[sz]ation)?',
      'room[_ ]?id',
      'workspace[_ ]?id',
      // … and the ids a meeting, chat or directory service gives the people and groups in it (Webex's `personId`,
      // Zoom's `participant_user_id`, Slack's `user_id`/`team_id`/`channel_id`, a calendar's `organizerId`)
      '(?:person|member|participant(?:[_ ]?user)?|host|owner|attendee|organi[sz]er|caller|callee|requester|assignee|contact|employee|calendar|mailbox|team|channel)[_ ]?id'
    ],
    looseKeys: [
      'iserial',
      'serial',
      'serial number',
      'service tag',
      'imei',
      'meid',
      'android id',
      'udid',
      'sn',
      's/n',
      'device serial',
      'asset tag',
      'device id',
      'enrollment id',
      'enrollmentid',
      'aad device id',
      'object id',
      'tenant',
      'org',
      'organization',
      'organisation'
    ],
    shape: 'serial',
    counter: 'serial',
    replace: (v, ctx) => serialReplacement(v, ctx),
    accept: (v, keyStart, key, src, ctx) =>
      !ctx.isInventorySerial(v) &&
      v.length >= 4 &&
      // (a serial has a digit or is in capitals: a tab-separated header's next label is none, `Serial Number⇥Firmware`)
      /\d|^[A-Z]+$/.test(v) &&
      // (MSAL's home account id is the object id and the tenant's, joined by a dot)
      (!OBJECT_ID_KEY.test(key) ||
        (isGuid(v) && !isFirstPartyAppId(v)) ||
        /^[0-9a-f]{32}(?:[0-9a-f]{8})?$/i.test(v) ||
        (/^principal[_ ]?id$/i.test(key) && /^A[A-Z]{3}[0-9A-Z]{16,28}$/.test(v)) ||
        (/^home[_ ]?account[_ ]?id$/i.test(key) && isGuid(v.split('.')[0]!))) &&
      (!/^dev[-_ ]?id$/i.test(key) || looseSerial(v) || isGuid(v)) &&
      (!/^profile[-_ ]?id$/i.test(key) || /^\d{18,24}$/.test(v)) &&
      (!/^customer[-_ ]?id$/i.test(key) || /^C0[0-9a-z]{6,8}$/.test(v) || isGuid(v)) &&
      (!/^(?:org(?:ani[sz]ation)?(?:[-_ ]?id)?|(?:room|workspace)[-_ ]?id)$/i.test(key) || isGuid(v) || opaqueId(v, 10)) &&
      // (Slack's ids are nine to eleven capitals and digits: `U04H2KQ7LBA`, `C0123ABCD`)
      (!PEOPLE_ID_KEY.test(key) || isGuid(v) || (opaqueId(v, 9) && !/^0x[0-9A-Fa-f]+$/.test(v))) &&
      // (a bare `SN` after a blank only before a serial's mix of letters and digits: `SN R5CW21KHJ8Y`, not `the sn value`)
      // (… and, with no key separator to say whose it is, not after a Logitech device named earlier on the line)
      (!/^(?:s\/?n|serial|device[_ ]?serial)$/i.test(key) ||
        !looseAfter(src, keyStart + key.length) ||
        // (a bare `serial` is prose: only after another maker's name, with no Logitech word on the line;
        // a long run of digits, Yealink's `SN 8031122091000142`, only so too: a frame's `SN 4294967295` is a
        // sequence number)
        (key.toLowerCase() === 'serial' || /^\d{13,24}$/.test(v)
          ? (looseSerial(v) || /^\d{13,24}$/.test(v)) && otherMakerBefore(src, keyStart) && !logitechOnLine(src, keyStart)
          : looseSerial(v) && !logitechEarlierOnLine(src, keyStart))) &&
      (HOST_ONLY_KEY.test(key) || !logitechContext(src, keyStart, key, v))
  },
  {
    rule: meta(
      'wifi-ssid',
      'wifi',
      'ssid',
      'value after SSID/ESSID/network name/Wi-Fi network: quoted (apostrophes allowed) or up to the next field delimiter, ≤32 bytes',
      '<ssid-N>'
    ),
    keys: [
      // netsh's `SSID name              : "Fika & Co Gäst"` (a bare `SSID` would take `name`), and the
      // profile it shows (`netsh wlan show profile name="Fika & Co Gäst" key=clear`; see accept)
      'ssid[_ ]?name',
      'profile[_ ]?name',
      'show profile name',
      'ssid',
      'essid',
      'all user profile',
      ...LOCALIZED.wifiProfile,
      'network[_ ]?name',
      'wi-?fi network',
      'wireless network',
      'wlan ssid',
      'network',
      'wi-?fi',
      'wlan',
      'hotspot',
      // 802.11 association names the network joined (macOS airportd: `Associated to 'Casa-5G'`)
      'associat(?:ed|ing) (?:to|with)',
      // … and so does a quoted name after `connected to` on a Wi-Fi line (NetworkManager's
      // `device (wlp0s20f3): Activation: … Connected to 'Osei Family 2.4'`; see accept)
      'connected to',
      // NetworkManager's `device (wlp2s0): Activation: starting connection 'Søren & Ásta Gestir'`,
      // `Activation: (wifi) connection 'Nordvik-Personal' has security`
      'starting connection',
      '\\(wifi\\) connection',
      // … and the connection `nmcli device show` names for a device (a Wi-Fi one's is its network's
      // name; a wired one's, `Wired connection 1`, and the loopback's are kept, see accept)
      'general\\.connection',
      // iwd's `iwctl station wlan0 show` (`Connected network     Fjordside_Staff`)
      'connected[_ ]?network'
    ],
    looseKeys: ['ssid', 'essid'],
    quotedKeys: [
      'network',
      'wifi',
      'wi-fi',
      'wlan',
      'hotspot',
      'associated to',
      'associated with',
      'associating to',
      'associating with',
      'connected to',
      'starting connection',
      '(wifi) connection'
    ],
    shape: 'field',
    counter: 'ssid',
    // (`connected to "Board Room"` in a meeting app names a room: only a line about Wi-Fi names a network)
    // (a connection NetworkManager starts is named for its network: no longer than an SSID's 32 bytes,
    // and no fields or tokens in it)
    accept: (v, keyStart, key, src) =>
      (!/^general/i.test(key) || wifiDeviceBlock(src, keyStart)) &&
      (!/profile[_ ]?name$/i.test(key) || WIFI_LINE.test(lineAt(src, keyStart))) &&
      (!/^(?:connected(?![_ ]?network)|starting|\(wifi\))/i.test(key) ||
        (WIFI_LINE.test(lineAt(src, keyStart)) && (/^connected/i.test(key) || (fitsSsid(v) && v.trim() === v && !/[=<'"]/.test(v))))) &&
      // (a table's header names its next column after a bare `SSID` and a column's run of blanks:
      // `BSSID   Frequency   RSSI   SSID          Flags`; a two-column line's label opens its line)
      !(
        looseAfter(src, keyStart + key.length) &&
        HEADER_GAP_AFTER.test(src.slice(keyStart + key.length, keyStart + key.length + 4)) &&
        !opensLine(src, keyStart)
      )
  },
  {
    rule: meta(
      'mac-key',
      'device-identifier',
      'mac',
      'bare 12-hex or dotted (also all-digit) value after mac/hwaddr/ether/lladdr/bssid/physical address',
      '<mac-OUI-N>'
    ),
    // (Get-NetAdapter's `PermanentAddress : 4C796EB20D93`, the adapter's burned-in address)
    keys: [
      'mac(?:[_ ]?addr(?:ess)?)?',
      'hwaddr',
      'ether',
      'lladdr',
      'bssid',
      'physical[_ ]?address',
      'permanent[_ ]?address',
      'wifi[_ ]?mac'
    ],
    // (`with MAC 00107FE2A4B6`: after a blank only a MAC's shape is read, see hex12)
    looseKeys: ['ether', 'lladdr', 'bssid', 'hwaddr', 'mac', 'mac address'],
    shape: 'hex12',
    replace: (v, ctx) => macToken(v, ctx, macRule)
  },
  {
    rule: meta(
      'meeting-id',
      'network-activity',
      'meeting',
      'value after Meeting ID/Meeting number/Conference ID/confno/Webinar ID (digits with spaces or dashes)',
      '<meeting-N>'
    ),
    keys: [
      'meeting[_ ]?(?:id|number|no)',
      'conference[_ ]?id',
      'conf[_ ]?id',
      'confno',
      'webinar[_ ]?id',
      'meeting[_ ]?code',
      // Zoom's personal meeting id (`PMI 417 220 9384`)
      'personal[_ ]?meeting[_ ]?id',
      'pmi',
      'meeting',
      ...LOCALIZED.meetingId
    ],
    // (`meeting id 812 3456 7890`: the digits shape needs six or more digits, so no count is taken)
    looseKeys: ['meeting id', 'meeting number', 'conference id', 'webinar id', 'personal meeting id', 'pmi', 'meeting'],
    shape: 'meeting',
    counter: 'meeting',
    // a bare `meeting` only after joining or starting one (`Joining meeting 2634 118 9042`) or before a
    // colon (`Current meeting: 814 2290 5573`), and only a meeting number's nine or more digits
    // (`meeting 3 of 5` is a count)
    // (… or grouped as Zoom writes its numbers: `Meeting 852 3319 0476 ended`)
    accept: (v, keyStart, key, src) =>
      (!/^meeting$/i.test(key) ||
        ((JOIN_VERB_BEFORE.test(src.slice(Math.max(0, keyStart - 16), keyStart)) || src[keyStart + key.length] === ':') &&
          v.replace(/\D/g, '').length >= 9) ||
        /^\d{3} \d{3,4} \d{4}$/.test(v)) &&
      (key.toLowerCase() !== 'pmi' || v.replace(/\D/g, '').length >= 9)
  },
  {
    rule: meta(
      'meeting-passcode',
      'credential',
      'secret',
      'value after Passcode/Meeting password/Access code/PIN (the first three also after a blank)',
      '<secret-N>'
    ),
    // (Zoom's `host key`, the six digits that claim host in a meeting)
    keys: ['passcode', 'meeting[_ ]?password', 'access[_ ]?code', 'pin', 'host[_ ]?key', ...LOCALIZED.passcode],
    // (a PIN has four or more characters: `max_pin=4` is a setting; a host key is six to ten digits,
    // an SSH `host key` is no such number)
    accept: (v, _keyStart, key) =>
      (key.toLowerCase() !== 'pin' || v.length >= 4) && (!/^host[-_ ]?key$/i.test(key) || /^\d{6,10}$/.test(v)),
    // (`passcode 482913`; not a bare `pin`, which is also a GPIO or a connector's pin)
    looseKeys: ['passcode', 'meeting password', 'access code'],
    shape: 'word',
    counter: 'secret'
  },
  {
    rule: meta(
      'remote-support-id',
      'device-identifier',
      'remote',
      'value after TeamViewer ID/AnyDesk ID or address/RustDesk ID/partner ID/remote ID/`my ID` (digits, also grouped by blanks: `1 482 905 337`): the id a remote-support tool reaches one PC by',
      '<remote-N>'
    ),
    keys: [
      'teamviewer[_ ]?id',
      'anydesk[_ ]?(?:id|address)',
      'rustdesk[_ ]?id',
      'partner[_ ]?id',
      'remote[_ ]?id',
      'my id',
      // the tool's name alone before the id, in a ticket's prose (`Connected via AnyDesk to 813 402 577`)
      ...REMOTE_TOOLS
    ],
    looseKeys: ['teamviewer id', 'anydesk id', 'anydesk address', 'rustdesk id', 'partner id', 'remote id', ...REMOTE_TOOLS],
    shape: 'digits',
    counter: 'remote',
    // (after the tool's name alone, only an id's nine or ten digits, whole or in threes: `TeamViewer 15 1234567`
    // is a version and a number)
    accept: (v, _keyStart, key) => !REMOTE_TOOL_KEY.test(key) || /^(?:\d{9,10}|\d{1,3}(?: \d{3}){2,3})$/.test(v)
  },
  {
    rule: meta(
      'gps-key',
      'location',
      'geo',
      'decimal value(s) after lat/latitude/lon/lng/longitude/geo/gps/coordinates (after a blank: three or more decimals)',
      '<geo-N>'
    ),
    keys: ['lat(?:itude)?', 'lon(?:g(?:itude)?)?', 'lng', 'geo', 'gps', 'coord(?:inate)?s?', 'geolocation'],
    // `lat 52.520008 lon 13.404954`; after a blank only a value with three or more decimals is a
    // coordinate (`long 1.5 s` is not)
    looseKeys: ['lat', 'latitude', 'lon', 'lng', 'longitude'],
    accept: (v, keyStart, key, src) => !looseAfter(src, keyStart + key.length) || /\.\d{3}/.test(v),
    shape: 'geo',
    counter: 'geo'
  },
  {
    rule: meta(
      'address-key',
      'location',
      'address',
      "value after street/street address/address line/postal, mailing, home, billing, shipping or office address/city/town/postal code/postcode/zip (an identity provider's sign-in location, a CRM record); `Physical Address` (a MAC), IP and other bare addresses are no postal address",
      '<address-N>'
    ),
    keys: [
      'street(?:[_ ]?address)?',
      'address[_ ]?line[_ ]?\\d?',
      '(?:postal|mailing|home|billing|shipping|office|street)[_ ]?address',
      'city',
      'town',
      'postal[_ ]?code',
      'post[_ ]?code',
      'zip(?:[_ ]?code)?',
      ...LOCALIZED.address
    ],
    shape: 'field',
    counter: 'address',
    // (a flag or a count is no place: `zip=true`, `city: 0`; nor is a message: text holding keys, tokens,
    // addresses, domain names, long numbers or error names, or longer than a place's name: a city's four
    // words, a street address's ten)
    accept: (v, _keyStart, key) =>
      /\p{L}\p{L}|\d{3}/u.test(v) &&
      !/[=<>:@|{}[\]]|\d{7}|\w\.\w+\.\w|\b[A-Z]+_[A-Z]|\bE[A-Z]{4,}\b/.test(v) &&
      v.split(/\s+/).length <= (/^(?:city|town)$/i.test(key) ? 4 : 10) &&
      !/^(?:true|false|yes|no|on|off|none|null|unknown|n\/a)$/i.test(v)
  }
]

const ROOM_WORD = /(?<![\p{L}])(?:Boardroom|Huddle|Conference|Lobby|Auditorium|Meeting)(?![\p{L}])/u
function opensWithGivenName(v: string): boolean {
  const first = /^[ \t]*([\p{L}\p{M}'’-]+)/u.exec(v)
  return first !== null && nameLists()?.given.has(first[1]!) === true
}

/**
 * A device-name value names a machine only as one word with no product in it, shaped like a
 * machine name; the value after the key's separator (at `after`) must not go on past a blank
 * (`Jabra Speak 750`) or be the next key (`deviceName:deviceIdentifier:`).
 */
function machineName(v: string, src: string, after: number): boolean {
  // (a machine's name has a digit or hyphen, or is in capitals: `deviceName:deviceIdentifier:` is a selector)
  if (LOGITECH_WORD.test(v) || /\s/.test(v) || !/[\d-]|^[A-Z]+$/.test(v)) return false
  const rest = src.slice(after, after + 80).replace(/^["']?[ \t]*(?:[:=][ \t]*)?["']?/, '')
  if (!rest.startsWith(v)) return true
  const next = rest.slice(v.length)
  // (a bracket after the blank describes the machine: `ANIMHAONAIGH-P1 (Microsoft Windows NT …)`,
  // and the next pair may follow it: `deviceName=TAP-IP-KVIST-MARIE owner=…`)
  return (!/^[ \t]/.test(next) || /^[ \t]+(?:\(|[\w.-]{1,40}[=:])/.test(next)) && !next.startsWith(':')
}

// (a word break inside a key may also be a hyphen: RADIUS `User-Name`, `X-Session-Id`, `host-name`)
function keyAlternation(take: (key: string) => boolean): string {
  return FAMILIES.map((f) => {
    const keys = f.keys.filter(take)
    // (one group per family, in order, so familyIndex reads either alternation; an empty one never matches)
    return keys.length === 0
      ? '((?!))'
      : `(${[...keys]
          .sort((a, b) => b.length - a.length)
          .map((k) => k.replaceAll('[_ ]?', '[-_ ]?'))
          .join('|')})`
  }).join('|')
}
/** The keyword alternation of every family (also used by the bench's scan-ceiling reference). */
export const ALL_KEYS = keyAlternation(() => true)
// (keys in another script, `имя пользователя`, `アカウント名`, are scanned for only in text holding
// that script: see script-keyed.ts)
// (found first by the keys grouped under their first letter, then read by the family table: two-stage-scan.ts)
const KEY_BEFORE = '(?:(?<![A-Za-z0-9-])|(?<=(?<![A-Za-z0-9-])--?))'
const keyScan = keyedByScript((take) => {
  // (a key written as alternatives, `a|b`, is grouped as its alternatives: `a` and `b`, not `a` and `|b`)
  const keys = FAMILIES.flatMap((f) => f.keys.filter(take).flatMap((k) => topLevelAlternatives(k.replaceAll('[_ ]?', '[-_ ]?'))))
  // (a flag's hyphens are part of the finder's match, not a second look-behind: V8 tries an
  // alternation of look-behinds at every position before the first letter)
  const finder = new RegExp(`(?<![A-Za-z0-9-])(?:--?)?(?:${groupByFirstLetter(keys)})(?![A-Za-z0-9_])`, 'gi')
  return new TwoStageScan(finder, new RegExp(`${KEY_BEFORE}(?:${keyAlternation(take)})(?![A-Za-z0-9_])`, 'iy'), pastFlagHyphens)
})
// A key may close a snake-case or upper-case name (`DB_PASSWORD=`, `sasl_username=`, journald's
// `"_HOSTNAME":`): an underscore before it is a word break, a letter or digit is not. A hyphen is
// one only as a command-line flag's (`--password=…`, `-token=…` after a blank), not inside a name
// (`no-password`, `x-user`).
const KEY_STICKY = new RegExp(`(?:${ALL_KEYS})(?![A-Za-z0-9_])`, 'iy')
// after an underscore (or a camel hump, which structured-pairs reads as one) a bare many-sense
// word is the last part of a field's name that says what it is about, not whose it is
// (`resource_account=`, `is_owner=`, `PageItemCell:`)
const NOT_AFTER_UNDERSCORE = new Set([
  'cell',
  'fax',
  'account',
  'login',
  'sudo',
  'logname',
  'owner',
  'author',
  'sender',
  'recipient',
  'computer',
  'host',
  'network',
  'wifi',
  'wlan',
  'ether',
  'geo',
  'gps',
  'tel',
  'sn',
  'pin',
  'auth',
  'pass',
  'pwd'
])
const WHOLE_KEY = new RegExp(`^(?:${ALL_KEYS})$`, 'i')
const ANY_KEY = new RegExp(`(?<![A-Za-z0-9-])(?:${ALL_KEYS})(?![A-Za-z0-9_])`, 'i')
/** `test`, remembered for up to 4,096 strings (field names repeat: `"firmwareVersion":` on every line of a log). */
function remembered(test: (s: string) => boolean): (s: string) => boolean {
  const seen = new Map<string, boolean>()
  return (s) => {
    let v = seen.get(s)
    if (v === undefined) {
      if (seen.size >= 4096) seen.clear()
      v = test(s)
      seen.set(s, v)
    }
    return v
  }
}
/** `key` is, whole, a key of the table (`serialNumber`, `hostName`): the table reads it in place. */
export const isTableKey = remembered((key) => WHOLE_KEY.test(key))
/** Some key of the table stands in `name` at a word break (`Proxy_Password`, `external_Session_Id`). */
export const holdsTableKey = remembered((name) => ANY_KEY.test(name))
// shapes of one token: an account, host, serial, e-mail, MAC or number has no blank in it
const ONE_TOKEN_SHAPES = new Set<ValueShape>(['login', 'hostname', 'serial', 'word', 'hex12', 'digits', 'meeting'])
const KEY_AT_END = new RegExp(`(?<![A-Za-z0-9-])(?:${ALL_KEYS})$`, 'i')
/**
 * The value the table reads after `name` (a snake-case name whose last words are a key of the
 * table: `User_Principal_Name`) is one token, never words with blanks between them.
 */
export const takesOneToken = remembered((name) => {
  const m = KEY_AT_END.exec(name)
  return m !== null && ONE_TOKEN_SHAPES.has(FAMILIES[familyIndex(m)]!.shape)
})
/** A key of two or more words (`Physical Address`, `Serial Number`, `SerialNumber`) starts at `at` of `text`. */
export function multiWordKeyAt(text: string, at: number): boolean {
  KEY_STICKY.lastIndex = at
  const m = KEY_STICKY.exec(text)
  return m !== null && /[ _]|\p{Ll}\p{Lu}/u.test(m[0])
}
const HEADER_GAP_AFTER = /^ {3}/
/** A blank and more text follow `at` (a key read as a value there has a value of its own). */
function nextPairAfter(src: string, at: number): boolean {
  return /^[ \t]+\S/.test(src.slice(at, at + 2))
}
/** Only blanks stand between the line's start and `at`. */
function opensLine(src: string, at: number): boolean {
  let i = at
  while (i > 0 && (src.charCodeAt(i - 1) === 32 || src.charCodeAt(i - 1) === 9)) i--
  return i === 0 || src.charCodeAt(i - 1) === 10
}
/** The key ending at `at` is followed by blanks and its value, not by `:`/`=`. */
function looseAfter(src: string, at: number): boolean {
  STRICT_SEP.lastIndex = at
  return !STRICT_SEP.test(src)
}
const ARRAY_OF_STRINGS = /^\[[ \t]*(?=\\?")/
const BARE_LIST_OPEN = /^\[(?=\p{Lu})/u
const JSON_OPENER = /^[{[][ \t]*(?:\\?"|[{[\]}]|$)/
// An HTTP cookie header carries every cookie of the request or response (`Cookie: ESTSAUTH=…; MUID=…`)
const COOKIE_HEADER = /^(?:set-)?cookie$/i
// (a qualifier in brackets may stand between a key and its colon: `Serial Number (system): …`)
// (a bracketed qualifier may stand before the separator, localized too: `Serial Number (system):`,
// `Numéro de série (système) :`, `シリアル番号（システム）:`; a Japanese colon is full-width)
const STRICT_SEP = new RegExp(
  `${QUOTE}?[ \\t.]{0,40}(?:\\([A-Za-z\\u00C0-\\u024F ]{1,24}\\)[ \\t]*|（[^）\\n]{1,12}）)?(?:[:=：]|=>|#)[ \\t]*`,
  'y'
)
const LOOSE_SEP = /[ \t]{1,40}/y
const NEXT_KEY_AFTER = /^(?:=(?![=>])|:(?=\\?["'{[]))/
// a code in dash-separated groups (`7429-1183-0556`, `6F3Q-WZ8K-R2TY-91MV`, `XXXXX-12345-ABCDE`)
const CODE_SHAPED = /^(?=[^\s]*\d)[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){2,7}$/
const TOKEN_SHAPED = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9._~+/=-]{8,}$/
// the verb before a bare `meeting` whose number follows (`Joining meeting 2634 118 9042`)
// (or the service the meeting is held on: `about Zoom meeting 917 4402 3385`)
const JOIN_VERB_BEFORE =
  /(?<![\w-])(?:(?:re)?join(?:ing|ed|s)?|start(?:ing|ed|s)?|enter(?:ing|ed|s)?|host(?:ing|ed|s)?|in|left|leav(?:ing|es)|end(?:ing|ed|s)?|exit(?:ing|ed|s)?|zoom|teams|webex|meet)[ \t]+(?:the[ \t]+)?$/i
const DOTTED_ACCOUNT = /^[a-z][a-z0-9]*\.[a-z][a-z0-9-]*$/
// `nmcli device show` prints each device's type before its connection: only a Wi-Fi device's
// connection is named for its network (a wired one's is `Wired connection 1`, `netplan-enp3s0` …)
const NMCLI_TYPE = /GENERAL\.TYPE:[ \t]+(\S+)[^\n]*\n(?:(?!GENERAL\.DEVICE:)[^\n]*\n){0,12}$/
function wifiDeviceBlock(src: string, keyStart: number): boolean {
  const type = NMCLI_TYPE.exec(src.slice(Math.max(0, keyStart - 1500), lineStartNear(src, keyStart, 200)))
  return type !== null && type[1] === 'wifi'
}
// A line about Wi-Fi: its words, or a wireless interface's name (`wlp0s20f3`, `wlan0`).
export const WIFI_LINE = /wi-?fi|wlan|wireless|\bssid\b|802\.11|networkmanager|wpa_supplicant|airport|\biwd\b|\bwlp\w+|\bwlx\w+/i
// Where an unquoted SSID ends, other than at a key (see the field shape's cuts): two spaces, ` - `,
// a coordinate pair, a USB id, a Logitech product's name.
const FIELD_CUT_PARTS = [
  ' {2}| - ',
  String.raw`[ \t](?=(?:[^ \t]{1,24}[ \t])?-?\d{1,3}\.\d{4,})`,
  String.raw`[ \t](?=(?:VID_[0-9A-Fa-f]{4}|[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}(?![\w:])))`,
  String.raw`[ \t](?=(?:Logitech|Logi|Rally|MeetUp)(?![A-Za-z]))`
]
const FIELD_CUT = new RegExp(FIELD_CUT_PARTS.join('|'))
// … and where the next `key=`/`key:` field begins, also a label of a capitalised word and a field's word
const FIELD_CUT_OR_KEY = new RegExp(
  [
    ...FIELD_CUT_PARTS,
    String.raw`[ \t](?=[^ \t=:]{1,24}[ \t]?[=:])`,
    String.raw`[ \t](?=[A-Z][\w-]{0,23}[ \t](?:Type|Mode|Name|Code|Quality|Adapter|GUID|Address|ID|Id|Number|Version|State|Status|Level|Strength|Channel|Rate|Speed|Band|Security|Authentication|Cipher):[ \t])`
  ].join('|')
)
// … or a duration, with the verb that reports it (`Büro VanderBerg took 45s`, `… took 19d 23:43:03`),
// or a negative or bracketed number (`TP-Link_88F1 error -1084`, `Vodafone-480B48 [1759224898336]`),
// a date, a version or an IPv4 address (`Home-5G 02/02/2024 02:21:07`, `Home-5G 10.0.0.12`)
const CODE_IN_FIELD =
  /[ \t](?:(?:error|err|code|status|result|hresult|hr)[ \t:=]+)?(?:0x[0-9a-f]{2,}|-\d{2,})(?![\w.])|[ \t](?:error|err|code|status|result|exit code)[ \t:=]+\d{2,}(?![\w.])|[ \t]\+\d|[ \t](?:(?:took|after|in|elapsed|lasted|for|uptime)[ \t]+)?(?:\d+(?:\.\d+)?[ \t]?(?:ms|s|sec|min|h)|\d+d[ \t]\d{1,2}:\d\d)(?![\w.])|[ \t](?:took|after|elapsed|lasted|uptime)[ \t]+\d+d(?![\w.])|[ \t]\[\d{4,}(?:\]|$)|[ \t]\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,3}(?:\.\d{1,5}){2,})(?![\w-])/i
/** An SSID is at most 32 bytes (IEEE 802.11): an unquoted one ends by then, at the last blank
 * before the 33rd byte when that byte is inside a word. Bytes are counted low (an escape such as
 * `\u00e9`, `%C3`, `&eacute;` as one), so a JSON-, URL- or HTML-escaped name is never cut short. */
export function ssidBound(text: string, start: number, end: number): number {
  let bytes = 0
  let i = start
  while (i < end) {
    const esc = SSID_ESCAPE.exec(text.slice(i, i + 10))
    const c = text.codePointAt(i)!
    const step = esc ? esc[0].length : c > 0xffff ? 2 : 1
    const size = esc ? 1 : c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    if (bytes + size > 32) break
    bytes += size
    i += step
  }
  if (i >= end || /[ \t]/.test(text[i]!)) return i
  const blank = Math.max(text.lastIndexOf(' ', i - 1), text.lastIndexOf('\t', i - 1))
  return blank > start ? blank : i
}
const SSID_ESCAPE = /^(?:\\u[0-9a-fA-F]{4}|%[0-9a-fA-F]{2}|&#?\w{1,8};)/
// the close of a quoted word and `:`/`=`; with the open of a quoted value after (JSON-escaped too)
const SPACED_EQUALS = /^[ \t]+=[ \t]/
const QUOTED_KEY_CLOSE = /^\\?["'][ \t]*[=:]/
const INNER_PAIR = new RegExp(`${QUOTED_KEY_CLOSE.source}[ \\t]*(?=\\\\?["'])`)
// … as a member's key: `"k":"v"` (JSON, blanks allowed) or `"k"="v"` (a .reg file's, no blank before `=`);
// a quoted value then a spaced ` = "…"` is the value, the rest another field (`ssid="FRITZ!Box 7590" = "joinUrl":…`)
const MEMBER_KEY_PAIR = /^\\?["'](?:[ \t]*:|=)[ \t]*(?=\\?["'])/
const KEY_AFTER = /^(?:\\?["'])?[ \t]*(?:[=:](?![:/\\])|=>)/
const LOOSE_KEYS = FAMILIES.map((f) => new Set((f.looseKeys ?? []).map((k) => k.toLowerCase())))
const QUOTED_KEYS = FAMILIES.map((f) => new Set((f.quotedKeys ?? []).map((k) => k.toLowerCase())))
const QUOTED_AFTER_BLANK = FAMILIES.map((f) => new Set((f.quotedAfterBlank ?? []).map((k) => k.toLowerCase())))

const NAME_WORD = String.raw`(?:[\p{Lu}\p{Lo}]|\\u00[c-dC-D][0-9a-fA-F])(?:[\p{L}\p{M}'’.-]|&apos;|&#39;|\\u[0-9a-fA-F]{4}){0,40}(?![\p{N}-])`

// HTTP and SDK authorization schemes: the scheme stays, the credential after it goes (one list).
const AUTH_SCHEME =
  '(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|Kerberos|SharedAccessSignature|SharedKey|SharedKeyLite|AWS4-HMAC-SHA256|AWS|OAuth|MAC|Hawk|HOBA|Mutual|SCRAM-SHA-(?:1|256)|vapid|GoogleLogin|DPoP|ApiKey|SSWS|Splunk|GenieKey|Key)'
const AUTH_SCHEME_PREFIX = new RegExp(`^${AUTH_SCHEME}[ \\t]+`, 'i')
const AUTH_SCHEME_ONLY = new RegExp(`^${AUTH_SCHEME}$`, 'i')

const SHAPES: Record<ValueShape, RegExp> = {
  word: /[^\s"'<>,;&)\]}\\|]{1,512}/y,
  serial: /[^\s"'<>,;&()[\]{}\\|]{1,512}/y,
  hostname: /[A-Za-z0-9][A-Za-z0-9._-]{0,253}/y,
  // %XX: a URL-encoded login (`upn=jane.doe%40contoso.com`) is one value, not a user and a domain
  // `corp\jane.doe` after a user key is one account, whatever the domain's case
  login: /(?:[\p{L}\p{N}._@$+-]|%[0-9A-Fa-f]{2}){1,64}(?:\\{1,2}(?:[\p{L}\p{N}._@$+-]|%[0-9A-Fa-f]{2}){1,64})?/uy,
  // letters incl. apostrophes written as entities (`O&apos;Sullivan`) and \uXXXX left in text that
  // is not JSON (`Zo\u00EB`, see unicode-escapes.ts)
  // (in a query string the blank is `%20` or `+`: `participant_name=Ngozi%20Okafor`)
  name: new RegExp(
    `${NAME_WORD}(?:,?(?:[ \\t]|%20|\\+)(?:(?:van|von|der|den|de|da|di|del|du|la|le|bin|al|dos|das)(?:[ \\t]|%20|\\+))*${NAME_WORD}){0,4}`,
    'uy'
  ),
  // after a scheme the credential runs to the next blank or quote: a SAS token is a query string
  // (`SharedAccessSignature sr=…&sig=…&se=…`), Digest a comma list of k="v"
  auth: new RegExp(
    `${AUTH_SCHEME}[ \\t]+(?:(?:[\\w-]{1,64}=(?:"[^"\\n]{0,512}"|[^\\s,"]{0,2048})(?:,[ \\t]*(?=[\\w-]{1,64}=))?){1,32}|[^\\s"'<>|]{1,4096})|[^\\s"'<>,;&)\\]}\\\\|]{1,4096}`,
    'iy'
  ),
  // (U+2028/9 stand for escaped line breaks: escaped-breaks.ts)
  field: /[^\r\n\u2028\u2029"'<>,;\])|\t]{1,64}/y,
  digits: /\d(?:[ -]?\d){5,15}/y,
  // a meeting's number, or its code: Google Meet's (`vbq-xkte-mzp`, and as the Reports API writes it,
  // ten capitals: `QWXKTPZBRN`), or an opaque conference id with letters and digits both
  // (`"conference_id":"Lf3kT9qWx0mB7zR2nYcA4hUe81sD6pGvJ"`)
  meeting:
    /\d(?:[ -]?\d){5,15}|[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\w-])|[A-Z]{10}(?![\w-])|(?=[\w-]{0,63}\d)(?=[\w-]{0,63}[A-Za-z])[A-Za-z0-9_-]{12,64}(?![\w-])/y,
  geo: /-?\d{1,3}\.\d{1,12}(?:°?[ \t]?[NSEW](?![\w-]))?(?:[ \t]*[,;/][ \t]*-?\d{1,3}\.\d{1,12}(?:°?[ \t]?[NSEW](?![\w-]))?)?/y,
  // bare, or Cisco-dotted with digits only (the pattern rule wants a hex letter without a key)
  // a colon before a blank or the end closes it (`mac=5cb8dba58528: Ageout`); one before more hex does not
  // (and Crestron's pairs between dots: `00.10.7f.c3.9a.21`)
  hex12:
    /(?:[0-9A-Fa-f]{12}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{2}(?:\.[0-9A-Fa-f]{2}){5})(?!(?!_C0{8}(?![A-Za-z0-9]))[\w-]|:(?![ \t]|$)|\.[A-Za-z0-9])/y,
  phone: /\+?\(?\d(?:[ ().-]{0,2}\d){5,17}/y
}

// `/` and a version after a word: the word names a product (`Chrome/108.0`, `okhttp/4.12.0`)
const PRODUCT_TOKEN_AFTER = /^\/v?\d{1,5}\.\d/
const PRODUCT_AFTER_NAME =
  /,?[ \t]+(?=(?:Logitech|Logi)(?!\p{L})|(?:Rally|MeetUp)[ \t]+(?:Bar|Plus|Camera|Mic\w*|Speaker|Hub|Mini|Huddle|System|Board|Display|S\/N|SN|[Ss]erial)(?!\p{L}))/uy
const DOTTED_LEADER = /^\.?(?:[ \t]\.)+[ \t]*:/
// Capitalised words that label a field in logs (`…Moreau, Version: 1.2`), never a surname here.
const FIELD_WORD =
  /^(?:Number|Tag|No|Addr|Url|Uri|Ip|Mac|Pid|Vid|Ref|Msg|Err|Desc|Description|Comment|Comments|Notes|Summary|Label|Enabled|Disabled|Src|Dst|Dest|Cfg|Config|Prefix|Gateway|Mask|Netmask|Dns|Lease|Scope|Proto|Protocol|Version|Build|Status|State|Type|Level|Code|Error|Result|Reason|Time|Date|Id|Name|Model|Mode|Source|Port|Path|Role|Title|Department|Location|Room|Device|Host|Server|Client|Address|Account|Domain|Tenant|Session|Event|Message|Details?|Info|Warning|Note|Phone|Email|Mail|Serial|Firmware|Platform|Product|Vendor|App|Application|Service|Process|Thread|Category|Action|Target|Subject|Object|Policy|Group|Team|Channel|Meeting|Call|Duration|Start|End|Timestamp|Count|Value|Key|User|Owner|Organizer|Attendees?|Participants?|Location|Office|Company|Manager|Site|Region|Country|City|Network|Interface|Adapter|Profile|Token|Password|Secret)$/
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u
function surnameBeforeColon(word: string): boolean {
  return SURNAME.test(word) && !FIELD_WORD.test(word)
}

/** Last space or tab in (floor, from], or -1: `lastIndexOf('\t')` would scan the whole chunk. */
function lastBlank(text: string, from: number, floor: number): number {
  for (let i = from; i > floor; i--) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9) return i
  }
  return -1
}

// A key at `pos` followed by `:`/`=`, or by blanks and a quoted value (`SSID 'x'`).
const QUOTE_AFTER_BLANKS = new RegExp(`[ \\t]+${QUOTE}`, 'y')
/** Which family's group matched a key scan's / KEY_STICKY match. */
function familyIndex(m: RegExpExecArray): number {
  let fi = 0
  while (m[fi + 1] === undefined) fi++
  return fi
}

// … or a key that takes its value after blanks alone (`BSSID 00c6bf7cd5af`).
function startsKeyAt(text: string, pos: number): boolean {
  return keyFormAt(text, pos) !== undefined
}

/** How a key at `pos` takes its value: `k=v`/`k: v` (pair), `k 'v'` (quoted), `k v` (loose); undefined: no key. */
function keyFormAt(text: string, pos: number): 'pair' | 'quoted' | 'loose' | undefined {
  KEY_STICKY.lastIndex = pos
  const k = KEY_STICKY.exec(text)
  if (k === null) return undefined
  const after = KEY_STICKY.lastIndex
  STRICT_SEP.lastIndex = after
  if (STRICT_SEP.test(text)) return 'pair'
  QUOTE_AFTER_BLANKS.lastIndex = after
  if (QUOTE_AFTER_BLANKS.test(text)) return 'quoted'
  const c = text.charCodeAt(after)
  return (c === 32 || c === 9) && LOOSE_KEYS[familyIndex(k)]!.has(k[0].toLowerCase()) ? 'loose' : undefined
}

// A value a key is given in prose (`hostname set to TAPSCHED-BCN-4-02`, `passphrase changed to …`,
// `SSID has been changed to "…"`)
// … where a credential has a secret's shape: a digit, a symbol or a capital inside (`Kestrel#Lane84`, not `never`)
const SECRET_IN_PROSE = /\d|[^\w\s.,;:!?-]|_|[a-z][A-Z]/
const SET_TO = /[ \t]+(?:(?:is|was|has[ \t]+been|been)[ \t]+)?(?:set|changed|updated|reset)[ \t]+to[ \t]+/y
// `net user`'s two columns: a label at a line's start, its value after a run of spaces
// (`User name                    jdevries`, `Full Name                    渡辺 健二`)
const ALIGNED_SEP = /[ ]{2,40}(?=[^\s:=])/y
const SECOND_GAP = /[ ]{2}|\t/
/**
 * Whether the key at `keyStart` labels a two-column line and its value starts after the blanks at
 * `after` (ALIGNED_SEP's lastIndex is then the value's start). A table's header has more gaps, and
 * a two-column header names a field, not a value (`User        Room`).
 */
function alignedValueAt(text: string, keyStart: number, after: number, shape: ValueShape): boolean {
  ALIGNED_SEP.lastIndex = after
  if (!ALIGNED_SEP.test(text)) return false
  // (only blanks between the line's start and the key: walked back over them, not over the line)
  let i = keyStart
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false
  let lineEnd = text.indexOf('\n', after)
  if (lineEnd < 0) lineEnd = text.length
  const value = text.slice(ALIGNED_SEP.lastIndex, lineEnd).trimEnd()
  // (a value of one token for the keys that take one: `User  logged off` is prose; a serial is never
  // read so, a device's column may be the line before: `Device   Rally Bar` / `Serial   …`)
  if (shape === 'serial' || (shape !== 'name' && shape !== 'field' && /[ \t]/.test(value))) return false
  return !SECOND_GAP.test(value) && !FIELD_WORD.test(value)
}

/**
 * A serial named after a bare `serial`/`SN` and a blank: letters and digits mixed, in capitals or all
 * hex (`serial 8G21401A27CD`, `SN r5cw21khj8y0a1f2`, `serial 0x4C4B3042`), so a port is none (`serial
 * ttyUSB0`, `serial COM1`, `serial console`, `serial 2`).
 */
function looseSerial(v: string): boolean {
  // (a display's EDID serial is a number in hex: `"DELL U2723QE" serial 0x4C4B3042`)
  if (/^0x[0-9A-Fa-f]{6,}$/.test(v)) return true
  // (a port is none: `serial COM1`)
  if (/^(?:COM|LPT)\d{1,3}$/.test(v)) return false
  return /\d/.test(v) && /[A-Za-z]/.test(v) && (!/[a-z]/.test(v) || /^[0-9a-f]{8,}$/.test(v))
}

/** A capitalised word opens the value and is no Logitech word (`Dmitri Okonkwo, Logitech Rally Bar`, not `Logitech Sync`). */
function opensWithPersonWord(v: string): boolean {
  const first = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?=[ \t,]|$)/u.exec(v)
  return first !== null && !LOGITECH_WORD.test(first[0])
}

/** The `k=v`/`k: v` key at `pos`: its family and where its value starts; undefined when none starts there. */
function pairAt(text: string, pos: number): { family: Family; valueAt: number } | undefined {
  KEY_STICKY.lastIndex = pos
  const k = KEY_STICKY.exec(text)
  if (k === null) return undefined
  STRICT_SEP.lastIndex = KEY_STICKY.lastIndex
  return STRICT_SEP.test(text) ? { family: FAMILIES[familyIndex(k)]!, valueAt: STRICT_SEP.lastIndex } : undefined
}

/**
 * Whether a credential's bare value is another key's: the value is only that key and its separator
 * (`x-api-key: …`), or, with no auth scheme before it, the key names no credential (`geo=…`).
 */
function opensOtherKey(pair: ReturnType<typeof pairAt>, end: number, afterScheme: boolean): boolean {
  if (pair === undefined) return false
  return pair.valueAt >= end || (!afterScheme && pair.family.shape !== 'auth')
}

const SPELLED_QUOTE = new RegExp(`${ENTITY_QUOTE}|""(?!")`, 'y')
const APOSTROPHE_ENTITY = /apos|39|27/i

/** Where a quoted value starting at `start` must end: 512 characters on, or the line's end. */
function quoteLimit(src: string, start: number): number {
  const max = Math.min(src.length, start + 512)
  for (let i = start; i < max; i++) if (src.charCodeAt(i) === 10) return i
  return max
}

// An opening quote written as an entity or CSV-doubled closes the same way (`&quot;Jane Doe&quot;`,
// `""Jane Doe""`). A bare `"` ends the search: it closes the JSON string, XML attribute or CSV cell
// the spelled quotes sit in. `""` opens a value after a key written the same way
// (`""ssid"":""x""`) or right before the value (`ssid=""Café""`); followed by a blank or a
// delimiter (`ssid="" bssid=""`) it is an empty value.
function readSpelledQuote(src: string, pos: number, csv: boolean): { start: number; end: number } | undefined {
  SPELLED_QUOTE.lastIndex = pos
  const open = SPELLED_QUOTE.exec(src)
  if (open === null || (open[0] === '""' && !csv && /^[\s,;|)\]}]?$/.test(src[pos + 2] ?? ''))) return undefined
  const q = open[0]
  const start = pos + q.length
  const limit = quoteLimit(src, start)
  for (let i = start; i < limit; i++) {
    if (src.startsWith(q, i)) {
      // an apostrophe inside an apostrophe-quoted value (`&apos;Aoife O&apos;Sullivan&apos;`) is followed by a letter
      if (APOSTROPHE_ENTITY.test(q) && /\p{L}/u.test(src[i + q.length] ?? '')) {
        const next = src.indexOf(q, i + 1)
        if (next > 0 && next < limit) continue
      }
      return { start, end: i }
    }
    const c = src.charCodeAt(i)
    if (c === 34 || c === 13) return undefined
  }
  return undefined
}

function readQuoted(src: string, pos: number, csv: boolean): { start: number; end: number } | undefined {
  const c0 = src.charCodeAt(pos)
  if (c0 === 38 /* & */ || (c0 === 34 && src.charCodeAt(pos + 1) === 34)) return readSpelledQuote(src, pos, csv)
  let q = src[pos]
  let p = pos
  let escaped = false
  if (q === '\\' && (src[pos + 1] === '"' || src[pos + 1] === "'")) {
    escaped = true
    q = src[pos + 1]
    p++
  }
  if (q !== '"' && q !== "'") return undefined
  const start = p + 1
  const limit = quoteLimit(src, start)
  for (let i = start; i < limit; i++) {
    const c = src[i]
    if (c === '\r') return undefined
    if (escaped) {
      if (c === '\\' && src[i + 1] === q) return { start, end: i }
      continue
    }
    if (c === '\\') {
      i++
      continue
    }
    if (c === q) {
      // an apostrophe inside a single-quoted value (`'Joe's'`) is followed by a letter
      if (q === "'" && /[\p{L}]/u.test(src[i + 1] ?? '')) {
        const next = src.indexOf("'", i + 1)
        if (next > 0 && next < limit) continue
      }
      return { start, end: i }
    }
  }
  return undefined
}

/** Where a quoted value after blanks starts, for keys that take one only in quotes. */
function quotedValueAt(text: string, pos: number): number | undefined {
  LOOSE_SEP.lastIndex = pos
  const q = LOOSE_SEP.test(text) ? readQuoted(text, LOOSE_SEP.lastIndex, false) : undefined
  // a quoted key (`join network "displayName":"…"`) is no value of this one
  if (q === undefined || KEY_AFTER.test(text.slice(q.end + 1, q.end + 5))) return undefined
  return LOOSE_SEP.lastIndex
}

export const contextKeysRule: Rule = {
  id: 'context-keys',
  category: 'credential',
  kind: 'secret',
  detector: 'one keyword scan; families below',
  replacement: 'per family',
  apply(text, ctx) {
    const keyRe = keyScan(text)
    keyRe.lastIndex = 0
    let out = ''
    let last = 0
    let m: RegExpExecArray | null
    while ((m = keyRe.exec(text)) !== null) {
      // (see NOT_AFTER_UNDERSCORE)
      if (m.index > 0 && text.charCodeAt(m.index - 1) === 95 && NOT_AFTER_UNDERSCORE.has(m[0].toLowerCase())) continue
      const fi = familyIndex(m)
      const fam = FAMILIES[fi]!
      let pos = m.index + m[0].length
      // a key closed by CSV-doubled quotes takes a CSV-doubled value
      const csv = text.startsWith('""', pos)
      STRICT_SEP.lastIndex = pos
      let loose = false
      let setTo = false
      let aligned = false
      let quotedAfterBlank = false
      const quotedKeys = QUOTED_KEYS[fi]!
      const key = m[0].toLowerCase()
      if (quotedKeys.size > 0 && quotedKeys.has(key)) {
        const at = quotedValueAt(text, pos)
        if (at === undefined) continue
        pos = at
      } else if (STRICT_SEP.test(text)) pos = STRICT_SEP.lastIndex
      else if (alignedValueAt(text, m.index, pos, fam.shape)) {
        pos = ALIGNED_SEP.lastIndex
        loose = true
        aligned = true
      } else if (((SET_TO.lastIndex = pos), SET_TO.test(text))) {
        pos = SET_TO.lastIndex
        loose = true
        setTo = true
      } else if (LOOSE_KEYS[fi]!.size > 0 && LOOSE_KEYS[fi]!.has(key)) {
        LOOSE_SEP.lastIndex = pos
        if (!LOOSE_SEP.test(text)) continue
        pos = LOOSE_SEP.lastIndex
        loose = true
      } else if (quotedKeys.size > 0 && quotedKeys.has(key.slice(key.lastIndexOf(' ') + 1))) {
        // a longer key ending in a quoted-value key (`Wi-Fi network "Büro" (WPA2)`) reads like it
        const at = quotedValueAt(text, pos)
        if (at === undefined) continue
        pos = at
      } else if (QUOTED_AFTER_BLANK[fi]!.has(key)) {
        const at = quotedValueAt(text, pos)
        if (at === undefined) continue
        pos = at
        quotedAfterBlank = true
      } else continue
      if (pos < last) continue
      let start: number
      let scheme: RegExpExecArray | null = null
      let end: number
      // a JSON array of strings: its first string is the value (`"password":["hunter2"]`)
      const array = ARRAY_OF_STRINGS.exec(text.slice(pos, pos + 8))
      if (array !== null) pos += array[0].length
      // … or of bare names, as a log prints a list (`participants: [Anna Berg, Ravi Kumar]`): the first is the value
      else if (fam.shape === 'name' && text.charCodeAt(pos) === 91 && BARE_LIST_OPEN.test(text.slice(pos, pos + 4))) pos++
      const quoted = readQuoted(text, pos, csv)
      // shaped values (MAC, digits, coordinates) are read inside their quotes with their shape
      const shaped = fam.shape === 'hex12' || fam.shape === 'digits' || fam.shape === 'meeting' || fam.shape === 'geo'
      if (quoted && shaped) {
        const re = SHAPES[fam.shape]
        re.lastIndex = quoted.start
        const v = re.exec(text)
        if (!v || quoted.start + v[0].length > quoted.end) continue
        start = quoted.start
        end = quoted.start + v[0].length
      } else if (quoted) {
        start = quoted.start
        end = quoted.end
        // A quoted word followed by `:`/`=` is the next pair's key. One this rule knows redacts its
        // own value, quoted or not (`token: "latitude":-54.41`, `domain: "latitude":…`), and this
        // key has none; before a quoted value, a credential key's value is that value
        // (`sessionid: "api_key":"…"`). (`password: "x": denied` keeps reading `x` as the password.)
        if (QUOTED_KEY_CLOSE.test(text.slice(end, end + 4)) && startsKeyAt(text, start)) continue
        // … and any quoted word before `:` and a quoted value is a JSON member's key
        // (`target domain: "vendor":"Logitech"`), except after a credential's key (see INNER_PAIR)
        if (fam.shape !== 'auth' && MEMBER_KEY_PAIR.test(text.slice(end, end + 8))) continue
        // (… unless that "key" reads as random: `"refresh_token":"nYgi3GQ…" = "Built-in iSight"` holds the
        // token itself, and what follows ` = ` is another field's)
        const inner = fam.shape === 'auth' && !randomSegment(text.slice(start, end)) ? INNER_PAIR.exec(text.slice(end, end + 12)) : null
        if (inner !== null) {
          const q = readQuoted(text, end + inner[0].length, csv)
          if (q !== undefined) {
            start = q.start
            end = q.end
          }
        }
        if (fam.shape === 'auth') {
          scheme = AUTH_SCHEME_PREFIX.exec(text.slice(start, end))
          if (scheme) start += scheme[0].length
        }
      } else {
        // a JSON object or array after the key (`"emailAddress":{"name":…}`) holds pairs of its
        // own, which this scan reaches by their keys: it is no value of this one
        if (JSON_OPENER.test(text.slice(pos, pos + 8))) continue
        if (fam.rule.id === 'serial' && m[0].toLowerCase() === 'iserial') {
          // lsusb: `iSerial  3 2152LZ0ABC12` — skip the string-descriptor index
          const idx = /\d{1,3}[ \t]+/y
          idx.lastIndex = pos
          if (!idx.test(text)) continue
          pos = idx.lastIndex
        }
        // a serial in brackets: `Serial: [2152LZ0ABC12]`
        if (fam.shape === 'serial' && '([{'.includes(text[pos] ?? '-')) pos++
        // an unquoted Windows hardware id runs over its backslashes (`USB\VID_0BDA&PID_58FD\2009…`)
        HARDWARE_ID_START.lastIndex = pos
        const re = fam.shape === 'serial' && HARDWARE_ID_START.test(text) ? HARDWARE_ID_VALUE : SHAPES[fam.shape]
        re.lastIndex = pos
        const v = re.exec(text)
        if (!v) continue
        start = pos
        end = pos + v[0].length
        if (fam.shape === 'auth') {
          scheme = AUTH_SCHEME_PREFIX.exec(v[0])
          if (scheme) start += scheme[0].length
          if (AUTH_SCHEME_ONLY.test(v[0])) continue
          // a cookie header's value is all its cookies, to the end of the line or its string
          if (COOKIE_HEADER.test(m[0]) && text[m.index + m[0].length] === ':') {
            const stop = text.slice(end, end + 8192).search(/["'\r\n\u2028\u2029]|\\"/)
            end = stop < 0 ? Math.min(text.length, end + 8192) : end + stop
            while (end > start && /[ \t]/.test(text[end - 1]!)) end--
          }
        }
        if (fam.shape === 'field') {
          while (end > start && /[ \t.!]/.test(text[end - 1]!) && text[end - 1] !== '!') end--
          // an unquoted SSID ends at two spaces, ` - `, where the next `key=`/`key:` field begins
          // (also a label of a capitalised word and a field's word: WLAN-AutoConfig's `SSID: Kowalski Dom 5G BSS Type: …`),
          // or before a coordinate pair (`… location 47.60621,-122.33207`), a USB VID:PID or a
          // Logitech product's name (`… network: Home-5G Rally Bar Huddle Serial Number: …`: the
          // device's words are the serial's context, not the network's)
          const seg = text.slice(start, end)
          // (the cuts before a key only where a separator is: the others are tried at every blank)
          const cut = seg.search(seg.includes(':') || seg.includes('=') ? FIELD_CUT_OR_KEY : FIELD_CUT)
          if (cut > 0) end = start + cut
          // … or before an error code (`FRITZ!Box 7590 error 0x887A0005`) or an international phone
          // number (`Home-5G PSTN participant +49 (0)151 …`): no network is named so
          const code = text.slice(start, end).search(CODE_IN_FIELD)
          if (code > 0) end = start + code
          // the backslash of an escaped closing quote (`SSID: HomeNet\"`) is not part of the name
          if (text[end - 1] === '\\') end--
          // … or where a known multi-word key begins (`Smith & Sons 5G Service Tag: X`)
          for (let b = text.indexOf(' ', start); b > start && b < end; b = text.indexOf(' ', b + 1)) {
            if (startsKeyAt(text, b + 1)) {
              end = b
              break
            }
          }
          // … and, for a network's name, 32 bytes in at the latest (after the cuts above, which read what
          // follows the name; a postal address is longer, its family counts its words)
          if (fam.counter === 'ssid') end = ssidBound(text, start, end)
          while (end > start && /[ \t]/.test(text[end - 1]!)) end--
        }
        if (fam.shape === 'name' && PRODUCT_TOKEN_AFTER.test(text.slice(end, end + 10))) {
          // a product token's name is no surname (`organizer: Leilani García Chrome/1.6.4.19`)
          const b = lastBlank(text, end - 1, start)
          if (b < 0) continue
          end = b
        }
        if (fam.shape === 'name') {
          // a Logitech product's name after a person's is the device's context, not a surname
          // (`signed in as Yusuf Moreau Logitech Rally Bar serial=…`)
          for (let b = start + 1; b < end; b++) {
            PRODUCT_AFTER_NAME.lastIndex = b
            if (PRODUCT_AFTER_NAME.test(text)) {
              end = b
              break
            }
          }
          // capitalised words that start the next key are not part of the name
          // (`…Moreau, Version: 1.2`, `…Moreau Service Tag: X`)
          // A dotted leader (ipconfig's `Physical Address. . . : …`) closes a label of one or more
          // words: its last word goes, and more while the name would still have over three words.
          const leader = DOTTED_LEADER.test(text.slice(end, end + 24))
          for (let k = 0; k < 3; k++) {
            const lastSpace = lastBlank(text, end - 1, start)
            if (lastSpace <= start) break
            // (… unless cutting it would leave a person's name one word: a surname no English word or field word
            // is stays with its given name, `organizer: Wilhelmina Achterberg . . : Enabled`)
            const wordBeforeLeader = text.slice(lastSpace + 1, end)
            const surnameBeforeLeader =
              k === 0 &&
              fam.shape === 'name' &&
              lastBlank(text, lastSpace - 1, start) <= start &&
              !FIELD_WORD.test(wordBeforeLeader) &&
              nameLists()?.isWord(wordBeforeLeader) === false
            if (leader && !surnameBeforeLeader && (k === 0 || lastBlank(text, lastBlank(text, lastSpace - 1, start) - 1, start) > start)) {
              end = lastSpace
              // a comma closes the name before the label (`Yusuf Van der Berg, Physical Address. . . :`)
              if (text[lastSpace - 1] === ',') break
              continue
            }
            // (`Version: 1.2` is a key; `Quigley = 1`, with a blank before `=`, is not)
            // a surname followed by a colon and a blank (`displayName: Ann Brzęczyszczykiewicz: AP …`)
            // stays in the name; a field word or a non-name word before the colon is the next key, and
            // so is any word before `=` (`…Mbeki Translation=-102.0`)
            const prevSpace = lastBlank(text, lastSpace - 1, start)
            const twoWordKey = prevSpace > start && startsKeyAt(text, prevSpace + 1)
            const keyFollows =
              /^=|^:(?![ \t])/.test(text.slice(end, end + 8)) ||
              (text[end] === ':' && (twoWordKey || !surnameBeforeColon(text.slice(lastSpace + 1, end))))
            if (!keyFollows && !startsKeyAt(text, lastSpace + 1)) break
            end = lastSpace
          }
        }
        if (fam.shape === 'name' || fam.shape === 'login' || fam.shape === 'serial') {
          while (end > start && '.,- \t'.includes(text[end - 1]!)) end--
        }
      }
      // an account or host glued to `/` and a version is a product token (`for Chrome/1.3.4.112`)
      if (
        (fam.shape === 'login' || fam.shape === 'hostname') &&
        quoted === undefined &&
        PRODUCT_TOKEN_AFTER.test(text.slice(end, end + 10))
      )
        continue
      // (in prose a sentence's full stop or comma closes the value: `password was reset to Winter24!.`)
      if (setTo) while (end > start && '.,;'.includes(text[end - 1]!)) end--
      const value = text.slice(start, end)
      // a value followed by a key separator is the next key (`Failed password for lat=-46.1`,
      // `Invalid user "latitude":42.3`): the key before it had no value of its own
      // (a first.last account before a colon and a blank ends a clause, `for user emre.yildirim: exit code 1`;
      // no key is spelled so)
      if (
        loose &&
        (fam.shape === 'login' || fam.shape === 'hostname') &&
        KEY_AFTER.test(text.slice(end, end + 4)) &&
        !(DOTTED_ACCOUNT.test(text.slice(start, end)) && /^:[ \t]/.test(text.slice(end, end + 2)))
      )
        continue
      // an unquoted value that opens another key (`"USB Serial Number" = Meeting ID: 394 …`,
      // `for user ether 0A1B…`) belongs to that key; a credential may hold key=value pairs itself
      // (`Digest username="…", realm=…`), unless its key is a bare word (`Bearer token: x` is the token key's),
      // the key it opens takes a quoted value (`token: SSID 'Guest'`) or the value is only that key and
      // its separator (`"sessionID" = x-api-key: …`, whose credential lies after the blank) or,
      // without an auth scheme before it, a key of something other than a credential
      // (`sessionid: geo=24.91;-67.06` is a coordinate pair)
      if (
        quoted === undefined &&
        (fam.shape !== 'auth' || loose
          ? startsKeyAt(text, start)
          : keyFormAt(text, start) === 'quoted' || opensOtherKey(pairAt(text, start), end, scheme !== null))
      )
        continue
      // a name-shaped local part is the e-mail rule's (`Signed in as JANE.DOE@EXAMPLE.COM`)
      if (fam.shape === 'name' && text.charCodeAt(end) === 64) continue
      // … and a name glued to an underscore is an identifier (`full name: Microsoft.SkypeRoomSystem_4.19…`)
      if (fam.shape === 'name' && quoted === undefined && text.charCodeAt(end) === 95 && !/[ \t]/.test(value)) continue
      // … and so is an unquoted word followed by `=` or by `:` and a quote (`host = displayName="…"`)
      if (quoted === undefined && NEXT_KEY_AFTER.test(text.slice(end, end + 4))) continue
      // … and, for an account or a host, a word before a spaced ` = ` (`target domain: type = pid, path = …`;
      // a passcode or a secret before one is still its key's: `Passcode: 970131 = …`)
      if (quoted === undefined && (fam.shape === 'login' || fam.shape === 'hostname') && SPACED_EQUALS.test(text.slice(end, end + 4)))
        continue
      if (
        !value ||
        start < last ||
        PLACEHOLDER.test(value) ||
        NOT_APPLICABLE.test(text.slice(start, start + 4)) ||
        isToken(value) ||
        value.startsWith('<') ||
        ctx.isKept(value)
      )
        continue
      if (fam.shape === 'phone' && value.replace(/\D/g, '').length < 6) continue
      // (`Password … is set to never expire`, `password 'expired'`: in prose a credential needs a secret's shape)
      if ((setTo || quotedAfterBlank || aligned) && fam.shape === 'auth' && !SECRET_IN_PROSE.test(value)) continue
      // a person's full name under a user or host key (system_profiler's `User Name: Emma Thompson
      // (emma)`, `host=Matías Rodríguez`): the name, and the account in brackets after it
      // Only where the value's shape stopped inside a word, or a user key's name is followed by the
      // account in brackets: a host name and the next capitalised word are no name (`host=Kiosk Bus 002`).
      if (quoted === undefined && (fam.counter === 'user' || fam.counter === 'host')) {
        const name = personNameAt(text, start)
        const account = name === undefined ? null : ACCOUNT_IN_BRACKETS.exec(text.slice(start + name.length, start + name.length + 72))
        const cutInWord = /\p{L}/u.test(text[start + value.length] ?? '')
        // (`userName=Akosua Mensah userId=…`: a key that says it holds a name; not when the name's last
        // word is itself the next key, `User Name: Jane Domain: X`)
        const nameKey =
          fam.counter === 'user' &&
          /name/i.test(m[0]) &&
          name !== undefined &&
          !/^[ \t]*[:=]/.test(text.slice(start + name.length, start + name.length + 4))
        if (name !== undefined && name.length > value.length && (cutInWord || nameKey || (account !== null && fam.counter === 'user'))) {
          let rep = ctx.pseudonym(NAME_RULE, name, { kind: 'name', counter: 'name', key: name })
          let nameEnd = start + name.length
          if (account !== null && fam.counter === 'user' && !SYSTEM_ACCOUNT.test(account[2]!)) {
            rep += account[1]! + accountToken(ctx, USER_RULE, account[2]!) + ')'
            nameEnd += account[0].length
          }
          out += text.slice(last, start) + rep
          last = nameEnd
          keyRe.lastIndex = Math.max(keyRe.lastIndex, nameEnd)
          continue
        }
      }
      if (fam.accept && !fam.accept(value, m.index, m[0], text, ctx)) continue
      let rep: string | undefined
      if (fam.replace) rep = fam.replace(value, ctx)
      else {
        // (one value, one token, whichever rule found it: `+1 (425) 555-0143` under a key and
        // `+1 425 555 0143` in free text are one number, see token-kinds.ts)
        const key = pseudonymKey(fam.counter ?? fam.rule.kind, value)
        rep = ctx.pseudonym(fam.rule, value, { kind: fam.counter ?? fam.rule.kind, counter: fam.counter ?? fam.rule.kind, key })
      }
      if (rep === undefined) continue
      // a ticket's `Caller: Solberg, Ingrid (isolberg)`: the account in brackets after a person's name
      if (fam.counter === 'name' && quoted === undefined) {
        const account = ACCOUNT_IN_BRACKETS.exec(text.slice(end, end + 72))
        if (
          account !== null &&
          /^[a-z][\w.-]*$/.test(account[2]!) &&
          /\d|[a-z]{4}/.test(account[2]!) &&
          !SYSTEM_ACCOUNT.test(account[2]!)
        ) {
          rep += text.slice(end, end + account[1]!.length) + accountToken(ctx, USER_RULE, account[2]!) + ')'
          end += account[0].length
        }
      }
      out += text.slice(last, start) + rep
      last = end
      keyRe.lastIndex = Math.max(keyRe.lastIndex, end)
    }
    return last === 0 ? text : out + text.slice(last)
  }
}

/** The families, for the README and the report. */
export const CONTEXT_FAMILIES: readonly Rule[] = FAMILIES.map((f) => f.rule)
