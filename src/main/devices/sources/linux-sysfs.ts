// Linux: the kernel already read every device's descriptors and strings at enumeration and
// caches them in sysfs, so identity comes from there without opening or claiming anything.
// Uses fs.opendir/readFile only: they are what works for every caller, including test sandboxes
// that redirect /sys through an LD_PRELOAD shim (readdir/stat are not redirected there).
import { promises as fs, readFileSync } from 'node:fs'
import type { DeviceError } from '../../../shared/contract'
import { hex4, parseTopoName, type RawHidInterface, type RawUsbDevice } from '../raw-device'
import { speedFromSysfs } from '../speed'
import { impliedSpeed, parseDescriptorBlob } from '../descriptors'

export const SYSFS_USB = '/sys/bus/usb/devices'
const SYSFS_HIDRAW = '/sys/class/hidraw'

// sysfs attributes are tiny and served from kernel memory: a synchronous read costs
// microseconds, while a trip through libuv's thread pool costs more than the read itself
// (a dozen parts means well over a hundred attribute reads per scan).
async function readAttrFile(dir: string, name: string): Promise<Buffer | null> {
  try {
    return readFileSync(`${dir}/${name}`)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

const text = (b: Buffer | null): string | null => (b === null ? null : b.toString('latin1').trim())

async function listDir(path: string): Promise<string[]> {
  const names: string[] = []
  let dir
  try {
    dir = await fs.opendir(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return names
    throw err
  }
  for await (const entry of dir) names.push(entry.name)
  return names
}

export async function sysfsAvailable(): Promise<boolean> {
  try {
    await (await fs.opendir(SYSFS_USB)).close()
    return true
  } catch {
    return false
  }
}

export type AttrReader = (dir: string, name: string) => Promise<Buffer | null>

const DISCONNECTED: DeviceError = { code: 'disconnected', message: 'The device disconnected while it was being read.' }

/** Reads one device directory. Returns null when it is not a USB device or vanished before its IDs were read. */
export async function readSysfsDevice(name: string, root = SYSFS_USB, readAttr: AttrReader = readAttrFile): Promise<RawUsbDevice | null> {
  const topo = parseTopoName(name)
  if (!topo) return null // interfaces ("1-2:1.0") and anything else
  const dir = `${root}/${name}`
  const idVendor = text(await readAttr(dir, 'idVendor').catch(() => null))
  const idProduct = text(await readAttr(dir, 'idProduct').catch(() => null))
  if (!idVendor || !idProduct || !/^[0-9a-fA-F]{4}$/.test(idVendor) || !/^[0-9a-fA-F]{4}$/.test(idProduct)) return null
  const errors: DeviceError[] = []
  const device: RawUsbDevice = {
    topoName: name,
    bus: topo.bus,
    ports: topo.ports,
    vendorId: idVendor.toLowerCase(),
    productId: idProduct.toLowerCase(),
    deviceClass: null,
    speed: null,
    speedSource: null,
    manufacturer: null,
    product: null,
    serial: null,
    devNode: null,
    descriptorBlob: null,
    errors
  }
  try {
    const [speed, cls, manufacturer, product, serial, busnum, devnum, descriptors] = await Promise.all(
      ['speed', 'bDeviceClass', 'manufacturer', 'product', 'serial', 'busnum', 'devnum', 'descriptors'].map((a) => readAttr(dir, a))
    )
    device.speed = speed ? speedFromSysfs(speed.toString('latin1')) : null
    if (device.speed !== null) device.speedSource = 'os'
    const classText = text(cls ?? null)
    device.deviceClass = classText && /^[0-9a-f]{2}$/i.test(classText) ? parseInt(classText, 16) : null
    device.manufacturer = manufacturer ?? null
    device.product = product ?? null
    device.serial = serial ?? null
    const b = Number(text(busnum ?? null))
    const d = Number(text(devnum ?? null))
    if (Number.isInteger(b) && Number.isInteger(d) && b > 0 && d > 0) {
      device.devNode = `/dev/bus/usb/${String(b).padStart(3, '0')}/${String(d).padStart(3, '0')}`
    }
    if (descriptors === null || descriptors === undefined) {
      // Missing descriptors either mean a broken device or one that left while we read it:
      // if its IDs are gone too, it left.
      const stillThere = await readAttr(dir, 'idVendor').catch(() => null)
      errors.push(stillThere ? { code: 'descriptor', message: 'The device did not provide USB descriptors.' } : DISCONNECTED)
    } else {
      device.descriptorBlob = descriptors
      const parsed = parseDescriptorBlob(descriptors)
      if (device.speed === null) {
        device.speed = impliedSpeed(parsed.configs)
        device.speedSource = device.speed === null ? null : 'inferred'
      }
      if (parsed.problems.length > 0) {
        errors.push({ code: 'descriptor', message: `The device's USB descriptors are malformed: ${parsed.problems.join('; ')}.` })
      } else if (
        parsed.device &&
        (hex4(parsed.device.idVendor) !== device.vendorId || hex4(parsed.device.idProduct) !== device.productId)
      ) {
        errors.push({ code: 'descriptor', message: 'The descriptors disagree with the IDs the system reported.' })
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    errors.push(
      code === 'ENODEV' || code === 'ENOENT'
        ? DISCONNECTED
        : { code: 'read', message: `Could not read the device's details (${code ?? String(err)}).` }
    )
  }
  return device
}

export async function listSysfsUsb(root = SYSFS_USB): Promise<RawUsbDevice[]> {
  const names = await listDir(root)
  const devices = await Promise.all(names.map((n) => readSysfsDevice(n, root)))
  return devices.filter((d): d is RawUsbDevice => d !== null)
}

/** Maps /dev/hidrawN to the USB device that owns it, by resolving its sysfs device link. */
export async function hidrawOwner(hidrawPath: string): Promise<{ topoName: string; interfaceNumber: number } | null> {
  const node = /\/(hidraw\d+)$/.exec(hidrawPath)?.[1]
  if (!node) return null
  try {
    const real = await fs.realpath(`${SYSFS_HIDRAW}/${node}/device`)
    // …/1-2.1/1-2.1:1.3/0003:046D:0867.0004 → usb device "1-2.1", interface 3
    const m = /\/(\d+-[\d.]+):\d+\.(\d+)\//.exec(real + '/')
    return m ? { topoName: m[1]!, interfaceNumber: Number(m[2]) } : null
  } catch {
    return null
  }
}

export async function enrichHidOwners(hids: RawHidInterface[]): Promise<void> {
  await Promise.all(
    hids.map(async (h) => {
      if (h.topoName) return
      const owner = await hidrawOwner(h.path)
      if (owner) {
        h.topoName = owner.topoName
        h.interfaceNumber ??= owner.interfaceNumber
      }
    })
  )
}
