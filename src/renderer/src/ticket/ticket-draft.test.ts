import { describe, expect, it } from 'vitest'
import type { RouteDecision, TicketError, TicketPrefill } from '../../../shared/contract'
import { draftFromPrefill, fieldProblems, formToSend, problemsPerStep, stepOfField, STEPS, withModel, type Draft } from './ticket-draft'

const findings: TicketPrefill['findings'] = [
  { id: 'link-speed:usb:1-3', severity: 'error', title: 'MeetUp Camera is running at USB 2 speed' },
  { id: 'firmware:usb:1-4', severity: 'info', title: 'Firmware could not be read' }
]

const decision = (over: Partial<RouteDecision> = {}): RouteDecision => ({
  route: 'jumpstart',
  rule: 'R5',
  action: 'file',
  title: 'JumpStart incident',
  reasons: [],
  required: ['contactName', 'email', 'phone', 'serial'],
  missing: ['phone', 'serial'],
  invalid: [],
  contractingEntity: null,
  product: 'Tap',
  expect: { region: null, hours: null, text: '', firstResponseBy: null },
  today: '2026-12-04',
  ...over
})

describe('ticket draft', () => {
  it('puts every form field on exactly one step', () => {
    const fields = STEPS.flatMap((s) => s.fields)
    expect(new Set(fields).size).toBe(fields.length)
    expect(stepOfField('serial')).toBe('product')
    expect(stepOfField('spoc')).toBe('contact')
  })

  it('ticks errors and warnings from the pre-fill, not notes', () => {
    const d = draftFromPrefill({ form: { model: 'MeetUp', serial: 'MU1' }, candidates: [], findings })
    expect(d.findings).toEqual(['link-speed:usb:1-3'])
    expect(d.form).toEqual({ model: 'MeetUp', serial: 'MU1' })
  })

  it('sends no blank inputs, no extension date unless one was bought, and the chosen findings after the description', () => {
    const draft: Draft = {
      form: {
        contactName: '  Ada ',
        email: '',
        description: 'No picture.',
        extensionDate: '2024-01-10',
        component: 'logitech',
        vendor: 'Intel',
        spoc: false
      },
      hasExtension: false,
      findings: ['link-speed:usb:1-3'],
      bundlePath: '/b.zip'
    }
    expect(formToSend(draft, findings)).toEqual({
      contactName: 'Ada',
      description: 'No picture.\n\nFindings of the diagnostics app:\n- [Error] MeetUp Camera is running at USB 2 speed',
      component: 'logitech',
      spoc: false
    })
    expect(formToSend({ ...draft, hasExtension: true, findings: [] }, findings).extensionDate).toBe('2024-01-10')
  })

  it('flags missing fields only on steps already visited; refusals always, the server’s over the route’s', () => {
    const refused: TicketError = {
      kind: 'invalid',
      message: 'Refused',
      fields: [{ field: 'email', message: 'Email is invalid' }],
      other: [],
      status: 422
    }
    const d = decision({ invalid: [{ field: 'email', message: 'This does not look like an e-mail address.' }] })
    const none = fieldProblems(d, null, new Set())
    expect([...none.keys()]).toEqual(['email'])
    const visited = fieldProblems(d, refused, new Set(['contact']))
    expect(visited.get('phone')).toEqual({ kind: 'missing', message: 'Needed for “JumpStart incident”.' })
    expect(visited.has('serial')).toBe(false)
    expect(visited.get('email')).toEqual({ kind: 'invalid', message: 'The ticket server refused this: Email is invalid' })
    expect(problemsPerStep(visited)).toEqual(new Map([['contact', 2]]))
    expect(fieldProblems(decision({ rule: 'R0' }), null, new Set(['contact'])).get('phone')?.message).toBe(
      'Needed to work out where the ticket goes.'
    )
  })
})

describe('withModel', () => {
  const candidates: TicketPrefill['candidates'] = [
    { product: 'Rally', serial: 'RC-1', firmware: '1.2.300', serialFrom: 'Rally Camera' },
    { product: 'MeetUp', serial: 'MU-1', firmware: null, serialFrom: 'MeetUp Camera' }
  ]

  it('takes the detected serial and firmware away from a model that was not detected, and brings them back', () => {
    const tap = withModel({ model: 'Rally', serial: 'RC-1', firmware: '1.2.300' }, 'Tap', candidates)
    expect(tap).toEqual({ model: 'Tap', serial: '', firmware: '' })
    expect(withModel(tap, 'rally', candidates)).toEqual({ model: 'rally', serial: 'RC-1', firmware: '1.2.300' })
    expect(withModel(tap, 'MeetUp', candidates)).toEqual({ model: 'MeetUp', serial: 'MU-1', firmware: '' })
  })

  it('keeps a serial the person typed', () => {
    expect(withModel({ model: 'Rally', serial: 'FROM-LABEL', firmware: '1.2.300' }, 'Tap', candidates)).toEqual({
      model: 'Tap',
      serial: 'FROM-LABEL',
      firmware: ''
    })
    expect(withModel({ model: 'Tap', serial: 'TYPED' }, 'Rally', candidates)).toEqual({
      model: 'Rally',
      serial: 'TYPED',
      firmware: '1.2.300'
    })
  })
})
