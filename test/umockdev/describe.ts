// Generates umockdev `.umockdev` descriptions (sysfs + udev + /dev nodes) from typed specs,
// so device tests state *what* is plugged in and this file owns the sysfs/descriptor details.
import { descriptorBytes, deviceProtocolOf, speedMbps, type SimInterface, type UsbSpeed } from './descriptors'

export type { SimEndpoint, SimInterface, UsbSpeed } from './descriptors'
export { DEFAULT_HID_REPORT_DESCRIPTOR } from './descriptors'

/** Behaviour of a fake hidraw node, read by runner.py (`--hidraw NODE=FILE.json`). */
export interface HidrawBehaviour {
  /** Feature reports by report id (decimal or hex key); value is hex, first byte = report id. */
  feature?: Record<string, string>
  /** Report ids (hex) whose GET_FEATURE never completes, like a device that hangs mid-read. */
  stall?: string[]
  /** Write → reply pairs: when a write starts with `write` (hex), `read` (hex) becomes readable. */
  replies?: Array<{ write: string; read: string }>
}

/** Behaviour of a fake usbfs node (`--usb NODE=FILE.json`). */
export interface UsbBehaviour {
  /** Control requests other than the standard ones, keyed "bmRequestType:bRequest:wValue:wIndex" in hex
   *  (e.g. "c0:01:0000:0000"); value is the IN data as hex, or "ok" for an OUT request. Others stall. */
  control?: Record<string, string>
  /** Bulk/interrupt: after an OUT transfer starting with `out`, the next IN on `ep` returns `in`. */
  bulk?: Array<{ out: string; in: string; ep?: number }>
}

export interface SimUsbDevice {
  busnum: number
  /** Port chain from the root hub, e.g. [2, 1] → sysfs name "1-2.1" behind hub "1-2". */
  ports: number[]
  /** Auto-assigned (unique per bus, starting at 2) when omitted. */
  devnum?: number
  vendorId: number
  productId: number
  bcdDevice?: number
  /** Defaults: 0x0200 (0x0110 full/low speed, 0x0320 SuperSpeed). */
  bcdUSB?: number
  /** Buffer lets a test inject invalid UTF-8 or control characters; the sysfs attribute gets the raw bytes. */
  manufacturer?: string | Buffer
  product?: string | Buffer
  serial?: string | Buffer | null
  speed: UsbSpeed
  deviceClass?: number
  deviceSubClass?: number
  deviceProtocol?: number
  /** Hubs get class 9, a hub interface, and may have children described with longer port chains. */
  isHub?: boolean
  /** Number of downstream ports of a hub (sysfs `maxchild`). Default 4. */
  hubPorts?: number
  interfaces?: SimInterface[]
  /** Raw device + configuration descriptors, used verbatim (real captures, truncated or garbage bytes). */
  descriptors?: Buffer
  /** Raw configuration descriptor set; the device descriptor is built from the spec fields. */
  configDescriptor?: Buffer
  /** Max power in mA (default 100; 500 for a hub). */
  maxPowerMa?: number
  /** Permission bits of the fake /dev/bus/usb node (applied by the runner via `--chmod`). */
  nodeMode?: number
  /** Vendor control / bulk behaviour served by the runner. */
  behaviour?: UsbBehaviour
}

export type RootHubKind = 'usb2' | 'usb3'

export interface RoomOptions {
  /** Root hub per bus. Default: 'usb3' if any device on that bus is SuperSpeed, else 'usb2'.
   *  Model a real xHCI controller as two buses: e.g. { 1: 'usb2', 2: 'usb3' }. */
  rootHubs?: Record<number, RootHubKind>
  /** PCI path of the host controller all buses hang off. */
  controller?: string
}

export interface HidrawNode {
  device: SimUsbDevice
  interfaceNumber: number
  node: string
  sysPath: string
  behaviour: HidrawBehaviour
}

/** What the runner needs besides the description text. */
export interface RoomSideFiles {
  hidraw: Record<string, HidrawBehaviour>
  usb: Record<string, UsbBehaviour>
  chmod: Record<string, number>
}

