// The text front ends render the same model as the screen: `detect`'s text, `health`'s text and
// the copied/saved report.
import { describe, expect, it } from 'vitest'
import { formatEvent, formatSnapshot } from '../../src/main/text-report/devices-text'
import { formatHealth } from '../../src/main/text-report/health-text'
import { runHealth } from '../../src/main/health/run-health'
import type { Device, HealthReport, PartKind, Snapshot } from '../../src/shared/contract'
import { reportFileName, roomReportJson, roomReportText } from '../../src/shared/report/room-report'
import { renderTree } from '../../src/shared/report/tree'
import { makeDevice } from '../support/device'
import { topologyNode } from '../support/topology'

const rallyCamera = makeDevice()
const part = (id: string, part: PartKind, name: string, extra: Partial<Device> = {}): Device =>
  makeDevice({
    id,
    part,
    name,
    serial: `S${id.slice(-3)}`,
    location: { bus: 1, ports: id.split('-')[1]!.split('.').map(Number), hubDepth: 1 },
    ...extra
  })

/** A Rally with its camera, table hub and audio; the audio reports one Mic Pod and no speaker. */
function rallyRoom(): Snapshot {
  const devices = [
    part('usb:2-1.1', 'camera', 'Rally Camera', { firmware: '1.2.300', firmwareSource: 'rally-topology-report' }),
    part('usb:1-1.2', 'table-hub', 'Rally Table Hub', { firmware: '1.0.1', firmwareSource: 'rally-topology-report' }),
    part('usb:1-1.3', 'audio', 'Rally Audio', {
      firmware: '3.4.5',
      firmwareSource: 'hid-info-report',
      errors: [{ code: 'read', message: 'Could not read everything (HID identity report: ioctl (GFEATURE): Broken pipe).' }]
    })
  ]
  return {
    devices,
    systems: [
      {
        id: 'system:usb:2-1.1',
        product: 'Rally',
        parts: devices.map((d) => d.id),
        missing: [],
        peripherals: [{ part: 'mic-pod', name: 'Mic Pod 1', serial: 'MP1', firmware: '2.1.3', connected: true, reportedBy: 'usb:1-1.3' }]
      }
    ]
  }
}

describe('renderTree', () => {
  it('puts roots at the margin and every child one step in, continuation lines under their node', () => {
    const lines = renderTree([
      {
        lines: ['bus 1'],
        children: [
          {
            lines: ['hub'],
            children: [
              { lines: ['camera', 'problem: slow'], children: [] },
              { lines: ['audio'], children: [] }
            ]
          },
          { lines: ['tap'], children: [] }
        ]
      },
      { lines: ['bus 2'], children: [] }
    ])
    expect(lines).toEqual(['bus 1', '├─ hub', '│  ├─ camera', '│  │     problem: slow', '│  └─ audio', '└─ tap', 'bus 2'])
  })
})

describe('detect text', () => {
  it('lists peripherals, components and the health verdict the screen shows, with plain errors only', () => {
    const room = rallyRoom()
    const text = formatSnapshot(room, runHealth({ snapshot: room, tree: [] }))
    const lines = text.split('\n')
    expect(lines[0]).toBe('Rally — 3 parts connected')
    expect(lines[1]).toMatch(/^Health: 1 warning · 1 note$/)
    expect(text).toContain('Mic Pod 1')
    expect(text).toMatch(/Mic Pod 1 +connected · serial MP1 · firmware 2\.1\.3 · reported by Rally Audio/)
    expect(text).toContain('! Some details could not be read: The app could not read all')
    expect(text).not.toContain('Broken pipe')
    expect(text).toContain('firmware 1.2.300 · USB 3 · 5 Gbit/s · bus 1 · port 1.1 · 1 hub · 046d:0881')
  })

  it("puts missing parts in the headline and each in its place, and labels a Rally Bar's release and CollabOS", () => {
    const bar = part('usb:1-4', 'bar', 'Rally Bar', {
      product: 'Rally Bar',
      productId: '089b',
      firmware: '1.10.123',
      components: [
        { name: 'audio', version: '2.0' },
        { name: 'CollabOS', version: '1.10.123' },
        { name: 'release', version: '1.10.1' }
      ]
    })
    const cam = part('usb:1-5', 'camera', 'Rally Camera')
    const text = formatSnapshot({
      devices: [bar, cam],
      systems: [
        { id: 's:bar', product: 'Rally Bar', parts: [bar.id], missing: [], peripherals: [] },
        { id: 's:rally', product: 'Rally', parts: [cam.id], missing: ['table-hub', 'audio'], peripherals: [] }
      ]
    })
    expect(text.split('\n')[0]).toBe('2 systems, 2 parts · 2 missing')
    expect(text).toMatch(/\n {28}release 1\.10\.1 · CollabOS 1\.10\.123\n {28}components: audio 2\.0\n/)
    expect(text).toMatch(/Rally — 1 of 3 parts connected\n[\s\S]*Table Hub +NOT FOUND\n {2}Audio +NOT FOUND/)
  })

  it("labels two of the same apart by the primary part's serial and USB place, in the text and the health findings", () => {
    const camA = part('usb:2-1', 'camera', 'Rally Camera', { serial: '2231PC4R7X18', location: { bus: 2, ports: [1], hubDepth: 0 } })
    const camB = part('usb:2-3', 'camera', 'Rally Camera', { serial: '2231PC4R7X99', location: { bus: 2, ports: [3], hubDepth: 0 } })
    const snapshot: Snapshot = {
      devices: [camA, camB],
      systems: [
        { id: 'system:usb:2-1', product: 'Rally', parts: [camA.id], missing: ['table-hub'], peripherals: [] },
        { id: 'system:usb:2-3', product: 'Rally', parts: [camB.id], missing: ['table-hub'], peripherals: [] }
      ]
    }
    const headers = formatSnapshot(snapshot)
      .split('\n')
      .filter((l) => l.startsWith('Rally'))
    expect(headers).toHaveLength(2)
    expect(headers[0]).toContain('camera 2231PC4R7X18 · bus 2 port 1')
    expect(headers[1]).toContain('camera 2231PC4R7X99 · bus 2 port 3')
    const health = formatHealth(runHealth({ snapshot, tree: [] }))
    expect(health).toContain('2231PC4R7X18')
    expect(health).toContain('2231PC4R7X99')
  })

  it('prints each event kind as itself (an update is never shown as an unplug), in the shared words', () => {
    expect(formatEvent({ event: 'attach', device: rallyCamera })).toBe('+ attached  Rally Camera (046d:0881) serial CAM1 at bus 1 port 2')
    expect(formatEvent({ event: 'detach', device: rallyCamera })).toMatch(/^- detached /)
    expect(formatEvent({ event: 'update', device: { ...rallyCamera, firmware: '1.2.3' } })).toMatch(/^~ updated .*: firmware 1\.2\.3$/)
    expect(formatEvent({ event: 'update', device: rallyCamera })).toMatch(/: firmware not read by this app$/)
  })
})

