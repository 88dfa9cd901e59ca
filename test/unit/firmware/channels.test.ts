import { describe, expect, it } from 'vitest'
import { decodeInfoVersion, BadReplyError } from '../../../src/main/firmware/channels/hid-info'
import { parseRallyTopology } from '../../../src/main/firmware/channels/rally-topology'
import { decodeXuVersion, findExtensionUnits, DEVICE_INFO_XU_GUID } from '../../../src/main/firmware/channels/uvc-device-info'
import { deviceInfoTextFromMessage, parseDeviceInfoJson } from '../../../src/main/firmware/channels/bulk-device-info'
import { decodeFrameHeader, GET_DEVICE_INFO_PAYLOAD, SYNC_CMD } from '../../../src/main/usb-io/sync-framing'
import { readFields } from '../../../src/main/firmware/channels/protobuf-reader'
import { realFixture } from '../../support/real-fixtures'
import { recordedTransfers } from '../../support/fwupd-capture'
import { rallyTopologyReport } from '../../support/topology-report'

describe('HID info reply (report 0x19)', () => {
  it.each<[string, number[], string]>([
    ['MeetUp audio 1.0.172', [0x19, 172, 0, 0, 1], '1.0.172'],
    ['build above 255', [0x19, 0x2c, 0x02, 9, 1], '1.9.556'],
    ['extra bytes ignored', [0x19, 1, 0, 2, 3, 0xff, 0xff], '3.2.1']
  ])('%s', (_n, bytes, version) => expect(decodeInfoVersion(Uint8Array.from(bytes))).toBe(version))

  it.each<[string, number[], RegExp]>([
    ['truncated', [0x19, 1, 0], /3 bytes, expected 5/],
    ['wrong report', [0x1b, 1, 0, 0, 1], /report 0x1b/],
    ['all zero', [0x19, 0, 0, 0, 0], /0\.0\.0/],
    ['empty', [], /0 bytes/]
  ])('refuses %s', (_n, bytes, err) => {
    expect(() => decodeInfoVersion(Uint8Array.from(bytes))).toThrow(BadReplyError)
    expect(() => decodeInfoVersion(Uint8Array.from(bytes))).toThrow(err)
  })
})

describe('Rally topology report (0x3E)', () => {
  it('lists the Table Hub, Mic Pods and hubs with their versions, and the speakers', () => {
    const t = parseRallyTopology(
      rallyTopologyReport({
        tableHub: '1.4.20',
        micPods: ['2.1.3', '2.1.3'],
        micPodHubs: ['1.0.7'],
        video: [1, 2, 300],
        speakers: [true, false]
      })
    )
    expect(t.entries.map((e) => [e.kind, e.version])).toEqual([
      ['table-hub', '1.4.20'],
      ['mic-pod', '2.1.3'],
      ['mic-pod', '2.1.3'],
      ['mic-pod-hub', '1.0.7']
    ])
    expect(t.components).toContainEqual({ name: 'video', version: '1.2.300' })
    expect(t.speakers).toEqual({ left: true, right: false })
  })
  it.each([
    ['short', new Uint8Array(100)],
    ['wrong id', Uint8Array.from([0x3d, ...new Uint8Array(512)])]
  ])('refuses a %s report', (_n, buf) => {
    expect(() => parseRallyTopology(buf)).toThrow(BadReplyError)
  })
})

describe('UVC device-info extension unit', () => {
  it.each([
    ['meetup-0866-usb2-mersive.config.bin', 0],
    ['meetup-0866-usb3-mersive.config.bin', 0]
  ])('finds the device-info unit by GUID in the real %s (unit 8, as fwupd hard-codes)', (file, skip) => {
    const units = findExtensionUnits(realFixture(file).subarray(skip))
    expect(units.find((u) => u.guid === DEVICE_INFO_XU_GUID)).toEqual({ unitId: 8, guid: DEVICE_INFO_XU_GUID, interfaceNumber: 0 })
  })
  it('finds it in the real Scribe descriptors, and the recorded answer decodes to 1.1.2', () => {
    const units = findExtensionUnits(realFixture('scribe-08e2-fwupd.sysfs-descriptors.bin').subarray(18))
    expect(units.find((u) => u.guid === DEVICE_INFO_XU_GUID)?.unitId).toBe(8)
    expect(decodeXuVersion(Uint8Array.from([0x01, 0x01, 0x02, 0x00]))).toBe('1.1.2')
  })
  it('never throws on garbage descriptors', () => {
    expect(findExtensionUnits(Uint8Array.from([0, 1, 2, 3, 255, 4, 9]))).toEqual([])
  })
  it('refuses a short answer', () => expect(() => decodeXuVersion(Uint8Array.from([1, 2]))).toThrow(/2 bytes/))
})

describe('bulk-controller GetDeviceInfo (real Rally Bar recording)', () => {
  const frames = recordedTransfers('rally-bar-089b-fwupd.emulation.json')
  const response = frames.filter((f) => decodeFrameHeader(f)?.cmd === SYNC_CMD.BufferRead).pop()!

  it('decodes the recorded answer: serial, model, firmware and the peripherals', () => {
    const info = parseDeviceInfoJson(deviceInfoTextFromMessage(response.subarray(12)))
    expect(info.devices[0]).toMatchObject({ name: 'Rally Bar', serial: '2313FD1N08Z2', model: 'VR0019', firmware: '1.9.556' })
    expect(info.devices[0]!.components).toContainEqual({ name: 'release', version: '10.12.556' })
    expect(info.devices[1]).toMatchObject({ name: 'Sight', serial: '2325LZ51XY58', firmware: '0.5.0' })
    expect(info.peripherals).toEqual([
      { part: 'camera', name: 'Sight', serial: '2325LZ51XY58', firmware: '0.5.0', connected: true },
      { part: 'mic-pod', name: 'Mic Pod', serial: null, firmware: '2.1.3', connected: true },
      { part: 'remote', name: 'Remote Controller', serial: null, firmware: '2.5', connected: true }
    ])
  })

  it('keeps no network, time-zone or occupancy data from the answer', () => {
    const json = JSON.stringify(parseDeviceInfoJson(deviceInfoTextFromMessage(response.subarray(12))))
    for (const leak of ['44:73:D6', 'Europe/', 'roomPeopleCount', 'United Kingdom', '"ip"']) expect(json).not.toContain(leak)
  })

  it('the only request we send is byte-identical to the GetDeviceInfo request in the recording', () => {
    const ours = frames.filter((f) => decodeFrameHeader(f)?.cmd === SYNC_CMD.BufferWrite).map((f) => f.subarray(12).toString('hex'))
    expect(ours).toContain(Buffer.from(GET_DEVICE_INFO_PAYLOAD).toString('hex'))
  })

  it.each([
    ['not JSON', '{'],
    ['no devices', '{"payload":{}}'],
    ['empty list', '{"payload":{"devices":[]}}']
  ])('refuses %s', (_n, text) => expect(() => parseDeviceInfoJson(text)).toThrow(BadReplyError))

  it('protobuf reader refuses truncated and overlong input without throwing', () => {
    expect(readFields(Uint8Array.from([0x0a, 0x05, 0x01]))).toBeNull()
    expect(readFields(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]))).toBeNull()
    expect(() => deviceInfoTextFromMessage(Uint8Array.from([1, 2, 3]))).toThrow(BadReplyError)
  })
})
