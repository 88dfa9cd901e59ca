// Turns what the sources saw into contract Devices, using the catalog. Devices that are neither
// Logitech nor a known companion part are dropped here; everything else is kept, with errors.
import type { Device, DeviceError } from '../../shared/contract'
import { LOGITECH_VENDOR_ID, lookup, type CatalogMatch } from './catalog'
import { cleanIdentityString } from './identity-string'
import type { RawHidInterface, RawUsbDevice } from './raw-device'

export const UNKNOWN_PRODUCT = 'Unknown Logitech device'

export interface Identified {
  device: Device
  match: CatalogMatch | undefined
  hid: RawHidInterface[]
}

export const deviceId = (raw: Pick<RawUsbDevice, 'topoName'>): string => `usb:${raw.topoName}`

function identityErrors(field: string, problems: string[]): DeviceError[] {
  return problems.length === 0 ? [] : [{ code: 'identity', message: `The ${field} ${problems.join(' and ')}; it is shown cleaned.` }]
}

export function identify(raw: RawUsbDevice, hid: RawHidInterface[]): Identified | null {
  const match = lookup(raw.vendorId, raw.productId)
  if (!match && raw.vendorId !== LOGITECH_VENDOR_ID) return null
  if (raw.vendorId === LOGITECH_VENDOR_ID && !match && raw.deviceClass === 9) {
    // Hubs inside Logitech products are plumbing, shown in the topology, not as parts.
    return null
  }
  const serialClean = cleanIdentityString(raw.serial)
  const productClean = cleanIdentityString(raw.product)
  const hidSerial = hid.map((h) => h.serial).find((s): s is string => !!s) ?? null
  const serial = serialClean.value ?? (hidSerial ? cleanIdentityString(Buffer.from(hidSerial, 'utf8')).value : null)
  const errors: DeviceError[] = [
    ...raw.errors,
    ...identityErrors('serial number', serialClean.problems),
    ...identityErrors('product name', productClean.problems)
  ]
  const device: Device = {
    id: deviceId(raw),
    vendorId: raw.vendorId,
    productId: raw.productId,
    product: match ? match.product.product : UNKNOWN_PRODUCT,
    part: match ? match.part.part : 'unknown',
    name: match ? match.part.name : (productClean.value ?? `Logitech device ${raw.vendorId}:${raw.productId}`),
    usbProduct: productClean.value,
    serial,
    firmware: null,
    firmwareSource: null,
    components: [],
    mode: match ? match.part.mode : 'normal',
    speed: raw.speed,
    speedSource: raw.speed === null ? null : raw.speedSource,
    location: { bus: raw.bus, ports: raw.ports, hubDepth: Math.max(0, raw.ports.length - 1) },
    known: match !== undefined,
    errors
  }
  return { device, match, hid }
}