describe('health text', () => {
  const report: HealthReport = {
    findings: [
      {
        id: 'link-speed:usb:1-3',
        check: 'link-speed',
        severity: 'error',
        devices: ['usb:1-3'],
        title: 'MeetUp Camera is running at USB 2 speed',
        detail: 'negotiated 480 Mbit/s',
        fix: 'Move the cable to a USB 3 port.'
      },
      {
        id: 'device-read:usb:1-3',
        check: 'device-read',
        severity: 'info',
        devices: ['usb:1-3'],
        title: 'MeetUp Camera: some details could not be read',
        detail: 'Run it again.',
        fix: 'Run the check again.',
        technical: 'LIBUSB_ERROR_IO'
      }
    ],
    topology: [
      topologyNode('bus:1', 'host', 'USB bus 1', [
        topologyNode('hub', 'hub', 'USB2 Hub', [
          topologyNode('usb:1-3', 'device', 'MeetUp Camera', [], { problems: ['link-speed:usb:1-3'] })
        ])
      ])
    ],
    counts: { error: 1, warning: 0, info: 1 }
  }

  it('groups findings by severity in the shared words and draws the USB tree aligned', () => {
    expect(formatHealth(report).split('\n')).toEqual([
      'Room health: 1 problem needs fixing · 1 note',
      '',
      'Needs fixing (1)',
      '✖ Error: MeetUp Camera is running at USB 2 speed',
      '  Parts: usb:1-3',
      '  Fix: Move the cable to a USB 3 port.',
      '  Detail: negotiated 480 Mbit/s',
      '',
      'Notes (1)',
      'ℹ Note: MeetUp Camera: some details could not be read',
      '  Parts: usb:1-3',
      '  Fix: Run the check again.',
      '  Detail: Run it again.',
      '',
      'USB connections',
      'USB bus 1 (USB 2 bus)',
      '└─ USB2 Hub [hub] — USB 2 · 480 Mbit/s',
      '   └─ MeetUp Camera — USB 2 · 480 Mbit/s',
      '         problem: MeetUp Camera is running at USB 2 speed',
      ''
    ])
  })

  it('keeps the raw library error out of the text and in the copied report', () => {
    expect(formatHealth(report)).not.toContain('LIBUSB_ERROR_IO')
    const room = rallyRoom()
    const text = roomReportText({ info: null, snapshot: room, health: report, at: new Date('2026-01-02T03:04:05.6Z') })
    expect(text).toContain('Technical detail: LIBUSB_ERROR_IO')
    expect(text).toContain('technical detail: Could not read everything (HID identity report: ioctl (GFEATURE): Broken pipe).')
  })
})

describe('room report', () => {
  const at = new Date('2026-01-02T03:04:05.678Z')
  const info = { name: 'Logi Room Diagnostics', version: '0.3.0', platform: 'linux-x64', os: 'Linux 6.1.0' }

  it('holds the room, every finding, the host OS, the app version and the time, each once', () => {
    const room = rallyRoom()
    const health = runHealth({ snapshot: room, tree: [] })
    const text = roomReportText({ info, snapshot: room, health, at })
    const lines = text.split('\n')
    expect(lines[0]).toBe('Logi Room Diagnostics 0.3.0 · Linux 6.1.0 (linux-x64) · 2026-01-02T03:04:05Z')
    expect(lines.filter((l) => l === 'Rally — 3 parts connected')).toHaveLength(1)
    for (const f of health.findings) expect(text).toContain(f.title)
    expect(text).toContain('Parts: Rally Audio')
  })

  it('says when health has not been checked rather than claiming nothing is wrong', () => {
    expect(roomReportText({ info, snapshot: rallyRoom(), health: null, at })).toContain('Room health: not checked yet')
  })

  it('saves as JSON with the same facts and a file name valid on every file system', () => {
    const room = rallyRoom()
    const health = runHealth({ snapshot: room, tree: [] })
    const doc = JSON.parse(roomReportJson({ info, snapshot: room, health, at })) as Record<string, unknown>
    expect(doc).toEqual({ generatedAt: '2026-01-02T03:04:05Z', app: info, room, health })
    expect(reportFileName(at, 'txt')).toBe('logi-room-report-2026-01-02T03-04-05Z.txt')
  })
})
