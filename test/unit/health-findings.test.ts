// Findings name exactly what is missing and the part that told us, never contradict the room,
// and tell two of the same product apart.
import { describe, expect, it } from 'vitest'
import { runHealth } from '../../src/main/health/run-health'
import type { Device, PartKind, Peripheral, Snapshot } from '../../src/shared/contract'
import { makeDevice } from '../support/device'
import { roomView } from '../../src/shared/room/room-model'
import { roomText } from '../../src/shared/report/room-text'

const dev = (id: string, part: PartKind, name: string, extra: Partial<Device> = {}): Device =>
  makeDevice({ id, part, name, firmware: '1.0', ...extra })
const pod = (connected = true): Peripheral => ({
  part: 'mic-pod',
  name: 'Mic Pod 1',
  serial: null,
  firmware: '2.1',
  connected,
  reportedBy: 'usb:1-1.3'
})
const speaker = (connected = true): Peripheral => ({
  part: 'speaker',
  name: 'Speaker 1',
  serial: null,
  firmware: null,
  connected,
  reportedBy: 'usb:1-1.3'
})

function rally(peripherals: Peripheral[]): Snapshot {
  const devices = [
    dev('usb:1-1.1', 'camera', 'Rally Camera'),
    dev('usb:1-1.2', 'table-hub', 'Rally Table Hub', { productId: '0882' }),
    dev('usb:1-1.3', 'audio', 'Rally Audio', { productId: '0883' })
  ]
  return { devices, systems: [{ id: 'system:usb:1-1.1', product: 'Rally', parts: devices.map((d) => d.id), missing: [], peripherals }] }
}

const titles = (s: Snapshot): string[] => runHealth({ snapshot: s, tree: [] }).findings.map((f) => f.title)

describe('missing Rally peripherals', () => {
  it('with a Mic Pod connected and no speaker, speaks of speakers only, and concerns the part that reported it', () => {
    const [f, ...rest] = runHealth({ snapshot: rally([pod(), speaker(false)]), tree: [] }).findings
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', title: 'Rally reports no speaker connected', devices: ['usb:1-1.3'] })
    expect(f!.detail).toBe("The Rally's topology report lists no speaker connected. Without it, the room has no sound.")
    expect(`${f!.detail} ${f!.fix}`).not.toMatch(/Mic Pod|microphone/)
  })

  it('with speakers and no Mic Pod, speaks of microphones only', () => {
    const f = runHealth({ snapshot: rally([pod(false), speaker()]), tree: [] }).findings[0]!
    expect(f.title).toBe('Rally reports no Mic Pod connected')
    expect(`${f.detail} ${f.fix}`).not.toMatch(/speaker|sound/)
  })

  it('with neither, names both', () => {
    expect(titles(rally([pod(false), speaker(false)]))).toEqual(['Rally reports no Mic Pod and no speaker connected'])
    expect(titles(rally([pod(), speaker()]))).toEqual([])
  })
})

