// Bulk-controller GetDeviceInfo (Rally Bar, Bar Mini, Huddle, Sight). Sends only GetDeviceInfo —
// never TransitionToDeviceMode or SetDeviceTime, which fwupd sends first and which change the
// device — and keeps only the identity and version fields of the answer (the rest holds network
// addresses, time zone and room occupancy).
import { BadReplyError } from './hid-info'
import { GET_DEVICE_INFO_PAYLOAD, SYNC_CMD, decodeFrameHeader, encodeAck, encodeFrame } from '../../usb-io/sync-framing'
import { readPath } from './protobuf-reader'
import type { GuardedIn, GuardedOut } from '../../usb-io/guarded-io'
import type { OutgoingRequest } from '../../usb-io/allow-list'
import type { Component } from '../../../shared/contract'
import { cleanIdentityString } from '../../devices/identity-string'

const MAX_FRAME = 64 * 1024
const READ_CHUNK = 16 * 1024

/** The SYNC interface the exchange runs on: vendor class 0xFF, subclass 0x76, protocol 1. */
export const SYNC_INTERFACE = { class: 0xff, subClass: 0x76, protocol: 1 } as const

// The host's frames, in the order the exchange sends them (sequence ids count from 1).
const REQUEST = encodeFrame(SYNC_CMD.BufferWrite, 1, GET_DEVICE_INFO_PAYLOAD)
const ASK_FOR_ANSWER = encodeFrame(SYNC_CMD.UninitBuffer, 2)
const ACK_ANSWER = encodeAck(3, SYNC_CMD.BufferRead)
const ACK_CLOSING = encodeAck(4, SYNC_CMD.UninitBuffer)

/** Everything this channel sends: its four frames, and reads of the IN endpoint. */
export const GET_DEVICE_INFO_SENDS: readonly OutgoingRequest[] = [
  ...[REQUEST, ASK_FOR_ANSWER, ACK_ANSWER, ACK_CLOSING].map((data): OutgoingRequest => ({ kind: 'usb-bulk-out', data })),
  { kind: 'usb-bulk-in', length: READ_CHUNK }
]

export interface InfoDevice {
  name: string | null
  type: string | null
  serial: string | null
  model: string | null
  firmware: string | null
  components: Component[]
}

export interface InfoPeripheral {
  part: 'camera' | 'mic-pod' | 'remote'
  name: string
  serial: string | null
  firmware: string | null
  connected: boolean
}

export interface DeviceInfo {
  devices: InfoDevice[]
  peripherals: InfoPeripheral[]
}

/** Device-supplied text is cleaned like USB identity strings: no control characters (a hostile
 *  device must not reach a terminal with escape sequences), bounded length. */
const str = (v: unknown): string | null => (typeof v === 'string' ? cleanIdentityString(Buffer.from(v, 'utf8')).value : null)

export function parseDeviceInfoJson(text: string): DeviceInfo {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new BadReplyError('the device-info answer is not valid JSON')
  }
  const devices = (doc as { payload?: { devices?: unknown } })?.payload?.devices
  if (!Array.isArray(devices) || devices.length === 0) throw new BadReplyError('the device-info answer lists no device')
  const out: DeviceInfo = { devices: [], peripherals: [] }
  for (const d of devices as Array<Record<string, unknown>>) {
    const components: Component[] = []
    for (const [key, name] of [
      ['manifest', 'release'],
      ['osv', 'CollabOS'],
      ['av', 'audio']
    ] as const) {
      const version = str(d[key])
      if (version && version !== '0.0.0') components.push({ name, version })
    }
    out.devices.push({ name: str(d.name), type: str(d.type), serial: str(d.serial), model: str(d.model), firmware: str(d.sw), components })
  }
  const first = devices[0] as { peripherals?: Record<string, { data?: Array<Record<string, unknown>> }> }
  const p = first.peripherals ?? {}
  for (const c of p.camera?.data ?? []) {
    const serial = str(c.uid)
    const listed = out.devices.find((d) => d.serial !== null && d.serial === serial)
    out.peripherals.push({
      part: 'camera',
      name: listed?.name ?? (str(c.type) === 'Sentinel' ? 'Sight' : 'Camera'),
      serial,
      firmware: listed?.firmware ?? null,
      connected: c.isOnline === true
    })
  }
  for (const m of p.micPod?.data ?? []) {
    out.peripherals.push({ part: 'mic-pod', name: str(m.name) ?? 'Mic Pod', serial: null, firmware: str(m.sw), connected: m.status === 1 })
  }
  for (const r of p.remote?.data ?? []) {
    // The remote's uid is a Bluetooth address: personal-ish and not needed for support.
    out.peripherals.push({ part: 'remote', name: str(r.name) ?? 'Remote', serial: null, firmware: str(r.sw), connected: true })
  }
  return out
}

