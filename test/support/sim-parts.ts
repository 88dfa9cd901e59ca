// The one set of simulated room parts, as they present on USB (IDs and interface classes from
// the catalog and the research notes), for the device, bundle and browser tiers and the
// harness's own tests. Serials are made up; the real captures are used where they exist.
import { DEFAULT_HID_REPORT_DESCRIPTOR, type SimUsbDevice } from '../umockdev/describe'

type Where = { busnum: number; ports: number[] }
const L = 0x046d

/** Feature reports a simulated part answers, by report id (hex), first byte = report id. */
export type Features = Record<string, string>

const hidIf = (number: number, feature: Features = {}, stall: string[] = []) => ({
  number,
  class: 3,
  endpoints: [{ address: 0x80 | (number + 1), type: 'interrupt' as const }],
  hid: { reportDescriptor: DEFAULT_HID_REPORT_DESCRIPTOR, behaviour: { feature, stall } }
})
const uvc = [
  { number: 0, class: 0x0e, subClass: 1 },
  { number: 1, class: 0x0e, subClass: 2 }
]

export const hub = (w: Where, speed: 'high' | 'super' = 'high'): SimUsbDevice => ({
  ...w,
  vendorId: speed === 'super' ? 0x2109 : 0x05e3,
  productId: speed === 'super' ? 0x0817 : 0x0610,
  speed,
  isHub: true,
  hubPorts: 4,
  product: speed === 'super' ? 'USB3.0 Hub' : 'USB2.0 Hub'
})

export const part = (
  vendorId: number,
  productId: number,
  w: Where,
  serial: string | Buffer | null,
  speed: SimUsbDevice['speed'],
  extra: Partial<SimUsbDevice> = {}
): SimUsbDevice => ({
  ...w,
  vendorId,
  productId,
  serial,
  speed,
  manufacturer: vendorId === L ? 'Logitech' : 'Vendor',
  ...extra
})

export const rallyCamera = (w: Where, serial = 'RC0001', speed: SimUsbDevice['speed'] = 'super', feature: Features = {}) =>
  part(L, 0x0881, w, serial, speed, { product: 'Logi Rally Camera', interfaces: [...uvc, hidIf(2, feature)] })
export const rallyTableHub = (w: Where, serial = 'TH0001') =>
  part(L, 0x088f, w, serial, 'high', {
    product: 'Logi Rally Table Hub',
    interfaces: [
      {
        number: 0,
        class: 0xff,
        endpoints: [
          { address: 0x01, type: 'bulk' },
          { address: 0x81, type: 'bulk' }
        ]
      }
    ]
  })
export const rallyAudio = (w: Where, serial = 'RA0001', productId = 0x0885, feature: Features = {}, stall: string[] = []) =>
  part(L, productId, w, serial, 'full', {
    product: 'Logi Rally Audio',
    interfaces: [{ number: 0, class: 1, subClass: 1 }, hidIf(3, feature, stall)]
  })
export const meetupSpeakerphone = (w: Where, serial = 'MS0001', productId = 0x0867, feature: Features = {}, stall: string[] = []) =>
  part(L, productId, w, serial, 'full', {
    product: 'Logitech MeetUp Speakerphone',
    interfaces: [{ number: 0, class: 1, subClass: 1 }, hidIf(3, feature, stall)]
  })

/** The 5-byte HID info answer (report 0x19) for a version "major.minor.build". */
export const infoReply = (version: string): string => {
  const [maj, min, build] = version.split('.').map(Number) as [number, number, number]
  return Buffer.from([0x19, build & 0xff, build >> 8, min, maj]).toString('hex')
}
export const tapParts = (bus: number, hubPort: number, serialPrefix = 'TAP', mcuFeatures: Features = {}) => [
  part(L, 0x0876, { busnum: bus, ports: [hubPort, 1] }, `${serialPrefix}HDMI1`, 'high', {
    product: 'Logitech HDMI Capture',
    interfaces: uvc
  }),
  part(L, 0x0872, { busnum: bus, ports: [hubPort, 2] }, `${serialPrefix}MCU01`, 'full', {
    product: 'Flare PIR sensor',
    interfaces: [hidIf(0, mcuFeatures)]
  }),
  part(L, 0x0874, { busnum: bus, ports: [hubPort, 3] }, `${serialPrefix}AUD01`, 'full', {
    product: 'Logi-Tap-Audio',
    interfaces: [{ number: 0, class: 1, subClass: 1 }]
  }),
  part(0x222a, 0x0001, { busnum: bus, ports: [hubPort, 4, 1] }, null, 'full', { product: 'ILITEK-TP', interfaces: [hidIf(0)] }),
  part(0x17e9, 0xff13, { busnum: bus, ports: [hubPort, 4, 2] }, `${serialPrefix}DL001`, 'high', {
    product: 'DisplayLink',
    interfaces: [{ number: 0, class: 0xff }]
  })
]

/** A USB 2.0 hub on bus 1 (port 2 unless given), as the harness's own tests use it. */
export const usb2Hub = (ports: number[] = [2]): SimUsbDevice => ({
  ...hub({ busnum: 1, ports }),
  bcdDevice: 0x6060,
  manufacturer: 'GenesysLogic'
})

/** The harness's Rally: hub at 1-2 with camera 1-2.1 (its HID answering feature report 1),
 *  table hub 1-2.2 and audio 1-2.3. */
export function rallyRoom(): {
  hub: SimUsbDevice
  camera: SimUsbDevice
  tableHub: SimUsbDevice
  audio: SimUsbDevice
  devices: SimUsbDevice[]
} {
  const hub = usb2Hub([2])
  const firmwareAnswer = Buffer.concat([Buffer.from([1]), Buffer.from('FW 1.3.77')]).toString('hex')
  const camera = { ...rallyCamera({ busnum: 1, ports: [2, 1] }, 'RALLYCAM0001', 'high', { '01': firmwareAnswer }), bcdDevice: 0x0103 }
  const tableHub = rallyTableHub({ busnum: 1, ports: [2, 2] }, 'TABLEHUB0001')
  const audio = rallyAudio({ busnum: 1, ports: [2, 3] }, 'RALLYAUDIO01')
  return { hub, camera, tableHub, audio, devices: [hub, camera, tableHub, audio] }
}
