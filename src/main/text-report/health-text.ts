// Human-readable health report for `logi-diag health` and the bundle's room/health.txt: the health
// part of "Copy report" without its technical lines, from the shared renderer (findings, then the
// USB tree drawn by src/shared/report/tree.ts).
import type { HealthReport, Snapshot } from '../../shared/contract'
import { healthText } from '../../shared/report/health-text'
import { deviceNames } from '../../shared/report/room-report'

export function formatHealth(r: HealthReport, snapshot: Snapshot | null = null): string {
  return healthText(r, deviceNames(snapshot)).join('\n') + '\n'
}