export interface Room extends RoomSideFiles {
  /** The whole `.umockdev` text (root hubs first). */
  text: string
  devices: SimUsbDevice[]
  /** "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2.1" */
  sysPath(d: SimUsbDevice): string
  /** sysfs name, "1-2.1" */
  name(d: SimUsbDevice): string
  /** "/dev/bus/usb/001/005" */
  devNode(d: SimUsbDevice): string
  devnum(d: SimUsbDevice): number
  hidrawNodes(d?: SimUsbDevice): HidrawNode[]
  /** Blocks of just these devices (device, interfaces, hid, hidraw), for a hotplug `add`. */
  blocksOf(devices: SimUsbDevice[]): string
}

interface Resolved {
  spec: SimUsbDevice
  name: string
  sysPath: string
  devnum: number
  hidraw: HidrawNode[]
}

// umockdev only accepts upper-case hex in N: and H: lines.
const hex2 = (n: number) => n.toString(16).padStart(2, '0')
const hex4 = (n: number) => n.toString(16).padStart(4, '0')
const pad3 = (n: number) => String(n).padStart(3, '0')

/** umockdev unescapes `A:` values with g_strcompress (octal, not \x), so non-printable bytes become \NNN. */
function attrText(v: string | Buffer): string {
  const b = typeof v === 'string' ? Buffer.from(v, 'utf8') : v
  let out = ''
  for (const c of b) {
    if (c === 0x5c) out += '\\\\'
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c)
    else out += '\\' + c.toString(8).padStart(3, '0')
  }
  return out
}

/** Udev property values must stay on one line and be plain text. */
function propText(v: string | Buffer): string {
  const s = typeof v === 'string' ? v : v.toString('latin1')
  return s.replace(/[^\x20-\x7e]/g, '_')
}

export function nameOf(d: Pick<SimUsbDevice, 'busnum' | 'ports'>): string {
  return d.ports.length === 0 ? `usb${d.busnum}` : `${d.busnum}-${d.ports.join('.')}`
}

const parentName = (d: SimUsbDevice) => (d.ports.length <= 1 ? `usb${d.busnum}` : `${d.busnum}-${d.ports.slice(0, -1).join('.')}`)

function devT(busnum: number, devnum: number): string {
  return `189:${(busnum - 1) * 128 + (devnum - 1)}`
}

const isSuper = (s: UsbSpeed) => s === 'super' || s === 'super-plus'

/** Mutable allocation state shared between a room and its hotplug additions. */
interface Alloc {
  controller: string
  rootHubs: Map<number, RootHubKind>
  resolved: Map<SimUsbDevice, Resolved>
  byName: Map<string, Resolved>
  nextDevnum: Map<number, number>
  nextHidraw: number
  nextHidSeq: number
}

function rootHubBlock(a: Alloc, bus: number): string {
  const kind = a.rootHubs.get(bus) ?? 'usb2'
  const sys = `/devices/pci0000:00/${a.controller}/usb${bus}`
  const pid = kind === 'usb3' ? 0x0003 : 0x0002
  const hub: SimUsbDevice = {
    busnum: bus,
    ports: [],
    devnum: 1,
    vendorId: 0x1d6b,
    productId: pid,
    bcdDevice: 0x0601,
    bcdUSB: kind === 'usb3' ? 0x0300 : 0x0200,
    manufacturer: 'Linux 6.1.0 xhci-hcd',
    product: 'xHCI Host Controller',
    serial: a.controller,
    speed: kind === 'usb3' ? 'super' : 'high',
    isHub: true,
    hubPorts: 4,
    maxPowerMa: 0
  }
  return deviceBlocks(a, hub, sys, 'usb' + bus, 1).join('\n')
}

