// What is plugged in: enumerate (sysfs on Linux, what the OS reports on Windows and macOS,
// libusb where neither works), attach HID interfaces, identify against the catalog, check
// access, group into systems. Firmware is read a layer up (src/main/room), from the parts listed here.
import type { Device as UsbDevice } from 'usb'
import type { Snapshot, SpeedSource, UsbSpeed } from '../../shared/contract'
import { cleanIdentityString } from './identity-string'
import { LOGITECH_VENDOR_ID, READ_CHANNELS, lookup } from './catalog'
import { deviceId, identify, type Identified } from './identify'
import { groupSystems } from './grouping'
import { checkNodeAccess, probeNodeAccess, type NodeAccess } from './permissions'
import type { RawHidInterface, RawUsbDevice } from './raw-device'
import { listLibusb, readStringsOverLibusb, type LibusbListing } from './sources/libusb'
import { listHid } from './sources/hid'
import { enrichHidOwners, listSysfsUsb, sysfsAvailable } from './sources/linux-sysfs'
import { execRunner, type CommandRunner } from './sources/os/command'
import { listWindowsUsb, type OsListing } from './sources/windows/windows-source'
import { listMacUsb } from './sources/macos/macos-source'
import { libusbHandlesFor } from './sources/os/libusb-match'

/** Where the device list comes from. */
export type SourceKind = 'linux-sysfs' | 'libusb' | 'windows' | 'macos'

export function defaultSource(platform: NodeJS.Platform, sysfs: boolean): SourceKind {
  if (platform === 'linux' && sysfs) return 'linux-sysfs'
  if (platform === 'win32') return 'windows'
  if (platform === 'darwin') return 'macos'
  return 'libusb'
}

/** Every USB device on a path to a room part (hubs included), for the topology picture. */
export interface UsbTreeEntry {
  topoName: string
  bus: number
  ports: number[]
  vendorId: string
  productId: string
  name: string
  speed: UsbSpeed | null
  speedSource: SpeedSource | null
  /** The OS says the device can run at SuperSpeed (Windows), whatever it runs at now. */
  superSpeedCapable: boolean | null
  isHub: boolean
  /** bcdUSB from the device's own descriptor (what it says it can do), when known. */
  bcdUSB: number | null
  /** Room device id when this entry is a listed device. */
  deviceId: string | null
}

export interface DiscoveryResult {
  snapshot: Snapshot
  tree: UsbTreeEntry[]
  /** Problems with the enumeration itself (a library failed to load, …), not with one device. */
  warnings: string[]
  /** Which source listed the devices (health picks the OS's own fixes by it). */
  source?: SourceKind
  /** Linux: whether this user can open the device nodes (set by findParts; see deviceAccess). */
  access?: NodeAccess
}

export interface FindPartsOptions {
  /** Force the non-Linux path (tests). */
  useSysfs?: boolean
  /** Force a source (tests feed the Windows and macOS sources recorded output through `commands`). */
  source?: SourceKind
  /** Runs the OS's listing commands (default: the real programs, time-bounded). */
  commands?: CommandRunner
  /** Load the native USB/HID libraries (default true; off in tests of the OS sources on Linux). */
  nativeLibraries?: boolean
}

/** What the OS itself reports (Windows, macOS); when its commands all fail, libusb stands in,
 *  with speeds only inferred, and the warning says why. */
async function osDevices(
  source: 'windows' | 'macos',
  commands: CommandRunner,
  warnings: string[],
  libusb: LibusbListing
): Promise<RawUsbDevice[] | null> {
  let listing: OsListing
  try {
    listing = await (source === 'windows' ? listWindowsUsb(commands) : listMacUsb(commands))
  } catch (err) {
    warnings.push(
      `The system's USB listing failed (${err instanceof Error ? err.message : String(err)}); devices are listed through the USB library instead, with link speeds only inferred.`
    )
    return null
  }
  warnings.push(...listing.warnings)
  if (libusb.error) warnings.push(`${libusb.error} (firmware reads that need it are skipped)`)
  return listing.devices
}

