// `logi-diag health` against simulated rooms, including the real MeetUp captures at USB 2 and USB 3.
import { beforeAll, describe, expect, it } from 'vitest'
import type { HealthReport } from '../../src/shared/contract'
import { describeRoom, type SimUsbDevice } from '../umockdev/describe'
import { runUnderRoom, type RunOptions } from '../umockdev/harness'
import { CLI, expectOnlyAllowedWrites, requireBuiltCli } from './cli-under-room'
import { hub, infoReply, meetupSpeakerphone, part, rallyAudio, rallyCamera, rallyTableHub } from '../support/sim-parts'
import { realFixture } from '../support/real-fixtures'
import { rallyTopologyReport } from '../support/topology-report'

beforeAll(() => requireBuiltCli())

async function health(devices: SimUsbDevice[], rootHubs?: Record<number, 'usb2' | 'usb3'>, run: RunOptions = {}) {
  const r = await runUnderRoom(describeRoom(devices, rootHubs ? { rootHubs } : {}), process.execPath, [CLI, 'health', '--json'], run)
  if (r.code !== 0 && r.code !== 3) throw new Error(`health exited ${r.code}: ${r.stderr}`)
  expectOnlyAllowedWrites(r.writes)
  return { code: r.code, report: JSON.parse(r.stdout) as HealthReport }
}

const meetupCam = (speed: 'high' | 'super', capture: string, w = { busnum: speed === 'super' ? 2 : 1, ports: [3] }) =>
  part(0x046d, 0x0866, w, 'MU1', speed, { product: 'Logitech MeetUp', configDescriptor: realFixture(capture) })
const spk = () => meetupSpeakerphone({ busnum: 1, ports: [4] }, 'MS1', 0x0867, { '19': infoReply('1.0.272') })

describe('health: link speed from the real MeetUp captures', () => {
  it('MeetUp camera enumerated at High-Speed (real USB 2 capture): error with the USB 3 port fix, exit 3', async () => {
    const { code, report } = await health([meetupCam('high', 'meetup-0866-usb2-mersive.config.bin'), spk()])
    expect(code).toBe(3)
    const f = report.findings.find((x) => x.check === 'link-speed')!
    expect(f).toMatchObject({
      id: 'link-speed:usb:1-3',
      severity: 'error',
      devices: ['usb:1-3'],
      title: 'MeetUp Camera is running at USB 2 speed'
    })
    expect(f.fix).toMatch(/USB 3 port/)
    const cam = report.topology[0]!.children.find((n) => n.deviceId === 'usb:1-3')!
    expect(cam.problems).toContain('link-speed:usb:1-3')
  })

  it('the same camera at SuperSpeed (real USB 3 capture): no link finding, exit 0', async () => {
    const { code, report } = await health([meetupCam('super', 'meetup-0866-usb3-mersive.config.bin'), spk()], { 1: 'usb2', 2: 'usb3' })
    expect(report.findings.filter((x) => x.check === 'link-speed')).toEqual([])
    expect(report.counts.error).toBe(0)
    expect(code).toBe(0)
  })

  it('a camera behind a USB 2 hub is told to move off that hub', async () => {
    const { report } = await health([
      hub({ busnum: 1, ports: [2] }),
      rallyCamera({ busnum: 1, ports: [2, 1] }, 'RC1', 'high'),
      rallyTableHub({ busnum: 1, ports: [2, 2] }),
      rallyAudio({ busnum: 1, ports: [2, 3] })
    ])
    const f = report.findings.find((x) => x.check === 'link-speed')!
    expect(f.detail).toMatch(/through a USB 2 hub \("USB2\.0 Hub", bus 1 port 2\)/)
    expect(f.fix).toMatch(/not through the USB 2 hub/)
  })
})

