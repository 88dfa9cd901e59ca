// Parts a system needs but that are absent: USB parts the catalog requires, and the Mic Pods and
// speakers a Rally reports. Each finding names exactly what is missing and concerns the parts
// that tell us (the system's present parts for USB gaps, the reporting part for peripherals).
import type { Finding, Peripheral, RoomSystem } from '../../../shared/contract'
import { findProduct } from '../../devices/catalog'
import { systemLabel } from '../../../shared/wording'
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

/** What a Rally without a kind of peripheral lacks, and where that kind plugs in. */
const RALLY_PERIPHERAL: Record<'mic-pod' | 'speaker', { none: string; loss: string; fix: string }> = {
  'mic-pod': {
    none: 'no Mic Pod',
    loss: 'the room has no microphones',
    fix: 'Connect the Mic Pods to the Table Hub (or to a Mic Pod Hub on the Table Hub)'
  },
  speaker: { none: 'no speaker', loss: 'the room has no sound', fix: 'Connect the speakers to the Display Hub' }
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

function missingPeripherals(s: RoomSystem, label: string, reported: readonly Peripheral[]): Finding | null {
  const absent = (['mic-pod', 'speaker'] as const).filter((kind) => !s.peripherals.some((p) => p.part === kind && p.connected))
  if (absent.length === 0) return null
  const what = joinAnd(absent.map((k) => RALLY_PERIPHERAL[k].none))
  const reporters = [...new Set(reported.map((p) => p.reportedBy))]
  return {
    id: `rally-peripherals:${s.id}`,
    check: 'incomplete-system',
    severity: 'warning',
    devices: reporters,
    title: `${label} reports ${what} connected`,
    detail: `The Rally's topology report lists ${what} connected. Without ${absent.length > 1 ? 'them' : 'it'}, ${joinAnd(absent.map((k) => RALLY_PERIPHERAL[k].loss))}.`,
    fix: `${joinAnd(absent.map((k) => RALLY_PERIPHERAL[k].fix))}, then wait a few seconds and check again.`
  }
}

export const incompleteSystem: Check = (ctx) => {
  const findings: Finding[] = []
  for (const s of ctx.systems) {
    const label = systemLabel(s, ctx.systems, ctx.devices)
    if (s.missing.length > 0) findings.push(missingUsbParts(ctx, s, label))
    const reported = s.peripherals.filter((p) => p.reportedBy && (p.part === 'mic-pod' || p.part === 'speaker'))
    if (findProduct(s.product)?.product === 'Rally' && reported.length > 0) {
      const f = missingPeripherals(s, label, reported)
      if (f) findings.push(f)
    }
  }
  return findings
}
