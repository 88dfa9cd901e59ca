// Words and groupings for health findings, shared by the Health screen, the Room screen's health
// line, the chips and the plain-text copy, so all of them say the same thing.
import type { Finding, Severity, Snapshot, TopologyNode } from '../../../shared/contract'
import { distinctDeviceNames, SEVERITIES } from '../../../shared/wording'

// The severity scale and its words are the app's one vocabulary (src/shared/wording).
export { countsLine, GROUP_TITLE, SEVERITIES, SEVERITY_LABEL, worstSeverity } from '../../../shared/wording'

export interface FindingGroup {
  severity: Severity
  findings: Finding[]
}

/** Errors first, then warnings, then notes; the core's order within each. Empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.findings.length > 0
  )
}

function* walk(nodes: readonly TopologyNode[]): Generator<TopologyNode> {
  for (const n of nodes) {
    yield n
    yield* walk(n.children)
  }
}

export function allNodes(topology: readonly TopologyNode[]): TopologyNode[] {
  return [...walk(topology)]
}

/** Device id → the name people know it by: the snapshot's, else the topology's, else the id. */
export function deviceNames(snapshot: Snapshot | null, topology: readonly TopologyNode[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const n of walk(topology)) if (n.deviceId) names.set(n.deviceId, n.name)
  for (const [id, name] of distinctDeviceNames(snapshot?.devices ?? [])) names.set(id, name)
  return names
}

/** Findings that concern one device, in the report's order. */
export function findingsOfDevice(findings: readonly Finding[], deviceId: string): Finding[] {
  return findings.filter((f) => f.devices.includes(deviceId))
}

/**
 * Checks whose findings the Room screen already shows in full on its own: a missing part is a
 * placeholder (or a "not connected" peripheral), no access is the chip's udev block with its
 * command, update or bootloader mode is the chip's mode badge and hint. Repeating their titles
 * on the chips would say the same thing twice, on parts that are not the ones at fault.
 */
export const SHOWN_BY_ROOM_SCREEN: ReadonlySet<string> = new Set(['incomplete-system', 'permissions', 'device-mode'])

/** Error findings per device id, for the chips on the Room screen. */
export function errorsByDevice(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.severity !== 'error' || SHOWN_BY_ROOM_SCREEN.has(f.check)) continue
    for (const id of f.devices) map.set(id, [...(map.get(id) ?? []), f])
  }
  return map
}
