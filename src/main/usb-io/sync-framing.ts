// Logitech "bulk controller" SYNC framing (Rally Bar family): every transfer starts with a
// 12-byte header {u32le cmd, u32le payload length, u32le sequence id}. See ../devices/catalog/rally-bar/README.md.

export const SYNC_CMD = {
  BufferRead: 0xcc06,
  BufferWrite: 0xcc07,
  UninitBuffer: 0xcc08,
  Ack: 0xff01,
  Timeout: 0xff02,
  Nack: 0xff03
} as const

/** UsbMsg { header { timestamp: "0" }, request { get_device_info {} } } — the only request we send. */
export const GET_DEVICE_INFO_PAYLOAD: readonly number[] = [0x0a, 0x03, 0x12, 0x01, 0x30, 0x1a, 0x02, 0x12, 0x00]

export interface FrameHeader {
  cmd: number
  length: number
  seq: number | null
}

/** Device frames may be 8 bytes (no sequence id) as the real recordings show for UninitBuffer. */
export function decodeFrameHeader(buf: Uint8Array): FrameHeader | null {
  if (buf.length < 8) return null
  const v = new DataView(buf.buffer, buf.byteOffset, buf.length)
  return { cmd: v.getUint32(0, true), length: v.getUint32(4, true), seq: buf.length >= 12 ? v.getUint32(8, true) : null }
}

export function encodeFrame(cmd: number, seq: number, payload: Uint8Array | readonly number[] = []): Uint8Array {
  const out = new Uint8Array(12 + payload.length)
  const v = new DataView(out.buffer)
  v.setUint32(0, cmd, true)
  v.setUint32(4, payload.length, true)
  v.setUint32(8, seq, true)
  out.set(payload, 12)
  return out
}

export function encodeAck(seq: number, ackedCmd: number): Uint8Array {
  const p = new Uint8Array(4)
  new DataView(p.buffer).setUint32(0, ackedCmd, true)
  return encodeFrame(SYNC_CMD.Ack, seq, p)
}
