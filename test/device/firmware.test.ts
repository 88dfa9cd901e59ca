// Firmware through the read channels, against simulated devices answering the real report
// formats; every request they receive is checked against the app's read-only allow-list.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Device } from '../../src/shared/contract'
import { describeRoom } from '../umockdev/describe'
import { runUnderRoom } from '../umockdev/harness'
import { CLI, contractSnapshot, requireBuiltCli } from './cli-under-room'
import { hub, infoReply, meetupSpeakerphone, part, rallyAudio, rallyCamera, rallyTableHub, tapParts } from '../support/sim-parts'
import { realFixture } from '../support/real-fixtures'
import { forbiddenWrites } from '../support/write-log'
import { uvcConfigWithDeviceInfoUnit } from '../support/uvc-config'
import { rallyTopologyReport } from '../support/topology-report'
import { DEFAULT_HID_REPORT_DESCRIPTOR, type SimUsbDevice } from '../umockdev/describe'

beforeAll(() => requireBuiltCli())

async function detect(devices: SimUsbDevice[], rootHubs?: Record<number, 'usb2' | 'usb3'>) {
  const r = await runUnderRoom(describeRoom(devices, rootHubs ? { rootHubs } : {}), process.execPath, [CLI, 'detect', '--json'])
  if (r.code !== 0) throw new Error(`detect exited ${r.code}: ${r.stderr}`)
  const snap = contractSnapshot(r.stdout)
  const by = (pid: string): Device => snap.devices.find((d) => d.productId === pid)!
  return { snap, by, writes: r.writes, forbidden: forbiddenWrites(r.writes) }
}

const topology = Buffer.from(
  rallyTopologyReport({
    tableHub: '1.4.20',
    micPods: ['2.1.3', '2.1.3'],
    micPodHubs: ['1.0.7'],
    video: [1, 2, 300],
    speakers: [true, true]
  })
).toString('hex')

describe('firmware through read-only channels', () => {
  it('Rally: audio over the HID info report, Table Hub, camera, Mic Pods and speakers from the topology report', async () => {
    const { snap, by, forbidden, writes } = await detect([
      hub({ busnum: 1, ports: [1] }),
      rallyCamera({ busnum: 1, ports: [1, 1] }, 'RC1', 'high'),
      rallyTableHub({ busnum: 1, ports: [1, 2] }),
      rallyAudio({ busnum: 1, ports: [1, 3] }, 'RA1', 0x0885, { '19': infoReply('1.2.4'), '3e': topology })
    ])
    expect(by('0885')).toMatchObject({ firmware: '1.2.4', firmwareSource: 'hid-info-report', errors: [] })
    expect(by('0885').components).toContainEqual({ name: 'video', version: '1.2.300' })
    expect(by('088f')).toMatchObject({ firmware: '1.4.20', firmwareSource: 'rally-topology-report' })
    expect(by('0881')).toMatchObject({ firmware: '1.2.300', firmwareSource: 'rally-topology-report', errors: [] })
    expect(snap.systems[0]!.peripherals.map((p) => `${p.part}:${p.name}:${p.firmware}:${p.connected}`)).toEqual([
      'mic-pod:Mic Pod 1:2.1.3:true',
      'mic-pod:Mic Pod 2:2.1.3:true',
      'mic-pod-hub:Mic Pod Hub 1:1.0.7:true',
      'speaker:Left speaker:null:true',
      'speaker:Right speaker:null:true'
    ])
    expect(writes.filter((w) => w.kind === 'feature').map((w) => (w as { data: string }).data)).toEqual(['1b04000000'])
    expect(forbidden).toEqual([])
  })

  it('MeetUp: speakerphone over HID, camera over the UVC device-info unit found by GUID in the real descriptors', async () => {
    const cam = part(0x046d, 0x0866, { busnum: 2, ports: [1] }, 'MU1', 'super', {
      configDescriptor: realFixture('meetup-0866-usb3-mersive.config.bin'),
      behaviour: { control: { 'a1:85:0100:0800': '0400', 'a1:81:0100:0800': '00019c00' } }
    })
    const { by, forbidden } = await detect(
      [cam, meetupSpeakerphone({ busnum: 1, ports: [1] }, 'MS1', 0x0867, { '19': infoReply('1.0.172') })],
      { 1: 'usb2', 2: 'usb3' }
    )
    expect(by('0866')).toMatchObject({ firmware: '1.0.156', firmwareSource: 'uvc-device-info', errors: [] })
    expect(by('0867')).toMatchObject({ firmware: '1.0.172', firmwareSource: 'hid-info-report', errors: [] })
    expect(forbidden).toEqual([])
  })

  it('Tap controller over the HID info report', async () => {
    const { by, forbidden } = await detect([
      hub({ busnum: 1, ports: [5] }),
      hub({ busnum: 1, ports: [5, 4] }),
      ...tapParts(1, 5, 'TAP', { '19': infoReply('1.3.77') })
    ])
    expect(by('0872')).toMatchObject({ firmware: '1.3.77', firmwareSource: 'hid-info-report' })
    expect(forbidden).toEqual([])
  })
})

