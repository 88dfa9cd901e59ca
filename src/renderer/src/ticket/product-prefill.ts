// What the ticket can say about the product without asking: the detected systems, each with its
// primary part's serial and firmware, and the health findings that concern it. The primary part
// is the first in physical order (the video part: a Rally's camera, a Rally Bar's bar, a Tap's
// HDMI capture), which is also the part whose serial warranty claims record — for a Rally, the
// Rally Camera's, never the Table Hub's.
import type { Finding, HealthReport, Snapshot } from '../../../shared/contract'
import { roomView, type SystemView } from '../room/room-model'

export interface DetectedProduct {
  /** The system id, to tell two detected systems apart in the picker. */
  id: string
  model: string
  /** Name of the part the serial belongs to ("Rally Camera"). */
  primaryName: string
  /** Null when the primary part is not connected or could not report one. */
  serial: string | null
  firmware: string | null
  /** Why there is no serial, in words the person can act on; null when there is one. */
  serialNote: string | null
  /** Findings about this system's parts (or the system as a whole), worst first. */
  findings: Finding[]
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 }

function productOf(system: SystemView, report: HealthReport | null): DetectedProduct {
  const primary = system.slots[0]
  const ids = new Set(system.slots.flatMap((s) => (s.kind === 'present' ? [s.device.id] : [])))
  const findings = (report?.findings ?? [])
    .filter((f) => f.devices.some((d) => ids.has(d)) || f.id.endsWith(`:${system.id}`))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  if (!primary || primary.kind === 'missing') {
    const name = primary ? `${system.product} ${primary.label}` : system.product
    return {
      id: system.id,
      model: system.product,
      primaryName: name,
      serial: null,
      firmware: null,
      serialNote: `The ${name} is not connected, so its serial cannot be read. Type it from the label on the device or its box.`,
      findings
    }
  }
  const d = primary.device
  return {
    id: system.id,
    model: system.product,
    primaryName: d.name,
    serial: d.serial,
    firmware: d.firmware,
    serialNote: d.serial ? null : `The ${d.name} did not report a serial. Type it from the label on the device or its box.`,
    findings
  }
}

/** One entry per detected room system, in the Room screen's order. */
export function detectedProducts(snapshot: Snapshot | null, report: HealthReport | null): DetectedProduct[] {
  if (!snapshot) return []
  return roomView(snapshot).systems.map((s) => productOf(s, report))
}
