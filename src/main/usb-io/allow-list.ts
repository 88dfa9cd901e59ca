// THE list of everything this app may send to a device. Every outgoing request goes through
// `assertAllowed` in guarded-io.ts; anything not matched here throws before it reaches the wire.
// What must never be sent (it changes device state; see the catalog family READMEs) is listed
// as `NEVER_SEND` below, so tests can hold both this list and every read channel against it.
import { GET_DEVICE_INFO_PAYLOAD, SYNC_CMD, decodeFrameHeader, encodeFrame } from './sync-framing'

export type OutgoingRequest =
  | { kind: 'hid-set-feature'; data: Uint8Array }
  | { kind: 'hid-get-feature'; reportId: number; length: number }
  | { kind: 'usb-control-in'; bmRequestType: number; bRequest: number; wValue: number; wIndex: number; length: number }
  | { kind: 'usb-bulk-out'; data: Uint8Array }
  | { kind: 'usb-bulk-in'; length: number }
  | { kind: 'usb-get-string'; index: number }

export interface AllowedRequest {
  id: string
  why: string
  matches(r: OutgoingRequest): boolean
}

const equalBytes = (a: Uint8Array, b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i])

/** The HID "info" query: report 0x1B with command 0x04 (firmware version). */
export const HID_INFO_FIRMWARE_QUERY = [0x1b, 0x04, 0x00, 0x00, 0x00] as const
export const HID_INFO_REPLY = { reportId: 0x19, length: 5 } as const
export const RALLY_TOPOLOGY = { reportId: 0x3e, length: 513 } as const
export const UVC_GET_CUR = 0x81
export const UVC_GET_LEN = 0x85
export const UVC_DEVICE_INFO_SELECTOR = 1

export const ALLOW_LIST: readonly AllowedRequest[] = [
  {
    id: 'hid-info-firmware-query',
    why: 'Selects the firmware-version answer of the HID info channel (MeetUp 0867, Rally 0885, Tap 0872); reads nothing else',
    matches: (r) => r.kind === 'hid-set-feature' && equalBytes(r.data, HID_INFO_FIRMWARE_QUERY)
  },
  {
    id: 'hid-info-reply',
    why: 'Reads the 5-byte info answer (report 0x19)',
    matches: (r) => r.kind === 'hid-get-feature' && r.reportId === HID_INFO_REPLY.reportId && r.length === HID_INFO_REPLY.length
  },
  {
    id: 'rally-topology-read',
    why: 'Reads the Rally audio topology report (0x3E): Table Hub, Mic Pods, hubs, speakers and their versions',
    matches: (r) => r.kind === 'hid-get-feature' && r.reportId === RALLY_TOPOLOGY.reportId && r.length === RALLY_TOPOLOGY.length
  },
  {
    id: 'uvc-device-info-read',
    why: 'UVC class GET_LEN/GET_CUR of the device-info extension unit, selector 1 (firmware version); reads only',
    matches: (r) =>
      r.kind === 'usb-control-in' &&
      r.bmRequestType === 0xa1 &&
      (r.bRequest === UVC_GET_CUR || r.bRequest === UVC_GET_LEN) &&
      r.wValue === UVC_DEVICE_INFO_SELECTOR << 8 &&
      r.length <= 64
  },
  {
    id: 'sync-buffer-write-get-device-info',
    why: 'Bulk-controller BufferWrite carrying exactly the GetDeviceInfo request (Rally Bar family)',
    matches: (r) => {
      if (r.kind !== 'usb-bulk-out') return false
      const h = decodeFrameHeader(r.data)
      return (
        h !== null &&
        h.cmd === SYNC_CMD.BufferWrite &&
        h.length === GET_DEVICE_INFO_PAYLOAD.length &&
        equalBytes(r.data.subarray(12), GET_DEVICE_INFO_PAYLOAD)
      )
    }
  },
  {
    id: 'sync-uninit-buffer',
    why: 'Bulk-controller UninitBuffer (empty): asks the device to answer the request just written',
    matches: (r) => {
      if (r.kind !== 'usb-bulk-out') return false
      const h = decodeFrameHeader(r.data)
      return h !== null && h.cmd === SYNC_CMD.UninitBuffer && h.length === 0 && r.data.length === 12
    }
  },
  {
    id: 'sync-ack',
    why: "Bulk-controller Ack of the device's BufferRead or UninitBuffer, as the protocol requires",
    matches: (r) => {
      if (r.kind !== 'usb-bulk-out') return false
      const h = decodeFrameHeader(r.data)
      if (h === null || h.cmd !== SYNC_CMD.Ack || h.length !== 4 || r.data.length !== 16) return false
      const acked = new DataView(r.data.buffer, r.data.byteOffset + 12, 4).getUint32(0, true)
      return acked === SYNC_CMD.BufferRead || acked === SYNC_CMD.UninitBuffer
    }
  },
  {
    id: 'usb-get-string',
    why: 'Standard GET_DESCRIPTOR for a string (name, serial) where the OS does not cache them (macOS, Windows)',
    matches: (r) => r.kind === 'usb-get-string' && r.index > 0 && r.index < 256
  },
  {
    id: 'bulk-in',
    why: 'Reading from a bulk IN endpoint sends nothing to the device',
    matches: (r) => r.kind === 'usb-bulk-in'
  }
]

