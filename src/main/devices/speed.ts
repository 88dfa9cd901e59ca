import type { UsbSpeed } from '../../shared/contract'

const ORDER: readonly UsbSpeed[] = ['low', 'full', 'high', 'super', 'super-plus']

/** Linux sysfs `speed` is the negotiated rate in Mbit/s. */
export function speedFromSysfs(text: string): UsbSpeed | null {
  switch (text.trim()) {
    case '1.5':
      return 'low'
    case '12':
      return 'full'
    case '480':
      return 'high'
    case '5000':
      return 'super'
    case '10000':
    case '20000':
      return 'super-plus'
    default:
      return null
  }
}

/** A link rate in Mbit/s as macOS reports it ("480 Mb/s", "5 Gb/s"; `UsbLinkSpeed` in bit/s). */
export function speedFromMbps(mbps: number): UsbSpeed | null {
  if (mbps === 1.5) return 'low'
  if (mbps === 12) return 'full'
  if (mbps === 480) return 'high'
  if (mbps === 5000) return 'super'
  if (mbps >= 10000) return 'super-plus'
  return null
}

/**
 * Without sysfs (macOS, Windows with usb@2) the negotiated speed is not exposed. A device
 * running at SuperSpeed must use bMaxPacketSize0 = 9 (2^9 = 512) with bcdUSB >= 3.0, so that
 * case is certain from the device descriptor alone; other cases are left to the configuration's
 * endpoints (descriptors.ts impliedSpeed).
 */
export function speedFromDeviceDescriptor(bcdUSB: number, bMaxPacketSize0: number): UsbSpeed | null {
  return bcdUSB >= 0x0300 && bMaxPacketSize0 === 9 ? 'super' : null
}

export function compareSpeed(a: UsbSpeed, b: UsbSpeed): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b)
}
