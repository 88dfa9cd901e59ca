// summary.txt: what a support agent reads first. Room, systems, serials, firmware, findings,
// what was collected. The room and its findings come from the same renderers as "Copy report"
// (src/shared/report), so support reads the words the admin saw on screen and in the CLI.
// It is redacted like every other entry before it is written.
import type { CollectorResult, HealthReport, OmittedItem, Snapshot } from '../../shared/contract'
import { healthText } from '../../shared/report/health-text'
import { deviceNames } from '../../shared/report/room-report'
import { roomText } from '../../shared/report/room-text'
import { roomView } from '../../shared/room/room-model'

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

const indent = (lines: readonly string[]): string[] => lines.map((l) => (l ? `  ${l}` : ''))

export function formatSummary(s: SummaryInput): string {
  const out: string[] = []
  out.push('Logi Room Diagnostics — support bundle', '')
  out.push(`Bundle id:  ${s.bundleId}`, `Created:    ${s.createdAt}`, `App:        ${s.appVersion} on ${s.platform}`, '')
  out.push('ROOM')
  if (!s.snapshot) out.push('  (devices were not collected)')
  else out.push(...indent(roomText(roomView(s.snapshot, s.health?.findings ?? null), s.health, { technical: true })))
  out.push('', 'HEALTH')
  if (!s.health) out.push('  (health checks were not collected)')
  else out.push(...indent(healthText(s.health, deviceNames(s.snapshot), { technical: true })))
  out.push('', 'COLLECTED')
  for (const c of s.collectors)
    out.push(`  ${c.id.padEnd(14)} ${c.status.padEnd(8)} ${c.files} file(s)${c.detail ? `  — ${c.detail}` : ''}`)
  out.push(`  ${s.files} file(s) in this bundle; ${s.omitted.length} item(s) cut or left out (see manifest.json "omitted").`, '')
  return out.join('\n') + '\n'
}
