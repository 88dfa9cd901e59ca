// Proves the simulated-USB harness itself: what usb@2 and node-hid see under runner.py.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { describeRoom, type SimUsbDevice } from '../umockdev/describe'
import { assertUmockdevAvailable, PROBES_DIR, runUnderRoom, startRoom } from '../umockdev/harness'
import { rallyRoom, usb2Hub } from '../support/sim-parts'
import { realFixture } from '../support/real-fixtures'

const probe = (name: string) => path.join(PROBES_DIR, name)

interface UsbEntry {
  vendorId: number
  productId: number
  bcdDevice: number
  busNumber: number
  deviceAddress: number
  portNumbers?: number[]
  parent: [number, number] | null
  numInterfaces?: number | null
  configError?: string
  serial?: string | { error: string } | null
  product?: string | { error: string } | null
  openError?: string
}
interface EnumerateOut {
  usb: UsbEntry[]
  hid: Array<Record<string, unknown>>
  sysfs: Record<string, { serial: unknown; speed: unknown }>
  sysfsDir: string[]
}

async function enumerate(devices: SimUsbDevice[], args: string[] = []): Promise<EnumerateOut> {
  const r = await runUnderRoom(describeRoom(devices), process.execPath, [probe('enumerate.cjs'), ...args])
  expect(r.stderr).not.toMatch(/Traceback/)
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as EnumerateOut
}

const find = (out: EnumerateOut, pid: number) => out.usb.find((d) => d.vendorId === 0x046d && d.productId === pid)

beforeAll(() => assertUmockdevAvailable())

describe('simulated room: enumeration', () => {
  it('usb@2 sees a Rally-like room behind a hub, with sysfs attributes readable', async () => {
    const { devices } = rallyRoom()
    const out = await enumerate(devices, ['--sysfs', '1-2.1', '--sysfs', '1-2.3'])
    const cam = find(out, 0x0881)
    expect(cam).toMatchObject({ busNumber: 1, portNumbers: [2, 1], bcdDevice: 0x0103, numInterfaces: 3 })
    expect(find(out, 0x088f)).toMatchObject({ busNumber: 1, portNumbers: [2, 2] })
    expect(find(out, 0x0885)).toMatchObject({ busNumber: 1, portNumbers: [2, 3] })
    const hub = out.usb.find((d) => d.vendorId === 0x05e3)
    expect(hub).toMatchObject({ portNumbers: [2], parent: [1, 1] })
    expect(cam?.parent).toEqual([1, hub?.deviceAddress])
    expect(out.usb.filter((d) => d.vendorId === 0x1d6b)).toHaveLength(1)
    expect(out.sysfs['1-2.1']).toEqual({ serial: 'RALLYCAM0001', speed: '480' })
    expect(out.sysfs['1-2.3']).toEqual({ serial: 'RALLYAUDIO01', speed: '12' })
    expect(out.sysfsDir).toEqual(expect.arrayContaining(['usb1', '1-2', '1-2.1', '1-2.2', '1-2.3', '1-2.1:1.2']))
  })

  it('device.open() + getStringDescriptor returns the serial and product', async () => {
    const out = await enumerate(rallyRoom().devices, ['--strings'])
    expect(find(out, 0x0881)).toMatchObject({ serial: 'RALLYCAM0001', product: 'Logi Rally Camera' })
    expect(find(out, 0x088f)).toMatchObject({ serial: 'TABLEHUB0001' })
  })

  it('parses a real MeetUp camera configuration descriptor (046d:0866, high speed)', async () => {
    const meetup: SimUsbDevice = {
      busnum: 1,
      ports: [3],
      vendorId: 0x046d,
      productId: 0x0866,
      speed: 'high',
      bcdDevice: 0x0102,
      manufacturer: 'Logitech',
      product: 'Logitech MeetUp',
      serial: 'MEETUP0001',
      configDescriptor: realFixture('meetup-0866-usb2-mersive.config.bin')
    }
    const out = await enumerate([meetup], ['--strings'])
    expect(find(out, 0x0866)).toMatchObject({ numInterfaces: 4, serial: 'MEETUP0001', portNumbers: [3] })
  })

  it('a truncated or garbage descriptor does not crash the runner; other devices are still seen', async () => {
    const { devices } = rallyRoom()
    const truncated: SimUsbDevice = {
      busnum: 1,
      ports: [4],
      vendorId: 0x046d,
      productId: 0x0867,
      speed: 'full',
      serial: 'X',
      descriptors: Buffer.from('1201000200', 'hex')
    }
    const garbage: SimUsbDevice = {
      busnum: 1,
      ports: [5],
      vendorId: 0x046d,
      productId: 0x0876,
      speed: 'high',
      serial: 'Y',
      descriptors: Buffer.from('deadbeef'.repeat(16), 'hex')
    }
    const out = await enumerate([...devices, truncated, garbage], ['--strings'])
    expect(find(out, 0x0881)).toMatchObject({ serial: 'RALLYCAM0001' })
    expect(find(out, 0x0885)).toBeDefined()
  })
})

