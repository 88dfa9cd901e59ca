// One snapshot of the room: enumerate (libusb + sysfs on Linux, libusb elsewhere), attach HID
// interfaces, identify against the catalog, check access, group into systems.
import type { Snapshot } from '../../shared/contract'
import { LOGITECH_VENDOR_ID, lookup } from './catalog'
import { identify, type Identified } from './identify'
import { groupSystems } from './grouping'
import { checkNodeAccess } from './permissions'
import type { RawHidInterface, RawUsbDevice } from './raw-device'
import { listLibusb, readStringsOverLibusb } from './sources/libusb'
import { listHid } from './sources/hid'
import { enrichHidOwners, listSysfsUsb, sysfsAvailable } from './sources/linux-sysfs'

export interface DiscoveryResult {
  snapshot: Snapshot
  /** Problems with the enumeration itself (a library failed to load, …), not with one device. */
  warnings: string[]
}

export interface DiscoverOptions {
  /** Force the non-Linux path (tests). */
  useSysfs?: boolean
}

/** Linux: sysfs is complete (it also lists devices whose descriptors libusb rejected). */
async function rawDevices(useSysfs: boolean, warnings: string[]): Promise<RawUsbDevice[]> {
  const libusb = listLibusb()
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
        d.errors.push({ code: 'read', message: `Could not read the device's name and serial number (${err instanceof Error ? err.message : String(err)}).` })
      }
    })
  )
  return libusb.devices
}

function hidFor(raw: RawUsbDevice, hids: readonly RawHidInterface[]): RawHidInterface[] {
  return hids.filter((h) =>
    h.topoName !== null
      ? h.topoName === raw.topoName
      : h.vendorId === raw.vendorId && h.productId === raw.productId
  )
}

export async function discover(options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const warnings: string[] = []
  const useSysfs = options.useSysfs ?? (process.platform === 'linux' && (await sysfsAvailable()))
  const [raws, hid] = await Promise.all([rawDevices(useSysfs, warnings), listHid()])
  if (hid.error) warnings.push(hid.error)
  if (useSysfs) await enrichHidOwners(hid.interfaces)

  const identified: Identified[] = []
  for (const raw of raws) {
    const item = identify(raw, hidFor(raw, hid.interfaces))
    if (item) identified.push(item)
  }
  const grouped = groupSystems(identified)
  const byId = new Map(identified.map((i) => [i.device.id, i]))
  if (process.platform === 'linux') {
    await Promise.all(
      grouped.devices.map(async (device) => {
        const item = byId.get(device.id)
        const raw = raws.find((r) => `usb:${r.topoName}` === device.id)
        const nodes = [raw?.devNode, ...(item?.hid.map((h) => h.path) ?? [])].filter((n): n is string => !!n)
        const denied = await checkNodeAccess(nodes)
        if (denied) device.errors.push(denied)
      })
    )
  }
  return { snapshot: { devices: grouped.devices, systems: grouped.systems }, warnings }
}
