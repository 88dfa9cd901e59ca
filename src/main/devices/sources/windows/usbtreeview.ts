// The USB device report in UsbTreeView's text layout: "Key   : Value" lines per device, with
// the hub's connection information (negotiated speed, and in V2 the SuperSpeed flags) and the
// device's children (its interfaces, with their drivers and problems). The app's own Windows
// helper prints the same keys (see windows-script.ts), so this one parser reads both the real
// reports and the live output. bcdUSB is kept as what the device claims, never as its speed.
import type { UsbSpeed } from '../../../../shared/contract'
import { OsOutputError } from '../os/command'
import type { OsUsbDevice } from '../os/os-device'
import { driverError, parseProblemCode } from './driver-errors'
import { isRootHubId, parseInstanceId } from './instance-id'
import { busNumbers, firstUsbLocation, type WindowsLocation } from './location-path'

const DEVICE_HEADER = /^\s*=+ USB Device =+\s*$/
const SPEEDS: readonly UsbSpeed[] = ['low', 'full', 'high', 'super']

interface Child {
  name: string
  props: Map<string, string>
}

interface Block {
  props: Map<string, string>
  /** " Language 0x0409 : "…"" lines, by the string index key they follow (iProduct, iSerialNumber, …). */
  strings: Map<string, string>
  children: Child[]
}

function readBlock(lines: readonly string[]): Block {
  const block: Block = { props: new Map(), strings: new Map(), children: [] }
  let child: Child | null = null
  let lastIndexKey: string | null = null
  for (const line of lines) {
    const m = /^( *)([^:]*?[^\s:])\s*:\s?(.*)$/.exec(line)
    if (!m) continue
    const indent = m[1]!.length
    const key = m[2]!
    const value = m[3]!.trim()
    const childHead = /^Child Device \d+$/.exec(key)
    if (indent === 1 && childHead) {
      child = { name: value, props: new Map() }
      block.children.push(child)
      continue
    }
    if (indent === 2 && child) {
      if (!child.props.has(key)) child.props.set(key, value)
      continue
    }
    if (indent > 2) continue // grandchildren (audio endpoints, HID collections) and hex dumps
    if (indent === 0) child = null
    if (indent === 0 && /^i(Manufacturer|Product|SerialNumber)$/.test(key)) lastIndexKey = key
    else if (indent === 1 && key.startsWith('Language ') && lastIndexKey) {
      const s = /^"(.*)"$/.exec(value)
      if (s && !block.strings.has(lastIndexKey)) block.strings.set(lastIndexKey, s[1]!)
      continue
    } else if (indent === 0) lastIndexKey = null
    if (!block.props.has(key)) block.props.set(key, value)
  }
  return block
}

const flag = (v: string | undefined): boolean | null => (v === undefined ? null : /^1\b/.test(v) ? true : /^0\b/.test(v) ? false : null)

/** "0x02 (High-Speed)" → high; the V2 flags say SuperSpeed, which the old field cannot. */
function speedOf(p: Map<string, string>): UsbSpeed | null {
  if (flag(p.get('DevIsOpAtSsPlusOrHigher')) === true) return 'super-plus'
  if (flag(p.get('DevIsOpAtSsOrHigher')) === true) return 'super'
  const m = /^0x([0-9a-f]{1,2})\b/i.exec(p.get('Device Bus Speed') ?? '')
  const speed = m ? (SPEEDS[parseInt(m[1]!, 16)] ?? null) : null
  // With V2 present and saying "not at SuperSpeed", an old-style 0x03 is not believed.
  return speed === 'super' && flag(p.get('DevIsOpAtSsOrHigher')) === false ? null : speed
}

function splitBlocks(text: string): string[][] {
  const blocks: string[][] = []
  let current: string[] | null = null
  for (const line of text.split(/\r?\n/)) {
    if (DEVICE_HEADER.test(line)) blocks.push((current = []))
    else current?.push(line)
  }
  return blocks
}

export function parseUsbTreeView(text: string): { devices: OsUsbDevice[]; warnings: string[] } {
  const blocks = splitBlocks(text).map(readBlock)
  if (blocks.length === 0) throw new OsOutputError('no "USB Device" section in the Windows USB report')
  const warnings: string[] = []
  const located: { block: Block; id: string; loc: WindowsLocation | null }[] = []
  const controllers: string[] = []
  for (const block of blocks) {
    const id = block.props.get('Device ID')
    if (id === undefined) {
      warnings.push('a device section of the Windows USB report has no Device ID (cut short?); skipped')
      continue
    }
    const loc = firstUsbLocation((block.props.get('Location IDs') ?? '').split(/,\s*/))
    if (isRootHubId(id)) {
      const root = /^(.*#USBROOT\(\d+\))/.exec(block.props.get('Location IDs') ?? '')
      if (root) controllers.push(root[1]!)
      continue
    }
    if (loc) controllers.push(loc.controller)
    located.push({ block, id, loc })
  }
  const bus = busNumbers(controllers)
  const devices: OsUsbDevice[] = []
  for (const { block, id, loc } of located) {
    const p = block.props
    const parsed = parseInstanceId(id)
    if (!parsed || parsed.interfaceNumber !== null) {
      warnings.push(`the Windows USB report names a device "${id.slice(0, 80)}" that is not a USB device instance id; skipped`)
      continue
    }
    const errors = []
    const ownProblem = parseProblemCode(p.get('Problem Code'))
    if (ownProblem) errors.push(driverError(ownProblem, null, p.get('Service') ?? null))
    const drivers = [p.get('Service')].filter((s): s is string => !!s)
    for (const c of block.children) {
      const cid = parseInstanceId(c.props.get('Device ID') ?? '')
      const service = c.props.get('Service') ?? null
      if (service && !drivers.includes(service)) drivers.push(service)
      const problem = parseProblemCode(c.props.get('Problem'))
      if (problem) errors.push(driverError(problem, cid?.interfaceNumber ?? null, service))
    }
    const bcd = /^0x([0-9a-f]{1,4})\b/i.exec(p.get('bcdUSB') ?? '')
    devices.push({
      osId: id,
      vendorId: parsed.vendorId,
      productId: parsed.productId,
      serial: parsed.serial,
      product: block.strings.get('iProduct') ?? (p.get('Bus Reported Description') || null),
      manufacturer: block.strings.get('iManufacturer') ?? null,
      location: loc ? { bus: bus.get(loc.controller)!, ports: loc.ports } : null,
      speed: speedOf(p),
      superSpeedCapable: flag(p.get('DevIsSsCapOrHigher')),
      bcdUSB: bcd ? parseInt(bcd[1]!, 16) : null,
      isHub: /^0x0*1\b/.test(p.get('Is Hub') ?? '') || /^usbhub/i.test(p.get('Service') ?? ''),
      drivers,
      errors
    })
  }
  return { devices, warnings }
}
