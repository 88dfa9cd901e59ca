// The USB tree from each host bus through hubs to the room's parts, with the findings that concern
// each link attached, for the topology picture.
import type { Finding, TopologyNode } from '../../shared/contract'
import type { UsbTreeEntry } from '../devices/discover'

export function buildTopology(allEntries: readonly UsbTreeEntry[], findings: readonly Finding[]): TopologyNode[] {
  // Twin hubs kept for the checks but with no room part below them are not drawn.
  const tree = allEntries.filter(
    (e) =>
      !e.isHub ||
      e.ports.length === 0 ||
      allEntries.some(
        (x) =>
          !x.isHub && x.bus === e.bus && x.ports.length > e.ports.length && x.ports.slice(0, e.ports.length).join('.') === e.ports.join('.')
      )
  )
  const linkChecks = new Set(['link-speed', 'hub-chain', 'device-mode', 'permissions', 'device-descriptor'])
  const problemsOf = (deviceId: string | null): string[] =>
    deviceId === null ? [] : findings.filter((f) => linkChecks.has(f.check) && f.devices.includes(deviceId)).map((f) => f.id)
  const nodes = new Map<string, TopologyNode>()
  const sorted = [...tree].sort(
    (a, b) => a.bus - b.bus || a.ports.length - b.ports.length || a.ports.join('.').localeCompare(b.ports.join('.'))
  )
  const roots: TopologyNode[] = []
  for (const e of sorted) {
    const key = `${e.bus}-${e.ports.join('.')}`
    const node: TopologyNode = {
      id: e.ports.length === 0 ? `bus:${e.bus}` : `usb:${key}`,
      kind: e.ports.length === 0 ? 'host' : e.deviceId ? 'device' : 'hub',
      name: e.name,
      speed: e.speed,
      deviceId: e.deviceId,
      problems: problemsOf(e.deviceId),
      children: []
    }
    nodes.set(key, node)
    const parent = nodes.get(`${e.bus}-${e.ports.slice(0, -1).join('.')}`)
    if (e.ports.length > 0 && parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