function deviceBlocks(a: Alloc, d: SimUsbDevice, sysPath: string, name: string, devnum: number): string[] {
  const { bytes, interfaces } = descriptorBytes(d)
  const node = `bus/usb/${pad3(d.busnum)}/${pad3(devnum)}`
  const bcdDevice = d.bcdDevice ?? 0x0100
  const lines = [
    `P: ${sysPath}`,
    `N: ${node}=${bytes.toString('hex').toUpperCase()}`,
    `E: DEVNAME=/dev/${node}`,
    'E: DEVTYPE=usb_device',
    'E: DRIVER=usb',
    `E: PRODUCT=${d.vendorId.toString(16)}/${d.productId.toString(16)}/${bcdDevice.toString(16)}`,
    `E: TYPE=${d.deviceClass ?? (d.isHub ? 9 : 0)}/0/0`,
    `E: BUSNUM=${pad3(d.busnum)}`,
    `E: DEVNUM=${pad3(devnum)}`,
    'E: MAJOR=189',
    `E: MINOR=${(d.busnum - 1) * 128 + devnum - 1}`,
    'E: SUBSYSTEM=usb',
    `E: ID_VENDOR_ID=${hex4(d.vendorId)}`,
    `E: ID_MODEL_ID=${hex4(d.productId)}`,
    ...(d.serial != null ? [`E: ID_SERIAL_SHORT=${propText(d.serial)}`] : []),
    `A: authorized=1\\n`,
    `A: bConfigurationValue=1\\n`,
    `A: bDeviceClass=${hex2(d.deviceClass ?? (d.isHub ? 9 : 0))}\\n`,
    `A: bDeviceProtocol=${hex2(deviceProtocolOf(d))}\\n`,
    `A: bDeviceSubClass=${hex2(d.deviceSubClass ?? 0)}\\n`,
    `A: bMaxPower=${d.maxPowerMa ?? (d.isHub ? 0 : 100)}mA\\n`,
    `A: bNumConfigurations=1\\n`,
    `A: bNumInterfaces=${String(interfaces.length).padStart(2)}\\n`,
    `A: bcdDevice=${hex4(bcdDevice)}\\n`,
    `A: bmAttributes=e0\\n`,
    `A: busnum=${d.busnum}\\n`,
    `A: dev=${devT(d.busnum, devnum)}\\n`,
    `A: devnum=${devnum}\\n`,
    `A: devpath=${d.ports.length ? d.ports.join('.') : '0'}\\n`,
    `H: descriptors=${bytes.toString('hex').toUpperCase()}`,
    `A: idProduct=${hex4(d.productId)}\\n`,
    `A: idVendor=${hex4(d.vendorId)}\\n`,
    ...(d.isHub ? [`A: maxchild=${d.hubPorts ?? 4}\\n`] : [`A: maxchild=0\\n`]),
    `A: removable=${d.ports.length ? 'removable' : 'unknown'}\\n`,
    `A: speed=${speedMbps(d.speed)}\\n`,
    `A: version=${versionAttr(d)}\\n`,
    ...(d.manufacturer !== undefined ? [`A: manufacturer=${attrText(d.manufacturer)}\\n`] : []),
    ...(d.product !== undefined ? [`A: product=${attrText(d.product)}\\n`] : []),
    ...(d.serial != null ? [`A: serial=${attrText(d.serial)}\\n`] : [])
  ]
  const blocks = [lines.join('\n') + '\n']
  for (const intf of interfaces) blocks.push(...interfaceBlocks(a, d, sysPath, name, intf))
  return blocks
}

function versionAttr(d: SimUsbDevice): string {
  const bcd = d.bcdUSB ?? defaultBcdUsb(d.speed)
  return `${String((bcd >> 8).toString(16)).padStart(2)}.${hex2(bcd & 0xff)}`
}

export function defaultBcdUsb(speed: UsbSpeed): number {
  return isSuper(speed) ? 0x0320 : speed === 'high' ? 0x0200 : 0x0110
}

