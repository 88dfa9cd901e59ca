// What a Windows or macOS listing says about one USB device, before it becomes the raw record
// every source yields. Parsers of recorded OS output produce these; nothing here runs a command.
import type { DeviceError, UsbSpeed } from '../../../../shared/contract'
import { topoNameOf, type OsFacts, type RawUsbDevice } from '../../raw-device'

export interface OsUsbDevice {
  /** The OS's own name for the device (Windows instance id, macOS registry entry). */
  osId: string
  vendorId: string
  productId: string
  /** null when the device has none, or when the OS only made one up (Windows generated ids). */
  serial: string | null
  product: string | null
  manufacturer: string | null
  /** Bus and root-first port chain; null when the output does not say where the device is. */
  location: { bus: number; ports: number[] } | null
  /** The negotiated link as the OS reports it; never derived from bcdUSB. */
  speed: UsbSpeed | null
  superSpeedCapable: boolean | null
  bcdUSB: number | null
  isHub: boolean
  drivers: string[]
  errors: DeviceError[]
}

/** The USB spec allows 5 tiers of hubs (7 with the root and the device): deeper chains are
 *  corrupt output, not a topology. */
export const MAX_PORTS = 7

const bytes = (s: string | null): Uint8Array | null => (s === null ? null : Buffer.from(s, 'utf8'))

/** Turns OS records into the raw device record. Devices the output does not place, or that
 *  would collide with one already placed, keep a topoName built from their OS id (so their
 *  contract id starts with UNLOCATED_ID_PREFIX) and a warning says which. */
export function toRawDevices(platform: OsFacts['platform'], devices: readonly OsUsbDevice[], warnings: string[] = []): RawUsbDevice[] {
  const seen = new Set<string>()
  return devices.map((d) => {
    const placed = d.location !== null && !seen.has(topoNameOf(d.location.bus, d.location.ports))
    const location = placed ? d.location! : { bus: 0, ports: [] }
    const topoName = placed ? topoNameOf(location.bus, location.ports) : `unlocated:${d.osId}`
    seen.add(topoName)
    const errors = [...d.errors]
    if (d.location !== null && !placed)
      warnings.push(
        `${d.osId}: reported at the same place as another device (${topoNameOf(d.location.bus, d.location.ports)}); its place is not shown`
      )
    return {
      topoName,
      bus: location.bus,
      ports: location.ports,
      vendorId: d.vendorId,
      productId: d.productId,
      deviceClass: d.isHub ? 9 : null,
      speed: d.speed,
      speedSource: d.speed === null ? null : 'os',
      manufacturer: bytes(d.manufacturer),
      product: bytes(d.product),
      serial: bytes(d.serial),
      devNode: null,
      descriptorBlob: null,
      errors,
      os: {
        platform,
        osId: d.osId,
        located: placed,
        isHub: d.isHub,
        superSpeedCapable: d.superSpeedCapable,
        bcdUSB: d.bcdUSB,
        drivers: d.drivers
      }
    }
  })
}
