// `system_profiler SPUSBDataType` in its two schemas: the classic one (macOS up to 15: vendor_id,
// device_speed, location_id, serial_num) and macOS 26's SPUSBHostDataType (USBDeviceKey…, link
// speed in Mb/s or Gb/s, "Not Provided" for no serial). Both arrive as JSON (-json) or as an XML
// property list (-xml); either way the same tree of `_items` is walked here.
import type { UsbSpeed } from '../../../../shared/contract'
import { OsOutputError } from '../os/command'
import { MAX_PORTS, type OsUsbDevice } from '../os/os-device'
import { parseLocationId } from './location-id'
import { speedFromMbps } from '../../speed'
import { parsePlistXml, type PlistValue } from './plist-xml'

type Item = { [key: string]: PlistValue }

const isItem = (v: PlistValue | undefined): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: PlistValue | undefined): string | null => (typeof v === 'string' ? v : null)

const CLASSIC_SPEED: Record<string, UsbSpeed> = {
  low_speed: 'low',
  full_speed: 'full',
  high_speed: 'high',
  super_speed: 'super',
  super_speed_plus: 'super-plus'
}

/** "12 Mb/s", "480 Mb/s", "5 Gb/s", "10 Gb/s" (macOS 26). */
export function speedFromLinkRate(text: string): UsbSpeed | null {
  const m = /^\s*([\d.]+)\s*([MG])b\/s\s*$/i.exec(text)
  if (!m) return null
  return speedFromMbps(Number(m[1]) * (m[2]!.toUpperCase() === 'G' ? 1000 : 1))
}

/** "0x05c6  (Qualcomm, Inc)" → "05c6"; Apple's own devices say "apple_vendor_id". */
function hexId(v: string | null): string | null {
  if (v === null) return null
  if (v.trim() === 'apple_vendor_id') return '05ac'
  const m = /^\s*0x([0-9a-f]{1,4})\b/i.exec(v)
  return m ? m[1]!.toLowerCase().padStart(4, '0') : null
}

function device(item: Item, warnings: string[]): OsUsbDevice | null {
  const host = 'USBDeviceKeyVendorID' in item || 'USBDeviceKeyProductID' in item
  const vid = hexId(str(item[host ? 'USBDeviceKeyVendorID' : 'vendor_id']))
  const pid = hexId(str(item[host ? 'USBDeviceKeyProductID' : 'product_id']))
  const name = str(item._name)?.trim() || null
  if (vid === null || pid === null) {
    // Buses have no IDs; a device without readable ones is reported, not guessed.
    if ('vendor_id' in item || 'product_id' in item || host)
      warnings.push(`system_profiler entry "${name ?? '?'}" has no readable vendor/product ID; skipped`)
    return null
  }
  const locText = str(item[host ? 'USBKeyLocationID' : 'location_id'])
  let location = locText === null ? null : parseLocationId(locText)
  if (locText !== null && location === null)
    warnings.push(`system_profiler entry "${name ?? `${vid}:${pid}`}" has an unreadable location "${locText.slice(0, 40)}"`)
  if (location && location.ports.length > MAX_PORTS) location = null
  const serialText = str(item[host ? 'USBDeviceKeySerialNumber' : 'serial_num'])
  const speedText = str(item[host ? 'USBDeviceKeyLinkSpeed' : 'device_speed'])
  const children = Array.isArray(item._items) ? item._items : []
  return {
    osId: `${name ?? 'USB device'} @ ${locText ?? 'unknown location'}`,
    vendorId: vid,
    productId: pid,
    serial: serialText === null || (host && serialText === 'Not Provided') ? null : serialText,
    product: name,
    manufacturer: str(item[host ? 'USBDeviceKeyVendorName' : 'manufacturer'])?.trim() || null,
    location,
    speed: speedText === null ? null : host ? speedFromLinkRate(speedText) : (CLASSIC_SPEED[speedText.trim()] ?? null),
    superSpeedCapable: null,
    bcdUSB: null, // bcd_device / USBDeviceKeyProductVersion are the device's release, not bcdUSB
    isHub: children.length > 0 || /\bhub\b/i.test(name ?? ''),
    drivers: [],
    errors: []
  }
}

/** The data type's bus list, from `-json` ({"SPUSBDataType": […]}) or `-xml` ([{_dataType, _items}]). */
function busList(root: PlistValue): PlistValue[] {
  if (isItem(root)) {
    const list = root.SPUSBDataType ?? root.SPUSBHostDataType
    if (Array.isArray(list)) return list
  }
  if (Array.isArray(root)) {
    const section = root.find((s) => isItem(s) && (s._dataType === 'SPUSBDataType' || s._dataType === 'SPUSBHostDataType'))
    if (isItem(section) && Array.isArray(section._items)) return section._items
  }
  throw new OsOutputError('system_profiler output has no SPUSBDataType or SPUSBHostDataType section')
}

export function parseSystemProfiler(root: PlistValue): { devices: OsUsbDevice[]; warnings: string[] } {
  const devices: OsUsbDevice[] = []
  const warnings: string[] = []
  const walk = (items: PlistValue[], depth: number): void => {
    if (depth > 16) throw new OsOutputError('system_profiler output nests deeper than any USB tree can')
    for (const item of items) {
      if (!isItem(item)) continue
      const d = device(item, warnings)
      if (d) devices.push(d)
      if (Array.isArray(item._items)) walk(item._items, depth + 1)
    }
  }
  walk(busList(root), 0)
  return { devices, warnings }
}

export function parseSystemProfilerJson(text: string): { devices: OsUsbDevice[]; warnings: string[] } {
  let root: PlistValue
  try {
    root = JSON.parse(text) as PlistValue
  } catch (err) {
    throw new OsOutputError(`system_profiler -json output is not complete JSON (${err instanceof Error ? err.message : String(err)})`)
  }
  return parseSystemProfiler(root)
}

export function parseSystemProfilerXml(text: string): { devices: OsUsbDevice[]; warnings: string[] } {
  return parseSystemProfiler(parsePlistXml(text))
}
