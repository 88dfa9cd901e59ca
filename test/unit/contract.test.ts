import { describe, expect, it } from 'vitest'
import { CALL_NAMES, EVENT_NAMES, calls, events, parseCallInput, ContractError, Device, PartKind } from '../../src/shared/contract'
import { FAMILIES } from '../../src/main/devices/catalog'
import { makeDevice } from '../support/device'

describe('contract', () => {
  it('names every call and event once, in a form safe as a channel and a URL path segment', () => {
    expect(CALL_NAMES).toEqual(Object.keys(calls))
    expect(EVENT_NAMES).toEqual(Object.keys(events))
    for (const name of [...CALL_NAMES, ...EVENT_NAMES]) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
  })

  it('marks as slow exactly the calls whose work runs for minutes', () => {
    expect(CALL_NAMES.filter((n) => calls[n].slow).sort()).toEqual([
      'bundle.save',
      'health.recheck',
      'ticket.export',
      'ticket.retry',
      'ticket.submit'
    ])
  })

  it.each([
    ['__proto__', undefined],
    ['constructor', undefined],
    ['devices.snapshot', { evil: true }],
    ['app.info', 'x'.repeat(10)]
  ])('rejects hostile call %s', (name, input) => {
    expect(() => parseCallInput(name, input)).toThrow(ContractError)
  })

  it('accepts a valid call', () => {
    expect(parseCallInput('devices.snapshot', undefined).name).toBe('devices.snapshot')
  })

  it('declares exactly the part kinds the catalog uses', () => {
    const used = new Set(FAMILIES.flatMap((f) => f.products.flatMap((p) => [...p.parts.map((d) => d.part), ...p.requiredParts])))
    expect([...used].sort()).toEqual([...PartKind.options].sort())
  })

  it('device schema rejects upper-case hex and bad speeds', () => {
    const base = makeDevice({ usbProduct: null, serial: null })
    expect(Device.safeParse(base).success).toBe(true)
    expect(Device.safeParse({ ...base, vendorId: '046D' }).success).toBe(false)
    expect(Device.safeParse({ ...base, speed: 'warp' }).success).toBe(false)
  })
})
