// The plain-text room summary that "Copy summary" puts on the clipboard, written for pasting
// into a chat or a ticket: one line per part, the facts support asks for first.
import type { AppInfo, Device } from '../../../shared/contract'
import { displayName, ERROR_TITLE, firmwareText, locationText, MODE_LABEL, speedText, STATUS_TEXT, partStatus, vidPid } from './device-format'
import { findingsLine, headline, systemCountLine, type RoomView } from './room-model'

function deviceLines(d: Device, indent: string): string[] {
  const facts = [
    `serial ${d.serial ?? 'not reported'}`,
    `firmware ${firmwareText(d)}`,
    speedText(d.speed, d.speedSource),
    locationText(d),
    vidPid(d)
  ]
  const mode = d.mode === 'normal' ? '' : ` [${MODE_LABEL[d.mode]}]`
  const lines = [`${indent}- ${displayName(d)}${mode}: ${STATUS_TEXT[partStatus(d)]}`, `${indent}  ${facts.join(' · ')}`]
  for (const e of d.errors) lines.push(`${indent}  ! ${ERROR_TITLE[e.code]}: ${e.message}`)
  return lines
}

export function roomSummaryText(view: RoomView, info: AppInfo | null, at: Date = new Date()): string {
  const out: string[] = []
  const app = info ? `${info.name} ${info.version} (${info.platform})` : 'Logi Room Diagnostics'
  out.push(`${headline(view)}`)
  out.push(findingsLine(view))
  out.push(`${app}, ${at.toISOString().replace(/\.\d+Z$/, 'Z')}`)
  for (const s of view.systems) {
    out.push('', `${s.product} — ${systemCountLine(s)}`)
    for (const slot of s.slots) {
      if (slot.kind === 'present') out.push(...deviceLines(slot.device, '  '))
      else out.push(`  - ${slot.label}: NOT FOUND`)
    }
    for (const { peripheral: p, reporter } of s.peripherals) {
      out.push(`  - ${p.name}${reporter ? ` (reported by ${reporter})` : ''}: ${p.connected ? 'Connected' : 'NOT CONNECTED'}`)
      out.push(`    serial ${p.serial ?? 'not reported'} · firmware ${p.firmware ?? 'not reported'}`)
    }
  }
  if (view.others.length) {
    out.push('', 'Other Logitech devices')
    for (const d of view.others) out.push(...deviceLines(d, '  '))
  }
  return out.join('\n') + '\n'
}
