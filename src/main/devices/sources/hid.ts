import { hex4, type RawHidInterface } from '../raw-device'
import { loadHid } from '../../usb-io/native-modules'

export interface HidListing {
  interfaces: RawHidInterface[]
  error: string | null
}

export async function listHid(): Promise<HidListing> {
  const loaded = loadHid()
  if (!loaded.ok) return { interfaces: [], error: `HID library unavailable: ${loaded.error}` }
  try {
    const infos = await loaded.module.devicesAsync()
    return {
      interfaces: infos
        .filter((i) => typeof i.path === 'string' && i.path.length > 0)
        .map((i) => ({
          path: i.path!,
          vendorId: hex4(i.vendorId),
          productId: hex4(i.productId),
          serial: i.serialNumber && i.serialNumber.length > 0 ? i.serialNumber : null,
          topoName: null,
          interfaceNumber: typeof i.interface === 'number' && i.interface >= 0 ? i.interface : null,
          usagePage: typeof i.usagePage === 'number' ? i.usagePage : null
        })),
      error: null
    }
  } catch (err) {
    return { interfaces: [], error: `HID enumeration failed: ${err instanceof Error ? err.message : String(err)}` }
  }
}
