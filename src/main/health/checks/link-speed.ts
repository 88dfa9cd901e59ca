// A camera that needs SuperSpeed but enumerated at USB 2 falls back to compressed or lower
// resolution video: a classic cause of "bad picture" tickets that a cable move fixes.
import type { Device, Finding } from '../../../shared/contract'
import { compareSpeed, SPEED_LABEL } from '../../devices/speed'
import { where, type Check, type HealthContext } from '../context'

function describesSuperSpeed(ctx: HealthContext, d: Device): boolean {
  const bcd = ctx.entry(d)?.bcdUSB ?? null
  return ctx.catalog(d)?.part.maxSpeed === 'super' || (bcd !== null && bcd >= 0x0300)
}

export const linkSpeed: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    const part = ctx.catalog(d)?.part
    if (!part || d.mode !== 'normal') continue
    const wants = part.wantsSpeed
    const usb2Hub = ctx.hubsAbove(d).find((h) => h.speed !== null && compareSpeed(h.speed, 'high') <= 0 && h.ports.length > 0 && !ctx.hasSuperSpeedTwin(h))
    const slow = d.speed !== null && wants !== undefined && compareSpeed(d.speed, wants) < 0
    if (wants && (slow || (d.speed === null && usb2Hub))) {
      const hubText = usb2Hub ? ` It is connected through a USB 2 hub ("${usb2Hub.name}", bus ${usb2Hub.bus} port ${usb2Hub.ports.join('.')}), which limits it to USB 2.` : ''
      findings.push({
        id: `link-speed:${d.id}`,
        check: 'link-speed',
        severity: 'error',
        devices: [d.id],
        title: `${d.name} is running at USB 2 speed`,
        detail: `The ${d.name} needs a ${SPEED_LABEL[wants]} link for full-quality video but negotiated ${d.speed ? SPEED_LABEL[d.speed] : 'a USB 2 link'} at ${where(d)}.${hubText}`,
        fix: usb2Hub
          ? `Connect the ${d.name}'s USB cable to a USB 3 hub or straight into a USB 3 port on the computer (usually blue, or marked "SS"), not through the USB 2 hub.`
          : `Move the ${d.name}'s USB cable to a USB 3 port on the computer (usually blue, or marked "SS"), using the cable that came with it; avoid USB 2 extension cables.`
      })
    } else if (!wants && d.speed !== null && compareSpeed(d.speed, 'high') <= 0 && describesSuperSpeed(ctx, d)) {
      findings.push({
        id: `link-speed:${d.id}`,
        check: 'link-speed',
        severity: 'info',
        devices: [d.id],
        title: `${d.name} could run faster`,
        detail: `The ${d.name} supports USB 3 but is connected at ${SPEED_LABEL[d.speed]} (${where(d)}).`,
        fix: `If it misbehaves, connect it to a USB 3 port (usually blue, or marked "SS").`
      })
    }
  }
  return findings
}
