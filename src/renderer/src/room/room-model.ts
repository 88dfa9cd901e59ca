// Turns a snapshot into what the Room screen shows: each system as its physical parts (present
// ones and placeholders for the missing), the devices that belong to no system, and the counts
// the summary line is made of.
import type { Device, Peripheral, RoomSystem, Snapshot } from '../../../shared/contract'
import { displayName, partStatus } from './device-format'
import { partLabel, partRank } from './part-kinds'

export type Slot =
  | { kind: 'present'; key: string; device: Device }
  | { kind: 'missing'; key: string; part: string; label: string }

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
  slots: Slot[]
  connected: number
  missing: number
  /** Present parts that need attention (errors, update mode, no access). */
  problems: number
  peripherals: PeripheralView[]
  /** Peripherals the system reports as not connected. */
  unplugged: Peripheral[]
}

export interface RoomView {
  systems: SystemView[]
  /** Logitech devices that are not part of any system (unknown or stand-alone). */
  others: Device[]
  connected: number
  missing: number
  problems: number
  unplugged: Peripheral[]
  empty: boolean
}

function systemView(system: RoomSystem, byId: ReadonlyMap<string, Device>): SystemView {
  const present: Slot[] = []
  for (const id of system.parts) {
    const device = byId.get(id)
    if (device) present.push({ kind: 'present', key: device.id, device })
  }
  const missing: Slot[] = system.missing.map((part) => ({
    kind: 'missing',
    key: `missing:${system.product}:${part}`,
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
    slots,
    connected: present.length,
    missing: missing.length,
    problems: present.filter((s) => s.kind === 'present' && partStatus(s.device) !== 'ok').length,
    peripherals,
    unplugged: reported.filter((p) => !p.connected)
  }
}

export function roomView(snapshot: Snapshot): RoomView {
  const byId = new Map(snapshot.devices.map((d) => [d.id, d]))
  const systems = snapshot.systems.map((s) => systemView(s, byId))
  const inSystem = new Set(snapshot.systems.flatMap((s) => s.parts))
  const others = snapshot.devices.filter((d) => !inSystem.has(d.id))
  const otherProblems = others.filter((d) => partStatus(d) !== 'ok').length
  return {
    systems,
    others,
    connected: systems.reduce((n, s) => n + s.connected, 0) + others.length,
    missing: systems.reduce((n, s) => n + s.missing, 0),
    problems: systems.reduce((n, s) => n + s.problems, 0) + otherProblems,
    unplugged: systems.flatMap((s) => s.unplugged),
    empty: snapshot.devices.length === 0
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** "Rally — 3 parts connected · 1 missing" / "2 systems, 7 parts" / "No room devices found". */
export function headline(view: RoomView): string {
  if (view.empty) return 'No room devices found'
  const only = view.systems.length === 1 ? view.systems[0] : undefined
  if (only) {
    const missing = only.missing ? ` · ${only.missing} missing` : ''
    const others = view.others.length ? ` · ${plural(view.others.length, 'other device')}` : ''
    return `${only.product} — ${plural(only.connected, 'part')} connected${missing}${others}`
  }
  if (view.systems.length === 0) return `${plural(view.others.length, 'Logitech device')} connected`
  return `${plural(view.systems.length, 'system')}, ${plural(view.connected, 'part')}`
}

/** The line under the headline: what needs doing, or that nothing does. */
export function findingsLine(view: RoomView): string {
  if (view.empty) return 'No Logitech device is connected to this computer over USB.'
  const bits: string[] = []
  if (view.missing) bits.push(`${plural(view.missing, 'part')} not found`)
  if (view.problems) bits.push(`${plural(view.problems, 'part')} ${view.problems === 1 ? 'needs' : 'need'} attention`)
  const [first, ...more] = view.unplugged
  if (first) bits.push(more.length ? `${view.unplugged.length} reported parts not connected` : `${first.name} not connected`)
  return bits.length ? bits.join(' · ') : 'All expected parts are connected.'
}

/** "Rally — 3 of 3 parts connected" for a card header; counts the placeholders as expected parts. */
export function systemCountLine(s: SystemView): string {
  const expected = s.connected + s.missing
  if (s.missing === 0) return `${plural(s.connected, 'part')} connected`
  return `${s.connected} of ${plural(expected, 'part')} connected`
}
