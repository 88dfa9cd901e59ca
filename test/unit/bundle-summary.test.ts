// summary.txt speaks the app's one vocabulary: the room and its findings as "Copy report" and the
// CLI give them, never raw states ("[info]", "super", "firmware not read" for every missing version).
import { describe, expect, it } from 'vitest'
import { formatSummary, type SummaryInput } from '../../src/main/bundle/summary'
import type { HealthReport, Snapshot } from '../../src/shared/contract'
import { makeDevice } from '../support/device'

/** A Rally whose table hub is missing: the camera read fine, the audio refused access and has no
 *  serial, one Mic Pod is reported and the speaker is not connected. */
function room(): Snapshot {
  const camera = makeDevice({ id: 'usb:2-1', serial: 'CAM1', firmware: '1.2.300', firmwareSource: 'rally-topology-report' })
  const audio = makeDevice({
    id: 'usb:1-3',
    productId: '0885',
    part: 'audio',
    name: 'Rally Audio',
    usbProduct: 'Logi Rally Audio',
    serial: null,
    speed: 'high',
    location: { bus: 1, ports: [3], hubDepth: 0 },
    errors: [{ code: 'permission', message: 'The system refused access. Install the udev rule.' }]
  })
  return {
    devices: [camera, audio],
    systems: [
      {
        id: 'system:usb:2-1',
        product: 'Rally',
        parts: [camera.id, audio.id],
        missing: ['table-hub'],
        peripherals: [
          { part: 'mic-pod', name: 'Mic Pod 1', serial: 'MP1', firmware: null, connected: true, reportedBy: audio.id },
          { part: 'speaker', name: 'Speaker 1', serial: null, firmware: null, connected: false, reportedBy: audio.id }
        ]
      }
    ]
  }
}

const health: HealthReport = {
  findings: [
    {
      id: 'device-read:usb:1-3',
      check: 'device-read',
      severity: 'info',
      devices: ['usb:1-3'],
      title: 'Rally Audio: no access',
      detail: 'The system refused access.',
      fix: 'Install the udev rule.',
      technical: 'LIBUSB_ERROR_ACCESS'
    }
  ],
  topology: [],
  counts: { error: 0, warning: 0, info: 1 }
}

const input = (over: Partial<SummaryInput> = {}): SummaryInput => ({
  bundleId: 'b-1',
  createdAt: '2026-12-05T08:00:00.000Z',
  appVersion: '0.1.0',
  platform: 'linux-x64',
  snapshot: room(),
  health,
  collectors: [{ id: 'inventory', status: 'ok', detail: null, ms: 5, files: 4 }],
  files: 5,
  omitted: [],
  ...over
})

describe('bundle summary.txt', () => {
  it('renders the room and findings in the shared words', () => {
    const text = formatSummary(input())
    expect(text.split('\n')).toEqual([
      'Logi Room Diagnostics — support bundle',
      '',
      'Bundle id:  b-1',
      'Created:    2026-12-05T08:00:00.000Z',
      'App:        0.1.0 on linux-x64',
      '',
      'ROOM',
      '  Rally — 2 parts connected · 1 missing · 1 not connected',
      '  Health: No problems found · 1 note',
      '',
      '  Rally',
      '    Rally Camera              serial CAM1 · firmware 1.2.300 · USB 3 · 5 Gbit/s · bus 1 · port 2 · direct · 046d:0881',
      '    Table Hub                 NOT FOUND',
      '    Rally Audio               serial not reported · firmware no access · USB 2 · 480 Mbit/s · bus 1 · port 3 · direct · 046d:0885',
      '                              ! No access to the device: The system refused access. Install the udev rule.',
      '    Mic Pod 1                 connected · serial MP1 · firmware not reported · reported by Rally Audio',
      '    Speaker 1                 NOT CONNECTED · reported by Rally Audio',
      '',
      'HEALTH',
      '  Room health: No problems found · 1 note',
      '',
      '  Notes (1)',
      '  ℹ Note: Rally Audio: no access',
      '    Parts: Rally Audio',
      '    Fix: Install the udev rule.',
      '    Detail: The system refused access.',
      '    Technical detail: LIBUSB_ERROR_ACCESS',
      '    Check: device-read (device-read:usb:1-3)',
      '',
      'COLLECTED',
      '  inventory      ok       4 file(s)',
      '  5 file(s) in this bundle; 0 item(s) cut or left out (see manifest.json "omitted").',
      '',
      ''
    ])
    // the old private words are gone
    for (const old of ['[info]', ' super', 'firmware not read', 'serial unknown', 'table-hub']) expect(text).not.toContain(old)
  })

  it('says what was not collected, and an empty room as the Room screen does', () => {
    const none = formatSummary(input({ snapshot: null, health: null })).split('\n')
    expect(none.slice(6, 10)).toEqual(['ROOM', '  (devices were not collected)', '', 'HEALTH'])
    expect(none[10]).toBe('  (health checks were not collected)')
    const empty = formatSummary(
      input({ snapshot: { devices: [], systems: [] }, health: { findings: [], topology: [], counts: { error: 0, warning: 0, info: 0 } } })
    ).split('\n')
    expect(empty.slice(6, 11)).toEqual(['ROOM', '  No room devices found', '', 'HEALTH', '  Room health: No problems found'])
  })
})
