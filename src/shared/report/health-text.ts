// The health report as plain text: what `logi-diag health` prints and the health part of "Copy
// report" and the bundle's summary.txt. Each finding with the parts it concerns, its fix and detail,
// then the USB tree with its link speeds.
import type { Finding, HealthReport, TopologyNode } from '../contract'
import { countsLine, GROUP_TITLE, SEVERITIES, SEVERITY_LABEL, speedText } from '../wording'
import { renderTree, type TextTree } from './tree'

export interface HealthTextOptions {
  /** Add each finding's check id and raw technical text (copied reports). */
  technical?: boolean
}

const SEVERITY_MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const

/** The host's bus kind: a root hub running at SuperSpeed is the controller's USB 3 bus. */
export function busKind(speed: TopologyNode['speed']): string {
  if (speed === 'super' || speed === 'super-plus') return 'USB 3 bus'
  if (speed === 'high') return 'USB 2 bus'
  if (speed === 'low' || speed === 'full') return 'USB 1 bus'
  return 'USB bus'
}

function topologyTree(node: TopologyNode, titles: ReadonlyMap<string, string>): TextTree {
  const problems = node.problems.map((id) => `problem: ${titles.get(id) ?? id}`)
  const own =
    node.kind === 'host'
      ? `${node.name} (${busKind(node.speed)})`
      : `${node.name}${node.kind === 'hub' ? ' [hub]' : ''} — ${speedText(node.speed)}`
  return { lines: [own, ...problems], children: node.children.map((c) => topologyTree(c, titles)) }
}

export function topologyText(topology: readonly TopologyNode[], findings: readonly Finding[]): string[] {
  const titles = new Map(findings.map((f) => [f.id, f.title]))
  return renderTree(topology.map((root) => topologyTree(root, titles)))
}

export function findingLines(f: Finding, names: ReadonlyMap<string, string>, opts: HealthTextOptions = {}): string[] {
  const lines = [`${SEVERITY_MARK[f.severity]} ${SEVERITY_LABEL[f.severity]}: ${f.title}`]
  if (f.devices.length) lines.push(`  Parts: ${f.devices.map((id) => names.get(id) ?? id).join(', ')}`)
  lines.push(`  Fix: ${f.fix}`, `  Detail: ${f.detail}`)
  if (opts.technical) {
    if (f.technical) lines.push(`  Technical detail: ${f.technical}`)
    lines.push(`  Check: ${f.check} (${f.id})`)
  }
  return lines
}

export function healthText(report: HealthReport, names: ReadonlyMap<string, string>, opts: HealthTextOptions = {}): string[] {
  const lines = [`Room health: ${countsLine(report.counts)}`]
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    lines.push('', `${GROUP_TITLE[severity]} (${group.length})`)
    for (const f of group) lines.push(...findingLines(f, names, opts))
  }
  if (report.topology.length) lines.push('', 'USB connections', ...topologyText(report.topology, report.findings))
  return lines
}
