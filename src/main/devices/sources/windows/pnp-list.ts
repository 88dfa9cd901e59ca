// Win32_PnPEntity records in "Key=Value" list form, one blank line between records: what
// `wmic path Win32_PnPEntity get /format:list` prints (it XML-escapes "&" as "&amp;") and what the
// app's fallback query prints (plus LocationPaths, from the PnP property of that name). Gives
// identity, drivers and Device Manager problems; no link speed.
import { OsOutputError } from '../os/command'
import type { OsUsbDevice } from '../os/os-device'
import { driverError } from './driver-errors'
import { isRootHubId, parseInstanceId } from './instance-id'
import { busNumbers, firstUsbLocation } from './location-path'

const unescape = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[n]!)

function records(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = []
  let current = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) out.push(current)
      current = new Map()
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) continue
    current.set(line.slice(0, eq).trim(), unescape(line.slice(eq + 1).trim()))
  }
  if (current.size > 0) out.push(current)
  return out
}

export function parsePnpList(text: string): { devices: OsUsbDevice[]; warnings: string[] } {
  const all = records(text)
  if (!all.some((r) => r.has('DeviceID') || r.has('PNPDeviceID'))) throw new OsOutputError('no DeviceID= lines in the Windows device list')
  const warnings: string[] = []
  const usb = all.map((r) => ({ r, id: r.get('PNPDeviceID') ?? r.get('DeviceID') ?? '' })).filter(({ id }) => /^USB\\/i.test(id))
  const paths = (r: Map<string, string>): string[] => (r.get('LocationPaths') ?? '').split(',').filter(Boolean)
  const controllers = usb.flatMap(({ r, id }) => {
    if (isRootHubId(id))
      return paths(r)
        .map((p) => /^(.*#USBROOT\(\d+\))$/.exec(p)?.[1])
        .filter((c): c is string => !!c)
    const loc = firstUsbLocation(paths(r))
    return loc ? [loc.controller] : []
  })
  const bus = busNumbers(controllers)
  const devices: OsUsbDevice[] = []
  const interfaces: { vendorId: string; productId: string; number: number; service: string | null; problem: number }[] = []
  for (const { r, id } of usb) {
    if (isRootHubId(id)) continue
    const parsed = parseInstanceId(id)
    if (!parsed) {
      warnings.push(`the Windows device list has an unreadable USB device id "${id.slice(0, 80)}"; skipped`)
      continue
    }
    const problem = Number(r.get('ConfigManagerErrorCode') ?? '0') || 0
    const service = r.get('Service') || null
    if (parsed.interfaceNumber !== null) {
      interfaces.push({ vendorId: parsed.vendorId, productId: parsed.productId, number: parsed.interfaceNumber, service, problem })
      continue
    }
    const loc = firstUsbLocation(paths(r))
    devices.push({
      osId: id,
      vendorId: parsed.vendorId,
      productId: parsed.productId,
      serial: parsed.serial,
      // Name/Caption is the driver's (localised) description, not what the device calls itself.
      product: r.get('BusReportedDeviceDesc') || null,
      manufacturer: null,
      location: loc ? { bus: bus.get(loc.controller)!, ports: loc.ports } : null,
      speed: null,
      superSpeedCapable: null,
      bcdUSB: null,
      isHub: /^usbhub/i.test(service ?? ''),
      drivers: service ? [service] : [],
      errors: problem ? [driverError(problem, null, service)] : []
    })
  }
  // Interface nodes have generated ids that do not name their device: they are matched by
  // VID:PID, and only when exactly one device has it (two identical devices stay unmatched).
  for (const i of interfaces) {
    const owners = devices.filter((d) => d.vendorId === i.vendorId && d.productId === i.productId)
    if (owners.length !== 1) continue
    if (i.service && !owners[0]!.drivers.includes(i.service)) owners[0]!.drivers.push(i.service)
    if (i.problem) owners[0]!.errors.push(driverError(i.problem, i.number, i.service))
  }
  return { devices, warnings }
}