/** Linux: sysfs is complete (it also lists devices whose descriptors libusb rejected). */
async function rawDevices(useSysfs: boolean, warnings: string[], libusb: LibusbListing): Promise<RawUsbDevice[]> {
  if (libusb.error) warnings.push(libusb.error)
  if (useSysfs) {
    const fromSysfs = await listSysfsUsb()
    const seen = new Set(libusb.devices.map((d) => d.topoName))
    for (const d of fromSysfs) {
      if (!seen.has(d.topoName) && !libusb.error && !d.errors.some((e) => e.code === 'descriptor')) {
        d.errors.push({ code: 'descriptor', message: 'The USB library could not read this device; its descriptors may be malformed.' })
      }
    }
    return fromSysfs
  }
  await Promise.all(
    libusb.devices.map(async (d) => {
      const handle = libusb.handles.get(d.topoName)
      // Only our vendor's devices and catalog companions are opened, never unrelated ones.
      if (!handle || !(d.vendorId === LOGITECH_VENDOR_ID || lookup(d.vendorId, d.productId))) return
      try {
        Object.assign(d, await readStringsOverLibusb(handle))
      } catch (err) {
        d.errors.push({
          code: 'read',
          message: `Could not read the device's name and serial number (${err instanceof Error ? err.message : String(err)}).`
        })
      }
    })
  )
  return libusb.devices
}

/** Only the nodes a catalog read channel will open: usbfs for control/bulk channels, hidraw for
 *  HID channels. Detection itself needs neither (sysfs), and unknown devices are never opened. */
function nodesToRead(item: Identified | undefined, raw: RawUsbDevice | undefined): string[] {
  const opens = new Set(item?.match?.part.readChannels.map((id) => READ_CHANNELS[id].opens) ?? [])
  const nodes: string[] = []
  if (raw?.devNode && opens.has('usb')) nodes.push(raw.devNode)
  if (opens.has('hid')) nodes.push(...(item?.hid.map((h) => h.path) ?? []))
  return nodes
}

/** HID interfaces of one USB device: by topology where the OS says (Linux); otherwise by
 *  VID:PID, and when two devices share that VID:PID (two rooms) only by matching serial. */
function hidFor(raw: RawUsbDevice, raws: readonly RawUsbDevice[], hids: readonly RawHidInterface[]): RawHidInterface[] {
  const twins = raws.filter((r) => r.vendorId === raw.vendorId && r.productId === raw.productId).length
  const serial = cleanIdentityString(raw.serial).value
  return hids.filter((h) => {
    if (h.topoName !== null) return h.topoName === raw.topoName
    if (h.vendorId !== raw.vendorId || h.productId !== raw.productId) return false
    return twins === 1 || (serial !== null && h.serial === serial)
  })
}

/** What a firmware read of one listed part needs: its identification, its raw record and, where
 *  libusb lists it, its handle. */
export interface ListedPart {
  item: Identified
  raw: RawUsbDevice
  libusb: UsbDevice | undefined
}

/** The parts found, plus what reading each one needs, keyed by device id (never serialised). */
export interface FoundParts extends DiscoveryResult {
  parts: Map<string, ListedPart>
}

export async function findParts(options: FindPartsOptions = {}): Promise<FoundParts> {
  const warnings: string[] = []
  const native = options.nativeLibraries !== false
  let source: SourceKind =
    options.source ??
    (options.useSysfs !== undefined
      ? options.useSysfs
        ? 'linux-sysfs'
        : 'libusb'
      : defaultSource(process.platform, process.platform === 'linux' && (await sysfsAvailable())))
  const useSysfs = source === 'linux-sysfs'
  const libusb: LibusbListing = native ? listLibusb() : { devices: [], handles: new Map(), error: null }
  const fromOs = async (): Promise<RawUsbDevice[]> => {
    if (source === 'windows' || source === 'macos') {
      const listed = await osDevices(source, options.commands ?? execRunner, warnings, libusb)
      if (listed) return listed
      source = 'libusb'
    }
    return rawDevices(useSysfs, warnings, libusb)
  }
  const [raws, hid] = await Promise.all([fromOs(), native ? listHid() : Promise.resolve({ interfaces: [], error: null })])
  if (hid.error) warnings.push(hid.error)
  if (useSysfs) await enrichHidOwners(hid.interfaces)
  // Firmware reads over libusb need its handle for each OS-listed device.
  const handles: Map<string, UsbDevice> =
    source === 'windows' || source === 'macos' ? libusbHandlesFor(raws, libusb.devices, libusb.handles) : libusb.handles

  const identified: Identified[] = []
  for (const raw of raws) {
    const item = identify(raw, hidFor(raw, raws, hid.interfaces))
    if (item) identified.push(item)
  }
  const grouped = groupSystems(identified)
  const byId = new Map(identified.map((i) => [i.device.id, i]))
  const rawById = new Map(raws.map((r) => [deviceId(r), r]))
  if (process.platform === 'linux') {
    await Promise.all(
      grouped.devices.map(async (device) => {
        const item = byId.get(device.id)
        const denied = await checkNodeAccess(nodesToRead(item, rawById.get(device.id)))
        if (denied) device.errors.push(denied)
      })
    )
  }
  const snapshot: Snapshot = { devices: grouped.devices, systems: grouped.systems }
  const access =
    process.platform === 'linux'
      ? await deviceAccess(
          snapshot,
          grouped.devices.flatMap((d) => nodesToRead(byId.get(d.id), rawById.get(d.id))),
          raws,
          hid.interfaces
        )
      : undefined
  const tree = usbTree(raws, snapshot)
  const parts = new Map<string, ListedPart>()
  for (const device of grouped.devices) {
    const item = byId.get(device.id)
    const raw = rawById.get(device.id)
    if (item && raw) parts.set(device.id, { item, raw, libusb: handles.get(raw.topoName) })
  }
  return { snapshot, tree, warnings, source, parts, ...(access ? { access } : {}) }
}

