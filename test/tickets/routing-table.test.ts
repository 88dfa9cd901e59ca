// The routing truth table: every route, and every date edge the terms create, decided for an
// injected "today". Expected routes are worked out by hand from the terms, not from the code.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TicketForm } from '../../src/shared/contract'
import { RouteDecision, TicketForm as TicketFormSchema } from '../../src/shared/contract'
import { decideRoute } from '../../src/main/tickets/decide-route'
import { parseIsoDate } from '../../src/main/tickets/calendar'
import { TERMS } from '../../src/main/tickets/terms-reading'
import { firstResponseBy } from '../../src/main/tickets/region'

const contact: TicketForm = {
  contactName: 'Jane Admin',
  email: 'jane@customer.example',
  phone: '+41 21 555 01 23',
  company: 'Customer AG',
  region: 'emea',
  serial: 'RC0001-A',
  description: 'The touch screen stays black after the update.'
}

const route = (form: TicketForm, today: string) => {
  const d = decideRoute({ ...contact, ...form }, { today: parseIsoDate(today)! })
  RouteDecision.parse(d)
  return d
}

type Row = [label: string, form: TicketForm, today: string, routeName: string, rule: string]

const tapIncident: TicketForm = { model: 'Tap', issueClass: 'incident', spoc: true, purchaseDate: '2024-01-01' }
const tapHw: TicketForm = { model: 'V-U0053', issueClass: 'hardware', purchaseDate: '2022-05-10' }
const tapEw: TicketForm = { ...tapHw, extensionDate: '2022-06-09' } // day 30

