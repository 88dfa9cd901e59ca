// Human-readable room listing for `logi-diag detect` and the bundle's room/devices.txt: the Room
// screen's model (src/shared/room) rendered as text, so the terminal lists the same systems, parts,
// peripherals, components and missing pieces as the screen, with the same verdict.
import type { DeviceEvent, HealthReport, Snapshot } from '../../shared/contract'
import { roomView } from '../../shared/room/room-model'
import { roomText } from '../../shared/report/room-text'
import { ERROR_TITLE, errorAdvice, firmwareText, usbPlace } from '../../shared/wording'

export function formatSnapshot(s: Snapshot, health: HealthReport | null = null): string {
  if (s.devices.length === 0) {
    return (
      [
        'No Logitech room devices found.',
        "Connect the room system's USB cable to this computer (Rally: the Table Hub; MeetUp: the camera; Tap: its USB cable).",
        process.platform === 'linux' ? 'On Linux, also check that the udev rule is installed (see the README: "Linux device access").' : ''
      ]
        .filter(Boolean)
        .join('\n') + '\n'
    )
  }
  return roomText(roomView(s, health?.findings ?? null), health).join('\n') + '\n\n'
}

const EVENT_MARK: Record<DeviceEvent['event'], string> = { attach: '+ attached', detach: '- detached', update: '~ updated ' }

export function formatEvent(e: DeviceEvent): string {
  const d = e.device
  const line = `${EVENT_MARK[e.event]}  ${d.name} (${d.vendorId}:${d.productId}) serial ${d.serial ?? 'not reported'} at ${usbPlace(d)}`
  if (e.event !== 'update') return line
  const problems = d.errors.map((x) => `\n             ! ${ERROR_TITLE[x.code]}: ${errorAdvice(x)}`).join('')
  return `${line}: firmware ${firmwareText(d)}${problems}`
}
