import type { Category } from './categories'
import { isToken, TOKEN_SOURCE } from './token'
import type { Rule, RuleContext } from './types'
import { macToken } from './rules/mac'
import { personShaped } from './rules/person-phrases'
import { LOGITECH_WORD, SYSTEM_ACCOUNT } from './rules/context-keys'
import { nameLists } from './name-lists'
import { accountToken, domainToken } from './account-token'
import { MEETING_TOKEN, pseudonymKey, SSID_TOKEN } from './token-kinds'
import { isFirstPartyAppId, isGuid } from './guid'
import { judged } from './rules/structured-pairs'

// Records whose meaning is in a header row, not beside each value: CSV exports (calendar,
// DHCP audit, sign-in reports) name their columns once in the first row, W3C extended logs
// (IIS, Exchange message tracking) in a `#Fields:` line. A data line alone says
// `2024-03-04,Halvorsen, Ingeborg,…` and no key rule can tell that a person sits there, so the
// session remembers each file's last header and, for lines with the same number of cells,
// redacts the cells of the columns the header names as personal. PowerShell's `Format-Table`
// (and tools printing the same way) names fixed-width columns in a label line underlined by dash
// groups; each group's start is its column's, and a blank line ends the table.

export type ColumnKind =
  | 'person'
  | 'person-shaped'
  | 'email'
  | 'account'
  | 'host'
  | 'machine'
  | 'ssid'
  | 'domain'
  | 'object'
  | 'phone'
  | 'mac'
  | 'serial'
  | 'pc-serial'
  | 'address'
  | 'meeting'
  | 'version'
  | 'remote'

export interface ColumnLayout {
  sep: string
  /** RFC 4180 quotes (CSV); W3C fields are bare */
  quotes: boolean
  cells: number
  kinds: ReadonlyArray<ColumnKind | undefined>
  /** fixed-width columns (`Format-Table`): where each starts; the last runs to the line's end */
  starts?: readonly number[]
  /** … and where each one's dashes end (a right-aligned number's column ends there) */
  ends?: readonly number[]
  /** the shape of every row of a table that has no end line: the first other line ends it */
  row?: RegExp
  /** a `Make`/`Manufacturer`/`Vendor` column: it alone says whose the row's serial is */
  maker?: number
  /** a `Name`/`Value` table (PowerShell's hashtables, an XML node's `Name`/`#text`): each row is a key and its value */
  pairs?: true
}

