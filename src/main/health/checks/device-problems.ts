// Unknown Logitech devices, and parts that could not be fully read, as informational findings so
// nothing the detection saw is silently dropped.
import type { Finding } from '../../../shared/contract'
import { errorAdvice, ERROR_TITLE } from '../../../shared/wording'
import { where, type Check } from '../context'

export const deviceProblems: Check = (ctx) => {
  const findings: Finding[] = []
  for (const d of ctx.devices) {
    if (!d.known) {
      findings.push({
        id: `unknown-device:${d.id}`,
        check: 'unknown-device',
        severity: 'info',
        devices: [d.id],
        title: `Unknown Logitech device ${d.vendorId}:${d.productId}`,
        detail: `"${d.usbProduct ?? d.name}" at ${where(d)} is a Logitech device this app does not know. It is probably not part of the room system (a receiver, keyboard or webcam).`,
        fix: 'Nothing to do unless it should be part of the room; if so, mention its ID in the support request.'
      })
    }
    for (const e of d.errors) {
      if (e.code === 'permission' || e.code === 'driver') continue // combined findings cover these
      findings.push({
        id: `device-${e.code}:${d.id}`,
        check: `device-${e.code}`,
        severity: e.code === 'descriptor' ? 'warning' : 'info',
        devices: [d.id],
        title:
          e.code === 'descriptor'
            ? `${d.name} sent malformed USB descriptors`
            : e.code === 'identity'
              ? `${d.name} reported an unreadable name or serial`
              : `${d.name}: ${ERROR_TITLE[e.code].toLowerCase()}`,
        // The library's own words (LIBUSB_ERROR_IO, "ioctl … Broken pipe") are technical detail.
        detail: `${errorAdvice(e)} (${where(d)})`,
        technical: e.message,
        fix:
          e.code === 'descriptor'
            ? 'Unplug the device and plug it back in. If the problem stays, try another cable and port; a device that keeps sending bad descriptors may need service.'
            : e.code === 'disconnected'
              ? 'Check the cable: the device disconnected while it was being read.'
              : 'Run the check again. If it persists, include this report in the support request.'
      })
    }
  }
  return findings
}
