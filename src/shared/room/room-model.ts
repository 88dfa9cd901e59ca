// Turns a snapshot (and, once known, the health findings) into what the Room screen, `detect`'s
// text and the copied report show: each system as its physical parts (present ones and
// placeholders for the missing), the devices that belong to no system, and the counts the
// headline is made of. The verdicts come only from the findings (see wording/severity.ts).
import type { Device, Finding, Peripheral, RoomSystem, Snapshot } from '../contract'
import { findingsAbout, plural, systemLabel, verdictOf, type Verdict } from '../wording'
import { displayName } from './device-format'
import { partLabel, partRank } from './part-kinds'

export type Slot = { kind: 'present'; key: string; device: Device } | { kind: 'missing'; key: string; part: string; label: string }

/** A non-USB part (Mic Pod, speaker, Sight, …) as reported by one of the system's USB parts. */
export interface PeripheralView {
  key: string
  peripheral: Peripheral
  /** Name of the USB part that reported it, when that part is listed. */
  reporter: string | null
}

export interface SystemView {
  id: string
  product: string
  /** The product, or with two of the same product, also the primary part's serial and USB place. */
  label: string
  slots: Slot[]
  connected: number
  missing: number
  peripherals: PeripheralView[]
  /** Peripherals the system reports as not connected. */
  unplugged: Peripheral[]
  /** From the findings about this system's parts; null until the health report is known. */
  verdict: Verdict | null
}

export interface RoomView {
  systems: SystemView[]
  /** Logitech devices that are not part of any system (unknown or stand-alone). */
  others: Device[]
  connected: number
  missing: number
  unplugged: Peripheral[]
  empty: boolean
  /** From all findings; null until the health report is known. */
  verdict: Verdict | null
}

function systemView(
  system: RoomSystem,
  snapshot: Snapshot,
  byId: ReadonlyMap<string, Device>,
  findings: readonly Finding[] | null
): SystemView {
  const present: Slot[] = []
  for (const id of system.parts) {
    const device = byId.get(id)
    if (device) present.push({ kind: 'present', key: device.id, device })
  }
  const missing: Slot[] = system.missing.map((part) => ({
    kind: 'missing',
    key: `missing:${system.id}:${part}`,
    part,
    label: partLabel(part)
  }))
  const partOf = (s: Slot): string => (s.kind === 'present' ? s.device.part : s.part)
  // Stable sort keeps the core's catalog order among parts of the same kind.
  const slots = [...present, ...missing].sort((a, b) => partRank(partOf(a)) - partRank(partOf(b)))
  const reported = system.peripherals
  const peripherals = reported.map((peripheral, i) => {
    const by = byId.get(peripheral.reportedBy)
    return { key: `${peripheral.reportedBy}:${peripheral.part}:${i}`, peripheral, reporter: by ? displayName(by) : null }
  })
  return {
    id: system.id,
    product: system.product,
    label: systemLabel(system, snapshot.systems, snapshot.devices),
    slots,
    connected: present.length,
    missing: missing.length,
    peripherals,
    unplugged: reported.filter((p) => !p.connected),
    verdict: findings ? verdictOf(findingsAbout(findings, system.parts)) : null
  }
}

export function roomView(snapshot: Snapshot, findings: readonly Finding[] | null = null): RoomView {
  const byId = new Map(snapshot.devices.map((d) => [d.id, d]))
  const systems = snapshot.systems.map((s) => systemView(s, snapshot, byId, findings))
  const inSystem = new Set(snapshot.systems.flatMap((s) => s.parts))
  const others = snapshot.devices.filter((d) => !inSystem.has(d.id))
  return {
    systems,
    others,
    connected: systems.reduce((n, s) => n + s.connected, 0) + others.length,
    missing: systems.reduce((n, s) => n + s.missing, 0),
    unplugged: systems.flatMap((s) => s.unplugged),
    empty: snapshot.devices.length === 0,
    verdict: findings ? verdictOf(findings) : null
  }
}

/** "· 1 missing · 2 not connected", or nothing when every expected part is there. */
function absentText(missing: number, unplugged: number): string {
  return `${missing ? ` · ${missing} missing` : ''}${unplugged ? ` · ${unplugged} not connected` : ''}`
}

/** "Rally — 3 parts connected · 1 missing" / "2 systems, 7 parts · 1 missing" / "No room devices found". */
export function headline(view: RoomView): string {
  if (view.empty) return 'No room devices found'
  const only = view.systems.length === 1 ? view.systems[0] : undefined
  if (only) {
    const others = view.others.length ? ` · ${plural(view.others.length, 'other device')}` : ''
    return `${only.label} — ${plural(only.connected, 'part')} connected${absentText(only.missing, only.unplugged.length)}${others}`
  }
  if (view.systems.length === 0) return `${plural(view.others.length, 'Logitech device')} connected`
  return `${plural(view.systems.length, 'system')}, ${plural(view.connected, 'part')}${absentText(view.missing, view.unplugged.length)}`
}

/** The facts under the headline: which expected parts are absent. Whether anything needs doing
 *  is the health verdict's to say, not this line's. */
export function findingsLine(view: RoomView): string {
  if (view.empty) return 'No Logitech device is connected to this computer over USB.'
  const bits: string[] = []
  if (view.missing) bits.push(`${plural(view.missing, 'part')} not found`)
  const [first, ...more] = view.unplugged
  if (first) bits.push(more.length ? `${view.unplugged.length} reported parts not connected` : `${first.name} not connected`)
  return bits.length ? bits.join(' · ') : 'All expected parts are connected.'
}

/** "3 of 4 parts connected" for a card header; counts the placeholders as expected parts. */
export function systemCountLine(s: SystemView): string {
  const expected = s.connected + s.missing
  if (s.missing === 0) return `${plural(s.connected, 'part')} connected`
  return `${s.connected} of ${plural(expected, 'part')} connected`
}