// Header labels, lower case with everything but letters removed (`Required Attendees` →
// `requiredattendees`, `cs-username` → `csusername`). First match wins.
const LABELS: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/mail|upn|userprincipalname|recipientaddress|senderaddress/, 'email'],
  [
    /organi[sz]er|attendee|participant|invitee|displayname|fullname|firstname|lastname|givenname|surname|familyname|contactname|ownername|sendername|recipientname|bookedby|personname|employeename|cardholder/,
    'person'
  ],
  // (a ticket or incident export names who holds it: `Assigned To`, `Opened By`)
  [
    /^(?:name|owner|from|to|createdby|modifiedby|requester|requestedby|requestedfor|assignee|assignedto|reporter|reportedby|openedby|closedby|resolvedby|updatedby|submittedby|approvedby|acknowledgedby|checkedoutto|initiatedby|technician|host|guest|caller|author)$/,
    'person-shaped'
  ],
  // (a door-access or HR record's person number: a badge's, an employee's; a card number there is a badge's)
  [
    /username|accountname|logonname|loginname|samaccountname|employee(?:id|number|no)|badge(?:id|number|no)?$|^card(?:number|no|id)$|^(?:user|account|login|cuser|userid|actor)$/,
    'account'
  ],
  [/hostname|computername|machinename|workstation|devicename|clientname|nodename|fqdn/, 'host'],
  // a network's client and the gear it went through (Meraki's and UniFi's event exports): a machine's
  // shape only, a model or a product there is none
  // (wmic's `/format:csv` names the computer in its `Node` column)
  // (a remote-support log's `SessionName` is the machine's; a bare `Device` column holds models as often, `A30`)
  [/^(?:client|clientdevice|accesspoint|ap|apname|switch|switchname|gateway|router|assetname|node|sessionname)$/, 'machine'],
  // (an inventory's `Domain` column: the Windows domain a machine joined)
  [/^(?:domain|domainname|netbiosdomain|addomain)$/, 'domain'],
  [/^(?:e?ssid|ssidname|wlan|wlanname|wifinetwork)$/, 'ssid'],
  // a postal address's column (an inventory's `Site Address`, a directory's `StreetAddress`); a bare
  // `Address` holds IPs as often (a DHCP lease list), so a value needs a street's words and number
  [
    /^(?:siteaddress|streetaddress|street|postaladdress|mailingaddress|officeaddress|homeaddress|billingaddress|shippingaddress|address|addressline\d?)$/,
    'address'
  ],
  // a directory's or device management's object (Entra's `User ID`, `Device ID`, `ActorObjectId`,
  // `Target1ObjectId`): a GUID only, and not one of Microsoft's own apps
  [
    /objectid$|^(?:userid|deviceid|deviceuid|deviceguid|azureaddeviceid|aaddeviceid|manageddeviceid|intunedeviceid|enrollmentid|principalid|sessionid)$/,
    'object'
  ],
  [/phone|mobile|msisdn|callerid|telephone|^tel$|^fax$/, 'phone'],
  [/mac$|macaddress|hwaddress|physicaladdress|bssid/, 'mac'],
  // a device's serial: kept in a row that names Logitech (see redactRecord)
  // (wmic's `csproduct get IdentifyingNumber`: the machine's serial)
  // (an inventory's asset tag names one machine as its serial does)
  // (a column that says the serial is a computer's, `PC Service Tag`, `Host serial`, is never Logitech's,
  // whatever the row's other columns name)
  [/^(?:pc|computer|host|machine|laptop|desktop|chassis|bios|system)(?:serialnumber|serial|sn|serialno|servicetag|assettag)$/, 'pc-serial'],
  [/^(?:serialnumber|serial|sn|serialno|servicetag|imei|identifyingnumber|assettag|assetnumber)$/, 'serial'],
  // a meeting report's `Meeting ID` column: the number that joins the meeting
  [/^(?:meetingid|meetingnumber|conferenceid|webinarid|meetingcode)$/, 'meeting'],
  // a version column (`Firmware`, `OS Version`, `Agent Version`): its dotted numbers are versions,
  // kept from the address rules (`133.15.0.18` is a Yealink firmware, not an address)
  [/version$|^(?:firmware|fw|build|release|software)$/, 'version']
]

/** the kinds whose cells are replaced (a version column's are kept) */
type RedactedKind = Exclude<ColumnKind, 'version'>

const TOKEN_FOR: Record<Exclude<RedactedKind, 'mac'>, { kind: string; category: Category }> = {
  person: { kind: 'name', category: 'person' },
  'person-shaped': { kind: 'name', category: 'person' },
  email: { kind: 'email', category: 'contact' },
  account: { kind: 'user', category: 'account' },
  host: { kind: 'host', category: 'device-identifier' },
  machine: { kind: 'host', category: 'device-identifier' },
  domain: { kind: 'domain', category: 'account' },
  object: { kind: 'serial', category: 'device-identifier' },
  ssid: SSID_TOKEN,
  phone: { kind: 'phone', category: 'contact' },
  serial: { kind: 'serial', category: 'device-identifier' },
  'pc-serial': { kind: 'serial', category: 'device-identifier' },
  address: { kind: 'address', category: 'location' },
  meeting: MEETING_TOKEN,
  remote: { kind: 'remote', category: 'device-identifier' }
}

export const headerColumnsRule: Rule = {
  id: 'header-column',
  category: 'person',
  kind: 'name',
  detector:
    "cells of CSV records, W3C `#Fields:` logs and fixed-width tables (`Format-Table`) whose header row names a person, e-mail, account, host, phone, MAC, serial, meeting or remote-support column (same cell count as the header); `wmic … get` label lines, `quser` tables and TeamViewer connection rows too; a version column's dotted numbers kept",
  replacement: '<name-N>, <email-N>, <user-N>, <host-N>, <phone-N>, <mac-OUI-N>, <serial-N>, <meeting-N>, <remote-N> per column',
  apply: (text) => text
}

