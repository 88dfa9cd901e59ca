// Words and groupings for health findings, shared by the Health screen, the Room screen's health
// line, the chips and the plain-text copy, so all of them say the same thing.
import type { Finding, HealthReport, Severity, Snapshot, TopologyNode } from '../../../shared/contract'
import { displayName } from '../room/device-format'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** The word next to the icon; the icon's shape says it too. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' }

export const GROUP_TITLE: Record<Severity, string> = { error: 'Needs fixing', warning: 'Worth checking', info: 'Notes' }

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** "2 problems need fixing · 1 warning · 1 note" / "No problems found · 1 note" / "No problems found". */
export function countsLine(counts: HealthReport['counts']): string {
  const bits: string[] = []
  if (counts.error) bits.push(`${plural(counts.error, 'problem')} ${counts.error === 1 ? 'needs' : 'need'} fixing`)
  if (counts.warning) bits.push(plural(counts.warning, 'warning'))
  if (!counts.error && !counts.warning) bits.push('No problems found')
  if (counts.info) bits.push(plural(counts.info, 'note'))
  return bits.join(' · ')
}

/** The most serious severity present, or null when there is nothing at all. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  for (const s of SEVERITIES) if (findings.some((f) => f.severity === s)) return s
  return null
}

export interface FindingGroup {
  severity: Severity
  findings: Finding[]
}

/** Errors first, then warnings, then notes; the core's order within each. Empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0)
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
  for (const d of snapshot?.devices ?? []) names.set(d.id, displayName(d))
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
