// A bulk-controller device (Rally Bar family) built from its fwupd recording: descriptor fields,
// endpoints and strings, and the device's own side of the recorded exchange for one request,
// served by the umockdev runner. What the app sends is whatever it sends; tests check it.
import type { SimInterface, SimUsbDevice } from '../umockdev/describe'
import { readFwupdCapture, recordedFrames, simFromFwupd, type RecordedFrame } from './fwupd-capture'

const BUFFER_WRITE = 0xcc07
const ACK = 0xff01
const cmd = (f: RecordedFrame): number => f.data.readUInt32LE(0)

interface CaptureInterface {
  InterfaceNumber?: number
  InterfaceClass?: number
  InterfaceSubClass?: number
  UsbEndpoints?: Array<{ EndpointAddress?: number }>
}

export interface ReplayOptions {
  /** The request whose exchange is replayed: the protobuf payload of the host's BufferWrite. */
  request: readonly number[]
  /** Present the recording under another product id (same protocol, other model). */
  productId?: number
  /** false: leave out the device's closing UninitBuffer, as older firmware does. */
  closingHandshake?: boolean
  /** Answer GetDeviceInfo with this JSON instead of the recorded one (same framing and handshake),
   *  for rooms no recording shows, such as a bar whose Sight is offline. */
  deviceInfoJson?: string
}

const BUFFER_READ = 0xcc06

/** A protobuf length-delimited field: tag, varint length, bytes. */
function lengthDelimited(field: number, bytes: Buffer): Buffer {
  const len: number[] = []
  let n = bytes.length
  while (n > 0x7f) {
    len.push((n & 0x7f) | 0x80)
    n >>>= 7
  }
  len.push(n)
  return Buffer.concat([Buffer.from([(field << 3) | 2, ...len]), bytes])
}

/** The recorded BufferRead (and any chunks that continue it) replaced by one frame carrying
 *  UsbMsg.response(4).get_device_info(2).payload(1) = json, under the recorded sequence id. */
function withDeviceInfo(device: Buffer[], json: string): Buffer[] {
  const out: Buffer[] = []
  let skip = 0
  for (const d of device) {
    if (skip > 0) {
      skip -= d.length
      continue
    }
    if (d.length >= 12 && d.readUInt32LE(0) === BUFFER_READ) {
      skip = 12 + d.readUInt32LE(4) - d.length
      const payload = lengthDelimited(4, lengthDelimited(2, lengthDelimited(1, Buffer.from(json, 'utf8'))))
      const header = Buffer.alloc(12)
      header.writeUInt32LE(BUFFER_READ, 0)
      header.writeUInt32LE(payload.length, 4)
      header.writeUInt32LE(d.readUInt32LE(8), 8)
      out.push(Buffer.concat([header, payload]))
    } else out.push(d)
  }
  return out
}

/** The recorded exchange for `request`: each host frame with the device frames that followed it,
 *  up to the next request. The device's frames are the ones under the id every read shares. */
export function recordedExchange(file: string, request: readonly number[]): Array<{ host: Buffer; device: Buffer[] }> {
  const frames = recordedFrames(file)
  const counts = new Map<string, number>()
  for (const f of frames) counts.set(f.id, (counts.get(f.id) ?? 0) + 1)
  const readId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  const isRequest = (f: RecordedFrame): boolean =>
    f.id !== readId && cmd(f) === BUFFER_WRITE && f.data.subarray(12).equals(Buffer.from(request))
  const start = frames.findIndex(isRequest)
  if (start < 0) throw new Error(`${file} records no exchange for the request ${Buffer.from(request).toString('hex')}`)
  const exchange: Array<{ host: Buffer; device: Buffer[] }> = []
  for (const f of frames.slice(start)) {
    if (f.id === readId) exchange[exchange.length - 1]!.device.push(f.data)
    else if (exchange.length > 0 && cmd(f) === BUFFER_WRITE) break
    else exchange.push({ host: f.data, device: [] })
  }
  return exchange
}

export function bulkControllerReplay(file: string, where: { busnum: number; ports: number[] }, opts: ReplayOptions): SimUsbDevice {
  const cap = readFwupdCapture(file)
  const sim = simFromFwupd(cap, where)
  if (opts.productId !== undefined) sim.productId = opts.productId
  const recorded = (cap.device.UsbInterfaces ?? []) as CaptureInterface[]
  const syncIf = recorded.find((i) => i.InterfaceClass === 0xff && i.InterfaceSubClass === 0x76)
  const syncIn = syncIf?.UsbEndpoints?.find((e) => ((e.EndpointAddress ?? 0) & 0x80) !== 0)?.EndpointAddress ?? 0x84
  sim.interfaces = (sim.interfaces ?? []).map((i): SimInterface => {
    const eps = recorded.filter((r) => (r.InterfaceNumber ?? 0) === i.number).flatMap((r) => r.UsbEndpoints ?? [])
    const seen = new Set<number>()
    const endpoints = eps
      .filter((e) => !seen.has(e.EndpointAddress ?? 0) && seen.add(e.EndpointAddress ?? 0))
      .map((e) => ({
        address: e.EndpointAddress ?? 0,
        type: i.class === 0xff ? ('bulk' as const) : i.class === 3 || i.subClass === 1 ? ('interrupt' as const) : ('isochronous' as const)
      }))
    return { ...i, endpoints: i.class === 0x0e && i.subClass === 2 ? [] : endpoints }
  })
  // Host frames are matched by command and length only: the app's sequence ids differ from fwupd's.
  const exchange = recordedExchange(file, opts.request)
    .filter((step) => opts.closingHandshake !== false || step.host.readUInt32LE(0) !== ACK)
    .map((step) => (opts.deviceInfoJson === undefined ? step : { ...step, device: withDeviceInfo(step.device, opts.deviceInfoJson) }))
  sim.behaviour = {
    bulk: exchange.flatMap((step) =>
      step.device.map((d) => ({ out: step.host.subarray(0, 8).toString('hex'), in: d.toString('hex'), ep: syncIn }))
    )
  }
  return sim
}
