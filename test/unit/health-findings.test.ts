// Findings name exactly what is missing and the part that told us, never contradict the room,
// and tell two of the same product apart.
import { describe, expect, it } from 'vitest'
import { runHealth } from '../../src/main/health/run-health'
import type { Device, PartKind, Peripheral, Snapshot } from '../../src/shared/contract'
import { makeDevice } from '../support/device'

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
