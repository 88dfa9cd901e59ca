// A strict, allocation-light parser for USB device and configuration descriptors. It never
// throws on bad input: problems are returned so a malformed device is listed with an error.

export interface DeviceDescriptorInfo {
  bcdUSB: number
  bDeviceClass: number
  bMaxPacketSize0: number
  idVendor: number
  idProduct: number
  bcdDevice: number
  iManufacturer: number
  iProduct: number
  iSerialNumber: number
  bNumConfigurations: number
}

export interface EndpointInfo {
  address: number
  attributes: number
  maxPacketSize: number
  /** True when a SuperSpeed endpoint companion descriptor follows (only sent at SuperSpeed). */
  superSpeedCompanion: boolean
}

export interface InterfaceInfo {
  number: number
  alternate: number
  class: number
  subclass: number
  protocol: number
  endpoints: EndpointInfo[]
}

export interface ConfigInfo {
  totalLength: number
  numInterfaces: number
  /** bMaxPower in mA, interpreted for the speed the descriptor set implies. */
  maxPowerRaw: number
  interfaces: InterfaceInfo[]
}

export interface ParsedDescriptors {
  device: DeviceDescriptorInfo | null
  configs: ConfigInfo[]
  problems: string[]
}

const DT_DEVICE = 1
const DT_CONFIG = 2
const DT_INTERFACE = 4
const DT_ENDPOINT = 5
const DT_SS_EP_COMPANION = 0x30

export function parseDeviceDescriptor(buf: Uint8Array): { device: DeviceDescriptorInfo | null; problem?: string } {
  if (buf.length < 18) return { device: null, problem: `device descriptor is ${buf.length} bytes, expected 18` }
  if (buf[0] !== 18 || buf[1] !== DT_DEVICE) return { device: null, problem: 'device descriptor header is invalid' }
  const v = new DataView(buf.buffer, buf.byteOffset, 18)
  return {
    device: {
      bcdUSB: v.getUint16(2, true),
      bDeviceClass: v.getUint8(4),
      bMaxPacketSize0: v.getUint8(7),
      idVendor: v.getUint16(8, true),
      idProduct: v.getUint16(10, true),
      bcdDevice: v.getUint16(12, true),
      iManufacturer: v.getUint8(14),
      iProduct: v.getUint8(15),
      iSerialNumber: v.getUint8(16),
      bNumConfigurations: v.getUint8(17)
    }
  }
}

/** Parses one configuration descriptor set starting at `offset`; returns the bytes consumed. */
export function parseConfig(buf: Uint8Array, offset = 0): { config: ConfigInfo | null; consumed: number; problem?: string } {
  const remaining = buf.length - offset
  if (remaining < 9) return { config: null, consumed: remaining, problem: `configuration descriptor truncated (${remaining} bytes)` }
  if (buf[offset] !== 9 || buf[offset + 1] !== DT_CONFIG)
    return { config: null, consumed: remaining, problem: 'configuration descriptor header is invalid' }
  const totalLength = buf[offset + 2]! | (buf[offset + 3]! << 8)
  const numInterfaces = buf[offset + 4]!
  const config: ConfigInfo = { totalLength, numInterfaces, maxPowerRaw: buf[offset + 8]!, interfaces: [] }
  let problem: string | undefined
  if (totalLength > remaining) problem = `configuration claims ${totalLength} bytes but only ${remaining} are present`
  const end = offset + Math.min(totalLength, remaining)
  let p = offset + 9
  let current: InterfaceInfo | null = null
  let lastEndpoint: EndpointInfo | null = null
  while (p < end) {
    const len = buf[p]!
    if (len < 2 || p + len > end) {
      problem ??= `descriptor at byte ${p - offset} has an invalid length ${len}`
      break
    }
    const type = buf[p + 1]!
    if (type === DT_INTERFACE && len >= 9) {
      current = {
        number: buf[p + 2]!,
        alternate: buf[p + 3]!,
        class: buf[p + 5]!,
        subclass: buf[p + 6]!,
        protocol: buf[p + 7]!,
        endpoints: []
      }
      config.interfaces.push(current)
      lastEndpoint = null
    } else if (type === DT_ENDPOINT && len >= 7 && current) {
      lastEndpoint = {
        address: buf[p + 2]!,
        attributes: buf[p + 3]!,
        maxPacketSize: (buf[p + 4]! | (buf[p + 5]! << 8)) & 0x7ff,
        superSpeedCompanion: false
      }
      current.endpoints.push(lastEndpoint)
    } else if (type === DT_SS_EP_COMPANION && lastEndpoint) {
      lastEndpoint.superSpeedCompanion = true
    }
    p += len
  }
  return { config, consumed: Math.max(9, Math.min(totalLength, remaining)), ...(problem ? { problem } : {}) }
}

/** Parses what Linux exposes as sysfs `descriptors`: device descriptor then every config set. */
export function parseDescriptorBlob(buf: Uint8Array): ParsedDescriptors {
  const problems: string[] = []
  const { device, problem } = parseDeviceDescriptor(buf)
  if (problem) problems.push(problem)
  const configs: ConfigInfo[] = []
  if (device) {
    let offset = 18
    if (buf.length <= offset) problems.push('no configuration descriptor')
    while (offset < buf.length && configs.length < 8) {
      const r = parseConfig(buf, offset)
      if (r.problem) problems.push(r.problem)
      if (!r.config) break
      configs.push(r.config)
      offset += r.consumed
    }
  }
  return { device, configs, problems }
}

/**
 * The link speed a configuration set implies: SuperSpeed endpoint companions are only sent at
 * SuperSpeed, and a 512-byte bulk endpoint only exists at High-Speed. Used where the OS does not
 * report the negotiated speed (the real MeetUp captures show both cases).
 */
export function impliedSpeed(configs: readonly ConfigInfo[]): 'super' | 'high' | 'full' | null {
  const eps = configs.flatMap((c) => c.interfaces.flatMap((i) => i.endpoints))
  if (eps.some((e) => e.superSpeedCompanion)) return 'super'
  const bulk = eps.filter((e) => (e.attributes & 3) === 2)
  if (bulk.some((e) => e.maxPacketSize === 512)) return 'high'
  if (bulk.some((e) => e.maxPacketSize === 1024)) return 'super'
  if (bulk.length > 0 && bulk.every((e) => e.maxPacketSize <= 64)) return 'full'
  return null
}
