// The findings as plain text with the technical lines "Copy report" adds: one renderer for the CLI,
// the copied report and the bundle.
import { describe, expect, it } from 'vitest'
import type { HealthReport } from '../../src/shared/contract'
import { healthText } from '../../src/shared/report/health-text'
import { topologyNode } from '../support/topology'

const findingsText = (report: HealthReport, names: ReadonlyMap<string, string>): string =>
  healthText(report, names, { technical: true }).join('\n')

const report: HealthReport = {
  findings: [
    {
      id: 'device-read:usb:1-3',
      check: 'device-read',
      severity: 'info',
      devices: ['usb:1-3'],
      title: 'MeetUp Camera could not be fully read',
      detail: 'stall',
      fix: 'Run the check again.'
    },
    {
      id: 'link-speed:usb:1-3',
      check: 'link-speed',
      severity: 'error',
      devices: ['usb:1-3'],
      title: 'MeetUp Camera is running at USB 2 speed',
      detail: 'negotiated 480 Mbit/s',
      fix: 'Move the cable to a USB 3 port.'
    }
  ],
  topology: [
    topologyNode('bus:1', 'host', 'USB bus 1', [
      topologyNode('usb:1-3', 'device', 'MeetUp Camera', [], { problems: ['link-speed:usb:1-3'] })
    ])
  ],
  counts: { error: 1, warning: 0, info: 1 }
}

describe('healthText with technical lines', () => {
  it('lists errors before notes, each with parts, fix and detail, then the USB tree', () => {
    const text = findingsText(report, new Map([['usb:1-3', 'MeetUp Camera']]))
    expect(text.split('\n')).toEqual([
      'Room health: 1 problem needs fixing · 1 note',
      '',
      'Needs fixing (1)',
      '✖ Error: MeetUp Camera is running at USB 2 speed',
      '  Parts: MeetUp Camera',
      '  Fix: Move the cable to a USB 3 port.',
      '  Detail: negotiated 480 Mbit/s',
      '  Check: link-speed (link-speed:usb:1-3)',
      '',
      'Notes (1)',
      'ℹ Note: MeetUp Camera could not be fully read',
      '  Parts: MeetUp Camera',
      '  Fix: Run the check again.',
      '  Detail: stall',
      '  Check: device-read (device-read:usb:1-3)',
      '',
      'USB connections',
      'USB bus 1 (USB 2 bus)',
      '└─ MeetUp Camera — USB 2 · 480 Mbit/s',
      '      problem: MeetUp Camera is running at USB 2 speed'
    ])
  })

  it('says there is nothing to fix for a healthy room', () => {
    expect(findingsText({ findings: [], topology: [], counts: { error: 0, warning: 0, info: 0 } }, new Map())).toBe(
      'Room health: No problems found'
    )
  })
})