/** A request the family READMEs' "Never send" sections forbid, with one example of it. */
export interface NeverSend {
  id: string
  why: string
  matches(r: OutgoingRequest): boolean
  example: OutgoingRequest
}

const hidCommand = (r: OutgoingRequest): [number | undefined, number | undefined] =>
  r.kind === 'hid-set-feature' ? [r.data[0], r.data[1]] : [undefined, undefined]
/** The protobuf Request field a bulk-controller BufferWrite carries (UsbMsg field 3, first field inside). */
function syncRequestField(r: OutgoingRequest): number | undefined {
  if (r.kind !== 'usb-bulk-out') return undefined
  const h = decodeFrameHeader(r.data)
  if (h === null || h.cmd !== SYNC_CMD.BufferWrite) return undefined
  const p = r.data.subarray(12)
  // UsbMsg { 1: header (len-delimited), 3: request { <field>: … } }: skip the header, read the request's first tag.
  if (p[0] !== 0x0a || p.length < 2) return undefined
  const afterHeader = 2 + p[1]!
  if (p[afterHeader] !== 0x1a) return undefined
  const tag = p[afterHeader + 2]
  return tag === undefined ? undefined : tag >> 3
}
const bulk = (bytes: number[]): OutgoingRequest => ({ kind: 'usb-bulk-out', data: Uint8Array.from(bytes) })
/** A BufferWrite carrying UsbMsg { header { timestamp: "0" }, request { <body> } }. */
const syncRequest = (body: number[]): OutgoingRequest => ({
  kind: 'usb-bulk-out',
  data: encodeFrame(SYNC_CMD.BufferWrite, 1, [0x0a, 0x03, 0x12, 0x01, 0x30, 0x1a, body.length, ...body])
})

