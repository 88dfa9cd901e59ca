import type { Finding } from '../../../shared/contract'
import type { Check } from '../context'

/** Compares dotted numeric versions; non-numeric parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0)
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return Math.sign(diff)
  }
  return 0
}

export const firmwareMinimum: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    const min = ctx.catalog(d)?.part.minFirmware
    if (!min || !d.firmware || compareVersions(d.firmware, min.version) >= 0) continue
    findings.push({
      id: `firmware-minimum:${d.id}`,
      check: 'firmware-minimum',
      severity: 'warning',
      devices: [d.id],
      title: `${d.name} firmware ${d.firmware} is older than ${min.version}`,
      detail: `${min.version} is the oldest version listed as good for the ${d.name} (source: ${min.source}).`,
      fix: `Update the ${d.name}'s firmware with Logi Sync or Logitech's firmware update tool for this product, then check again.`
    })
  }
  return findings
}
