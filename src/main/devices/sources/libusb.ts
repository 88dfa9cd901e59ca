// Enumeration through the `usb` package (libusb). On Linux, sysfs then adds speed and strings;
// elsewhere this is the primary source and strings are read with standard GET_DESCRIPTOR
// requests, which need an open handle but no claimed interface and change nothing on the device.
import type { Device as UsbDevice } from 'usb'
import { hex4, topoNameOf, type RawUsbDevice } from '../raw-device'
import { speedFromDeviceDescriptor } from '../speed'
import { impliedSpeed, type ConfigInfo } from '../descriptors'
import { loadUsb } from '../../usb-io/native-modules'
import { GuardedUsb } from '../../usb-io/guarded-io'

export interface LibusbListing {
  devices: RawUsbDevice[]
  /** Handles, keyed by topoName, for optional string reads off Linux. */
  handles: Map<string, UsbDevice>
  error: string | null
}

/** Off Linux the OS does not say; the active configuration's endpoints do (see impliedSpeed). */
function speedFromLibusbConfig(dev: UsbDevice): RawUsbDevice['speed'] {
  try {
    const config = dev.configDescriptor
    if (!config) return null
    const configs: ConfigInfo[] = [
      {
        totalLength: config.wTotalLength,
        numInterfaces: config.bNumInterfaces,
        maxPowerRaw: config.bMaxPower,
        interfaces: config.interfaces.flat().map((alt) => ({
          number: alt.bInterfaceNumber,
          alternate: alt.bAlternateSetting,
          class: alt.bInterfaceClass,
          subclass: alt.bInterfaceSubClass,
          protocol: alt.bInterfaceProtocol,
          endpoints: alt.endpoints.map((e) => ({
            address: e.bEndpointAddress,
            attributes: e.bmAttributes,
            maxPacketSize: e.wMaxPacketSize & 0x7ff,
            superSpeedCompanion: e.extra.length >= 2 && e.extra[1] === 0x30
          }))
        }))
      }
    ]
    return impliedSpeed(configs)
  } catch {
    return null
  }
}

export function listLibusb(): LibusbListing {
  const loaded = loadUsb()
  if (!loaded.ok) return { devices: [], handles: new Map(), error: `USB library unavailable: ${loaded.error}` }
  let list: UsbDevice[]
  try {
    list = loaded.module.getDeviceList()
  } catch (err) {
    return { devices: [], handles: new Map(), error: `USB enumeration failed: ${err instanceof Error ? err.message : String(err)}` }
  }
  const devices: RawUsbDevice[] = []
  const handles = new Map<string, UsbDevice>()
  for (const dev of list) {
    const d = dev.deviceDescriptor
    const ports = Array.isArray(dev.portNumbers) ? [...dev.portNumbers] : []
    const topoName = topoNameOf(dev.busNumber, ports)
    handles.set(topoName, dev)
    // libusb 2.x does not expose the negotiated speed; everything here is read off descriptors.
    const speed = speedFromDeviceDescriptor(d.bcdUSB, d.bMaxPacketSize0) ?? speedFromLibusbConfig(dev)
    devices.push({
      topoName,
      bus: dev.busNumber,
      ports,
      vendorId: hex4(d.idVendor),
      productId: hex4(d.idProduct),
      deviceClass: d.bDeviceClass,
      speed,
      speedSource: speed === null ? null : 'inferred',
      manufacturer: null,
      product: null,
      serial: null,
      devNode: null,
      descriptorBlob: null,
      errors: []
    })
  }
  return { devices, handles, error: null }
}

const STRING_TIMEOUT_MS = 500

/** Off Linux: read the three identity strings through the guarded channel. Fails soft. */
export async function readStringsOverLibusb(dev: UsbDevice): Promise<Pick<RawUsbDevice, 'manufacturer' | 'product' | 'serial'>> {
  const usb = GuardedUsb.open(dev)
  try {
    const d = dev.deviceDescriptor
    const read = async (index: number): Promise<Uint8Array | null> => {
      if (index === 0) return null
      const s = await usb.getString(index, STRING_TIMEOUT_MS)
      return s === null ? null : Buffer.from(s, 'utf8')
    }
    return { manufacturer: await read(d.iManufacturer), product: await read(d.iProduct), serial: await read(d.iSerialNumber) }
  } finally {
    await usb.close()
  }
}
