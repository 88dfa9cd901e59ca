// A camera that needs SuperSpeed but enumerated at USB 2 falls back to compressed or lower
// resolution video: a classic cause of "bad picture" tickets that a cable move fixes.
import type { Device, Finding, UsbSpeed } from '../../../shared/contract'
import { SPEED_DETAIL } from '../../../shared/wording'
import { compareSpeed } from '../../devices/speed'
import { where, type Check, type HealthContext } from '../context'

/** Capable of USB 3: the OS's own word first (Windows knows, and a StreamCam says bcdUSB 2.10
 *  yet is SuperSpeed-capable), else the catalog or a bcdUSB of 3.0 or more. bcdUSB is only
 *  ever a claim of capability here, never the speed of the link. */
function describesSuperSpeed(ctx: HealthContext, d: Device): boolean {
  const entry = ctx.entry(d)
  if (entry?.superSpeedCapable != null) return entry.superSpeedCapable
  const bcd = entry?.bcdUSB ?? null
  return ctx.catalog(d)?.part.maxSpeed === 'super' || (bcd !== null && bcd >= 0x0300)
}

/** A speed guessed from descriptors may be wrong, so it never raises a finding on its own. */
const reported = (d: Device): UsbSpeed | null => (d.speedSource === 'inferred' ? null : d.speed)

export const linkSpeed: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    const part = ctx.catalog(d)?.part
    // Unknown devices only get the "could run faster" note, and only on the OS's word.
    if ((!part && ctx.entry(d)?.superSpeedCapable !== true) || d.mode !== 'normal') continue
    const wants = part?.wantsSpeed
    const speed = reported(d)
    const usb2Hub = ctx
      .hubsAbove(d)
      .find(
        (h) =>
          h.speed !== null &&
          h.speedSource !== 'inferred' &&
          compareSpeed(h.speed, 'high') <= 0 &&
          h.ports.length > 0 &&
          !ctx.hasSuperSpeedTwin(h)
      )
    const slow = speed !== null && wants !== undefined && compareSpeed(speed, wants) < 0
    if (wants && (slow || (speed === null && usb2Hub))) {
      const hubText = usb2Hub
        ? ` It is connected through a USB 2 hub ("${usb2Hub.name}", bus ${usb2Hub.bus} port ${usb2Hub.ports.join('.')}), which limits it to USB 2.`
        : ''
      findings.push({
        id: `link-speed:${d.id}`,
        check: 'link-speed',
        severity: 'error',
        devices: [d.id],
        title: `${d.name} is running at USB 2 speed`,
        detail: `The ${d.name} needs a ${SPEED_DETAIL[wants]} link for full-quality video but negotiated ${speed ? SPEED_DETAIL[speed] : 'a USB 2 link'} at ${where(d)}.${hubText}`,
        fix: usb2Hub
          ? `Connect the ${d.name}'s USB cable to a USB 3 hub or straight into a USB 3 port on the computer (usually blue, or marked "SS"), not through the USB 2 hub.`
          : `Move the ${d.name}'s USB cable to a USB 3 port on the computer (usually blue, or marked "SS"), using the cable that came with it; avoid USB 2 extension cables.`
      })
    } else if (!wants && speed !== null && compareSpeed(speed, 'high') <= 0 && describesSuperSpeed(ctx, d)) {
      const name = part ? d.name : (d.usbProduct ?? d.name)
      findings.push({
        id: `link-speed:${d.id}`,
        check: 'link-speed',
        severity: 'info',
        devices: [d.id],
        title: `${name} could run faster`,
        detail: `The ${name} supports USB 3 but is connected at ${SPEED_DETAIL[speed]} (${where(d)}).`,
        fix: `If it misbehaves, connect it to a USB 3 port (usually blue, or marked "SS").`
      })
    }
  }
  return findings
}
