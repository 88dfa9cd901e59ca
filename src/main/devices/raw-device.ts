// What the enumeration sources report about one USB device before the catalog is consulted.
import type { DeviceError, SpeedSource, UsbSpeed } from '../../shared/contract'

export interface RawUsbDevice {
  /** Kernel-style topology name, e.g. "1-2.1" (bus 1, root port 2, hub port 1). */
  topoName: string
  bus: number
  ports: number[]
  vendorId: string // lower-case hex, 4 digits
  productId: string
  deviceClass: number | null
  speed: UsbSpeed | null
  /** Whether `speed` is what the OS negotiated or a guess from descriptors; null with no speed. */
  speedSource: SpeedSource | null
  /** Identity strings as raw bytes; cleaned later so that bad bytes become errors, not crashes. */
  manufacturer: Uint8Array | null
  product: Uint8Array | null
  serial: Uint8Array | null
  /** Device node to check access on (Linux usbfs), if known. */
  devNode: string | null
  /** Raw device + configuration descriptors as the kernel cached them (Linux), for read channels. */
  descriptorBlob: Uint8Array | null
  errors: DeviceError[]
  /** What Windows or macOS reported beyond identity; absent for the Linux and libusb sources. */
  os?: OsFacts
}

/** Facts only the Windows and macOS sources know, kept for health checks and firmware reads. */
export interface OsFacts {
  platform: 'windows' | 'macos'
  /** The OS's own name for the device (Windows instance id, macOS registry entry), for messages. */
  osId: string
  /** False when the OS output did not say where the device is; its `ports` are then empty and
   *  its topoName is not a topology name. */
  located: boolean
  isHub: boolean
  /** The OS says the device can run at SuperSpeed (Windows hub flag), whatever it runs at now. */
  superSpeedCapable: boolean | null
  /** bcdUSB from the OS's copy of the device descriptor: what the device claims, never its link. */
  bcdUSB: number | null
  /** Drivers bound to the device and its interfaces (Windows services: usbccgp, usbvideo, WinUSB, …). */
  drivers: string[]
}

/** A hidraw (or platform HID) interface, mapped to the USB device it belongs to when possible. */
export interface RawHidInterface {
  path: string
  vendorId: string
  productId: string
  serial: string | null
  /** topoName of the owning USB device, when the OS tells us (Linux sysfs). */
  topoName: string | null
  interfaceNumber: number | null
  usagePage: number | null
}

export const hex4 = (n: number): string => (n & 0xffff).toString(16).padStart(4, '0')

export const topoNameOf = (bus: number, ports: readonly number[]): string =>
  ports.length === 0 ? `usb${bus}` : `${bus}-${ports.join('.')}`

/** Parses "1-2.1" → {bus:1, ports:[2,1]}; root hubs ("usb1") → ports []. */
export function parseTopoName(name: string): { bus: number; ports: number[] } | null {
  const root = /^usb(\d{1,3})$/.exec(name)
  if (root) return { bus: Number(root[1]), ports: [] }
  const m = /^(\d{1,3})-(\d{1,3}(?:\.\d{1,3}){0,6})$/.exec(name)
  if (!m) return null
  return { bus: Number(m[1]), ports: m[2]!.split('.').map(Number) }
}