describe('simulated room: HID', () => {
  it('node-hid lists hidraw nodes and reads the JSON-described feature report; writes are logged', async () => {
    const rally = rallyRoom()
    const room = describeRoom(rally.devices)
    const [camNode] = room.hidrawNodes(rally.camera)
    expect(camNode?.node).toBe('/dev/hidraw0')
    const r = await runUnderRoom(room, process.execPath, [
      probe('hid.cjs'),
      '--open',
      '/dev/hidraw0',
      '--get',
      '1:64',
      '--get',
      '9:64',
      '--send',
      '02aabb'
    ])
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { devices: Array<Record<string, unknown>>; get: Record<string, unknown>; send: number[] }
    expect(out.devices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '/dev/hidraw0',
          vendorId: 0x046d,
          productId: 0x0881,
          serialNumber: 'RALLYCAM0001',
          usagePage: 0xff00,
          usage: 1,
          interface: 2,
          release: 0x0103
        }),
        expect.objectContaining({ path: '/dev/hidraw1', productId: 0x0885, serialNumber: 'RALLYAUDIO01' })
      ])
    )
    expect(out.get['1']).toBe('01' + Buffer.from('FW 1.3.77').toString('hex'))
    expect(out.get['9']).toMatchObject({ error: expect.stringMatching(/Broken pipe|GFEATURE/) })
    expect(out.send).toEqual([3])
    expect(r.writes).toEqual([expect.objectContaining({ kind: 'feature', node: '/dev/hidraw0', reportId: 2, data: '02aabb' })])
  })

  it('reads are not logged as writes', async () => {
    const r = await runUnderRoom(describeRoom([usb2Hub(), ...rallyRoom().devices.slice(1)]), process.execPath, [
      probe('enumerate.cjs'),
      '--strings'
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.writes).toEqual([])
  })
})

describe('simulated room: hotplug and permissions', () => {
  it('adds and removes a device over the control socket; usb@2 and node-hid follow', async () => {
    const rally = rallyRoom()
    const room = describeRoom([rally.hub, rally.tableHub])
    const running = await startRoom(room, process.execPath, [probe('hotplug.cjs')])
    try {
      await running.stdout.waitForLine((l) => l.includes('"ready"'))
      await running.add([rally.camera])
      const attach = JSON.parse(await running.stdout.waitForLine((l) => l.includes('"attach"'))) as Record<string, unknown>
      expect(attach).toMatchObject({ vendorId: 0x046d, productId: 0x0881, portNumbers: [2, 1], serial: 'RALLYCAM0001' })
      const hidAfter = (from: number) => {
        running.child.stdin?.write('hid\n')
        return running.stdout.waitForLine((l) => l.includes('"hid"'), 5_000, from)
      }
      expect(JSON.parse(await hidAfter(running.stdout.lines.length))).toMatchObject({ hid: ['/dev/hidraw0'] })
      await running.remove(rally.camera)
      const detach = JSON.parse(await running.stdout.waitForLine((l) => l.includes('"detach"'))) as Record<string, unknown>
      expect(detach).toMatchObject({ productId: 0x0881, portNumbers: [2, 1] })
      expect(JSON.parse(await hidAfter(running.stdout.lines.length))).toMatchObject({ hid: [] })
      await expect(running.remove(rally.camera)).rejects.toThrow(/no such device/)
    } finally {
      const r = await running.stop()
      expect(r.stderr).not.toMatch(/Traceback/)
    }
  })

  it('chmod 0 on a node makes it inaccessible to a non-root child', async () => {
    const rally = rallyRoom()
    // 0o666 is what a udev uaccess/plugdev rule would grant; without it nodes are root-writable only.
    const room = describeRoom([rally.hub, { ...rally.camera, nodeMode: 0 }, { ...rally.tableHub, nodeMode: 0o666 }])
    const nodes = [room.devNode(room.devices[1]!), room.devNode(room.devices[2]!)]
    const r = await runUnderRoom(room, process.execPath, [probe('access.cjs'), ...nodes], { asUser: 'nobody' })
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { uid: number; access: Record<string, string> }
    expect(out.uid).not.toBe(0)
    expect(out.access[nodes[0]!]).toBe('EACCES')
    expect(out.access[nodes[1]!]).toBe('ok')
  })
})
