// Human-readable health report for `logi-diag health`.
import type { HealthReport, Severity, TopologyNode } from '../../../shared/contract'

const MARK: Record<Severity, string> = { error: '✖ ERROR  ', warning: '▲ WARNING', info: 'ℹ INFO   ' }
const SPEED: Record<string, string> = { low: '1.5M', full: '12M', high: '480M', super: '5G', 'super-plus': '10G+' }

function tree(node: TopologyNode, prefix: string, last: boolean, out: string[], depth: number): void {
  const branch = depth === 0 ? '' : last ? '└─ ' : '├─ '
  const speed = node.speed ? ` [${SPEED[node.speed]}]` : ''
  const flag = node.problems.length ? '  ← problem' : ''
  out.push(`${prefix}${branch}${node.name}${speed}${flag}`)
  const next = depth === 0 ? '' : prefix + (last ? '   ' : '│  ')
  node.children.forEach((c, i) => tree(c, next, i === node.children.length - 1, out, depth + 1))
}

export function formatHealth(r: HealthReport): string {
  const out: string[] = []
  const { error, warning, info } = r.counts
  out.push(error + warning + info === 0 ? 'No problems found.' : `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} note${info === 1 ? '' : 's'}.`)
  out.push('')
  for (const f of r.findings) {
    out.push(`${MARK[f.severity]}  ${f.title}`)
    out.push(`           ${f.detail}`)
    out.push(`           Fix: ${f.fix}`)
    out.push('')
  }
  if (r.topology.length) {
    out.push('USB topology')
    for (const root of r.topology) tree(root, '  ', true, out, 0)
    out.push('')
  }
  return out.join('\n')
}
