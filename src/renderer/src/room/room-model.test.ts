import { describe, expect, it } from 'vitest'
import type { Device, Finding, RoomSystem, Snapshot } from '../../../shared/contract'
import { makeDevice } from '../../../../test/support/device'
import { findingsLine, headline, roomView } from './room-model'

function device(id: string, part: string, extra: Partial<Device> = {}): Device {
  return makeDevice({
    id,
    part: part as Device['part'],
    name: `Rally ${part}`,
    usbProduct: null,
    serial: `S-${id}`,
    speed: 'high',
    location: { bus: 1, ports: [2, 1], hubDepth: 1 },
    ...extra
  })
}

const system = (id: string, product: string, parts: string[], missing: string[]): RoomSystem =>
  ({ id, product, parts, missing, peripherals: [] }) as RoomSystem

const rally = (missing: string[] = []): Snapshot => {
  const devices = [device('usb:1-2.2', 'table-hub'), device('usb:1-2.3', 'audio')]
  return {
    devices,
    systems: [
      system(
        'system:a',
        'Rally',
        devices.map((d) => d.id),
        missing
      )
    ]
  }
}

describe('roomView', () => {
  it('puts a missing part where it sits physically, as a placeholder', () => {
    const view = roomView(rally(['camera']))
    expect(view.systems[0]!.slots.map((s) => (s.kind === 'present' ? s.device.part : `missing:${s.part}`))).toEqual([
      'missing:camera',
      'table-hub',
      'audio'
    ])
    expect(view.systems[0]!.slots[0]).toMatchObject({ kind: 'missing', label: 'Camera' })
    expect(headline(view)).toBe('Rally — 2 parts connected · 1 missing')
    expect(findingsLine(view)).toBe('1 part not found')
  })

  it('leaves whether anything needs doing to the findings: a part in update mode is no count of its own', () => {
    const s = rally()
    s.devices[0] = { ...s.devices[0]!, mode: 'update' }
    s.devices.push(device('usb:1-3', 'unknown', { known: false, product: 'Unknown Logitech device', name: 'USB Receiver' }))
    const view = roomView(s)
    expect(view.others.map((d) => d.id)).toEqual(['usb:1-3'])
    expect(headline(view)).toBe('Rally — 2 parts connected · 1 other device')
    expect(findingsLine(view)).toBe('All expected parts are connected.')
    expect(view.verdict).toBeNull()
  })

  it('takes the room and each system verdict from the findings about their parts, notes never counting', () => {
    const s = rally()
    const meetup = device('usb:1-4', 'camera', { product: 'MeetUp', name: 'MeetUp Camera' })
    s.devices.push(meetup)
    s.systems.push(system('system:b', 'MeetUp', [meetup.id], []))
    const f = (id: string, severity: Finding['severity'], devices: string[]): Finding => ({
      id,
      check: id,
      severity,
      devices,
      title: id,
      detail: '',
      fix: ''
    })
    const view = roomView(s, [f('link-speed', 'error', ['usb:1-4']), f('firmware-not-read', 'info', ['usb:1-2.2'])])
    expect(view.verdict).toBe('error')
    expect(view.systems.map((x) => [x.product, x.verdict])).toEqual([
      ['Rally', 'ok'],
      ['MeetUp', 'error']
    ])
    expect(roomView(s, [f('rally-peripherals', 'warning', ['usb:1-2.3'])]).systems[0]!.verdict).toBe('warning')
    expect(roomView(s, []).verdict).toBe('ok')
  })

  it("labels two systems of the same product by their primary part's serial and USB place", () => {
    const a = device('usb:2-3', 'camera', { serial: '2231PC4R7X18', location: { bus: 2, ports: [3], hubDepth: 0 } })
    const b = device('usb:2-4', 'camera', { serial: null, location: { bus: 2, ports: [4], hubDepth: 0 } })
    const view = roomView({
      devices: [a, b],
      systems: [system('system:a', 'Rally', [a.id], ['table-hub']), system('system:b', 'Rally', [b.id], ['table-hub'])]
    })
    expect(view.systems.map((x) => x.label)).toEqual(['Rally · camera 2231PC4R7X18 · bus 2 port 3', 'Rally · camera · bus 2 port 4'])
    expect(roomView(rally()).systems[0]!.label).toBe('Rally')
  })

  it('summarises several systems by counts', () => {
    const a = rally()
    const meetup = device('usb:1-4', 'camera', { product: 'MeetUp', name: 'MeetUp Camera' })
    const view = roomView({
      devices: [...a.devices, meetup],
      systems: [...a.systems, system('system:b', 'MeetUp', [meetup.id], ['speakerphone'])]
    })
    expect(headline(view)).toBe('2 systems, 3 parts · 1 missing')
    expect(findingsLine(view)).toBe('1 part not found')
  })

  it('shows the non-USB parts a system reports, and flags the ones not connected', () => {
    const s = rally()
    const mic = (name: string, connected: boolean) => ({
      part: 'mic-pod',
      name,
      serial: null,
      firmware: '2.1.3',
      connected,
      reportedBy: 'usb:1-2.3'
    })
    s.systems[0] = { ...s.systems[0]!, peripherals: [mic('Mic Pod 1', true), mic('Mic Pod 2', false)] }
    const view = roomView(s)
    expect(view.systems[0]!.peripherals.map((p) => [p.peripheral.name, p.reporter])).toEqual([
      ['Mic Pod 1', 'Rally audio'],
      ['Mic Pod 2', 'Rally audio']
    ])
    expect(headline(view)).toBe('Rally — 2 parts connected · 1 not connected')
    expect(findingsLine(view)).toBe('Mic Pod 2 not connected')
  })

  it('says plainly when nothing is connected', () => {
    const view = roomView({ devices: [], systems: [] })
    expect(view.empty).toBe(true)
    expect(headline(view)).toBe('No room devices found')
  })
})
