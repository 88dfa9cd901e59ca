import { describe, expect, it } from 'vitest'
import type { TopologyNode } from '../../../shared/contract'
import { LAYOUT, layoutTree, wrapName, type PlacedNode } from './layout'

let seq = 0
const n = (kind: TopologyNode['kind'], name: string, children: TopologyNode[] = [], problems: string[] = []): TopologyNode => ({
  id: `n${++seq}`,
  kind,
  name,
  speed: kind === 'host' ? 'super' : 'high',
  deviceId: kind === 'device' ? `d${seq}` : null,
  problems,
  children
})

const byName = (nodes: PlacedNode[], name: string): PlacedNode => {
  const found = nodes.find((p) => p.node.name === name)
  if (!found) throw new Error(`no node ${name}`)
  return found
}

const overlaps = (a: PlacedNode, b: PlacedNode): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('layoutTree', () => {
  it('puts a bare bus alone in a box', () => {
    const l = layoutTree(n('host', 'USB bus 1'))
    expect(l.nodes).toHaveLength(1)
    expect(l.links).toHaveLength(0)
    expect(l.depth).toBe(0)
    expect(l.width).toBe(LAYOUT.nodeWidth + 2 * LAYOUT.padding)
    expect(l.height).toBe(LAYOUT.nodeHeight + 2 * LAYOUT.padding)
  })

  it('draws a 4-level-deep chain straight down, one level per row, inside the picture', () => {
    const tree = n('host', 'USB bus 2', [n('hub', 'Hub A', [n('hub', 'Hub B', [n('hub', 'Hub C', [n('device', 'Rally Camera')])])])])
    const l = layoutTree(tree)
    expect(l.depth).toBe(4)
    const camera = byName(l.nodes, 'Rally Camera')
    const host = byName(l.nodes, 'USB bus 2')
    expect(camera.depth).toBe(4)
    expect(camera.x).toBe(host.x)
    expect(camera.y).toBe(LAYOUT.padding + 4 * (LAYOUT.nodeHeight + LAYOUT.levelGap))
    for (const p of l.nodes) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.x + p.width).toBeLessThanOrEqual(l.width)
      expect(p.y + p.height).toBeLessThanOrEqual(l.height)
    }
    expect(l.links).toHaveLength(4)
  })

  it('centres a parent over its children, keeps boxes apart and orders siblings left to right', () => {
    const tree = n('host', 'USB bus 1', [
      n('hub', 'Hub', [n('device', 'Camera'), n('device', 'Table Hub'), n('device', 'Audio')]),
      n('device', 'Speakerphone')
    ])
    const l = layoutTree(tree)
    const hub = byName(l.nodes, 'Hub')
    const [camera, table, audio, speaker] = ['Camera', 'Table Hub', 'Audio', 'Speakerphone'].map((name) => byName(l.nodes, name))
    expect(camera!.x).toBeLessThan(table!.x)
    expect(table!.x).toBeLessThan(audio!.x)
    expect(hub.x + hub.width / 2).toBeCloseTo(table!.x + table!.width / 2)
    expect(speaker!.x).toBeGreaterThan(audio!.x)
    for (const a of l.nodes) for (const b of l.nodes) if (a !== b) expect(overlaps(a, b), `${a.node.name} / ${b.node.name}`).toBe(false)
  })

  it('gives every non-root node exactly one link from its parent, ending on its top edge with the label above it', () => {
    const problem = n('device', 'MeetUp Camera', [], ['link-speed:usb:1-3'])
    const tree = n('host', 'USB bus 1', [problem, n('device', 'Speakerphone')])
    const l = layoutTree(tree)
    expect(l.links.map((k) => k.node.name)).toEqual(['MeetUp Camera', 'Speakerphone'])
    const link = l.links[0]!
    const box = byName(l.nodes, 'MeetUp Camera')
    expect(link.parentId).toBe(tree.id)
    expect(link.node.problems).toEqual(['link-speed:usb:1-3'])
    expect(link.to).toEqual({ x: box.x + box.width / 2, y: box.y })
    expect(link.label.y).toBeLessThan(box.y)
    expect(link.label.y).toBeGreaterThan(link.from.y)
    expect(link.path.startsWith(`M ${link.from.x} ${link.from.y} C`)).toBe(true)
    // Separate points on the parent's edge, in the children's order.
    expect(l.links[0]!.from.x).toBeLessThan(l.links[1]!.from.x)
  })
})

describe('wrapName', () => {
  it('keeps short names on one line and wraps long ones on word boundaries', () => {
    expect(wrapName('Rally Camera', 15)).toEqual(['Rally Camera'])
    expect(wrapName('Rally Audio (Display Hub)', 15)).toEqual(['Rally Audio', '(Display Hub)'])
    expect(wrapName('MeetUp Speakerphone', 15)).toEqual(['MeetUp', 'Speakerphone'])
  })

  it('cuts what does not fit in two lines with an ellipsis', () => {
    const lines = wrapName('A very long vendor hub name that goes on and on', 12)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(wrapName('Supercalifragilistic', 10)).toEqual(['Supercali…'])
  })
})
