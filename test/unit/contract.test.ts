import { describe, expect, it } from 'vitest'
import { CALL_NAMES, EVENT_NAMES, calls, events, parseCallInput, ContractError, Device } from '../../src/shared/contract'
import { makeDevice } from '../support/device'

describe('contract', () => {
  it('preload channel lists match the zod tables exactly', () => {
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(calls).sort())
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort())
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

  it('device schema rejects upper-case hex and bad speeds', () => {
    const base = makeDevice({ usbProduct: null, serial: null })
    expect(Device.safeParse(base).success).toBe(true)
    expect(Device.safeParse({ ...base, vendorId: '046D' }).success).toBe(false)
    expect(Device.safeParse({ ...base, speed: 'warp' }).success).toBe(false)
  })
})
