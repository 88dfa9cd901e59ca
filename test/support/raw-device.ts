import type { RawUsbDevice } from '../../src/main/devices/raw-device'
import type { UsbSpeed } from '../../src/shared/contract'

/** A RawUsbDevice as a source would report it, for tests of the pure stages. */
export function raw(
  vendorId: string,
  productId: string,
  topoName: string,
  extra: Partial<RawUsbDevice> & { serialText?: string; speed?: UsbSpeed } = {}
): RawUsbDevice {
  const [bus, path] = topoName.split('-') as [string, string]
  const { serialText, ...rest } = extra
  return {
    topoName,
    bus: Number(bus),
    ports: path.split('.').map(Number),
    vendorId,
    productId,
    deviceClass: 0,
    speed: 'high',
    speedSource: 'os',
    manufacturer: Buffer.from('Logitech\n'),
    product: null,
    serial: serialText === undefined ? null : Buffer.from(serialText + '\n'),
    devNode: null,
    descriptorBlob: null,
    errors: [],
    ...rest
  }
}
