import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/contract'
import { topologyNode } from '../../../../test/support/topology'
import { linkLabel, nodeAriaLabel, nodeFindings, nodeSubtitle, speedClass } from './node-text'

const camera = topologyNode('usb:1-3', 'device', 'MeetUp Camera', [], { problems: ['link-speed:usb:1-3'] })
const f = (id: string, severity: Finding['severity'], title: string): Finding => ({
  id,
  check: 'x',
  severity,
  devices: ['usb:1-3'],
  title,
  detail: '',
  fix: ''
})
const findings = [
  f('link-speed:usb:1-3', 'error', 'MeetUp Camera is running at USB 2 speed'),
  f('device-read:usb:1-3', 'info', 'MeetUp Camera could not be fully read')
]

describe('speed words', () => {
  it('classes and labels each speed', () => {
    expect(speedClass('super-plus')).toBe('usb3')
    expect(speedClass('high')).toBe('usb2')
    expect(speedClass('full')).toBe('usb1')
    expect(speedClass(null)).toBe('unknown')
    expect(linkLabel('super')).toBe('USB 3 · 5 Gbit/s')
    expect(linkLabel('high')).toBe('USB 2 · 480 Mbit/s')
    expect(linkLabel('full')).toBe('USB 1 · 12 Mbit/s')
    expect(linkLabel(null)).toBe('Link speed unknown')
  })
})

describe('nodeAriaLabel', () => {
  it('names the part, its link and the problems on that link, then any other findings', () => {
    const nf = nodeFindings(camera, findings)
    expect(nf.link.map((x) => x.id)).toEqual(['link-speed:usb:1-3'])
    expect(nf.other.map((x) => x.id)).toEqual(['device-read:usb:1-3'])
    expect(nodeAriaLabel(camera, nf)).toBe(
      'MeetUp Camera, USB 2 480 Mbit/s link, 1 problem: MeetUp Camera is running at USB 2 speed, also 1 finding: MeetUp Camera could not be fully read'
    )
  })

  it('says "no problems" for a clean link and describes hosts and hubs', () => {
    const hub = topologyNode('usb:2-1', 'hub', 'USB3.0 Hub', [], { speed: 'super' })
    const host = topologyNode('bus:2', 'host', 'USB bus 2', [hub], { speed: 'super' })
    expect(nodeAriaLabel(hub, nodeFindings(hub, findings))).toBe('USB3.0 Hub (USB hub), USB 3 5 Gbit/s link, no problems')
    expect(nodeAriaLabel(host, nodeFindings(host, findings))).toBe("USB bus 2, the computer's USB 3 bus")
    expect(nodeSubtitle(host)).toBe('Computer · USB 3')
    expect(nodeSubtitle(camera, 'error')).toBe('Needs fixing')
    expect(nodeSubtitle(camera)).toBe('No problems')
  })
})
