// A room whose parts could all be read must not be confused with one where the app never tried:
// parts with no read-only firmware channel are named once per system, with the reason, so no
// screen or text claims that every version was read.
import type { Finding } from '../../../shared/contract'
import { firmwareState, systemLabel } from '../../../shared/wording'
import type { Check } from '../context'

const joinAnd = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`

export const firmwareNotRead: Check = (ctx) => {
  const findings: Finding[] = []
  for (const s of ctx.systems) {
    const parts = s.parts
      .map((id) => ctx.device(id))
      .filter((d) => d !== undefined && d.mode === 'normal' && firmwareState(d) === 'not-read')
    if (parts.length === 0) continue
    const names = parts.map((d) => d!.name)
    const label = systemLabel(s, ctx.systems, ctx.devices)
    const all = parts.length === s.parts.length
    findings.push({
      id: `firmware-not-read:${s.id}`,
      check: 'firmware-not-read',
      severity: 'info',
      devices: parts.map((d) => d!.id),
      title: `${label}: firmware not read for ${all && parts.length > 1 ? `any of its ${parts.length} parts` : joinAnd(names)}`,
      detail: `This app reads firmware versions only through read-only channels, and it has none for ${joinAnd(names)}: reading ${parts.length > 1 ? 'their versions' : 'its version'} would need a command that writes to the device. ${parts.length > 1 ? 'They are' : 'It is'} listed without a version ("not read by this app"); this is not a fault.`,
      fix: `Nothing to fix. If support needs ${parts.length > 1 ? 'these versions' : 'this version'}, read ${parts.length > 1 ? 'them' : 'it'} in Logi Sync.`
    })
  }
  return findings
}
