// Human-readable room listing for `logi-diag detect`.
import { isUnlocated, type Device, type DeviceEvent, type Snapshot } from '../../../shared/contract'

const SPEED_SHORT: Record<string, string> = {
  low: 'USB 1 low', full: 'USB 1 full', high: 'USB 2', super: 'USB 3', 'super-plus': 'USB 3 (10G+)'
}

export function describeLocation(d: Device): string {
  if (isUnlocated(d)) return 'port not reported by the system'
  const where = d.location.ports.length ? `bus ${d.location.bus} port ${d.location.ports.join('.')}` : `bus ${d.location.bus}`
  const hubs = d.location.hubDepth === 0 ? 'direct' : `${d.location.hubDepth} hub${d.location.hubDepth > 1 ? 's' : ''}`
  return `${where} (${hubs})`
}

function deviceLine(d: Device, indent: string): string[] {
  const mode = d.mode === 'normal' ? '' : `  [${d.mode} mode]`
  const lines = [
    `${indent}${d.part.padEnd(13)} ${d.name}${mode}`,
    `${indent}${' '.repeat(14)}serial ${d.serial ?? 'unknown'} · firmware ${d.firmware ?? 'not read'} · ${d.speed ? `${SPEED_SHORT[d.speed]}${d.speedSource === 'inferred' ? ' (inferred)' : ''}` : 'speed unknown'} · ${describeLocation(d)} · ${d.vendorId}:${d.productId}`
  ]
  for (const e of d.errors) lines.push(`${indent}${' '.repeat(14)}! ${e.code}: ${e.message}`)
  return lines
}

export function formatSnapshot(s: Snapshot): string {
  if (s.devices.length === 0) {
    return [
      'No Logitech room devices found.',
      'Connect the room system\'s USB cable to this computer (Rally: the Table Hub; MeetUp: the camera; Tap: its USB cable).',
      process.platform === 'linux' ? 'On Linux, also check that the udev rule is installed (see the README: "Linux device access").' : ''
    ].filter(Boolean).join('\n') + '\n'
  }
  const byId = new Map(s.devices.map((d) => [d.id, d]))
  const out: string[] = []
  const grouped = new Set<string>()
  for (const sys of s.systems) {
    const problems = sys.missing.length ? ` — missing: ${sys.missing.join(', ')}` : ''
    out.push(`${sys.product} (${sys.parts.length} part${sys.parts.length === 1 ? '' : 's'} connected${problems})`)
    for (const id of sys.parts) {
      const d = byId.get(id)
      if (d) out.push(...deviceLine(d, '  '))
      grouped.add(id)
    }
    out.push('')
  }
  const others = s.devices.filter((d) => !grouped.has(d.id))
  if (others.length) {
    out.push('Other Logitech devices')
    for (const d of others) out.push(...deviceLine(d, '  '))
    out.push('')
  }
  return out.join('\n')
}

const EVENT_MARK: Record<DeviceEvent['event'], string> = { attach: '+ attached', detach: '- detached', update: '~ updated ' }

export function formatEvent(e: DeviceEvent): string {
  const d = e.device
  const line = `${EVENT_MARK[e.event]}  ${d.name} (${d.vendorId}:${d.productId}) serial ${d.serial ?? 'unknown'} at ${describeLocation(d)}`
  if (e.event !== 'update') return line
  const problems = d.errors.map((x) => `\n             ! ${x.code}: ${x.message}`).join('')
  return `${line}: firmware ${d.firmware ?? 'not read'}${problems}`
}
