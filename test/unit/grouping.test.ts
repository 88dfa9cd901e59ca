import { describe, expect, it } from 'vitest'
import { identify, type Identified } from '../../src/main/devices/identify'
import { groupSystems } from '../../src/main/devices/grouping'
import type { RawUsbDevice } from '../../src/main/devices/raw-device'
import { raw } from '../support/raw-device'

const run = (raws: RawUsbDevice[]) => groupSystems(raws.map((r) => identify(r, [])).filter((x): x is Identified => x !== null))

describe('identify', () => {
  it('ignores unrelated devices and lists unknown Logitech ones', () => {
    expect(identify(raw('8087', '0024', '1-1'), [])).toBeNull()
    const unknown = identify(raw('046d', 'c52b', '1-3', { product: Buffer.from('USB Receiver\n') }), [])!
    expect(unknown.device).toMatchObject({ product: 'Unknown Logitech device', part: 'unknown', name: 'USB Receiver', known: false })
  })
  it('computes hub depth from the port path', () => {
    expect(identify(raw('046d', '0881', '1-2'), [])!.device.location.hubDepth).toBe(0)
    expect(identify(raw('046d', '0881', '1-2.1.4'), [])!.device.location.hubDepth).toBe(2)
  })
  it('marks update and bootloader modes from the catalog', () => {
    expect(identify(raw('046d', '0886', '1-2'), [])!.device).toMatchObject({ part: 'audio', mode: 'update', product: 'Rally' })
    expect(identify(raw('222a', 'ff51', '1-2'), [])!.device).toMatchObject({ part: 'touch', mode: 'bootloader', product: 'Tap' })
  })
  it('falls back to the HID serial when sysfs has none', () => {
    const id = identify(raw('046d', '0867', '1-2'), [
      { path: '/dev/hidraw0', vendorId: '046d', productId: '0867', serial: 'SPK1', topoName: '1-2', interfaceNumber: 3, usagePage: 0xff00 }
    ])
    expect(id!.device.serial).toBe('SPK1')
  })
})

describe('grouping', () => {
  it('a complete Rally behind one hub is one system with nothing missing', () => {
    const g = run([raw('046d', '0881', '1-2.1'), raw('046d', '088f', '1-2.2'), raw('046d', '0885', '1-2.3')])
    expect(g.systems).toHaveLength(1)
    expect(g.systems[0]).toMatchObject({ product: 'Rally', parts: ['usb:1-2.1', 'usb:1-2.2', 'usb:1-2.3'], missing: [] })
  })

  it('a MeetUp camera alone reports its speakerphone missing', () => {
    const g = run([raw('046d', '0866', '2-1')])
    expect(g.systems[0]).toMatchObject({ product: 'MeetUp', missing: ['speakerphone'] })
  })

  it('two Rallies on one PC are split by topology', () => {
    const g = run([
      raw('046d', '0881', '1-2.1'),
      raw('046d', '088f', '1-2.2'),
      raw('046d', '0885', '1-2.3'),
      raw('046d', '0881', '1-4.1'),
      raw('046d', '088f', '1-4.2'),
      raw('046d', '0885', '1-4.3')
    ])
    expect(g.systems.map((s) => s.parts)).toEqual([
      ['usb:1-2.1', 'usb:1-2.2', 'usb:1-2.3'],
      ['usb:1-4.1', 'usb:1-4.2', 'usb:1-4.3']
    ])
  })

  it('a SuperSpeed camera on the USB 3 bus joins its USB 2 siblings by port path', () => {
    const g = run([raw('046d', '0866', '2-3', { speed: 'super' }), raw('046d', '0867', '1-3')])
    expect(g.systems).toHaveLength(1)
    expect(g.systems[0]!.missing).toEqual([])
  })

  it('Tap: five parts including non-Logitech companions form one system', () => {
    const g = run([
      raw('046d', '0876', '1-5.1'),
      raw('046d', '0872', '1-5.2'),
      raw('046d', '0874', '1-5.3'),
      raw('222a', '0001', '1-5.4'),
      raw('17e9', 'ff13', '2-5.4')
    ])
    expect(g.systems).toHaveLength(1)
    expect(g.systems[0]).toMatchObject({ product: 'Tap', missing: [] })
    expect(g.systems[0]!.parts).toHaveLength(5)
  })

  it('a DisplayLink adapter without any Tap part is not ours and is not listed', () => {
    const g = run([raw('17e9', 'ff13', '1-1'), raw('046d', '0881', '1-2')])
    expect(g.devices.map((d) => d.id)).toEqual(['usb:1-2'])
  })

  it('unknown Logitech devices are listed outside any system', () => {
    const g = run([raw('046d', 'c52b', '1-1'), raw('046d', '089b', '2-2', { speed: 'super' })])
    expect(g.devices).toHaveLength(2)
    expect(g.systems).toEqual([{ id: 'system:usb:2-2', product: 'Rally Bar', parts: ['usb:2-2'], missing: [], peripherals: [] }])
  })
})