function interfaceBlocks(a: Alloc, d: SimUsbDevice, devSys: string, name: string, intf: SimInterface): string[] {
  // The kernel names root hub interfaces "1-0:1.0", not "usb1:1.0".
  const ifName = `${d.ports.length ? name : `${d.busnum}-0`}:1.${intf.number}`
  const ifSys = `${devSys}/${ifName}`
  const cls = intf.class
  const lines = [
    `P: ${ifSys}`,
    'E: DEVTYPE=usb_interface',
    `E: DRIVER=${cls === 3 ? 'usbhid' : cls === 9 ? 'hub' : 'usbfs'}`,
    `E: PRODUCT=${d.vendorId.toString(16)}/${d.productId.toString(16)}/${(d.bcdDevice ?? 0x0100).toString(16)}`,
    `E: INTERFACE=${cls}/${intf.subClass ?? 0}/${intf.protocol ?? 0}`,
    'E: SUBSYSTEM=usb',
    `A: bAlternateSetting= 0\\n`,
    `A: bInterfaceClass=${hex2(cls)}\\n`,
    `A: bInterfaceNumber=${hex2(intf.number)}\\n`,
    `A: bInterfaceProtocol=${hex2(intf.protocol ?? 0)}\\n`,
    `A: bInterfaceSubClass=${hex2(intf.subClass ?? 0)}\\n`,
    `A: bNumEndpoints=${hex2(intf.endpoints?.length ?? 0)}\\n`
  ]
  const blocks = [lines.join('\n') + '\n']
  if (intf.hid) {
    const seq = a.nextHidSeq++
    const hidName = `0003:${hex4(d.vendorId).toUpperCase()}:${hex4(d.productId).toUpperCase()}.${hex4(seq).toUpperCase()}`
    const hidSys = `${ifSys}/${hidName}`
    const idx = intf.hid.hidrawIndex ?? a.nextHidraw
    a.nextHidraw = Math.max(a.nextHidraw, idx + 1)
    const productText = d.product === undefined ? '' : propText(d.product)
    const hidLines = [
      `P: ${hidSys}`,
      'E: DRIVER=hid-generic',
      `E: HID_ID=0003:${hex4(d.vendorId).toUpperCase().padStart(8, '0')}:${hex4(d.productId).toUpperCase().padStart(8, '0')}`,
      `E: HID_NAME=${productText}`,
      `E: HID_PHYS=usb-${a.controller}-${d.ports.join('.')}/input${intf.number}`,
      `E: HID_UNIQ=${d.serial == null ? '' : propText(d.serial)}`,
      `E: MODALIAS=hid:b0003g0001v0000${hex4(d.vendorId).toUpperCase()}p0000${hex4(d.productId).toUpperCase()}`,
      'E: SUBSYSTEM=hid',
      `H: report_descriptor=${intf.hid.reportDescriptor.toString('hex').toUpperCase()}`
    ]
    const rawSys = `${hidSys}/hidraw/hidraw${idx}`
    const rawLines = [
      `P: ${rawSys}`,
      `N: hidraw${idx}`,
      `E: DEVNAME=/dev/hidraw${idx}`,
      'E: MAJOR=240',
      `E: MINOR=${idx}`,
      'E: SUBSYSTEM=hidraw',
      `A: dev=240:${idx}\\n`,
      `L: device=../../../${hidName}`
    ]
    blocks.push(hidLines.join('\n') + '\n', rawLines.join('\n') + '\n')
    a.resolved.get(d)?.hidraw.push({
      device: d,
      interfaceNumber: intf.number,
      node: `/dev/hidraw${idx}`,
      sysPath: '/sys' + rawSys,
      behaviour: intf.hid.behaviour ?? {}
    })
  }
  return blocks
}

function resolve(a: Alloc, d: SimUsbDevice): Resolved {
  const existing = a.resolved.get(d)
  if (existing) return existing
  if (d.ports.length === 0) throw new Error('ports must not be empty: root hubs are added automatically')
  const name = nameOf(d)
  if (a.byName.has(name)) throw new Error(`two devices at ${name}`)
  const parent = parentName(d)
  if (d.ports.length > 1) {
    const p = a.byName.get(parent)
    if (!p) throw new Error(`${name}: parent hub ${parent} is not described (list it before its children)`)
    if (!p.spec.isHub) throw new Error(`${name}: parent ${parent} is not a hub (isHub: true)`)
  }
  const parentSys = d.ports.length > 1 ? a.byName.get(parent)!.sysPath : `/devices/pci0000:00/${a.controller}/usb${d.busnum}`
  const next = a.nextDevnum.get(d.busnum) ?? 2
  const devnum = d.devnum ?? next
  a.nextDevnum.set(d.busnum, Math.max(next, devnum + 1))
  const r: Resolved = { spec: d, name, sysPath: `${parentSys}/${name}`, devnum, hidraw: [] }
  a.resolved.set(d, r)
  a.byName.set(name, r)
  return r
}