describe('peripherals a Rally Bar reports as not connected', () => {
  const BAR = 'usb:2-1'
  const bar = dev(BAR, 'bar', 'Rally Bar', { product: 'Rally Bar', productId: '089b' })
  const p = (part: string, name: string, connected: boolean): Peripheral => ({
    part,
    name,
    serial: null,
    firmware: null,
    connected,
    reportedBy: BAR
  })
  const sight = (connected: boolean): Peripheral => ({ ...p('camera', 'Sight', connected), serial: '2325LZ51XY58' })
  const micPod = (n: number, connected: boolean): Peripheral => p('mic-pod', `Mic Pod ${n}`, connected)
  const remote = p('remote', 'Remote', true)
  const rallyBar = (peripherals: Peripheral[], product = 'Rally Bar'): Snapshot => ({
    devices: [{ ...bar, product }],
    systems: [{ id: `system:${BAR}`, product, parts: [BAR], missing: [], peripherals }]
  })
  const SIGHT_FIX = 'Check that Sight has power and that its cable to the Rally Bar is seated at both ends'

  it.each([
    // [case, peripherals, title, detail, fix]
    [
      'Sight and one Mic Pod not connected',
      [sight(false), micPod(1, true), micPod(2, false), remote],
      'Rally Bar reports Sight and Mic Pod 2 not connected',
      "The Rally Bar's device info lists Sight and Mic Pod 2 as part of this Rally Bar, but not connected. Without them, the room has only the Rally Bar's own camera view and only the Rally Bar's built-in microphones pick up the room.",
      `${SIGHT_FIX} and check the Mic Pod cables to the Rally Bar (and to the Mic Pod Hub, if there is one), then wait a few seconds and check again. If they were taken out of the room on purpose, nothing needs fixing; this warning stays until they are removed from the Rally Bar's setup.`
    ],
    [
      'only Sight not connected',
      [sight(false), micPod(1, true)],
      'Rally Bar reports Sight not connected',
      "The Rally Bar's device info lists Sight as part of this Rally Bar, but not connected. Without it, the room has only the Rally Bar's own camera view.",
      `${SIGHT_FIX}, then wait a few seconds and check again. If it was taken out of the room on purpose, nothing needs fixing; this warning stays until it is removed from the Rally Bar's setup.`
    ]
  ] as const)('%s: a warning naming exactly those, from the bar that reported them', (_, peripherals, title, detail, fix) => {
    const report = runHealth({ snapshot: rallyBar([...peripherals]), tree: [] })
    const found = report.findings.filter((f) => f.check === 'incomplete-system')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'warning', title, detail, fix, devices: [BAR] })
    expect(`${found[0]!.title} ${found[0]!.detail}`).not.toMatch(/Remote|Mic Pod 1/)
  })

  it('is the same for every product whose catalog lists its peripherals, and for one whose catalog does not', () => {
    expect(titles(rallyBar([sight(false)], 'Rally Bar Mini'))).toEqual(['Rally Bar Mini reports Sight not connected'])
    // The catalog says nothing about a Huddle's peripherals: a listed one that is not connected is
    // still said, as an optional add-on, with a plain fix naming the part that reported it.
    const huddle = runHealth({ snapshot: rallyBar([micPod(1, false)], 'Rally Bar Huddle'), tree: [] }).findings
    expect(huddle).toHaveLength(1)
    expect(huddle[0]).toMatchObject({ severity: 'warning', title: 'Rally Bar Huddle reports Mic Pod 1 not connected', devices: [BAR] })
    expect(huddle[0]!.fix).toMatch(/^Check that Mic Pod 1 has power and that its cable to the Rally Bar is seated at both ends/)
  })

  it('says nothing of an optional peripheral that was never set up (not listed), nor of connected ones', () => {
    expect(titles(rallyBar([micPod(1, true), remote]))).toEqual([])
    expect(titles(rallyBar([]))).toEqual([])
  })

  it('makes the room a warning, never "No problems found" under "2 not connected"', () => {
    const snapshot = rallyBar([sight(false), micPod(1, false), micPod(2, true)])
    const report = runHealth({ snapshot, tree: [] })
    const view = roomView(snapshot, report.findings)
    expect(view.verdict).toBe('warning')
    expect(view.systems[0]!.verdict).toBe('warning')
    // The bar itself is fine: its tile stays "Connected"; the system pill carries the warning.
    const [headline, health] = roomText(view, report)
    expect(headline).toBe('Rally Bar — 1 part connected · 2 not connected')
    expect(health).toBe('Health: 1 warning')
  })
})

describe('firmware this app does not read', () => {
  it('is one note per system naming the parts, so a Tap never looks fully read', () => {
    const tap = (id: string, part: PartKind, name: string, firmware: string | null): Device =>
      dev(id, part, name, { product: 'Tap', firmware })
    const devices = [
      tap('usb:1-2', 'hdmi-capture', 'Tap HDMI Capture', null),
      tap('usb:1-3', 'sensor', 'Tap Controller', '1.4'),
      tap('usb:1-4', 'audio', 'Tap Audio', null)
    ]
    const report = runHealth({
      snapshot: { devices, systems: [{ id: 'system:tap', product: 'Tap', parts: devices.map((d) => d.id), missing: [], peripherals: [] }] },
      tree: []
    })
    const notes = report.findings.filter((f) => f.check === 'firmware-not-read')
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({
      severity: 'info',
      title: 'Tap: firmware not read for Tap HDMI Capture and Tap Audio',
      devices: ['usb:1-2', 'usb:1-4']
    })
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 1 })
  })

  it('does not count a failed read or missing access as "not read"', () => {
    const d = dev('usb:1-2', 'camera', 'Rally Camera', { firmware: null, errors: [{ code: 'read', message: 'LIBUSB_ERROR_IO' }] })
    const report = runHealth({
      snapshot: { devices: [d], systems: [{ id: 's', product: 'Rally', parts: [d.id], missing: [], peripherals: [] }] },
      tree: []
    })
    expect(report.findings.map((f) => f.check)).not.toContain('firmware-not-read')
    const read = report.findings.find((f) => f.check === 'device-read')!
    expect(read.title).toBe('Rally Camera: some details could not be read')
    expect(`${read.title} ${read.detail} ${read.fix}`).not.toContain('LIBUSB')
    expect(read.technical).toBe('LIBUSB_ERROR_IO')
  })
})

describe('two of the same', () => {
  it('names each Rally by its camera serial and USB place in its findings', () => {
    const cam = (id: string, serial: string, port: number): Device =>
      dev(id, 'camera', 'Rally Camera', { serial, location: { bus: 2, ports: [port], hubDepth: 0 } })
    const a = cam('usb:2-3', '2231PC4R7X18', 3)
    const b = cam('usb:2-4', '2231PC4R9Z02', 4)
    const sys = (d: Device) => ({ id: `system:${d.id}`, product: 'Rally', parts: [d.id], missing: ['table-hub' as const], peripherals: [] })
    expect(titles({ devices: [a, b], systems: [sys(a), sys(b)] })).toEqual([
      'Rally · camera 2231PC4R7X18 · bus 2 port 3: the Table Hub not found',
      'Rally · camera 2231PC4R9Z02 · bus 2 port 4: the Table Hub not found'
    ])
  })
})
