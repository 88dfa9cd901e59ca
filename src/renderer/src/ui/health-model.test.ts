import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/contract'
import { countsLine, deviceNames, errorsByDevice, groupFindings, worstSeverity } from './health-model'
import { makeDevice } from '../../../../test/support/device'
import { topologyNode } from '../../../../test/support/topology'

const finding = (id: string, severity: Finding['severity'], devices: string[] = []): Finding => ({
  id,
  check: id.split(':')[0] ?? id,
  severity,
  devices,
  title: `title ${id}`,
  detail: `detail ${id}`,
  fix: `fix ${id}`
})

const node = topologyNode

describe('countsLine', () => {
  it('says what needs fixing first, then warnings and notes', () => {
    expect(countsLine({ error: 2, warning: 0, info: 1 })).toBe('2 problems need fixing · 1 note')
    expect(countsLine({ error: 1, warning: 2, info: 0 })).toBe('1 problem needs fixing · 2 warnings')
    expect(countsLine({ error: 0, warning: 1, info: 0 })).toBe('1 warning')
  })

  it('says plainly when nothing is wrong', () => {
    expect(countsLine({ error: 0, warning: 0, info: 0 })).toBe('No problems found')
    expect(countsLine({ error: 0, warning: 0, info: 3 })).toBe('No problems found · 3 notes')
  })
})

describe('groupFindings', () => {
  it('puts errors first, keeps the core order within a group and leaves out empty groups', () => {
    const groups = groupFindings([finding('a', 'info'), finding('b', 'error'), finding('c', 'info'), finding('d', 'error')])
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info'])
    expect(groups[0]?.findings.map((f) => f.id)).toEqual(['b', 'd'])
    expect(groups[1]?.findings.map((f) => f.id)).toEqual(['a', 'c'])
  })
})

describe('worstSeverity', () => {
  it('is the most serious one present', () => {
    expect(worstSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning')
    expect(worstSeverity([])).toBeNull()
  })
})

describe('deviceNames', () => {
  it('prefers the snapshot names and falls back to the topology', () => {
    const topology = [
      node('bus:1', 'host', 'USB bus 1', [node('usb:1-3', 'device', 'MeetUp Camera'), node('usb:1-4', 'device', 'Speaker')])
    ]
    expect(deviceNames(null, topology).get('usb:1-3')).toBe('MeetUp Camera')
    const snapshot = {
      devices: [
        makeDevice({
          id: 'usb:1-3',
          productId: '0866',
          product: 'MeetUp',
          name: 'MeetUp Camera (from the snapshot)',
          usbProduct: null,
          serial: null,
          speed: 'high',
          location: { bus: 1, ports: [3], hubDepth: 0 }
        })
      ],
      systems: []
    }
    const names = deviceNames(snapshot, topology)
    expect(names.get('usb:1-3')).toBe('MeetUp Camera (from the snapshot)')
    expect(names.get('usb:1-4')).toBe('Speaker')
    expect(names.has('bus:1')).toBe(false)
  })
})

describe('errorsByDevice', () => {
  it('collects only errors, under each device they concern', () => {
    const map = errorsByDevice([finding('x', 'error', ['a', 'b']), finding('y', 'warning', ['a']), finding('z', 'error', ['a'])])
    expect(map.get('a')?.map((f) => f.id)).toEqual(['x', 'z'])
    expect(map.get('b')?.map((f) => f.id)).toEqual(['x'])
  })

  it('leaves out what the Room screen already shows: missing parts, no access, update mode', () => {
    const map = errorsByDevice([
      finding('incomplete-system:system:a', 'error', ['a']),
      finding('permissions:a', 'error', ['a']),
      finding('device-mode:a', 'error', ['a']),
      finding('link-speed:a', 'error', ['a'])
    ])
    expect(map.get('a')?.map((f) => f.check)).toEqual(['link-speed'])
  })
})