function blocksFor(a: Alloc, devices: SimUsbDevice[]): string {
  const out: string[] = []
  for (const d of devices) {
    const r = resolve(a, d)
    out.push(...deviceBlocks(a, d, r.sysPath, r.name, r.devnum))
  }
  return out.join('\n')
}

function makeRoom(a: Alloc, text: string): Room {
  const get = (d: SimUsbDevice) => {
    const r = a.resolved.get(d)
    if (!r) throw new Error(`device ${nameOf(d)} is not part of this room`)
    return r
  }
  const all = () => [...a.resolved.values()]
  const side = (rs: Resolved[]): RoomSideFiles => {
    const hidraw: Record<string, HidrawBehaviour> = {}
    const usb: Record<string, UsbBehaviour> = {}
    const chmod: Record<string, number> = {}
    for (const r of rs) {
      const node = `/dev/bus/usb/${pad3(r.spec.busnum)}/${pad3(r.devnum)}`
      if (r.spec.behaviour) usb[node] = r.spec.behaviour
      if (r.spec.nodeMode !== undefined) chmod[node] = r.spec.nodeMode
      for (const h of r.hidraw) hidraw[h.node] = h.behaviour
    }
    return { hidraw, usb, chmod }
  }
  return {
    text,
    ...side(all()),
    get devices() {
      return all().map((r) => r.spec)
    },
    sysPath: (d) => '/sys' + get(d).sysPath,
    name: (d) => get(d).name,
    devnum: (d) => get(d).devnum,
    devNode: (d) => `/dev/bus/usb/${pad3(d.busnum)}/${pad3(get(d).devnum)}`,
    hidrawNodes: (d) => (d ? get(d).hidraw : all().flatMap((r) => r.hidraw)),
    blocksOf: (devices) => devices.map((d) => deviceBlocks(a, d, get(d).sysPath, get(d).name, get(d).devnum)).join('\n')
  }
}

/** Describe a room: root hubs are added for every bus used; hubs must precede their children. */
export function describeRoom(devices: SimUsbDevice[], opts: RoomOptions = {}): Room {
  const a: Alloc = {
    controller: opts.controller ?? '0000:00:14.0',
    rootHubs: new Map(),
    resolved: new Map(),
    byName: new Map(),
    nextDevnum: new Map(),
    nextHidraw: 0,
    nextHidSeq: 1
  }
  for (const [bus, kind] of Object.entries(opts.rootHubs ?? {})) a.rootHubs.set(Number(bus), kind)
  for (const d of devices) {
    if (!a.rootHubs.has(d.busnum) && isSuper(d.speed)) a.rootHubs.set(d.busnum, 'usb3')
  }
  const buses = [...new Set([...devices.map((d) => d.busnum), ...a.rootHubs.keys()])].sort((x, y) => x - y)
  for (const b of buses) if (!a.rootHubs.has(b)) a.rootHubs.set(b, 'usb2')
  const text = [...buses.map((b) => rootHubBlock(a, b)), blocksFor(a, devices)].filter(Boolean).join('\n')
  const room = makeRoom(a, text)
  allocs.set(room, a)
  return room
}

const allocs = new WeakMap<Room, Alloc>()

/** Hotplug: allocate devnums/hidraw indexes for `devices` after everything already in `room`.
 *  Returns the `add` text (only the new blocks) and the room extended with them. */
export function describeAddition(room: Room, devices: SimUsbDevice[]): { text: string; room: Room; side: RoomSideFiles } {
  const a = allocs.get(room)
  if (!a) throw new Error('room was not created by describeRoom')
  for (const d of devices) {
    if (!a.rootHubs.has(d.busnum)) throw new Error(`bus ${d.busnum} has no root hub in this room`)
  }
  const text = blocksFor(a, devices)
  const next = makeRoom(a, room.text + '\n' + text)
  allocs.set(next, a)
  const side: RoomSideFiles = { hidraw: {}, usb: {}, chmod: {} }
  for (const d of devices) {
    const node = next.devNode(d)
    if (d.behaviour) side.usb[node] = d.behaviour
    if (d.nodeMode !== undefined) side.chmod[node] = d.nodeMode
    for (const h of next.hidrawNodes(d)) side.hidraw[h.node] = h.behaviour
  }
  return { text, room: next, side }
}
