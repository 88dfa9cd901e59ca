import type { Category } from './categories'
import { isToken } from './token'
import type { Rule, RuleContext } from './types'
import { macToken } from './rules/mac'
import { personShaped } from './rules/person-phrases'

// Records whose meaning is in a header row, not beside each value: CSV exports (calendar,
// DHCP audit, sign-in reports) name their columns once in the first row, W3C extended logs
// (IIS, Exchange message tracking) in a `#Fields:` line. A data line alone says
// `2024-03-04,Halvorsen, Ingeborg,…` and no key rule can tell that a person sits there, so the
// session remembers each file's last header and, for lines with the same number of cells,
// redacts the cells of the columns the header names as personal.

export type ColumnKind = 'person' | 'person-shaped' | 'email' | 'account' | 'host' | 'phone' | 'mac'

export interface ColumnLayout {
  sep: string
  /** RFC 4180 quotes (CSV); W3C fields are bare */
  quotes: boolean
  cells: number
  kinds: ReadonlyArray<ColumnKind | undefined>
}

// Header labels, lower case with everything but letters removed (`Required Attendees` →
// `requiredattendees`, `cs-username` → `csusername`). First match wins.
const LABELS: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/mail|upn|userprincipalname|recipientaddress|senderaddress/, 'email'],
  [
    /organi[sz]er|attendee|participant|invitee|displayname|fullname|firstname|lastname|givenname|surname|familyname|contactname|ownername|sendername|recipientname|bookedby|personname|employeename|cardholder/,
    'person'
  ],
  [/^(?:name|owner|from|to|createdby|modifiedby|requester|requestedby|assignee|reporter|host|guest|caller|author)$/, 'person-shaped'],
  // (a door-access or HR record's person number: a badge's, an employee's; a card number there is a badge's)
  [
    /username|accountname|logonname|loginname|samaccountname|employee(?:id|number|no)|badge(?:id|number|no)?$|^card(?:number|no|id)$|^(?:user|account|login|cuser|userid)$/,
    'account'
  ],
  [/hostname|computername|machinename|workstation|devicename|clientname|nodename|fqdn/, 'host'],
  [/phone|mobile|msisdn|callerid|telephone|^tel$|^fax$/, 'phone'],
  [/^mac$|macaddress|hwaddress|physicaladdress|bssid/, 'mac']
]

const TOKEN_FOR: Record<Exclude<ColumnKind, 'mac'>, { kind: string; category: Category }> = {
  person: { kind: 'name', category: 'person' },
  'person-shaped': { kind: 'name', category: 'person' },
  email: { kind: 'email', category: 'contact' },
  account: { kind: 'user', category: 'account' },
  host: { kind: 'host', category: 'device-identifier' },
  phone: { kind: 'phone', category: 'contact' }
}

export const headerColumnsRule: Rule = {
  id: 'header-column',
  category: 'person',
  kind: 'name',
  detector:
    'cells of CSV records and W3C `#Fields:` logs whose header row names a person, e-mail, account, host, phone or MAC column (same cell count as the header)',
  replacement: '<name-N>, <email-N>, <user-N>, <host-N>, <phone-N>, <mac-OUI-N> per column',
  apply: (text) => text
}

/** Lines that may be a header: `#Fields:` or 3+ label-like cells and nothing else. */
const HEADER_CANDIDATE = /^(?:#Fields:[^\n]*|"?[A-Za-z][\w .()/#-]{0,40}"?(?:[,;\t] ?"?[A-Za-z][\w .()/#-]{0,40}"?){2,}\r?)$/gm
const EMPTY_CELL = /^(?:|-|n\/a|null|none|unknown)$/i

function label(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z]/g, '')
}

function kindOf(cell: string): ColumnKind | undefined {
  const l = label(cell)
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
  } else {
    // the separator that splits the line into the most cells
    sep = [',', ';', '\t'].reduce((best, s) => (text.split(s).length > text.split(best).length ? s : best), ',')
    cells = splitCells(text, sep, true).map((c) => c.value.trim())
    if (cells.length < 3) return undefined
  }
  const kinds = cells.map(kindOf)
  if (!kinds.some((k) => k !== undefined)) return undefined
  return { sep, quotes, cells: cells.length, kinds }
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

/** Redacts the personal cells of one data line laid out as `layout`; other lines come back as they are. */
export function redactRecord(line: string, layout: ColumnLayout, ctx: RuleContext): string {
  const body = line.endsWith('\r') ? line.slice(0, -1) : line
  const cells = splitCells(body, layout.sep, layout.quotes)
  if (cells.length !== layout.cells) return line
  let out = ''
  let last = 0
  for (let c = 0; c < cells.length; c++) {
    const kind = layout.kinds[c]
    const cell = cells[c]!
    if (kind === undefined) continue
    const rep = redactCell(cell.value, kind, ctx)
    if (rep === undefined) continue
    out += body.slice(last, cell.start) + rep
    last = cell.end
  }
  return last === 0 ? line : out + line.slice(last)
}

// A cell may hold a list (`Doe, Jane;Smith, John` under Required Attendees).
function redactCell(raw: string, kind: ColumnKind, ctx: RuleContext): string | undefined {
  const value = raw.trim()
  if (EMPTY_CELL.test(value) || isToken(value) || ctx.isKept(value)) return undefined
  const parts = kind === 'mac' ? [value] : value.split(/(;[ \t]*)/)
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

function tokenFor(value: string, kind: ColumnKind, ctx: RuleContext): string | undefined {
  if (kind === 'mac') return macToken(value, ctx, headerColumnsRule)
  if (kind === 'person-shaped' && !personShaped(value)) return undefined
  // e-mails and phones in their own columns are left to their shape rules when they have one
  if ((kind === 'email' && value.includes('@')) || (kind === 'phone' && !/\d/.test(value))) return undefined
  const { kind: token, category } = TOKEN_FOR[kind]
  const key =
    kind === 'phone' ? value.replace(/\D/g, '').slice(-9) : kind === 'person' || kind === 'person-shaped' ? value : value.toLowerCase()
  return ctx.pseudonym(headerColumnsRule, value, { kind: token, counter: token, key, category })
}

/**
 * Runs over a chunk of whole lines: a header line sets the file's layout (returned), later lines
 * with its cell count have their personal cells replaced. Lines before any header pass as they are.
 */
export function redactHeaderColumns(
  text: string,
  layout: ColumnLayout | undefined,
  ctx: RuleContext
): { text: string; layout: ColumnLayout | undefined } {
  HEADER_CANDIDATE.lastIndex = 0
  let m = HEADER_CANDIDATE.exec(text)
  if (layout === undefined && m === null) return { text, layout }
  const lines = text.split('\n')
  let changed = false
  let pos = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    while (m !== null && m.index < pos) m = HEADER_CANDIDATE.exec(text)
    const atHeader = m !== null && m.index === pos
    pos += line.length + 1
    if (atHeader) {
      const next = headerLayout(line)
      if (next !== undefined) {
        layout = next
        continue
      }
      // a label-like line naming nothing personal is a data line of the current layout, if any
    }
    if (layout === undefined) continue
    const out = redactRecord(line, layout, ctx)
    if (out !== line) {
      lines[i] = out
      changed = true
    }
  }
  return { text: changed ? lines.join('\n') : text, layout }
}
