// `ioreg -l` text (any plane; the app runs `ioreg -p IOUSB -l -w 0`). Every registry entry that
// carries idVendor, idProduct and locationID but no bInterfaceNumber is a USB device, whatever
// its class is called on that macOS version (IOUSBDevice, IOUSBHubDevice, IOUSBHostDevice, …).
import type { UsbSpeed } from '../../../../shared/contract'
import { hex4 } from '../../raw-device'
import { OsOutputError } from '../os/command'
import { MAX_PORTS, type OsUsbDevice } from '../os/os-device'
import { parseLocationId } from './location-id'
import { speedFromMbps } from '../../speed'

const SPEEDS: readonly UsbSpeed[] = ['low', 'full', 'high', 'super', 'super-plus']

/** "Device Speed" counts from 0 = low; the newer "USBSpeed" from 1 = low; "UsbLinkSpeed" is bit/s. */
function speedOf(props: Map<string, string>): UsbSpeed | null {
  const legacy = props.get('Device Speed')
  if (legacy !== undefined && /^\d$/.test(legacy)) return SPEEDS[Number(legacy)] ?? null
  const host = props.get('USBSpeed')
  if (host !== undefined && /^\d$/.test(host)) return SPEEDS[Number(host) - 1] ?? null
  const bps = Number(props.get('UsbLinkSpeed'))
  return Number.isFinite(bps) ? speedFromMbps(bps / 1_000_000) : null
}

const stringProp = (v: string | undefined): string | null => {
  const m = v === undefined ? null : /^"(.*)"$/.exec(v)
  return m ? m[1]! : null
}

interface Entry {
  name: string
  cls: string
  props: Map<string, string>
  /** Its property block was opened but the output ended before it closed. */
  cutShort: boolean
}

export function parseIoreg(text: string): { devices: OsUsbDevice[]; warnings: string[] } {
  const entries: Entry[] = []
  let current: Entry | null = null
  let inBlock = false
  for (const line of text.split(/\r?\n/)) {
    const head = /^[\s|]*\+-o (.+?)\s+<class ([^,>]+)/.exec(line)
    if (head) {
      current = { name: head[1]!, cls: head[2]!, props: new Map(), cutShort: false }
      entries.push(current)
      inBlock = false
      continue
    }
    if (!current) continue
    const body = line.replace(/^[\s|]*/, '')
    if (body === '{') inBlock = current.cutShort = true
    else if (body === '}') inBlock = current.cutShort = false
    else if (inBlock) {
      const prop = /^"([^"]+)" = (.*)$/.exec(body)
      if (prop) current.props.set(prop[1]!, prop[2]!.trim())
    }
  }
  if (entries.length === 0) throw new OsOutputError('ioreg output has no registry entries ("+-o" lines)')
  const devices: OsUsbDevice[] = []
  const warnings: string[] = []
  for (const e of entries) {
    const p = e.props
    if (p.has('bInterfaceNumber') || !p.has('idVendor') || !p.has('idProduct')) {
      if (e.cutShort) warnings.push(`ioreg output ends inside the entry for "${e.name}" before its IDs (cut short?); skipped`)
      continue
    }
    const vid = Number(p.get('idVendor'))
    const pid = Number(p.get('idProduct'))
    if (!Number.isInteger(vid) || !Number.isInteger(pid) || vid < 0 || vid > 0xffff || pid < 0 || pid > 0xffff) {
      warnings.push(`ioreg entry "${e.name}" has unreadable IDs; skipped`)
      continue
    }
    const locText = p.get('locationID')
    let location = locText === undefined ? null : parseLocationId(locText)
    if (locText !== undefined && location === null)
      warnings.push(`ioreg entry "${e.name}" has an unreadable locationID "${locText.slice(0, 40)}"`)
    if (location && location.ports.length > MAX_PORTS) location = null
    if (e.cutShort) warnings.push(`ioreg output ends inside the entry for "${e.name}" (cut short?); what was printed is used`)
    const bcd = Number(p.get('bcdUSB'))
    devices.push({
      osId: `${e.name} (${e.cls})`,
      vendorId: hex4(vid),
      productId: hex4(pid),
      serial: stringProp(p.get('USB Serial Number')) ?? stringProp(p.get('kUSBSerialNumberString')),
      product: stringProp(p.get('USB Product Name')) ?? stringProp(p.get('kUSBProductString')),
      manufacturer: stringProp(p.get('USB Vendor Name')) ?? stringProp(p.get('kUSBVendorString')),
      location,
      speed: speedOf(p),
      superSpeedCapable: null,
      bcdUSB: Number.isInteger(bcd) && bcd > 0 ? bcd : null,
      isHub: p.get('bDeviceClass') === '9',
      drivers: [],
      errors: []
    })
  }
  return { devices, warnings }
}
