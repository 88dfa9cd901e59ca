// Every hub adds latency and power-budget sharing; USB allows up to five, but room kits are only
// validated with their own hub plus at most one more.
import type { Finding } from '../../../shared/contract'
import { where, type Check } from '../context'

export const MAX_HUBS = 2

export const hubChain: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    if (d.location.hubDepth <= MAX_HUBS || !ctx.catalog(d)) continue
    findings.push({
      id: `hub-chain:${d.id}`,
      check: 'hub-chain',
      severity: 'warning',
      devices: [d.id],
      title: `${d.name} is behind ${d.location.hubDepth} hubs`,
      detail: `There are ${d.location.hubDepth} USB hubs between the computer and the ${d.name} (${where(d)}). Long hub chains cause dropouts and power problems.`,
      fix: `Connect the ${d.name} (or its system's hub) directly to the computer, or through at most one powered hub.`
    })
  }
  return findings
}