/** Lines that may be a header: `#Fields:` or 3+ label-like cells and nothing else. */
// (a label may open with `_`: Splunk's `_time`, `_raw`)
// (or a ticket's pipe table: Markdown `| Device | Serial |`, Jira's `||Device||Serial||`)
// (a label may end in a bracketed type, as Zendesk's custom fields do: `Device serial [txt]`)
const HEADER_CANDIDATE =
  /^(?:#Fields:[^\n]*|"?[A-Za-z_][\w .()/#[\]-]{0,40}"?(?:[,;\t] ?"?[A-Za-z_][\w .()/#[\]-]{0,40}"?){2,}\r?|[ \t]*\|\|?(?:[ \t]*[A-Za-z_][\w .()/#-]{0,40}\|\|?){3,}[ \t]*\r?)$/gm
const EMPTY_CELL = /^(?:|-|n\/a|null|none|unknown)$/i

function label(cell: string): string {
  // (a bracketed type after the label is no part of its name: `Device serial [txt]`)
  return cell
    .replace(/[ \t]*\[[A-Za-z]{1,12}\][ \t]*$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

// (a thing's display name is no person's: Windows events' `LevelDisplayName`, `TaskDisplayName`, `ProviderDisplayName`)
const THING_DISPLAY_NAME =
  /^(?:level|task|opcode|provider|keywords?|app|application|resource|device|product|service|printer|adapter|interface|driver|feature|package|policy|group|role|site|room|friendly|machine|computer)displayname$/
function kindOf(cell: string): ColumnKind | undefined {
  const l = label(cell)
  if (THING_DISPLAY_NAME.test(l)) return undefined
  for (const [re, kind] of LABELS) if (re.test(l)) return kind
  return undefined
}

/** The layout a header line declares, or undefined when it names no personal column. */
export function headerLayout(line: string): ColumnLayout | undefined {
  const text = line.replace(/\r$/, '')
  let cells: string[]
  let sep: string
  let quotes = true
  if (text.startsWith('#Fields:')) {
    const body = text.slice(8).trim()
    sep = body.includes(',') ? ',' : ' '
    quotes = false
    cells = body.split(sep).map((c) => c.trim())
  } else if (/^[ \t]*\|/.test(text)) {
    // a pipe table: Jira doubles its header's bars; a row's outer bars make an empty first and last cell
    sep = '|'
    quotes = false
    cells = text
      .replaceAll('||', '|')
      .split('|')
      .map((c) => c.trim())
    if (cells.length < 5) return undefined
  } else {
    // the separator that splits the line into the most cells
    sep = [',', ';', '\t'].reduce((best, s) => (text.split(s).length > text.split(best).length ? s : best), ',')
    cells = splitCells(text, sep, true).map((c) => c.value.trim())
    if (cells.length < 3) return undefined
  }
  const kinds = deviceNames(cells, cells.map(kindOf))
  if (!kinds.some((k) => k !== undefined)) return undefined
  const maker = cells.findIndex((c) => MAKER_LABEL.test(label(c)))
  return { sep, quotes, cells: cells.length, kinds, ...(maker >= 0 ? { maker } : {}) }
}

// (`Make`, `Manufacturer`, `Vendor`, `Brand`: whose device the row's serial is)
const MAKER_LABEL = /^(?:make|maker|manufacturer|vendor|brand|oem)$/

// In a table of devices (a serial or a MAC column, and the model or product in a column of its own) the `Name`
// column names the device (`Name,Serial,MAC address,Model` of a dashboard's inventory), not a person
// (`wmic csproduct get name,identifyingnumber` has no model column: its `Name` is the model).
function deviceNames(cells: readonly string[], kinds: Array<ColumnKind | undefined>): Array<ColumnKind | undefined> {
  if (
    (!kinds.includes('serial') && !kinds.includes('pc-serial') && !kinds.includes('mac')) ||
    !cells.some((c) => /^(?:model|product)$/.test(label(c)))
  )
    return kinds
  // (Webex Control Hub's export names the device in its `Display Name` column)
  return kinds.map((k, c) => ((k === 'person-shaped' || k === 'person') && /^(?:name|displayname)$/.test(label(cells[c]!)) ? 'machine' : k))
}

/**
 * A fixed-width table's cell names a person: it opens with a listed given name, or is written
 * `Last, First` as a directory lists its members (`Okonkwo-Adeyemi, Chukwuemeka`).
 */
function namesAPerson(value: string): boolean {
  const first = /^[ \t]*([\p{L}\p{M}]+)/u.exec(value)
  if (first !== null && nameLists()?.given.has(first[1]!) === true) return true
  // (a comma between capitalised words is a directory's `Last, First` whatever the given name: no device
  // is named so)
  return value.includes(',') && personShaped(value.trim())
}

// a `Format-Table` underline: dash groups separated by blanks
const UNDERLINE = /^ *-{2,}(?: +-{2,})+ *\r?$/

/** The fixed-width layout a label line and its dash underline declare, or undefined. */
export function underlinedLayout(labels: string, underline: string): ColumnLayout | undefined {
  const starts: number[] = []
  const ends: number[] = []
  for (const g of underline.matchAll(/-+/g)) {
    starts.push(g.index)
    ends.push(g.index + g[0].length)
  }
  const cells = starts.map((st, c) => labels.slice(st, starts[c + 1] ?? labels.length).trim())
  // (`Get-LocalUser`'s table, `Name  Enabled  Description`, names local accounts: its `Name` is an account's)
  const localUsers = cells.includes('Enabled') && cells[0] === 'Name'
  // (`Name  Value` / `Name  #text`: a row is a field's name and its value, judged as `"key":"value"` is)
  if (cells.length === 2 && cells[0] === 'Name' && /^(?:Value|#text)$/.test(cells[1]!))
    return { sep: '', quotes: false, cells: 2, kinds: [undefined, undefined], starts, ends, pairs: true }
  const kinds = cells.map((cell, c) => (cell === '' ? undefined : localUsers && c === 0 ? 'account' : kindOf(cell)))
  if (!kinds.some((k) => k !== undefined)) return undefined
  return { sep: '', quotes: false, cells: cells.length, kinds, starts, ends }
}

// `wmic … get A,B`: a label line of property names, each padded to its column with two or more
// spaces (the last too, as wmic prints it, when the line holds one label), no underline
const WMIC_NAME = '[A-Z][A-Za-z0-9]{1,40}'
const WMIC_LABELS = new RegExp(`^(?:${WMIC_NAME}(?: {2,}|(?= *\\r*$)))+\\r*$`)
const WMIC_LABEL = new RegExp(WMIC_NAME, 'g')
// (where such a line may stand in a chunk: one scan, before the chunk is split into lines)
const WMIC_LABEL_LINE = new RegExp(`^${WMIC_NAME}(?: {2,}${WMIC_NAME})* *\\r*$`, 'm')

/** The fixed-width layout a `wmic` label line declares, or undefined. */
export function wmicLayout(line: string): ColumnLayout | undefined {
  if (!WMIC_LABELS.test(line)) return undefined
  const starts: number[] = []
  const cells: string[] = []
  for (const l of line.matchAll(WMIC_LABEL)) {
    starts.push(l.index)
    cells.push(l[0])
  }
  // (one word alone on its line is a label only with wmic's padding after it; wmic writes a property's
  // name in Pascal case, so a table of capitals, `NAME  UUID  TYPE  DEVICE`, is another tool's)
  if (cells.length === 1 && !/ {2,}\r*$/.test(line)) return undefined
  if (!cells.some((c) => /[a-z]/.test(c)) || cells.some((c) => !/[a-z]/.test(c) && c !== 'UUID' && c !== 'SID')) return undefined
  // (wmic's `UUID` is the machine's SMBIOS UUID; elsewhere a UUID column is a connection's or an object's)
  const kinds = cells.map((cell) => (cell === 'UUID' ? 'serial' : kindOf(cell)))
  if (!kinds.some((k) => k !== undefined)) return undefined
  return { sep: '', quotes: false, cells: cells.length, kinds, starts }
}

// Two layouts a remote session leaves on a room PC with no header a rule above can read:
// `quser` / `query user` (` USERNAME  SESSIONNAME  ID  STATE  IDLE TIME  LOGON TIME`, in capitals,
// no underline; the current session's row opens with `>`): its first column is an account.
// (a row: the account, the session's name if any, its number and state; pasted output runs on with no blank line)
const QUSER_ROW = /^[ >][^\s]{1,64} +(?:[^\s]{1,32} +)?\d{1,5} +[A-Za-z]/
const QUSER_HEADER = /^ ?(?:USERNAME|BENUTZERNAME) {2,}(?:SESSIONNAME|SITZUNGSNAME) {2,}ID {2,}/
function quserLayout(line: string): ColumnLayout | undefined {
  if (!QUSER_HEADER.test(line)) return undefined
  const user = line.search(/\S/)
  const gap = line.indexOf(' ', user)
  const session = gap + line.slice(gap).search(/\S/)
  return { sep: '', quotes: false, cells: 2, kinds: ['account', undefined], starts: [user, session], row: QUSER_ROW }
}
// TeamViewer's `Connections_incoming.txt`: one tab-separated row per session, no header: the
// partner's TeamViewer ID and display name, start, end, the local account, the session's type,
// its id.
const TEAMVIEWER_ROW =
  /^\d{9,10}\t[^\t\n]{1,80}\t\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}\t\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}\t[^\t\n]{1,80}\t[A-Za-z]{2,30}\t/
const TEAMVIEWER_LAYOUT: ColumnLayout = {
  sep: '\t',
  quotes: false,
  cells: 7,
  kinds: ['remote', 'person', undefined, undefined, 'account', undefined, undefined]
}
// A switch's neighbours (`show cdp neighbors`, `show lldp neighbors`: `Device ID   Local Intrfce   Holdtme …`,
// no underline): the first column names each neighbour, a host; a long name stands alone on its line, the
// row's other columns on the next (indented); the table ends at the first other line.
const NEIGHBOR_HEADER = /^Device[ -]ID {2,}Local Intr?f(?:ce)? {2,}Hold[ -]?ti?me/
const NEIGHBOR_ROW =
  /^(?:[^\s]{1,64}(?:[ \t]+[A-Za-z]{2,12} ?\d[\w/.:-]*[ \t]+\d{1,5}[ \t].*)?|[ \t]{2,}[A-Za-z]{2,12} ?\d[\w/.:-]*[ \t]+\d{1,5}[ \t].*)\r?$/
function neighborLayout(line: string): ColumnLayout | undefined {
  if (!NEIGHBOR_HEADER.test(line)) return undefined
  return { sep: '', quotes: false, cells: 2, kinds: ['host', undefined], starts: [0, line.indexOf('Local')], row: NEIGHBOR_ROW }
}
// (a chunk holding none is not read line by line for them)
const HEADERLESS_ROWS = new RegExp(`${QUSER_HEADER.source}|${TEAMVIEWER_ROW.source}|${NEIGHBOR_HEADER.source}`, 'm')

/** The cells of a fixed-width row; none when a value runs over its column's end (not this table's row). */
function fixedCells(line: string, starts: readonly number[]): Cell[] {
  for (let c = 1; c < starts.length; c++) {
    const before = line.charCodeAt(starts[c]! - 1)
    if (starts[c]! < line.length && before !== 32 && before !== 9) return []
  }
  return starts.map((st, c) => {
    const end = Math.min(line.length, c + 1 < starts.length ? starts[c + 1]! : line.length)
    const raw = line.slice(Math.min(st, line.length), end)
    const lead = raw.length - raw.trimStart().length
    const value = raw.trim()
    return { value, start: st + lead, end: st + lead + value.length }
  })
}

/**
 * The cells of a row whose values do not start at their columns: the words over each column's dashes
 * (the last column runs to the line's end). A word over no column's dashes (`AM` after a date that
 * fills its column) goes with none; a word over two columns' makes the row unreadable (no cells).
 */
function overlapCells(line: string, starts: readonly number[], ends: readonly number[]): Cell[] {
  const cells: Cell[] = starts.map(() => ({ value: '', start: -1, end: -1 }))
  const last = starts.length - 1
  for (const w of line.matchAll(/\S+/g)) {
    const a = w.index
    const b = a + w[0].length
    let col = -1
    for (let c = 0; c <= last; c++) {
      const hit = c === last ? b > starts[c]! : a < ends[c]! && b > starts[c]!
      if (!hit) continue
      if (col >= 0) return []
      col = c
    }
    if (col < 0) continue
    const cell = cells[col]!
    if (cell.start < 0) cell.start = a
    cell.end = b
  }
  return cells.map((c) =>
    c.start < 0 ? { value: '', start: 0, end: 0 } : { value: line.slice(c.start, c.end), start: c.start, end: c.end }
  )
}

interface Cell {
  /** unquoted value (`""` undone) */
  value: string
  /** [start, end) of the value's text in the line (inside the quotes) */
  start: number
  end: number
}

function splitCells(line: string, sep: string, quotes: boolean): Cell[] {
  const cells: Cell[] = []
  let i = 0
  for (;;) {
    if (quotes && line[i] === '"') {
      let j = i + 1
      let value = ''
      for (;;) {
        const q = line.indexOf('"', j)
        if (q < 0) return cells.concat({ value: value + line.slice(j), start: i + 1, end: line.length }) // unterminated: take the rest
        value += line.slice(j, q)
        if (line[q + 1] === '"') {
          value += '"'
          j = q + 2
          continue
        }
        cells.push({ value, start: i + 1, end: q })
        i = q + 1
        break
      }
      // text between the closing quote and the separator belongs to no cell
      const next = line.indexOf(sep, i)
      if (next < 0) return cells
      i = next + 1
      continue
    }
    const next = line.indexOf(sep, i)
    const end = next < 0 ? line.length : next
    cells.push({ value: line.slice(i, end), start: i, end })
    if (next < 0) return cells
    i = next + 1
  }
}

const DOTTED_VERSION = /^v?\d{1,5}(?:\.\d{1,9}){1,4}$/
const JSON_LINE = /^[ \t]*[{[][ \t]*(?:"|\{|\[|$)/
/** Redacts the personal cells of one data line laid out as `layout`; other lines come back as they are. */
export function redactRecord(line: string, layout: ColumnLayout, ctx: RuleContext, onVersion?: (value: string) => void): string {
  const body = line.endsWith('\r') ? line.slice(0, -1) : line
  // a JSON object or array is no record of a CSV header above it, whatever its commas
  if (layout.starts === undefined && JSON_LINE.test(body)) return line
  let cells = layout.starts ? fixedCells(body, layout.starts) : splitCells(body, layout.sep, layout.quotes)
  // (`Format-Table -AutoSize` right-aligns numbers under their dashes, and a value may run past its
  // column's start: each word then belongs to the column whose dashes it overlaps)
  if (cells.length === 0 && layout.starts !== undefined && layout.ends !== undefined) cells = overlapCells(body, layout.starts, layout.ends)
  if (cells.length !== layout.cells) return line
  if (layout.pairs) return redactPairRow(line, cells, ctx)
  // (a row naming Logitech, its maker or product, keeps its serial: support needs it; where a maker
  // column says whose the serial is, only that column counts: a room's `Lenovo,…,PF4R2KXM,Logi Rally
  // Bar (2207LZ0AB9C8)` holds the PC's serial, and the camera's in another column)
  const logitechRow =
    layout.kinds.includes('serial') &&
    (layout.maker !== undefined ? LOGITECH_WORD.test(cells[layout.maker]!.value) : cells.some((c) => LOGITECH_WORD.test(c.value)))
  let out = ''
  let last = 0
  for (let c = 0; c < cells.length; c++) {
    const kind = layout.kinds[c]
    const cell = cells[c]!
    if (kind === 'version') {
      const v = cell.value.trim()
      if (onVersion !== undefined && DOTTED_VERSION.test(v)) onVersion(v)
      continue
    }
    if (kind === undefined || (kind === 'serial' && (logitechRow || ctx.isInventorySerial(cell.value.trim())))) continue
    // a table's `Name` column names services, adapters and devices far more often than people
    // (`Surface Pro`, `Ethernet 2`): there a name must open with a listed given name
    if (kind === 'person-shaped' && layout.starts !== undefined && !namesAPerson(cell.value)) continue
    // (… and a person column's value must be a person's shape there: a row read by its dashes may hold anything)
    if (kind === 'person' && layout.starts !== undefined && !personShaped(cell.value) && !namesAPerson(cell.value)) continue
    const rep = redactCell(cell.value, kind, ctx)
    if (rep === undefined) continue
    out += body.slice(last, cell.start) + rep
    last = cell.end
  }
  return last === 0 ? line : out + line.slice(last)
}

function redactPairRow(line: string, cells: readonly Cell[], ctx: RuleContext): string {
  const [key, value] = cells as [Cell, Cell]
  if (key.value === '' || value.value === '' || isToken(value.value) || ctx.isKept(value.value)) return line
  const rep = judged(key.value, value.value, ctx)
  return rep === undefined ? line : line.slice(0, value.start) + rep + line.slice(value.end)
}

const HOLDS_TOKEN = new RegExp(TOKEN_SOURCE)
// A cell may hold a list (`Doe, Jane;Smith, John` under Required Attendees).
function redactCell(raw: string, kind: RedactedKind, ctx: RuleContext): string | undefined {
  const value = raw.trim()
  // (a cell already holding a token was read before: a token is shorter than its value, so on a second
  // pass a fixed-width row's cells run together, `<user-2>      user`)
  if (EMPTY_CELL.test(value) || isToken(value) || HOLDS_TOKEN.test(value) || ctx.isKept(value)) return undefined
  const parts = kind === 'mac' || kind === 'serial' || kind === 'pc-serial' ? [value] : value.split(/(;[ \t]*)/)
  let changed = false
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p // separator
    const v = p.trim()
    const token = v === '' || isToken(v) || ctx.isKept(v) ? undefined : tokenFor(v, kind, ctx)
    if (token === undefined) return p
    changed = true
    return p.replace(v, token)
  })
  if (!changed) return undefined
  return raw.replace(value, out.join(''))
}

// `CORP\kmensah` in an account column: two tokens, as the directory-name rule gives them elsewhere
const DOMAIN_ACCOUNT = /^([A-Za-z][\w.-]{0,62})\\([\w.$-]{1,64})$/
// a meeting's number (nine or more digits, in groups or not) or a Meet code (`abc-defg-hij`)
const MEETING_VALUE = /^(?:\d(?:[ -]?\d){8,15}|[a-z]{3}-[a-z]{4}-[a-z]{3})$/
// a Webex object id: base64 of `ciscospark://…/DEVICE/<uuid>` (also PEOPLE, PLACE, ROOM …)
const WEBEX_ID = /^Y2lzY29zcGFyazovL[A-Za-z0-9+/=_-]{16,}$/
const MAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/
const POSTAL_ADDRESS = /^(?=.*\d)(?=.*\p{L}{3})(?![^@]*@)[^\n]*[ \t,][^\n]*$/u
function tokenFor(value: string, kind: RedactedKind, ctx: RuleContext): string | undefined {
  if (kind === 'mac') return macToken(value, ctx, headerColumnsRule)
  if (kind === 'person-shaped' && !personShaped(value)) return undefined
  // (a count under `Participants` or `Attendees` names no one)
  if (kind === 'person' && !/\p{L}/u.test(value)) return undefined
  // a sign-in export's `User` column holds the display name (`Abiodun O. Adeyemi`), its `Username`
  // the account: a person's name there is a name, learned like one
  // (a middle initial is no name word of the pattern: tested without it)
  if (kind === 'account' && /[ \t]/.test(value) && personShaped(value.replace(/[ \t]\p{Lu}\.(?=[ \t])/gu, ''))) kind = 'person'
  // e-mails and phones in their own columns are left to their shape rules when they have one, and so
  // is an address in an account column (an audit export's `Actor`); a built-in account names no one
  if (
    (kind === 'email' && value.includes('@')) ||
    (kind === 'account' && MAIL_ADDRESS.test(value)) ||
    (kind === 'phone' && !/\d/.test(value))
  )
    return undefined
  if (kind === 'account' && SYSTEM_ACCOUNT.test(value)) return undefined
  // (a serial has a digit and no blank-separated prose: `5CG2381KXT`, not `To be filled by O.E.M.`)
  if ((kind === 'serial' || kind === 'pc-serial') && (!/\d/.test(value) || value.length < 4 || /\s/.test(value))) return undefined
  if (kind === 'meeting' && !MEETING_VALUE.test(value)) return undefined
  // (a street's words and a number: `4th Floor, 118 Lavelle Crossroad, Bengaluru 560001`, not `10.0.0.5` or `fe80::1`)
  if (kind === 'address' && !POSTAL_ADDRESS.test(value)) return undefined
  // (a machine's name is one word with a digit or a hyphen and no product in it: `AMS-03-AP-02`, not
  // `Rally Bar`; an address or a MAC there is left to its rule)
  if (
    kind === 'machine' &&
    (/\s/.test(value) ||
      !/[\d-]/.test(value) ||
      value.length > 63 ||
      LOGITECH_WORD.test(value) ||
      /^(?:[\d.]+|[0-9A-Fa-f:.-]{11,17})$/.test(value))
  )
    return undefined
  if (kind === 'object' && !(isGuid(value) && !isFirstPartyAppId(value)) && !WEBEX_ID.test(value)) return undefined
  // (a NetBIOS or DNS domain's shape; a workgroup names no one)
  if (kind === 'domain')
    return /^[A-Za-z][\w.-]{0,62}$/.test(value) && !/^workgroup$/i.test(value) ? domainToken(ctx, headerColumnsRule, value) : undefined
  const qualified = kind === 'account' ? DOMAIN_ACCOUNT.exec(value) : null
  if (qualified !== null)
    return `${domainToken(ctx, headerColumnsRule, qualified[1]!)}\\${accountToken(ctx, headerColumnsRule, qualified[2]!)}`
  const { kind: token, category } = TOKEN_FOR[kind]
  const key = pseudonymKey(token, value)
  return ctx.pseudonym(headerColumnsRule, value, { kind: token, counter: token, key, category })
}

/**
 * Runs over a chunk of whole lines: a header line sets the file's layout (returned), later lines
 * with its cell count have their personal cells replaced. Lines before any header pass as they are.
 */
export function redactHeaderColumns(
  text: string,
  layout: ColumnLayout | undefined,
  ctx: RuleContext,
  /** told each dotted number in a version column, for the session to keep in this file (see LABELS) */
  onVersion?: (value: string) => void
): { text: string; layout: ColumnLayout | undefined } {
  HEADER_CANDIDATE.lastIndex = 0
  let m = HEADER_CANDIDATE.exec(text)
  const underlined = text.includes('--')
  const headerless = HEADERLESS_ROWS.test(text)
  if (layout === undefined && m === null && !underlined && !headerless && !WMIC_LABEL_LINE.test(text)) return { text, layout }
  const lines = text.split('\n')
  // (each label line as it came in: as a record of an earlier layout it may have been changed)
  const original = underlined ? lines.slice() : lines
  let changed = false
  let pos = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    while (m !== null && m.index < pos) m = HEADER_CANDIDATE.exec(text)
    const atHeader = m !== null && m.index === pos
    pos += line.length + 1
    if (underlined && i > 0 && UNDERLINE.test(line)) {
      const table = underlinedLayout(original[i - 1]!, line)
      if (table !== undefined) {
        layout = table
        continue
      }
    }
    if (layout?.row !== undefined && !layout.row.test(line)) layout = undefined
    // a fixed-width table ends at a blank line
    if (layout?.starts !== undefined && line.trim() === '') {
      layout = undefined
      continue
    }
    // (a label line is tried only where it can start: a capital, two spaces in the line)
    const c0 = line.charCodeAt(0)
    if (c0 >= 65 && c0 <= 90 && line.includes('  ')) {
      const table = wmicLayout(line)
      if (table !== undefined) {
        layout = table
        continue
      }
    }
    if (headerless) {
      const table = c0 === 32 || c0 === 66 || c0 === 85 ? quserLayout(line) : c0 === 68 ? neighborLayout(line) : undefined
      if (table !== undefined) {
        layout = table
        continue
      }
      if (c0 >= 48 && c0 <= 57 && TEAMVIEWER_ROW.test(line)) {
        const out = redactRecord(line, TEAMVIEWER_LAYOUT, ctx)
        if (out !== line) {
          lines[i] = out
          changed = true
        }
        continue
      }
    }
    if (atHeader) {
      const next = headerLayout(line)
      if (next !== undefined) {
        layout = next
        continue
      }
      // a label-like line naming nothing personal is a data line of the current layout, if any
    }
    if (layout === undefined) continue
    const out = redactRecord(line, layout, ctx, onVersion)
    if (out !== line) {
      lines[i] = out
      changed = true
    }
  }
  return { text: changed ? lines.join('\n') : text, layout }
}
