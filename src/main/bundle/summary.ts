// summary.txt: what a support agent reads first. Room, systems, serials, firmware, findings,
// what was collected. It is redacted like every other entry before it is written.
import type { CollectorResult, HealthReport, OmittedItem, Snapshot } from '../../shared/contract'

export interface SummaryInput {
  bundleId: string
  createdAt: string
  appVersion: string
  platform: string
  snapshot: Snapshot | null
  health: HealthReport | null
  collectors: CollectorResult[]
  files: number
  omitted: OmittedItem[]
}

export function formatSummary(s: SummaryInput): string {
  const out: string[] = []
  out.push('Logi Room Diagnostics — support bundle', '')
  out.push(`Bundle id:  ${s.bundleId}`, `Created:    ${s.createdAt}`, `App:        ${s.appVersion} on ${s.platform}`, '')
  out.push('ROOM')
  if (!s.snapshot) out.push('  (devices were not collected)')
  else if (s.snapshot.devices.length === 0) out.push('  No Logitech room devices were found.')
  else {
    const byId = new Map(s.snapshot.devices.map((d) => [d.id, d]))
    for (const sys of s.snapshot.systems) {
      out.push(`  ${sys.product}${sys.missing.length ? `  (missing: ${sys.missing.join(', ')})` : ''}`)
      for (const id of sys.parts) {
        const d = byId.get(id)
        if (d)
          out.push(
            `    ${d.name.padEnd(24)} serial ${d.serial ?? 'unknown'}  firmware ${d.firmware ?? 'not read'}  ${d.vendorId}:${d.productId}  ${d.speed ?? 'speed unknown'}${d.mode === 'normal' ? '' : `  [${d.mode}]`}`
          )
      }
      for (const p of sys.peripherals)
        out.push(
          `    ${p.name.padEnd(24)} serial ${p.serial ?? 'unknown'}  firmware ${p.firmware ?? 'not read'}  ${p.connected ? 'connected' : 'not connected'}`
        )
    }
    const grouped = new Set(s.snapshot.systems.flatMap((x) => x.parts))
    for (const d of s.snapshot.devices.filter((d) => !grouped.has(d.id)))
      out.push(`  ${d.name.padEnd(26)} serial ${d.serial ?? 'unknown'}  firmware ${d.firmware ?? 'not read'}  ${d.vendorId}:${d.productId}`)
  }
  out.push('', 'HEALTH')
  if (!s.health) out.push('  (health checks were not collected)')
  else if (s.health.findings.length === 0) out.push('  No findings.')
  else for (const f of s.health.findings) out.push(`  [${f.severity}] ${f.title}`, `      fix: ${f.fix}`)
  out.push('', 'COLLECTED')
  for (const c of s.collectors)
    out.push(`  ${c.id.padEnd(14)} ${c.status.padEnd(8)} ${c.files} file(s)${c.detail ? `  — ${c.detail}` : ''}`)
  out.push(`  ${s.files} file(s) in this bundle; ${s.omitted.length} item(s) cut or left out (see manifest.json "omitted").`, '')
  return out.join('\n') + '\n'
}
