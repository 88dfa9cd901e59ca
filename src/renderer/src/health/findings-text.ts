// The plain text behind "Copy findings": the same text `logi-diag health` prints, from the same
// renderer (src/shared/report/health-text.ts), with the technical details support asks for.
import type { HealthReport } from '../../../shared/contract'
import { healthText } from '../../../shared/report/health-text'

export function findingsText(report: HealthReport, names: ReadonlyMap<string, string>): string {
  return healthText(report, names, { technical: true }).join('\n')
}