const rows: Row[] = [
  // JumpStart: purchase is day 0; 2024-01-01 + 90 days = 2024-03-31 (the 2024 leap day counts).
  ['JumpStart on day 90', tapIncident, '2024-03-31', 'jumpstart', 'R5'],
  ['JumpStart ends after day 90 (day 91)', tapIncident, '2024-04-01', 'support', 'R7'],
  ['JumpStart on the purchase day', tapIncident, '2024-01-01', 'jumpstart', 'R5'],
  ['not the SPOC: hand off', { ...tapIncident, spoc: false }, '2024-03-31', 'spoc-handoff', 'R6'],
  ['SPOC unanswered counts as not the SPOC', { ...tapIncident, spoc: undefined }, '2024-02-01', 'spoc-handoff', 'R6'],
  ['not the SPOC after day 90: plain support', { ...tapIncident, spoc: false }, '2024-04-01', 'support', 'R7'],
  ['SmartDock is JumpStart too', { ...tapIncident, model: 'SmartDock' }, '2024-02-01', 'jumpstart', 'R5'],
  ['Rally incident is never JumpStart', { ...tapIncident, model: 'Rally' }, '2024-01-02', 'support', 'R7'],
  ['MeetUp by model number, incident', { ...tapIncident, model: 'V-R0007' }, '2024-01-02', 'support', 'R7'],
  ['leap-year span: 2023-12-01 + 90 days is 2024-02-29', { ...tapIncident, purchaseDate: '2023-12-01' }, '2024-02-29', 'jumpstart', 'R5'],
  ['leap-year span: 2024-03-01 is day 91', { ...tapIncident, purchaseDate: '2023-12-01' }, '2024-03-01', 'support', 'R7'],
  // Standard warranty: through the second anniversary.
  ['hardware on the last day of year 2', tapHw, '2024-05-10', 'rma', 'R2'],
  ['hardware the day after year 2, no extension', tapHw, '2024-05-11', 'out-of-warranty', 'R4'],
  ['year 3 with an extension bought on day 30', tapEw, '2024-05-11', 'rma-extended', 'R3'],
  ['year 3, extension bought on day 31', { ...tapHw, extensionDate: '2022-06-10' }, '2024-05-11', 'out-of-warranty', 'R4'],
  ['year 3, extension bought on the purchase day', { ...tapHw, extensionDate: '2022-05-10' }, '2024-05-11', 'rma-extended', 'R3'],
  ['year 3, extension dated before the product', { ...tapHw, extensionDate: '2022-05-09' }, '2024-05-11', 'out-of-warranty', 'R4'],
  ['last day of year 3', tapEw, '2025-05-10', 'rma-extended', 'R3'],
  ['after year 3', tapEw, '2025-05-11', 'out-of-warranty', 'R4'],
  ['extension within year 2 is still the standard RMA', tapEw, '2023-01-01', 'rma', 'R2'],
  // "Purchased after March 6, 2020" is strict.
  [
    'bought 2020-03-06: not after the date',
    { ...tapHw, purchaseDate: '2020-03-06', extensionDate: '2020-03-06' },
    '2022-06-01',
    'out-of-warranty',
    'R4'
  ],
  [
    'bought 2020-03-07: after the date',
    { ...tapHw, purchaseDate: '2020-03-07', extensionDate: '2020-03-07' },
    '2022-06-01',
    'rma-extended',
    'R3'
  ],
  // Leap day purchase: anniversaries fall on 28 February.
  [
    'leap-day purchase, 2026-02-28 is the last standard day',
    { ...tapHw, purchaseDate: '2024-02-29', extensionDate: '2024-03-30' },
    '2026-02-28',
    'rma',
    'R2'
  ],
  [
    'leap-day purchase, 2026-03-01 is year 3',
    { ...tapHw, purchaseDate: '2024-02-29', extensionDate: '2024-03-30' },
    '2026-03-01',
    'rma-extended',
    'R3'
  ],
  [
    'leap-day purchase, extension on day 31 (2024-03-31)',
    { ...tapHw, purchaseDate: '2024-02-29', extensionDate: '2024-03-31' },
    '2026-03-01',
    'out-of-warranty',
    'R4'
  ],
  [
    'leap-day purchase, 2027-02-28 is the last extended day',
    { ...tapHw, purchaseDate: '2024-02-29', extensionDate: '2024-03-30' },
    '2027-02-28',
    'rma-extended',
    'R3'
  ],
  [
    'leap-day purchase, 2027-03-01 is out',
    { ...tapHw, purchaseDate: '2024-02-29', extensionDate: '2024-03-30' },
    '2027-03-01',
    'out-of-warranty',
    'R4'
  ],
  // Models.
  ['Rally Plus year 3 with extension', { ...tapEw, model: 'Rally Plus' }, '2024-06-01', 'rma-extended', 'R3'],
  ['Rally Camera model number year 3', { ...tapEw, model: 'V-R0010' }, '2024-06-01', 'rma-extended', 'R3'],
  ['MeetUp year 3 with extension', { ...tapEw, model: 'MeetUp' }, '2024-06-01', 'rma-extended', 'R3'],
  ['Rally Bar is not in the extension schedule', { ...tapEw, model: 'Rally Bar' }, '2024-06-01', 'out-of-warranty', 'R4'],
  ['SmartDock is not in the extension schedule', { ...tapEw, model: 'SmartDock' }, '2024-06-01', 'out-of-warranty', 'R4'],
  // Third-party parts and unknown classes.
  [
    'third-party part goes to its vendor, first',
    { ...tapIncident, component: 'third-party', vendor: 'Intel NUC' },
    '2024-01-02',
    'vendor-rma',
    'R1'
  ],
  [
    'third-party hardware in warranty still goes to its vendor',
    { ...tapHw, component: 'third-party', vendor: 'Surface Pro' },
    '2023-01-01',
    'vendor-rma',
    'R1'
  ],
  ['unknown issue class: triage', { ...tapHw, issueClass: 'unknown' }, '2023-01-01', 'triage', 'R8'],
  ['no issue class: more information', { ...tapHw, issueClass: undefined }, '2023-01-01', 'triage', 'R0'],
  ['hardware without a purchase date: more information', { ...tapHw, purchaseDate: undefined }, '2023-01-01', 'triage', 'R0'],
  ['purchase date in the future cannot decide', { ...tapHw, purchaseDate: '2030-01-01' }, '2023-01-01', 'triage', 'R0']
]

describe('routing truth table', () => {
  it.each(rows)('%s', (_label, form, today, routeName, rule) => {
    const d = route(form, today)
    expect({ route: d.route, rule: d.rule }).toEqual({ route: routeName, rule })
  })
})