export const NEVER_SEND: readonly NeverSend[] = [
  {
    id: 'hid-info-dfu',
    why: 'HID info commands 0x0A (DFU simple) and 0x10 (DFU safe) reset the device into firmware-update mode',
    matches: (r) => {
      const [report, cmd] = hidCommand(r)
      return report === 0x1b && (cmd === 0x0a || cmd === 0x10)
    },
    example: { kind: 'hid-set-feature', data: Uint8Array.from([0x1b, 0x0a, 0, 0, 0]) }
  },
  {
    id: 'hid-report-1a',
    why: 'Report 0x1A switches TDE test mode and drives the power and reset pins (Tap, Rally, MeetUp)',
    matches: (r) => hidCommand(r)[0] === 0x1a,
    example: { kind: 'hid-set-feature', data: Uint8Array.from([0x1a, 0x02, 0x01, 0, 0]) }
  },
  {
    id: 'rally-identity-request',
    why: 'Rally audio report 0x28: its bytes are undocumented, so what else the device does with it is unknown',
    matches: (r) => hidCommand(r)[0] === 0x28,
    example: { kind: 'hid-set-feature', data: Uint8Array.from([0x28, 0x85, 0x08, 0xbb, 0x1b, 0x00, 0x01, 0x30, 0, 0, 0, 0x0c, 0]) }
  },
  {
    id: 'usb-control-out',
    why: 'Any host-to-device control request: UVC SET_CUR (firmware burn, EEPROM), SET_CONFIGURATION, SET_INTERFACE',
    matches: (r) => r.kind === 'usb-control-in' && (r.bmRequestType & 0x80) === 0,
    example: { kind: 'usb-control-in', bmRequestType: 0x21, bRequest: 0x01, wValue: 0x0100, wIndex: 0x0800, length: 4 }
  },
  {
    id: 'uvc-peripheral-control',
    why: 'Selector 0x11 of the Peripheral Control extension unit reboots the camera',
    matches: (r) => r.kind === 'usb-control-in' && r.wValue >> 8 === 0x11,
    example: { kind: 'usb-control-in', bmRequestType: 0xa1, bRequest: 0x81, wValue: 0x1100, wIndex: 0x0b00, length: 4 }
  },
  {
    id: 'sync-transition-to-device-mode',
    why: 'TransitionToDeviceMode (Request 5) deprovisions host-mode data on legacy Rally Bar firmware',
    matches: (r) => syncRequestField(r) === 5,
    example: syncRequest([0x2a, 0x00])
  },
  {
    id: 'sync-set-device-time',
    why: 'SetDeviceTime (Request 10) changes the device clock and time zone',
    matches: (r) => syncRequestField(r) === 10,
    example: syncRequest([0x52, 0x02, 0x08, 0x01])
  },
  {
    id: 'sync-reboot-device',
    why: 'RebootDevice (Request 14) restarts the bar',
    matches: (r) => syncRequestField(r) === 14,
    example: syncRequest([0x72, 0x00])
  },
  {
    id: 'tablehub-init-or-firmware',
    why: 'Rally Table Hub Init (0xCC01) and FirmwareDownload (0xCC03) start a firmware session',
    matches: (r) => r.kind === 'usb-bulk-out' && r.data.length === 8 && r.data[1] === 0xcc && (r.data[0] === 0x01 || r.data[0] === 0x03),
    example: bulk([0x01, 0xcc, 0xef, 0xbe, 0, 0, 0, 0])
  }
]

export class NotAllowedError extends Error {
  constructor(readonly request: OutgoingRequest) {
    super(`refused to send a request that is not on the read-only allow-list: ${describeRequest(request)}`)
    this.name = 'NotAllowedError'
  }
}

export function describeRequest(r: OutgoingRequest): string {
  const hex = (b: Uint8Array): string => Buffer.from(b.subarray(0, 24)).toString('hex') + (b.length > 24 ? '…' : '')
  switch (r.kind) {
    case 'hid-set-feature':
    case 'usb-bulk-out':
      return `${r.kind} ${hex(r.data)}`
    case 'hid-get-feature':
      return `${r.kind} report 0x${r.reportId.toString(16)} length ${r.length}`
    case 'usb-control-in':
      return `${r.kind} ${r.bmRequestType.toString(16)}:${r.bRequest.toString(16)}:${r.wValue.toString(16)}:${r.wIndex.toString(16)}`
    case 'usb-bulk-in':
      return `${r.kind} ${r.length}`
    case 'usb-get-string':
      return `${r.kind} ${r.index}`
  }
}

export function allowedBy(r: OutgoingRequest): AllowedRequest | undefined {
  return ALLOW_LIST.find((a) => a.matches(r))
}

export function assertAllowed(r: OutgoingRequest): void {
  if (!allowedBy(r)) throw new NotAllowedError(r)
}
