// Words for a device's link, place in the USB tree and mode, shared by the screen's chips, the
// CLI text and every copied report so all of them say exactly the same thing.
import { isUnlocated, type Device, type DeviceMode, type Finding, type FirmwareSource, type UsbSpeed } from '../contract'
import { firmwareShortText, GROUP_TITLE, partVerdict, serialShortText, type Verdict } from '../wording'
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

/** A present part's tile: its health verdict, or pending until the health report is known. */
export type PartTileStatus = Verdict | 'pending'

/**
 * The status a present part's tile shows: the verdict of the findings about that part (see
 * wording/severity.ts), so the tile, the system pill, the Room headline and the Health screen use
 * one scale. A device's read errors and mode count only through the findings made from them: an
 * unreadable name is a note (the tile stays "Connected"), bootloader mode is an error, USB 2 on a
 * camera that needs USB 3 is an error.
 */
export function partStatus(deviceId: string, findings: readonly Finding[] | null): PartTileStatus {
  return findings ? partVerdict(findings, deviceId) : 'pending'
}

/** The tile's words, the same as the system pill's for the same verdict. */
export const PART_STATUS_TEXT: Record<PartTileStatus, string> = {
  ok: 'Connected',
  warning: GROUP_TITLE.warning,
  error: GROUP_TITLE.error,
  pending: 'Checking…'
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
