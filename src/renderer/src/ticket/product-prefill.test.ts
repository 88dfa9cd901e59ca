import { describe, expect, it } from 'vitest'
import type { Device, Finding, HealthReport, Snapshot } from '../../../shared/contract'
import { detectedProducts } from './product-prefill'

function device(id: string, part: string, name: string, serial: string | null, firmware: string | null = null): Device {
  return {
    id,
    vendorId: '046d',
    productId: '0881',
    product: 'Rally',
    part,
    name,
    usbProduct: null,
    serial,
    firmware,
    firmwareSource: null,
    components: [],
    mode: 'normal',
    speed: 'high',
    location: { bus: 1, ports: [2, 1], hubDepth: 1 },
    known: true,
    errors: []
  }
}

const finding = (id: string, devices: string[], severity: Finding['severity']): Finding => ({ id, check: id.split(':')[0]!, severity, devices, title: id, detail: '', fix: '' })

const report = (findings: Finding[]): HealthReport => ({ findings, topology: [], counts: { error: 0, warning: 0, info: 0 } })

describe('detectedProducts', () => {
  // The snapshot lists the Table Hub first on purpose: the serial must still be the camera's.
  const hub = device('usb:1-2.2', 'table-hub', 'Rally Table Hub', 'TH-1', '1.4.20')
  const camera = device('usb:1-2.1', 'camera', 'Rally Camera', 'RC-1', '1.2.300')
  const snapshot: Snapshot = { devices: [hub, camera], systems: [{ id: 'system:usb:1-2.1', product: 'Rally', parts: [hub.id, camera.id], missing: [], peripherals: [] }] }

  it("takes a Rally's serial and firmware from the Rally Camera, not the Table Hub", () => {
    const [p] = detectedProducts(snapshot, null)
    expect(p).toMatchObject({ model: 'Rally', primaryName: 'Rally Camera', serial: 'RC-1', firmware: '1.2.300', serialNote: null })
  })

  it('leaves the serial empty and says why when the primary part is missing', () => {
    const without: Snapshot = { devices: [hub], systems: [{ id: 'system:usb:1-2.2', product: 'Rally', parts: [hub.id], missing: ['camera'], peripherals: [] }] }
    const [p] = detectedProducts(without, null)
    expect(p?.serial).toBeNull()
    expect(p?.serialNote).toBe('The Rally Camera is not connected, so its serial cannot be read. Type it from the label on the device or its box.')
  })

  it("lists the system's findings, worst first, and not other systems'", () => {
    const findings = [
      finding('firmware-min:usb:1-2.2', [hub.id], 'info'),
      finding('link-speed:usb:1-2.1', [camera.id], 'error'),
      finding('incomplete-system:system:usb:1-2.1', [], 'warning'),
      finding('link-speed:usb:1-9', ['usb:1-9'], 'error')
    ]
    const [p] = detectedProducts(snapshot, report(findings))
    expect(p?.findings.map((f) => f.id)).toEqual(['link-speed:usb:1-2.1', 'incomplete-system:system:usb:1-2.1', 'firmware-min:usb:1-2.2'])
  })

  it('has nothing to offer before the first snapshot', () => {
    expect(detectedProducts(null, null)).toEqual([])
  })
})
