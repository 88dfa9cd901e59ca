// Standard USB descriptor encoding for simulated devices (USB 2.0 ch. 9, USB 3.2 §9.6.7 for SS companions).
import type { HidrawBehaviour, SimUsbDevice } from './describe'

export type UsbSpeed = 'low' | 'full' | 'high' | 'super' | 'super-plus'

export interface SimEndpoint {
  /** Endpoint address, bit 7 = IN (e.g. 0x83). */
  address: number
  type: 'control' | 'isochronous' | 'bulk' | 'interrupt'
  /** Default: speed-appropriate maximum for the type. */
  maxPacketSize?: number
  interval?: number
}

export interface SimInterface {
  number: number
  class: number
  subClass?: number
  protocol?: number
  endpoints?: SimEndpoint[]
  /** Makes this a HID interface with a hid device and a hidraw node. */
  hid?: { reportDescriptor: Buffer; hidrawIndex?: number; behaviour?: HidrawBehaviour }
}

/** Vendor page 0xFF00, usage 1, with feature reports 1 and 2 (63 bytes each) and a 63-byte input report 3. */
export const DEFAULT_HID_REPORT_DESCRIPTOR = Buffer.from(
  [
    '0600ff 0901 a101', // Usage Page (0xFF00), Usage (1), Collection (Application)
    '1500 26ff00 7508 953f', // Logical 0..255, Report Size 8, Report Count 63
    '8501 0901 b102', // Report ID 1, Usage 1, Feature (Data,Var,Abs)
    '8502 0902 b102', // Report ID 2, Usage 2, Feature
    '8503 0903 8102', // Report ID 3, Usage 3, Input
    'c0' // End Collection
  ]
    .join('')
    .replace(/ /g, ''),
  'hex'
)

export function speedMbps(s: UsbSpeed): string {
  return { low: '1.5', full: '12', high: '480', super: '5000', 'super-plus': '10000' }[s]
}

const isSuper = (s: UsbSpeed) => s === 'super' || s === 'super-plus'

function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff]
}

function defaultMps(ep: SimEndpoint, speed: UsbSpeed): number {
  if (ep.type === 'bulk') return isSuper(speed) ? 1024 : speed === 'high' ? 512 : 64
  if (ep.type === 'interrupt') return speed === 'low' ? 8 : 64
  return speed === 'high' || isSuper(speed) ? 1024 : 1023
}

const EP_TYPE = { control: 0, isochronous: 1, bulk: 2, interrupt: 3 } as const

function interfaceDescriptor(intf: SimInterface, speed: UsbSpeed): number[] {
  const eps = intf.endpoints ?? []
  const out = [9, 4, intf.number, 0, eps.length, intf.class, intf.subClass ?? 0, intf.protocol ?? 0, 0]
  if (intf.hid) out.push(9, 0x21, ...u16(0x0111), 0, 1, 0x22, ...u16(intf.hid.reportDescriptor.length))
  for (const ep of eps) {
    const mps = ep.maxPacketSize ?? defaultMps(ep, speed)
    const interval =
      ep.interval ?? (ep.type === 'interrupt' ? (speed === 'high' || isSuper(speed) ? 4 : 10) : ep.type === 'isochronous' ? 1 : 0)
    out.push(7, 5, ep.address, EP_TYPE[ep.type], ...u16(mps), interval)
    if (isSuper(speed)) out.push(6, 0x30, 0, 0, ...u16(ep.type === 'bulk' ? 0 : mps))
  }
  return out
}

/** Interfaces actually described: explicit ones, or a hub interface for hubs. */
export function effectiveInterfaces(d: SimUsbDevice): SimInterface[] {
  if (d.interfaces) return d.interfaces
  if (d.isHub)
    return [
      { number: 0, class: 9, endpoints: [{ address: 0x81, type: 'interrupt', maxPacketSize: isSuper(d.speed) ? 2 : 1, interval: 12 }] }
    ]
  return []
}

/** Hubs: 1 = single-TT high-speed hub, 3 = SuperSpeed hub. */
export function deviceProtocolOf(d: SimUsbDevice): number {
  return d.deviceProtocol ?? (d.isHub ? (isSuper(d.speed) ? 3 : 1) : 0)
}

export function deviceDescriptor(d: SimUsbDevice): Buffer {
  const bcdUSB = d.bcdUSB ?? (isSuper(d.speed) ? 0x0320 : d.speed === 'high' ? 0x0200 : 0x0110)
  const mps0 = isSuper(d.speed) ? 9 : d.speed === 'low' ? 8 : 64
  const cls = d.deviceClass ?? (d.isHub ? 9 : 0)
  const proto = deviceProtocolOf(d)
  return Buffer.from([
    18,
    1,
    ...u16(bcdUSB),
    cls,
    d.deviceSubClass ?? 0,
    proto,
    mps0,
    ...u16(d.vendorId),
    ...u16(d.productId),
    ...u16(d.bcdDevice ?? 0x0100),
    d.manufacturer !== undefined ? 1 : 0,
    d.product !== undefined ? 2 : 0,
    d.serial != null ? 3 : 0,
    1
  ])
}

export function configDescriptor(d: SimUsbDevice): Buffer {
  const intfs = effectiveInterfaces(d)
  const body = intfs.flatMap((i) => interfaceDescriptor(i, d.speed))
  // bMaxPower is in 2 mA units below SuperSpeed and 8 mA units at SuperSpeed.
  const ma = d.maxPowerMa ?? (d.isHub ? 0 : 100)
  const power = Math.min(255, Math.round(ma / (isSuper(d.speed) ? 8 : 2)))
  return Buffer.from([9, 2, ...u16(9 + body.length), intfs.length, 1, 0, d.isHub ? 0xe0 : 0xa0, power, ...body])
}

/** Bytes the usbfs node and the sysfs `descriptors` attribute hold, plus the interfaces to put in sysfs. */
export function descriptorBytes(d: SimUsbDevice): { bytes: Buffer; interfaces: SimInterface[] } {
  const interfaces = effectiveInterfaces(d)
  if (d.descriptors) return { bytes: d.descriptors, interfaces }
  const config = d.configDescriptor ?? configDescriptor(d)
  return { bytes: Buffer.concat([deviceDescriptor(d), config]), interfaces }
}
