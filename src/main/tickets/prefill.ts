// A draft ticket from what the app found: the product, its primary serial (for Rally the Rally
// Camera's, as the warranty records only the primary device's, EW 11) and firmware, plus the
// health findings worth telling support about.
import type { HealthReport, Snapshot, TicketPrefill } from '../../shared/contract'
import { resolveModel } from './product-models'

export function prefillFrom(snapshot: Snapshot, health: HealthReport): TicketPrefill {
  const byId = new Map(snapshot.devices.map((d) => [d.id, d]))
  const candidates = snapshot.systems.map((system) => {
    const parts = system.parts.map((id) => byId.get(id)).filter((d) => d !== undefined)
    const primaryName = resolveModel(system.product)?.primaryDevice ?? null
    // Parts are in catalog order, so without a named primary device the first part with a serial is it.
    const primary = (primaryName ? parts.find((d) => d.name === primaryName) : parts.find((d) => d.serial)) ?? parts[0]
    return {
      product: system.product,
      serial: primary?.serial ?? null,
      firmware: primary?.firmware ?? null,
      serialFrom: primary?.serial ? primary.name : null
    }
  })
  const first = candidates[0]
  const findings = health.findings.filter((f) => f.severity !== 'info').map((f) => ({ id: f.id, severity: f.severity, title: f.title }))
  return {
    form: first
      ? {
          model: first.product,
          ...(first.serial ? { serial: first.serial } : {}),
          ...(first.firmware ? { firmware: first.firmware } : {}),
          component: 'logitech'
        }
      : {},
    candidates,
    findings
  }
}
