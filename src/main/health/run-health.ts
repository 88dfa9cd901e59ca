// Runs every check over one discovery result. Checks are independent functions; adding one is
// adding a file to checks/ and a line here.
import type { Finding, HealthReport, Severity } from '../../shared/contract'
import type { DiscoveryResult } from '../devices/discover'
import { HealthContext, type Check } from './context'
import { linkSpeed } from './checks/link-speed'
import { hubChain } from './checks/hub-chain'
import { incompleteSystem } from './checks/incomplete-system'
import { deviceMode } from './checks/device-mode'
import { permissions } from './checks/permissions'
import { firmwareMinimum } from './checks/firmware-minimum'
import { deviceProblems } from './checks/device-problems'
import { firmwareNotRead } from './checks/firmware-not-read'
import { buildTopology } from './topology'
import { windowsDrivers } from './checks/windows-drivers'
import { macosAccess } from './checks/macos-access'
import { countFindings } from '../../shared/wording'

export const CHECKS: readonly Check[] = [
  linkSpeed,
  hubChain,
  incompleteSystem,
  deviceMode,
  permissions,
  firmwareMinimum,
  deviceProblems,
  firmwareNotRead,
  windowsDrivers,
  macosAccess
]

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

export function runHealth(result: Pick<DiscoveryResult, 'snapshot' | 'tree' | 'source'>): HealthReport {
  const ctx = new HealthContext(result.snapshot, result.tree, result.source)
  const findings: Finding[] = CHECKS.flatMap((check) => check(ctx)).sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.id.localeCompare(b.id)
  )
  return { findings, topology: buildTopology(result.tree, findings), counts: countFindings(findings) }
}