/** Extracts the JSON text from a BufferRead payload: UsbMsg.response(4).get_device_info(2).payload(1). */
export function deviceInfoTextFromMessage(message: Uint8Array): string {
  const bytes = readPath(message, [4, 2, 1])
  if (!bytes) throw new BadReplyError('the device answered, but not with a device-info response')
  return Buffer.from(bytes).toString('utf8')
}

async function receiveFrame(inn: GuardedIn, timeoutMs: number): Promise<{ cmd: number; payload: Uint8Array }> {
  let buf = await inn.receive(READ_CHUNK, timeoutMs)
  const h = decodeFrameHeader(buf)
  if (!h) throw new BadReplyError(`a ${buf.length}-byte frame is too short`)
  // Only the device's closing UninitBuffer comes without a sequence id (8 bytes, as recorded).
  const headerLen = h.cmd === SYNC_CMD.UninitBuffer && buf.length === 8 ? 8 : 12
  if (buf.length < headerLen) throw new BadReplyError(`a ${buf.length}-byte frame is too short`)
  if (h.length > MAX_FRAME) throw new BadReplyError(`a frame claims ${h.length} bytes`)
  while (buf.length < headerLen + h.length) {
    const more = await inn.receive(READ_CHUNK, timeoutMs)
    if (more.length === 0) throw new BadReplyError('the device stopped mid-frame')
    const joined = new Uint8Array(buf.length + more.length)
    joined.set(buf)
    joined.set(more, buf.length)
    buf = joined
  }
  return { cmd: h.cmd, payload: buf.subarray(headerLen, headerLen + h.length) }
}

/** The closing handshake is a courtesy; older firmware may skip it, so it gets little time. */
const CLOSE_TIMEOUT_MS = 100

/** `timeoutMs` applies to each transfer; keep it well below the channel's overall deadline. */
export async function exchangeGetDeviceInfo(out: GuardedOut, inn: GuardedIn, timeoutMs: number): Promise<DeviceInfo> {
  await out.send(REQUEST, timeoutMs)
  const ack = await receiveFrame(inn, timeoutMs)
  if (ack.cmd === SYNC_CMD.Nack || ack.cmd === SYNC_CMD.Timeout) throw new BadReplyError('the device refused the device-info request')
  if (ack.cmd !== SYNC_CMD.Ack)
    throw new BadReplyError(`the device answered the request with command 0x${ack.cmd.toString(16)} instead of an acknowledgement`)
  await out.send(ASK_FOR_ANSWER, timeoutMs)
  let response: Uint8Array | null = null
  for (let i = 0; i < 4 && !response; i++) {
    const f = await receiveFrame(inn, timeoutMs)
    if (f.cmd === SYNC_CMD.BufferRead) response = f.payload
    else if (f.cmd === SYNC_CMD.Nack || f.cmd === SYNC_CMD.Timeout) throw new BadReplyError('the device gave up on the device-info request')
  }
  if (!response) throw new BadReplyError('the device never sent its device-info answer')
  const info = parseDeviceInfoJson(deviceInfoTextFromMessage(response))
  // Close the exchange as the protocol expects, so the device is left as we found it.
  try {
    await out.send(ACK_ANSWER, CLOSE_TIMEOUT_MS)
    const closing = await receiveFrame(inn, CLOSE_TIMEOUT_MS)
    if (closing.cmd === SYNC_CMD.UninitBuffer) await out.send(ACK_CLOSING, CLOSE_TIMEOUT_MS)
  } catch {
    // Older firmware may not send the closing UninitBuffer; the answer is already complete.
  }
  return info
}