// The Rally Bar family (bulk controller) and the Scribe (its recorded XU reads) are covered by the
// recorded-device replays (replays.test.ts, replays/*.json).
describe('every catalog part with a documented read channel', () => {
  it.each([
    ['0881', 'Rally'],
    ['085f', 'PTZ Pro 2'],
    ['0853', 'PTZ Pro']
  ])('camera 046d:%s (%s) over the UVC device-info unit', async (pid, product) => {
    const cam = part(0x046d, parseInt(pid, 16), { busnum: 1, ports: [2] }, 'CAM', 'high', {
      configDescriptor: uvcConfigWithDeviceInfoUnit(8),
      behaviour: { control: { 'a1:85:0100:0800': '0400', 'a1:81:0100:0800': '02010a01' } }
    })
    const { by, forbidden } = await detect([cam])
    expect(by(pid)).toMatchObject({ product, firmware: '1.2.266', firmwareSource: 'uvc-device-info' })
    expect(forbidden).toEqual([])
  })
})

describe('firmware reads that go wrong', () => {
  it('truncated and refused (NAK) answers become per-device errors; healthy devices are still read', async () => {
    const { snap, forbidden } = await detect([
      meetupSpeakerphone({ busnum: 1, ports: [1] }, 'SHORT', 0x0867, { '19': '19ac00' }),
      rallyAudio({ busnum: 1, ports: [2] }, 'NAK', 0x0885, {}),
      meetupSpeakerphone({ busnum: 1, ports: [3] }, 'GOOD', 0x0867, { '19': infoReply('1.0.200') })
    ])
    const bySerial = (s: string): Device => snap.devices.find((d) => d.serial === s)!
    expect(bySerial('SHORT')).toMatchObject({ firmware: null })
    expect(bySerial('SHORT').errors).toEqual([
      { code: 'read', message: expect.stringMatching(/HID info report: the info answer was 3 bytes, expected 5/) }
    ])
    expect(bySerial('NAK').firmware).toBeNull()
    expect(bySerial('NAK').errors[0]!.message).toMatch(/HID info report: .*(pipe|EPIPE|Could not get feature report)/i)
    expect(bySerial('GOOD')).toMatchObject({ firmware: '1.0.200', errors: [] })
    expect(forbidden).toEqual([])
  })

  it('a device that stops answering is given up after the read deadline and does not hang the command', async () => {
    const stuck = part(0x046d, 0x0872, { busnum: 1, ports: [3] }, 'STUCK', 'full', {
      interfaces: [
        {
          number: 0,
          class: 3,
          endpoints: [{ address: 0x81, type: 'interrupt' }],
          hid: { reportDescriptor: DEFAULT_HID_REPORT_DESCRIPTOR, behaviour: { stall: ['19'] } }
        }
      ]
    })
    const { by } = await detect([stuck])
    expect(by('0872').firmware).toBeNull()
    expect(by('0872').errors[0]!.message).toMatch(/HID info report did not answer within 1500 ms/)
  })
})
