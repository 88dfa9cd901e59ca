// Words for a device's link, place in the USB tree and mode, shared by the chips and the
// plain-text summary so both say exactly the same thing.
import { isUnlocated, type Device, type DeviceErrorCode, type DeviceMode, type FirmwareSource, type SpeedSource, type UsbSpeed } from '../../../shared/contract'

export const SPEED_BADGE: Record<UsbSpeed, string> = {
  low: 'USB 1 · 1.5 Mbit/s',
  full: 'USB 1 · 12 Mbit/s',
  high: 'USB 2 · 480 Mbit/s',
  super: 'USB 3 · 5 Gbit/s',
  'super-plus': 'USB 3 · 10+ Gbit/s'
}

/** Coarse tier for colouring the speed badge; the text always says the speed too. */
export function speedTier(speed: UsbSpeed | null): 'usb3' | 'usb2' | 'usb1' | 'unknown' {
  if (speed === 'super' || speed === 'super-plus') return 'usb3'
  if (speed === 'high') return 'usb2'
  if (speed === 'low' || speed === 'full') return 'usb1'
  return 'unknown'
}

/** A speed guessed from descriptors (no OS report) says so: it may be wrong. */
export function speedText(speed: UsbSpeed | null, source?: SpeedSource | null): string {
  return speed ? `${SPEED_BADGE[speed]}${source === 'inferred' ? ' (inferred)' : ''}` : 'Link speed unknown'
}

/** "bus 1 · port 2.1 · 1 hub" */
export function locationText(d: Device): string {
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

export const ERROR_TITLE: Record<DeviceErrorCode, string> = {
  permission: 'No access to the device',
  descriptor: 'USB descriptors could not be read',
  identity: 'Name or serial was unreadable',
  disconnected: 'Went away while being read',
  read: 'Could not be read',
  driver: 'Driver problem reported by the system'
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

export function vidPid(d: Device): string {
  return `${d.vendorId}:${d.productId}`
}

/** A catalog part goes by its catalog name; an unknown device by what it calls itself. */
export function displayName(d: Device): string {
  return d.known ? d.name : (d.usbProduct ?? d.name)
}

/** What to say when there is no firmware version: the contract pairs a failed read with an
 *  error saying why; otherwise the part simply does not report one (yet, or at all). */
export function firmwareText(d: Device): string {
  if (d.firmware) return d.firmware
  if (d.errors.some((e) => e.code === 'permission')) return 'no access'
  if (d.errors.some((e) => e.code === 'read' || e.code === 'disconnected')) return 'could not be read'
  return 'not reported'
}
