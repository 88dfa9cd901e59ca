// Parts a system needs but that are absent: USB parts the catalog requires, and the peripherals
// (Mic Pods, speakers, Sight) a part reports: a kind the catalog requires with none connected, and
// every listed peripheral that is not connected, for any product. Each finding names exactly what
// is missing and concerns the parts that tell us (the system's present parts for USB gaps, the
// reporting part for peripherals).
import type { Finding, Peripheral, RoomSystem } from '../../../shared/contract'
import { findProduct, type PeripheralDef, type ProductDef } from '../../devices/catalog'
import { plural, systemLabel } from '../../../shared/wording'
import type { Check, HealthContext } from '../context'

const PART_ADVICE: Record<string, string> = {
  camera: 'the camera',
  'table-hub': 'the Table Hub',
  audio: 'the audio (Display Hub)',
  speakerphone: 'the speakerphone',
  'hdmi-capture': "the Tap's HDMI capture",
  sensor: "the Tap's controller",
  touch: "the Tap's touch screen controller",
  display: "the Tap's display",
  bar: 'the bar'
}

const FIX: Record<string, string> = {
  Rally:
    'Check the cables: the Rally Camera connects to the Display Hub, the Display Hub to the Table Hub (CAT cable), and the Table Hub to the computer (USB). Make sure the Display Hub has power.',
  MeetUp:
    "Connect the MeetUp speakerphone cable to the camera, and the camera's USB cable to the computer. Check that the MeetUp has power.",
  Tap: "Reseat the Tap's USB and HDMI cables at both ends (or the Tap's cable retention cover) and check that the Tap has power."
}

const joinAnd = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`

function missingUsbParts(ctx: HealthContext, s: RoomSystem, label: string): Finding {
  const names = s.missing.map((p) => PART_ADVICE[p] ?? p)
  const standaloneCamera = s.product === 'Rally' && s.missing.includes('table-hub') && s.missing.includes('audio')
  return {
    id: `incomplete-system:${s.id}`,
    check: 'incomplete-system',
    severity: standaloneCamera ? 'warning' : 'error',
    devices: s.parts.filter((id) => ctx.device(id)),
    title: `${label}: ${joinAnd(names)} not found`,
    detail:
      `The ${label} is connected, but ${joinAnd(names)} ${s.missing.length > 1 ? 'are' : 'is'} missing from USB.` +
      (standaloneCamera ? ' If this Rally Camera is used on its own (without Rally audio), this is expected.' : ''),
    fix: FIX[s.product] ?? `Check that every part of the ${s.product} is connected and powered.`
  }
}

/** The catalog's word on a kind of peripheral; a kind it does not list is an optional add-on. */
function peripheralDef(product: ProductDef | undefined, p: Peripheral, reporter: string): PeripheralDef {
  return (
    product?.peripherals?.parts.find((d) => d.part === p.part) ?? {
      part: p.part,
      name: p.name,
      expected: 'optional',
      without: '',
      connect: `Check that ${p.name} has power and that its cable to the ${reporter} is seated at both ends`
    }
  )
}

/** "Sight and 2 Mic Pods": each name once, with how many when the report lists it more than once. */
function namesOf(ps: readonly Peripheral[]): string {
  const counts = new Map<string, number>()
  for (const p of ps) counts.set(p.name, (counts.get(p.name) ?? 0) + 1)
  return joinAnd([...counts].map(([name, n]) => (n === 1 ? name : plural(n, name))))
}

/** Fix steps joined into one sentence: "Connect the Mic Pods … and connect the speakers …". */
const steps = (xs: readonly string[]): string => joinAnd(xs.map((x, i) => (i === 0 ? x : x.charAt(0).toLowerCase() + x.slice(1))))

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)]

/** Kinds of peripheral the catalog requires of which the system reports none connected. */
function absentRequired(s: RoomSystem, product: ProductDef | undefined): PeripheralDef[] {
  return (product?.peripherals?.parts ?? []).filter(
    (d) => d.expected === 'required' && !s.peripherals.some((p) => p.part === d.part && p.connected)
  )
}

/** "Rally reports no Mic Pod connected": a required kind with none connected. */
function noRequiredPeripheral(s: RoomSystem, label: string, report: string, absent: PeripheralDef[], reporters: string[]): Finding {
  const what = joinAnd(absent.map((d) => `no ${d.name}`))
  return {
    id: `no-peripheral:${s.id}`,
    check: 'incomplete-system',
    severity: 'warning',
    devices: reporters,
    title: `${label} reports ${what} connected`,
    detail: `The ${s.product}'s ${report} lists ${what} connected. Without ${absent.length > 1 ? 'them' : 'it'}, ${joinAnd(absent.map((d) => d.without))}.`,
    fix: `${steps(absent.map((d) => d.connect))}, then wait a few seconds and check again.`
  }
}

/** "Rally Bar reports Sight and Mic Pod not connected": peripherals the system lists by name but
 *  reports as not connected, of kinds not already covered by "no …" above. */
function notConnected(
  ctx: HealthContext,
  s: RoomSystem,
  label: string,
  product: ProductDef | undefined,
  covered: ReadonlySet<string>
): Finding | null {
  const off = s.peripherals.filter((p) => !p.connected && !covered.has(p.part))
  if (off.length === 0) return null
  const reporterIds = uniq(off.map((p) => p.reportedBy))
  const reporter = joinAnd(uniq(reporterIds.map((id) => ctx.device(id)?.name ?? `the ${s.product}`)))
  const defs = uniq(off.map((p) => peripheralDef(product, p, reporter)))
  const losses = uniq(defs.map((d) => d.without).filter(Boolean))
  const what = namesOf(off)
  const many = off.length > 1
  const optional = defs.every((d) => d.expected === 'optional')
  return {
    id: `peripheral-not-connected:${s.id}`,
    check: 'incomplete-system',
    severity: 'warning',
    devices: reporterIds,
    title: `${label} reports ${what} not connected`,
    detail:
      `The ${reporter}'s ${product?.peripherals?.report ?? 'report'} lists ${what} as part of this ${s.product}, but not connected.` +
      (losses.length ? ` Without ${many ? 'them' : 'it'}, ${joinAnd(losses)}.` : ''),
    fix:
      `${steps(uniq(defs.map((d) => d.connect)))}, then wait a few seconds and check again.` +
      (optional
        ? ` If ${many ? 'they were' : 'it was'} taken out of the room on purpose, nothing needs fixing; this warning stays until ${many ? 'they are' : 'it is'} removed from the ${reporter}'s setup.`
        : '')
  }
}

export const incompleteSystem: Check = (ctx) => {
  const findings: Finding[] = []
  for (const s of ctx.systems) {
    const label = systemLabel(s, ctx.systems, ctx.devices)
    if (s.missing.length > 0) findings.push(missingUsbParts(ctx, s, label))
    // Peripherals are only known once a part's report was read; without one, nothing is said.
    const reporters = uniq(s.peripherals.map((p) => p.reportedBy).filter(Boolean))
    if (reporters.length === 0) continue
    const product = findProduct(s.product)
    const absent = absentRequired(s, product)
    if (absent.length) findings.push(noRequiredPeripheral(s, label, product?.peripherals?.report ?? 'report', absent, reporters))
    const off = notConnected(ctx, s, label, product, new Set(absent.map((d) => d.part)))
    if (off) findings.push(off)
  }
  return findings
}
