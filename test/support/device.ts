import type { Device } from '../../src/shared/contract'

/** A detected part as the contract describes it: a Rally camera at 1-2 unless overridden. */
export function makeDevice(overrides: Partial<Device> = {}): Device {
  return {
    id: 'usb:1-2',
    vendorId: '046d',
    productId: '0881',
    product: 'Rally',
    part: 'camera',
    name: 'Rally Camera',
    usbProduct: 'Logi Rally Camera',
    serial: 'CAM1',
    firmware: null,
    firmwareSource: null,
    components: [],
    mode: 'normal',
    speed: 'super',
    location: { bus: 1, ports: [2], hubDepth: 0 },
    known: true,
    errors: [],
    ...overrides
  }
}
