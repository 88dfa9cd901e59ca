// Simulated room parts as they present on USB (IDs and interface classes from the catalog and
// the research notes). Serials are made up; the real captures are used where they exist.
import { DEFAULT_HID_REPORT_DESCRIPTOR, type SimUsbDevice } from '../umockdev/describe'

type Where = { busnum: number; ports: number[] }
const L = 0x046d

/** Feature reports a simulated part answers, by report id (hex), first byte = report id. */
export type Features = Record<string, string>

const hidIf = (number: number, feature: Features = {}, stall: string[] = []) => ({
  number, class: 3, endpoints: [{ address: 0x80 | (number + 1), type: 'interrupt' as const }],
  hid: { reportDescriptor: DEFAULT_HID_REPORT_DESCRIPTOR, behaviour: { feature, stall } }
})
const uvc = [{ number: 0, class: 0x0e, subClass: 1 }, { number: 1, class: 0x0e, subClass: 2 }]

export const hub = (w: Where, speed: 'high' | 'super' = 'high'): SimUsbDevice => ({
  ...w, vendorId: speed === 'super' ? 0x2109 : 0x05e3, productId: speed === 'super' ? 0x0817 : 0x0610, speed, isHub: true, hubPorts: 4, product: speed === 'super' ? 'USB3.0 Hub' : 'USB2.0 Hub'
})

export const part = (vendorId: number, productId: number, w: Where, serial: string | Buffer | null, speed: SimUsbDevice['speed'], extra: Partial<SimUsbDevice> = {}): SimUsbDevice => ({
  ...w, vendorId, productId, serial, speed, manufacturer: vendorId === L ? 'Logitech' : 'Vendor', ...extra
})

export const rallyCamera = (w: Where, serial = 'RC0001', speed: SimUsbDevice['speed'] = 'super') =>
  part(L, 0x0881, w, serial, speed, { product: 'Logi Rally Camera', interfaces: [...uvc, hidIf(2)] })
export const rallyTableHub = (w: Where, serial = 'TH0001') =>
  part(L, 0x088f, w, serial, 'high', { product: 'Logi Rally Table Hub', interfaces: [{ number: 0, class: 0xff, endpoints: [{ address: 0x01, type: 'bulk' }, { address: 0x81, type: 'bulk' }] }] })
export const rallyAudio = (w: Where, serial = 'RA0001', productId = 0x0885, feature: Features = {}, stall: string[] = []) =>
  part(L, productId, w, serial, 'full', { product: 'Logi Rally Audio', interfaces: [{ number: 0, class: 1, subClass: 1 }, hidIf(3, feature, stall)] })
export const meetupSpeakerphone = (w: Where, serial = 'MS0001', productId = 0x0867, feature: Features = {}, stall: string[] = []) =>
  part(L, productId, w, serial, 'full', { product: 'Logitech MeetUp Speakerphone', interfaces: [{ number: 0, class: 1, subClass: 1 }, hidIf(3, feature, stall)] })

/** The 5-byte HID info answer (report 0x19) for a version "major.minor.build". */
export const infoReply = (version: string): string => {
  const [maj, min, build] = version.split('.').map(Number) as [number, number, number]
  return Buffer.from([0x19, build & 0xff, build >> 8, min, maj]).toString('hex')
}
export const tapParts = (bus: number, hubPort: number, serialPrefix = 'TAP', mcuFeatures: Features = {}) => [
  part(L, 0x0876, { busnum: bus, ports: [hubPort, 1] }, `${serialPrefix}HDMI1`, 'high', { product: 'Logitech HDMI Capture', interfaces: uvc }),
  part(L, 0x0872, { busnum: bus, ports: [hubPort, 2] }, `${serialPrefix}MCU01`, 'full', { product: 'Flare PIR sensor', interfaces: [hidIf(0, mcuFeatures)] }),
  part(L, 0x0874, { busnum: bus, ports: [hubPort, 3] }, `${serialPrefix}AUD01`, 'full', { product: 'Logi-Tap-Audio', interfaces: [{ number: 0, class: 1, subClass: 1 }] }),
  part(0x222a, 0x0001, { busnum: bus, ports: [hubPort, 4, 1] }, null, 'full', { product: 'ILITEK-TP', interfaces: [hidIf(0)] }),
  part(0x17e9, 0xff13, { busnum: bus, ports: [hubPort, 4, 2] }, `${serialPrefix}DL001`, 'high', { product: 'DisplayLink', interfaces: [{ number: 0, class: 0xff }] })
]
