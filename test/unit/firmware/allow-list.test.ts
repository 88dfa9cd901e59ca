import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { allowedBy, assertAllowed, NEVER_SEND, NotAllowedError, type OutgoingRequest } from '../../../src/main/usb-io/allow-list'
import { encodeAck, encodeFrame, GET_DEVICE_INFO_PAYLOAD, SYNC_CMD } from '../../../src/main/usb-io/sync-framing'

const u8 = (xs: number[]) => Uint8Array.from(xs)

describe('read-only allow-list', () => {
  it.each<[string, OutgoingRequest]>([
    ['info firmware query', { kind: 'hid-set-feature', data: u8([0x1b, 0x04, 0, 0, 0]) }],
    ['info reply read', { kind: 'hid-get-feature', reportId: 0x19, length: 5 }],
    ['topology read', { kind: 'hid-get-feature', reportId: 0x3e, length: 513 }],
    ['XU GET_LEN', { kind: 'usb-control-in', bmRequestType: 0xa1, bRequest: 0x85, wValue: 0x0100, wIndex: 0x0800, length: 2 }],
    ['XU GET_CUR', { kind: 'usb-control-in', bmRequestType: 0xa1, bRequest: 0x81, wValue: 0x0100, wIndex: 0x0800, length: 4 }],
    ['GetDeviceInfo', { kind: 'usb-bulk-out', data: encodeFrame(SYNC_CMD.BufferWrite, 7, GET_DEVICE_INFO_PAYLOAD) }],
    ['UninitBuffer', { kind: 'usb-bulk-out', data: encodeFrame(SYNC_CMD.UninitBuffer, 8) }],
    ['Ack of BufferRead', { kind: 'usb-bulk-out', data: encodeAck(9, SYNC_CMD.BufferRead) }],
    ['serial string read', { kind: 'usb-get-string', index: 3 }]
  ])('allows %s', (_n, r) => expect(() => assertAllowed(r)).not.toThrow())

  it.each<[string, OutgoingRequest]>([
    ['DFU simple (0x1B/0x0A)', { kind: 'hid-set-feature', data: u8([0x1b, 0x0a, 0, 0, 0]) }],
    ['DFU safe (0x1B/0x10)', { kind: 'hid-set-feature', data: u8([0x1b, 0x10, 0, 0, 0]) }],
    ['brand query with trailing data', { kind: 'hid-set-feature', data: u8([0x1b, 0x04, 0, 0, 0, 1]) }],
    ['Tap TDE mode (0x1A)', { kind: 'hid-set-feature', data: u8([0x1a, 0x02, 0x01, 0, 0]) }],
    ['Rally identity request (0x28)', { kind: 'hid-set-feature', data: u8([0x28, 0x85, 0x08, 0xbb, 0x1b]) }],
    ['info reply with the wrong length', { kind: 'hid-get-feature', reportId: 0x19, length: 64 }],
    ['XU SET_CUR', { kind: 'usb-control-in', bmRequestType: 0x21, bRequest: 0x01, wValue: 0x0100, wIndex: 0x0800, length: 4 }],
    [
      'XU selector 0x11 (peripheral reboot)',
      { kind: 'usb-control-in', bmRequestType: 0xa1, bRequest: 0x81, wValue: 0x1100, wIndex: 0x0b00, length: 4 }
    ],
    [
      'TransitionToDeviceMode',
      { kind: 'usb-bulk-out', data: encodeFrame(SYNC_CMD.BufferWrite, 1, [0x0a, 0x03, 0x12, 0x01, 0x30, 0x1a, 0x02, 0x2a, 0x00]) }
    ],
    [
      'SetDeviceTime',
      {
        kind: 'usb-bulk-out',
        data: encodeFrame(SYNC_CMD.BufferWrite, 1, [0x0a, 0x03, 0x12, 0x01, 0x30, 0x1a, 0x04, 0x52, 0x02, 0x08, 0x01])
      }
    ],
    ['Ack of a BufferWrite', { kind: 'usb-bulk-out', data: encodeAck(1, SYNC_CMD.BufferWrite) }],
    ['UninitBuffer with payload', { kind: 'usb-bulk-out', data: encodeFrame(SYNC_CMD.UninitBuffer, 1, [1]) }],
    ['Table Hub Init', { kind: 'usb-bulk-out', data: u8([0x01, 0xcc, 0xef, 0xbe, 0, 0, 0, 0]) }],
    ['string index 0 (language table, not a string)', { kind: 'usb-get-string', index: 0 }]
  ])('refuses %s', (_n, r) => {
    expect(allowedBy(r)).toBeUndefined()
    expect(() => assertAllowed(r)).toThrow(NotAllowedError)
  })

  it.each(NEVER_SEND.map((n) => [n.id, n] as const))('refuses the never-send example %s, which its own entry recognises', (_id, n) => {
    expect(n.matches(n.example)).toBe(true)
    expect(allowedBy(n.example)).toBeUndefined()
  })

  it('the never-send entries recognise the requests the refusal table above names', () => {
    const dfu: OutgoingRequest = { kind: 'hid-set-feature', data: u8([0x1b, 0x10, 0, 0, 0]) }
    const time: OutgoingRequest = {
      kind: 'usb-bulk-out',
      data: encodeFrame(SYNC_CMD.BufferWrite, 1, [0x0a, 0x03, 0x12, 0x01, 0x30, 0x1a, 0x04, 0x52, 0x02, 0x08, 0x01])
    }
    const getInfo: OutgoingRequest = { kind: 'usb-bulk-out', data: encodeFrame(SYNC_CMD.BufferWrite, 7, GET_DEVICE_INFO_PAYLOAD) }
    const never = (r: OutgoingRequest): string[] => NEVER_SEND.filter((n) => n.matches(r)).map((n) => n.id)
    expect(never(dfu)).toEqual(['hid-info-dfu'])
    expect(never(time)).toEqual(['sync-set-device-time'])
    expect(never(getInfo)).toEqual([])
    expect(never({ kind: 'hid-set-feature', data: u8([0x1b, 0x04, 0, 0, 0]) })).toEqual([])
  })

  // Every node-hid and usb (2.x, including its WebUSB layer) call that sends anything to a device.
  const DEVICE_API =
    /\.(sendFeatureReport|sendOutputReport|getFeatureReport|controlTransfer|controlTransferIn|controlTransferOut|transferIn|transferOut|transferAsync|transferWithZLP|setConfiguration|selectConfiguration|setAltSetting|setAltSettingAsync|selectAlternateInterface|clearHalt|reset|getStringDescriptor|claim|claimInterface|detachKernelDriver|attachKernelDriver|setAutoDetachKernelDriver)\(|\.transfer\(|HID\.HID\(|new HID\(|HIDAsync\.open\(/

  it('the device-API pattern itself catches what it must (positive control)', () => {
    for (const bad of [
      'dev.controlTransfer(0x40, 1, 0, 0, buf, cb)',
      'hid.sendFeatureReport([0x1b, 0x0a])',
      'ep.transfer(buf, cb)',
      'iface.claim()',
      'new HID(path)',
      'HIDAsync.open(p)',
      'dev.reset(cb)',
      'iface.detachKernelDriver()'
    ]) {
      expect(DEVICE_API.test(bad), bad).toBe(true)
    }
    expect(DEVICE_API.test('hid.getFeature(0x19, 5)')).toBe(false) // the guarded names are distinct on purpose
  })

  // Only these files may hold the usb / node-hid modules at all: enumeration sources, the
  // hotplug listener, and the guarded I/O. Everyone else cannot even get a device handle.
  const MAY_HOLD_MODULES = /^main\/(usb-io\/(guarded-io|native-modules)|room\/watch|devices\/sources\/[\w-]+)\.ts$/
  const HOLDS_MODULE = /from 'usb'|from 'node-hid'|require\(['"](usb|node-hid)['"]\)|\bload(Usb|Hid)\(/

  it('only enumeration, hotplug and guarded I/O can reach the usb and node-hid modules', () => {
    const root = join(__dirname, '../../../src')
    const holders: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.(ts|tsx)$/.test(name) && HOLDS_MODULE.test(readFileSync(p, 'utf8').replace(/^import type .*$/gm, '')))
          holders.push(relative(root, p))
      }
    }
    walk(root)
    // Positive control: the pattern does find the files that legitimately hold the modules.
    expect(holders).toEqual(expect.arrayContaining(['main/usb-io/guarded-io.ts', 'main/devices/sources/hid.ts', 'main/room/watch.ts']))
    expect(holders.filter((f) => !MAY_HOLD_MODULES.test(f))).toEqual([])
  })

  it('no code outside guarded-io.ts calls a device-writing API', () => {
    const root = join(__dirname, '../../../src')
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('guarded-io.ts')) {
          const text = readFileSync(p, 'utf8')
          if (DEVICE_API.test(text)) offenders.push(relative(root, p))
        }
      }
    }
    walk(root)
    expect(offenders).toEqual([])
  })
})

describe('write-log check used by the device tests', () => {
  it('flags a DFU command, a usbfs reset and a control OUT, and lets the allowed reads through', async () => {
    const { forbiddenWrites } = await import('../../support/write-log')
    const base = { node: '/dev/x', syspath: '/sys/x', t: 0 }
    const bad = forbiddenWrites([
      { ...base, kind: 'feature', reportId: 0x1b, data: '1b0a000000' },
      { ...base, kind: 'usbfs', ioctl: 'RESET', data: '' },
      {
        ...base,
        kind: 'control',
        dir: 'out',
        bmRequestType: 0x21,
        bRequest: 1,
        wValue: 0x100,
        wIndex: 0x800,
        wLength: 4,
        data: '00000000'
      },
      { ...base, kind: 'feature', reportId: 0x1b, data: '1b04000000' }
    ])
    expect(bad).toHaveLength(3)
    expect(bad[0]).toMatch(/1b0a/)
  })
})
