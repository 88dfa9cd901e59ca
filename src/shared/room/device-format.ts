// Words for a device's link, place in the USB tree and mode, shared by the screen's chips, the
// CLI text and every copied report so all of them say exactly the same thing.
import { isUnlocated, type Device, type DeviceMode, type FirmwareSource, type UsbSpeed } from '../contract'
import { firmwareShortText, serialShortText } from '../wording'
export { ERROR_TITLE, firmwareText, speedText, SPEED_TEXT as SPEED_BADGE } from '../wording'

/** Coarse tier for colouring the speed badge; the text always says the speed too. */
export function speedTier(speed: UsbSpeed | null): 'usb3' | 'usb2' | 'usb1' | 'unknown' {
  if (speed === 'super' || speed === 'super-plus') return 'usb3'
  if (speed === 'high') return 'usb2'
  if (speed === 'low' || speed === 'full') return 'usb1'
  return 'unknown'
}

/** "bus 1 · port 2.1 · 1 hub" */
export function locationText(d: Pick<Device, 'id' | 'location'>): string {
  if (isUnlocated(d)) return 'port not reported by the system'
  const { bus, ports, hubDepth } = d.location
  const parts = [`bus ${bus}`]
  if (ports.length) parts.push(`port ${ports.join('.')}`)
  parts.push(hubDepth === 0 ? 'direct' : `${hubDepth} hub${hubDepth === 1 ? '' : 's'}`)
  return parts.join(' · ')
}

export const MODE_LABEL: Record<Exclude<DeviceMode, 'normal'>, string> = {
  update: 'Update mode',
  bootloader: 'Bootloader'
}

/** What a non-normal mode means for the person in the room, and what to do about it. */
export const MODE_HINT: Record<Exclude<DeviceMode, 'normal'>, string> = {
  update:
    'This part is running its firmware updater instead of its normal firmware. If an update is running, let it finish. If none is, an update stopped part-way: run the firmware update again.',
  bootloader:
    'This part stopped in its bootloader, before its normal firmware started. This usually means a firmware update did not finish: run the firmware update again.'
}

export const FIRMWARE_SOURCE_LABEL: Record<FirmwareSource, string> = {
  'hid-info-report': 'HID info report',
  'rally-topology-report': 'Rally topology report',
  'bulk-device-info': 'device info over USB bulk',
  'uvc-device-info': 'camera device-info control'
}

export type PartStatus = 'ok' | 'attention' | 'blocked' | 'missing'

/**
 * ok: working normally. attention: listed but something is off (update mode, unreadable details).
 * blocked: the OS refused access, so details are missing until the fix is applied.
 */
export function partStatus(d: Device): Exclude<PartStatus, 'missing'> {
  if (d.errors.some((e) => e.code === 'permission')) return 'blocked'
  if (d.errors.length > 0 || d.mode !== 'normal') return 'attention'
  return 'ok'
}

export const STATUS_TEXT: Record<PartStatus, string> = {
  ok: 'Connected',
  attention: 'Needs attention',
  blocked: 'No access',
  missing: 'Not found'
}

export function vidPid(d: Pick<Device, 'vendorId' | 'productId'>): string {
  return `${d.vendorId}:${d.productId}`
}

/** A catalog part goes by its catalog name; an unknown device by what it calls itself. */
export function displayName(d: Pick<Device, 'known' | 'name' | 'usbProduct'>): string {
  return d.known ? d.name : (d.usbProduct ?? d.name)
}

/** Components the admin compares with Logi Sync (a Rally Bar's release and CollabOS), in the order
 *  to show them first; the rest of a part's components are technical detail. */
const HEADLINE_COMPONENTS = ['release', 'collabos']

export function headlineComponents(d: Pick<Device, 'components'>): Device['components'] {
  const rank = (name: string): number => HEADLINE_COMPONENTS.indexOf(name.toLowerCase().replace(/[^a-z]/g, ''))
  return d.components.filter((c) => rank(c.name) >= 0).sort((a, b) => rank(a.name) - rank(b.name))
}

/** "RC0001 · fw 1.2.300": the facts a box in the USB picture shows under the part's name, in the
 *  shared short words. */
export function boxFacts(d: Pick<Device, 'serial' | 'firmware' | 'errors'>): string {
  return `${serialShortText(d.serial)} · ${firmwareShortText(d)}`
}
