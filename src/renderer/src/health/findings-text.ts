// The plain text behind "Copy findings": what a support chat or ticket needs, readable without
// the app — each finding with its parts, fix and detail, then the USB tree with its link speeds.
import type { HealthReport, TopologyNode } from '../../../shared/contract'
import { linkLabel, hostKind } from '../topology/node-text'
import { countsLine, GROUP_TITLE, groupFindings, SEVERITY_LABEL } from './health-model'

function treeLines(node: TopologyNode, indent: string, problemTitles: ReadonlyMap<string, string>): string[] {
  const own =
    node.kind === 'host'
      ? `${node.name} (${hostKind(node)})`
      : `${indent}${node.name}${node.kind === 'hub' ? ' [hub]' : ''} — ${linkLabel(node.speed)}${node.problems.length ? ` — PROBLEM: ${node.problems.map((id) => problemTitles.get(id) ?? id).join('; ')}` : ''}`
  return [own, ...node.children.flatMap((c) => treeLines(c, `${indent}  `, problemTitles))]
}

export function findingsText(report: HealthReport, names: ReadonlyMap<string, string>): string {
  const lines = [`Room health: ${countsLine(report.counts)}`]
  for (const group of groupFindings(report.findings)) {
    lines.push('', `${GROUP_TITLE[group.severity]} (${group.findings.length})`)
    for (const f of group.findings) {
      lines.push(`- [${SEVERITY_LABEL[group.severity]}] ${f.title}`)
      if (f.devices.length) lines.push(`  Parts: ${f.devices.map((id) => names.get(id) ?? id).join(', ')}`)
      lines.push(`  Fix: ${f.fix}`, `  Detail: ${f.detail}`, `  Check: ${f.check} (${f.id})`)
    }
  }
  if (report.topology.length) {
    const titles = new Map(report.findings.map((f) => [f.id, f.title]))
    lines.push('', 'USB connections')
    for (const root of report.topology) lines.push(...treeLines(root, '', titles))
  }
  return lines.join('\n')
}