describe('health: topology, parts and modes', () => {
  it('too many hubs is a warning; the topology shows host → hubs → part with speeds', async () => {
    const { report } = await health([
      hub({ busnum: 1, ports: [1] }),
      hub({ busnum: 1, ports: [1, 1] }),
      hub({ busnum: 1, ports: [1, 1, 1] }),
      meetupSpeakerphone({ busnum: 1, ports: [1, 1, 1, 2] }, 'DEEP'),
      meetupCam('high', 'meetup-0866-usb2-mersive.config.bin', { busnum: 1, ports: [3] })
    ])
    expect(report.findings.find((x) => x.check === 'hub-chain')).toMatchObject({
      severity: 'warning',
      devices: ['usb:1-1.1.1.2'],
      title: 'MeetUp Speakerphone is behind 3 hubs'
    })
    const root = report.topology[0]!
    expect(root).toMatchObject({ kind: 'host', name: 'USB bus 1' })
    const chain = root.children.find((c) => c.id === 'usb:1-1')!
    expect(chain.children[0]!.children[0]!.children[0]).toMatchObject({ kind: 'device', deviceId: 'usb:1-1.1.1.2', speed: 'full' })
  })

  it('missing parts, update mode and an unknown Logitech device each get their finding', async () => {
    const { report } = await health([
      rallyAudio({ busnum: 1, ports: [1] }, 'RA-DFU', 0x0886),
      meetupCam('high', 'meetup-0866-usb2-mersive.config.bin', { busnum: 1, ports: [2] }),
      part(0x046d, 0xc52b, { busnum: 1, ports: [3] }, null, 'full', { product: 'USB Receiver' })
    ])
    const byCheck = (c: string) => report.findings.filter((f) => f.check === c)
    expect(byCheck('device-mode')[0]).toMatchObject({
      severity: 'warning',
      title: 'Rally Audio (firmware update mode) is in firmware-update mode'
    })
    expect(
      byCheck('incomplete-system')
        .map((f) => f.title)
        .sort()
    ).toEqual(['MeetUp: the speakerphone not found', 'Rally: the camera and the Table Hub not found'])
    expect(byCheck('unknown-device')[0]).toMatchObject({ severity: 'info', title: 'Unknown Logitech device 046d:c52b' })
  })

  it('a Rally whose topology reports no Mic Pod is warned about', async () => {
    const topo = Buffer.from(rallyTopologyReport({ tableHub: '1.4.20', micPods: [], speakers: [true, true] })).toString('hex')
    const { report } = await health(
      [
        rallyCamera({ busnum: 2, ports: [1] }),
        rallyTableHub({ busnum: 1, ports: [1] }),
        rallyAudio({ busnum: 1, ports: [2] }, 'RA1', 0x0885, { '19': infoReply('1.2.4'), '3e': topo })
      ],
      { 1: 'usb2', 2: 'usb3' }
    )
    expect(report.findings.map((f) => f.title)).toContain('Rally reports no Mic Pod connected')
  })

  it('firmware below the catalog minimum names its source', async () => {
    const { report } = await health(
      [
        meetupCam('super', 'meetup-0866-usb3-mersive.config.bin'),
        meetupSpeakerphone({ busnum: 1, ports: [4] }, 'OLD', 0x0867, { '19': infoReply('1.0.100') })
      ],
      { 1: 'usb2', 2: 'usb3' }
    )
    const f = report.findings.find((x) => x.check === 'firmware-minimum')!
    expect(f).toMatchObject({ severity: 'warning', title: 'MeetUp Speakerphone firmware 1.0.100 is older than 1.0.172' })
    expect(f.detail).toMatch(/Microsoft Teams Rooms/)
  })

  it('permission problems: one error naming the udev rule path and the replug', async () => {
    const { code, report } = await health(
      [meetupCam('high', 'meetup-0866-usb2-mersive.config.bin', { busnum: 1, ports: [2] }), spk()],
      undefined,
      { asUser: 'nobody' }
    )
    expect(code).toBe(3)
    const f = report.findings.find((x) => x.check === 'permissions')!
    expect(f.devices.sort()).toEqual(['usb:1-2', 'usb:1-4'])
    expect(f.fix).toMatch(/resources\/linux\/70-logi-room-diagnostics\.rules.*replug after installing/)
  })

  it('a healthy room prints "No problems found." and exits 0 in human form', async () => {
    // A complete MeetUp at SuperSpeed whose parts answer their firmware reads with current versions.
    const cam = part(0x046d, 0x0866, { busnum: 2, ports: [3] }, 'MU1', 'super', {
      configDescriptor: realFixture('meetup-0866-usb3-mersive.config.bin'),
      behaviour: { control: { 'a1:85:0100:0800': '0400', 'a1:81:0100:0800': '00019c00' } }
    })
    const r = await runUnderRoom(describeRoom([cam, spk()], { rootHubs: { 1: 'usb2', 2: 'usb3' } }), process.execPath, [CLI, 'health'])
    expect(r.stdout).toMatch(/^Room health: No problems found\b/)
    expect(r.code).toBe(0)
    expectOnlyAllowedWrites(r.writes)
  })
})

describe('health: the USB 2 side of a USB 3 hub is not a USB 2 hub', () => {
  it('a camera that fell back to High-Speed behind a USB 3 hub is told to check its cable, not to leave the hub', async () => {
    const { report } = await health(
      [
        hub({ busnum: 1, ports: [2] }),
        hub({ busnum: 2, ports: [2] }, 'super'),
        rallyCamera({ busnum: 1, ports: [2, 1] }, 'RC1', 'high'),
        rallyTableHub({ busnum: 1, ports: [2, 2] }),
        rallyAudio({ busnum: 1, ports: [2, 3] })
      ],
      { 1: 'usb2', 2: 'usb3' }
    )
    const f = report.findings.find((x) => x.check === 'link-speed')!
    expect(f.detail).not.toMatch(/USB 2 hub/)
    expect(f.fix).toMatch(/USB 3 port/)
    // The USB 3 half of the hub has no part below it, so the picture does not draw it.
    expect(report.topology.map((t) => t.id)).toEqual(['bus:1'])
  })
})
