// The Rally parts the harness's own tests (test/device/harness.test.ts) use. Rooms for the device
// and browser tiers are built from test/device/rooms-catalog.ts.
import { DEFAULT_HID_REPORT_DESCRIPTOR, type SimUsbDevice } from './describe'

const LOGITECH = 0x046d

/** A generic USB 2.0 hub on bus 1 port 2 (the room's devices sit behind it). */
export function usb2Hub(ports: number[] = [2]): SimUsbDevice {
  return { busnum: 1, ports, vendorId: 0x05e3, productId: 0x0610, bcdDevice: 0x6060, speed: 'high', isHub: true, hubPorts: 4, product: 'USB2.0 Hub', manufacturer: 'GenesysLogic' }
}

/** Rally camera: vendor interface + HID interface with a hidraw node answering feature report 1. */
export function rallyCamera(ports: number[], serial = 'RALLYCAM0001'): SimUsbDevice {
  return {
    busnum: 1,
    ports,
    vendorId: LOGITECH,
    productId: 0x0881,
    bcdDevice: 0x0103,
    speed: 'high',
    manufacturer: 'Logitech',
    product: 'Logi Rally Camera',
    serial,
    interfaces: [
      { number: 0, class: 0x0e, subClass: 1 },
      { number: 1, class: 0x0e, subClass: 2 },
      {
        number: 2,
        class: 3,
        endpoints: [{ address: 0x83, type: 'interrupt' }],
        hid: { reportDescriptor: DEFAULT_HID_REPORT_DESCRIPTOR, behaviour: { feature: { '01': Buffer.concat([Buffer.from([1]), Buffer.from('FW 1.3.77')]).toString('hex') } } }
      }
    ]
  }
}

/** Rally Table Hub: one vendor interface with bulk endpoints. */
export function rallyTableHub(ports: number[], serial = 'TABLEHUB0001'): SimUsbDevice {
  return {
    busnum: 1,
    ports,
    vendorId: LOGITECH,
    productId: 0x088f,
    bcdDevice: 0x0100,
    speed: 'high',
    manufacturer: 'Logitech',
    product: 'Logi Rally Table Hub',
    serial,
    interfaces: [{ number: 0, class: 0xff, endpoints: [{ address: 0x01, type: 'bulk' }, { address: 0x81, type: 'bulk' }] }]
  }
}

/** Rally audio (inside the Display Hub): HID only. */
export function rallyAudio(ports: number[], serial = 'RALLYAUDIO01'): SimUsbDevice {
  return {
    busnum: 1,
    ports,
    vendorId: LOGITECH,
    productId: 0x0885,
    bcdDevice: 0x0200,
    speed: 'full',
    manufacturer: 'Logitech',
    product: 'Logi Rally Audio',
    serial,
    interfaces: [{ number: 0, class: 3, endpoints: [{ address: 0x81, type: 'interrupt' }], hid: { reportDescriptor: DEFAULT_HID_REPORT_DESCRIPTOR } }]
  }
}

/** Hub at 1-2 with camera 1-2.1, table hub 1-2.2, audio 1-2.3. */
export function rallyRoom(): { hub: SimUsbDevice; camera: SimUsbDevice; tableHub: SimUsbDevice; audio: SimUsbDevice; devices: SimUsbDevice[] } {
  const hub = usb2Hub([2])
  const camera = rallyCamera([2, 1])
  const tableHub = rallyTableHub([2, 2])
  const audio = rallyAudio([2, 3])
  return { hub, camera, tableHub, audio, devices: [hub, camera, tableHub, audio] }
}