describe('a decision explains itself', () => {
  it('R4 says which extension condition failed, with the deciding clause', () => {
    const d = route({ ...tapHw, extensionDate: '2022-06-10' }, '2024-05-11')
    const window = d.reasons.find((r) => r.term?.clause === '4' && r.term.document === 'extended-warranty')
    expect(window?.text).toContain('31 days after the product')
    expect(window?.text).toContain('by 2022-06-09')
  })

  it('R6 says the SPOC files and the action is an export', () => {
    const d = route({ ...tapIncident, spoc: false }, '2024-02-01')
    expect(d.action).toBe('export')
    expect(d.reasons.some((r) => r.term?.clause === '3 a')).toBe(true)
  })

  it('JumpStart accepts a box serial or confirmation number instead of the device serial', () => {
    const base = { ...tapIncident, serial: '' }
    expect(route(base, '2024-02-01').missing).toContain('serial')
    expect(route({ ...base, boxSerial: 'RC0001-B' }, '2024-02-01').missing).not.toContain('serial')
    expect(route({ ...base, confirmationNumber: 'CN-778' }, '2024-02-01').missing).not.toContain('serial')
    // An RMA needs the device serial itself.
    expect(route({ ...tapHw, serial: '', boxSerial: 'RC0001-B' }, '2023-01-01').missing).toContain('serial')
  })

  it('lists missing and invalid fields by form field name', () => {
    const d = decideRoute(
      { model: 'Tap', issueClass: 'incident', spoc: true, purchaseDate: '2024-01-01', email: 'no-at-sign', phone: '12' },
      { today: parseIsoDate('2024-01-05')! }
    )
    expect(d.route).toBe('jumpstart')
    expect(d.missing).toEqual(expect.arrayContaining(['contactName', 'company', 'region', 'serial', 'description']))
    expect(d.invalid.map((p) => p.field).sort()).toEqual(['email', 'phone'])
  })

  it('accepts national and international phone numbers, rejects impossible ones', () => {
    const phoneProblem = (phone: string, extra: TicketForm = {}) =>
      decideRoute({ ...contact, ...tapIncident, phone, ...extra }, { today: parseIsoDate('2024-01-05')! }).invalid.find(
        (p) => p.field === 'phone'
      )
    expect(phoneProblem('+1 650-253-0000')).toBeUndefined()
    expect(phoneProblem('(650) 253-0000', { region: 'na' })).toBeUndefined()
    expect(phoneProblem('03-1234-5678', { region: 'apac', country: 'JP' })).toBeUndefined()
    expect(phoneProblem('021 555 01 23', { region: 'emea' })?.message).toContain('country code')
    expect(phoneProblem('+41 12')).toBeDefined()
  })

  it('names the contracting entity by region, Logicool for Japan under JumpStart', () => {
    expect(route({ ...tapHw, region: 'na' }, '2023-01-01').contractingEntity).toBe('Logitech Inc.')
    expect(route({ ...tapHw, region: 'emea' }, '2023-01-01').contractingEntity).toBe('Logitech Europe SA')
    expect(route({ ...tapHw, region: 'apac' }, '2023-01-01').contractingEntity).toBe('Logitech Asia Pacific Limited')
    expect(route({ ...tapIncident, region: 'apac', country: 'JP' }, '2024-01-05').contractingEntity).toBe('Logicool Co. Ltd')
    expect(route({ ...tapIncident, region: 'apac' }, '2024-01-05').contractingEntity).toBe('Logitech Asia Pacific Ltd')
  })

  it('states the support hours and a first-response time for routes that file', () => {
    const d = route({ ...tapIncident, region: 'na' }, '2024-01-05')
    expect(d.expect.hours).toContain('09:00–21:00 Eastern Standard Time')
    expect(d.expect.text).toContain('one business day')
    expect(d.expect.firstResponseBy).not.toBeNull()
  })
})

describe('first response within one business day', () => {
  it('a Friday-night NA ticket is due when Monday’s next business day (Tuesday) closes', () => {
    // Friday 2024-01-05 22:00 EST = Saturday 03:00 UTC → counting starts Monday → due Tuesday 21:00 EST.
    expect(firstResponseBy('na', new Date('2024-01-06T03:00:00Z')).toISOString()).toBe('2024-01-10T02:00:00.000Z')
  })
  it('a Monday-morning EMEA ticket is due Tuesday 19:00 CET', () => {
    expect(firstResponseBy('emea', new Date('2024-01-08T09:30:00Z')).toISOString()).toBe('2024-01-09T18:00:00.000Z')
  })
  it('APAC before opening on Monday counts from Monday', () => {
    // Monday 02:00 IST = Sunday 20:30 UTC → due Tuesday 19:00 IST = 13:30 UTC.
    expect(firstResponseBy('apac', new Date('2024-01-07T20:30:00Z')).toISOString()).toBe('2024-01-09T13:30:00.000Z')
  })
})

describe('quoted clauses are in the terms', () => {
  const termsDir = resolve(__dirname, '../../../shared/terms')
  const norm = (s: string): string => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim()
  const text = {
    jumpstart: norm(readFileSync(resolve(termsDir, 'jumpstart-service-terms.txt'), 'utf8')),
    'extended-warranty': norm(readFileSync(resolve(termsDir, 'extended-warranty-b2b-terms.txt'), 'utf8'))
  }
  it.each(Object.entries(TERMS))('%s', (_key, quote) => {
    for (const piece of quote.quote.split(/ … | · /)) expect(text[quote.document as 'jumpstart']).toContain(norm(piece))
  })
})

describe('the README’s form example', () => {
  it('is a complete, valid form that routes as the README says for a year-3 Rally Plus claim', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8')
    const block = /### The form[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
    const form = TicketFormSchema.strict().parse(JSON.parse(block!))
    const d = decideRoute(form, { today: parseIsoDate('2025-06-01')! })
    expect({ route: d.route, rule: d.rule, missing: d.missing, invalid: d.invalid }).toEqual({
      route: 'rma-extended',
      rule: 'R3',
      missing: [],
      invalid: []
    })
  })
})