/** At most this many other nodes are tried when no room part has one (a machine has a few dozen). */
const PROBED_NODES = 64

/** Linux: can this user open the device nodes? A part refused (its `permission` error) settles it;
 *  so do the nodes the listed parts would be read through. With no room part to try (nothing
 *  plugged in), the machine's other USB and hidraw nodes stand in: a Logitech device plugged in
 *  next gets the same treatment unless a rule says otherwise. */
async function deviceAccess(
  snapshot: Snapshot,
  partNodes: readonly string[],
  raws: readonly RawUsbDevice[],
  hids: readonly RawHidInterface[]
): Promise<NodeAccess> {
  if (snapshot.devices.some((d) => d.errors.some((e) => e.code === 'permission'))) return 'denied'
  const parts = await probeNodeAccess(partNodes)
  if (parts !== 'unknown') return parts
  const others = [...raws.map((r) => r.devNode), ...hids.map((h) => h.path)].filter((n): n is string => !!n?.startsWith('/dev/'))
  return probeNodeAccess([...new Set(others)].slice(0, PROBED_NODES))
}

/** Keeps the root hubs, hubs and devices that lead to a listed device; drops unrelated branches. */
function usbTree(raws: readonly RawUsbDevice[], snapshot: Snapshot): UsbTreeEntry[] {
  const listed = new Set(snapshot.devices.map((d) => d.id))
  const keep = new Set<string>()
  const hubPaths = new Set<string>()
  for (const r of raws) {
    if (!listed.has(deviceId(r))) continue
    for (let i = 0; i <= r.ports.length; i++) keep.add(i === 0 ? `usb${r.bus}` : `${r.bus}-${r.ports.slice(0, i).join('.')}`)
    for (let i = 1; i < r.ports.length; i++) hubPaths.add(r.ports.slice(0, i).join('.'))
  }
  // A USB 3 hub is two hubs, one per bus of the controller, at the same port path: keep the
  // other half too, so a check can tell a USB 3 hub's USB 2 side from a real USB 2 hub.
  const isTwin = (r: RawUsbDevice): boolean => r.ports.length > 0 && r.deviceClass === 9 && hubPaths.has(r.ports.join('.'))
  return raws
    .filter((r) => r.os?.located !== false && (keep.has(r.topoName) || isTwin(r)))
    .map((r) => {
      const id = deviceId(r)
      const device = snapshot.devices.find((d) => d.id === id)
      const isHub = r.deviceClass === 9 || r.ports.length === 0
      const product = cleanIdentityString(r.product).value
      return {
        topoName: r.topoName,
        bus: r.bus,
        ports: r.ports,
        vendorId: r.vendorId,
        productId: r.productId,
        name:
          device?.name ?? (r.ports.length === 0 ? `USB bus ${r.bus}` : (product ?? (isHub ? 'USB hub' : `${r.vendorId}:${r.productId}`))),
        speed: r.speed,
        speedSource: r.speedSource,
        superSpeedCapable: r.os?.superSpeedCapable ?? null,
        isHub,
        deviceId: device ? id : null,
        bcdUSB:
          r.descriptorBlob && r.descriptorBlob.length >= 4 && r.descriptorBlob[1] === 1
            ? r.descriptorBlob[2]! | (r.descriptorBlob[3]! << 8)
            : (r.os?.bcdUSB ?? null)
      }
    })
}
