import { describe, expect, it } from 'vitest'
import type { Device, RoomSystem, Snapshot } from '../../../shared/contract'
import { findingsLine, headline, roomView } from './room-model'
import { roomSummaryText } from './summary-text'

// Fixtures are asserted rather than annotated so fields the screen does not read yet can be
// added to the contract without touching them.
function device(id: string, part: string, extra: Partial<Device> = {}): Device {
  return {
    id,
    vendorId: '046d',
    productId: '0881',
    product: 'Rally',
    part,
    name: `Rally ${part}`,
    usbProduct: null,
    serial: `S-${id}`,
    firmware: null,
    mode: 'normal',
    speed: 'high',
    location: { bus: 1, ports: [2, 1], hubDepth: 1 },
    known: true,
    errors: [],
    firmwareSource: null,
    components: [],
    ...extra
  } as Device
}

const system = (id: string, product: string, parts: string[], missing: string[]): RoomSystem =>
  ({ id, product, parts, missing, peripherals: [] }) as RoomSystem

const rally = (missing: string[] = []): Snapshot => {
  const devices = [device('usb:1-2.2', 'table-hub'), device('usb:1-2.3', 'audio')]
  return { devices, systems: [system('system:a', 'Rally', devices.map((d) => d.id), missing)] }
}

describe('roomView', () => {
  it('puts a missing part where it sits physically, as a placeholder', () => {
    const view = roomView(rally(['camera']))
    expect(view.systems[0]!.slots.map((s) => (s.kind === 'present' ? s.device.part : `missing:${s.part}`))).toEqual(['missing:camera', 'table-hub', 'audio'])
    expect(view.systems[0]!.slots[0]).toMatchObject({ kind: 'missing', label: 'Camera' })
    expect(headline(view)).toBe('Rally — 2 parts connected · 1 missing')
    expect(findingsLine(view)).toBe('1 part not found')
  })

  it('counts parts that need attention, and lists devices outside any system', () => {
    const s = rally()
    s.devices[0] = { ...s.devices[0]!, mode: 'update' }
    s.devices.push(device('usb:1-3', 'unknown', { known: false, product: 'Unknown Logitech device', name: 'USB Receiver' }))
    const view = roomView(s)
    expect(view.others.map((d) => d.id)).toEqual(['usb:1-3'])
    expect(headline(view)).toBe('Rally — 2 parts connected · 1 other device')
    expect(findingsLine(view)).toBe('1 part needs attention')
  })

  it('summarises several systems by counts', () => {
    const a = rally()
    const meetup = device('usb:1-4', 'camera', { product: 'MeetUp', name: 'MeetUp Camera' })
    const view = roomView({
      devices: [...a.devices, meetup],
      systems: [...a.systems, system('system:b', 'MeetUp', [meetup.id], ['speakerphone'])]
    })
    expect(headline(view)).toBe('2 systems, 3 parts')
    expect(findingsLine(view)).toBe('1 part not found')
  })

  it('shows the non-USB parts a system reports, and flags the ones not connected', () => {
    const s = rally()
    const mic = (name: string, connected: boolean) => ({ part: 'mic-pod', name, serial: null, firmware: '2.1.3', connected, reportedBy: 'usb:1-2.3' })
    s.systems[0] = { ...s.systems[0]!, peripherals: [mic('Mic Pod 1', true), mic('Mic Pod 2', false)] }
    const view = roomView(s)
    expect(view.systems[0]!.peripherals.map((p) => [p.peripheral.name, p.reporter])).toEqual([
      ['Mic Pod 1', 'Rally audio'],
      ['Mic Pod 2', 'Rally audio']
    ])
    expect(headline(view)).toBe('Rally — 2 parts connected')
    expect(findingsLine(view)).toBe('Mic Pod 2 not connected')
    expect(roomSummaryText(view, null)).toContain('  - Mic Pod 2 (reported by Rally audio): NOT CONNECTED\n    serial not reported · firmware 2.1.3\n')
  })

  it('says plainly when nothing is connected', () => {
    const view = roomView({ devices: [], systems: [] })
    expect(view.empty).toBe(true)
    expect(headline(view)).toBe('No room devices found')
  })
})

describe('roomSummaryText', () => {
  it('is plain text with one line per part and the facts support asks for', () => {
    const s = rally(['camera'])
    s.devices[0] = { ...s.devices[0]!, errors: [{ code: 'permission', message: 'This app cannot open /dev/x.' }] }
    const text = roomSummaryText(roomView(s), null, new Date('2026-01-02T03:04:05.678Z'))
    expect(text).toBe(
      [
        'Rally — 2 parts connected · 1 missing',
        '1 part not found · 1 part needs attention',
        'Logi Room Diagnostics, 2026-01-02T03:04:05Z',
        '',
        'Rally — 2 of 3 parts connected',
        '  - Camera: NOT FOUND',
        '  - Rally table-hub: No access',
        '    serial S-usb:1-2.2 · firmware no access · USB 2 · 480 Mbit/s · bus 1 · port 2.1 · 1 hub · 046d:0881',
        '    ! No access to the device: This app cannot open /dev/x.',
        '  - Rally audio: Connected',
        '    serial S-usb:1-2.3 · firmware not reported · USB 2 · 480 Mbit/s · bus 1 · port 2.1 · 1 hub · 046d:0881',
        ''
      ].join('\n')
    )
  })
})
