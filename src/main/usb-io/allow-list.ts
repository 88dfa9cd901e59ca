// THE list of everything this app may send to a device. Every outgoing request goes through
// `assertAllowed` in guarded-io.ts; anything not matched here throws before it reaches the wire.
// Deliberately absent (they change device state; see the catalog family READMEs): HID info
// commands 0x0A/0x10 (DFU), report 0x1A (TDE mode, power pins), TransitionToDeviceMode,
// SetDeviceTime, RebootDevice, UVC SET_CUR on any unit, Table Hub Init/firmware transfer.
import { GET_DEVICE_INFO_PAYLOAD, SYNC_CMD, decodeFrameHeader } from './sync-framing'

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
      r.kind === 'usb-control-in' && r.bmRequestType === 0xa1 && (r.bRequest === UVC_GET_CUR || r.bRequest === UVC_GET_LEN) &&
      r.wValue === UVC_DEVICE_INFO_SELECTOR << 8 && r.length <= 64
  },
  {
    id: 'sync-buffer-write-get-device-info',
    why: 'Bulk-controller BufferWrite carrying exactly the GetDeviceInfo request (Rally Bar family)',
    matches: (r) => {
      if (r.kind !== 'usb-bulk-out') return false
      const h = decodeFrameHeader(r.data)
      return h !== null && h.cmd === SYNC_CMD.BufferWrite && h.length === GET_DEVICE_INFO_PAYLOAD.length &&
        equalBytes(r.data.subarray(12), GET_DEVICE_INFO_PAYLOAD)
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
    why: 'Bulk-controller Ack of the device\'s BufferRead or UninitBuffer, as the protocol requires',
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
