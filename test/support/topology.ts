import type { TopologyNode } from '../../src/shared/contract'

/** A node of the USB picture: a device's node carries its own id as deviceId unless overridden. */
export function topologyNode(
  id: string,
  kind: TopologyNode['kind'],
  name: string,
  children: TopologyNode[] = [],
  overrides: Partial<TopologyNode> = {}
): TopologyNode {
  return { id, kind, name, speed: 'high', deviceId: kind === 'device' ? id : null, problems: [], children, ...overrides }
}
