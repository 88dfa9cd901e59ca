// The room as plain text: what `logi-diag detect` prints and the room part of "Copy report". It
// renders the same room model as the Room screen, so text and screen list the same parts,
// peripherals, components and missing pieces.
import type { Device, HealthReport } from '../contract'
import { displayName, headlineComponents, locationText, MODE_LABEL, vidPid } from '../room/device-format'
import { headline, systemCountLine, type PeripheralView, type RoomView } from '../room/room-model'
import {
  countsLine,
  ERROR_TITLE,
  errorAdvice,
  errorTechnical,
  firmwareText,
  peripheralFirmwareText,
  serialText,
  speedText
} from '../wording'

export interface RoomTextOptions {
  /** Add the libraries' raw error text under each error (copied reports; never the CLI's main text). */
  technical?: boolean
}

const NAME_WIDTH = 26
const pad = (s: string): string => (s.length >= NAME_WIDTH ? `${s} ` : s.padEnd(NAME_WIDTH))
const under = ' '.repeat(NAME_WIDTH)

function componentLines(d: Device): string[] {
  const main = headlineComponents(d)
  const rest = d.components.filter((c) => !main.includes(c))
  const lines: string[] = []
  if (main.length) lines.push(main.map((c) => `${c.name} ${c.version}`).join(' · '))
  if (rest.length) lines.push(`components: ${rest.map((c) => `${c.name} ${c.version}`).join(' · ')}`)
  return lines
}

export function deviceTextLines(d: Device, indent: string, opts: RoomTextOptions = {}): string[] {
  const mode = d.mode === 'normal' ? '' : ` [${MODE_LABEL[d.mode]}]`
  const facts = [
    `serial ${serialText(d.serial)}`,
    `firmware ${firmwareText(d)}`,
    speedText(d.speed, d.speedSource),
    locationText(d),
    vidPid(d)
  ]
  const lines = [`${indent}${pad(displayName(d) + mode)}${facts.join(' · ')}`]
  for (const c of componentLines(d)) lines.push(`${indent}${under}${c}`)
  for (const e of d.errors) {
    lines.push(`${indent}${under}! ${ERROR_TITLE[e.code]}: ${errorAdvice(e)}`)
    const raw = errorTechnical(e)
    if (opts.technical && raw) lines.push(`${indent}${under}  technical detail: ${raw}`)
  }
  return lines
}

function peripheralLine({ peripheral: p, reporter }: PeripheralView, indent: string): string {
  const state = p.connected ? 'connected' : 'NOT CONNECTED'
  const facts = p.connected ? [state, `serial ${serialText(p.serial)}`, `firmware ${peripheralFirmwareText(p)}`] : [state]
  if (reporter) facts.push(`reported by ${reporter}`)
  return `${indent}${pad(p.name)}${facts.join(' · ')}`
}

export function roomText(view: RoomView, health: Pick<HealthReport, 'counts'> | null, opts: RoomTextOptions = {}): string[] {
  if (view.empty) return [headline(view)]
  const out = [headline(view)]
  if (health) out.push(`Health: ${countsLine(health.counts)}`)
  // With one system the headline already gives its counts; the block is then named only.
  const single = view.systems.length === 1
  for (const s of view.systems) {
    out.push('', single ? s.label : `${s.label} — ${systemCountLine(s)}`)
    for (const slot of s.slots) {
      if (slot.kind === 'present') out.push(...deviceTextLines(slot.device, '  ', opts))
      else out.push(`  ${pad(slot.label)}NOT FOUND`)
    }
    for (const p of s.peripherals) out.push(peripheralLine(p, '  '))
  }
  if (view.others.length) {
    out.push('', 'Other Logitech devices')
    for (const d of view.others) out.push(...deviceTextLines(d, '  ', opts))
  }
  return out
}
