// HID "info" channel (MeetUp speakerphone 0867, Rally audio 0885, Tap controller 0872):
// SET_FEATURE 0x1B [0x1B, 0x04, 0, 0, 0] selects "firmware version"; GET_FEATURE 0x19 answers
// 5 bytes: [0x19, build lo, build hi, minor, major].
import { HID_INFO_FIRMWARE_QUERY, HID_INFO_REPLY, type OutgoingRequest } from '../../usb-io/allow-list'
import type { GuardedHid } from '../../usb-io/guarded-io'

export class BadReplyError extends Error {}

/** Everything this channel sends, in order. */
export const HID_INFO_SENDS: readonly OutgoingRequest[] = [
  { kind: 'hid-set-feature', data: Uint8Array.from(HID_INFO_FIRMWARE_QUERY) },
  { kind: 'hid-get-feature', reportId: HID_INFO_REPLY.reportId, length: HID_INFO_REPLY.length }
]

export function decodeInfoVersion(reply: Uint8Array): string {
  if (reply.length < HID_INFO_REPLY.length)
    throw new BadReplyError(`the info answer was ${reply.length} bytes, expected ${HID_INFO_REPLY.length}`)
  if (reply[0] !== HID_INFO_REPLY.reportId)
    throw new BadReplyError(`the info answer came from report 0x${reply[0]!.toString(16)}, expected 0x19`)
  const build = reply[1]! | (reply[2]! << 8)
  const minor = reply[3]!
  const major = reply[4]!
  if (build === 0 && minor === 0 && major === 0) throw new BadReplyError('the device reported version 0.0.0 (no version available)')
  return `${major}.${minor}.${build}`
}

/** Devices need a moment between the query and the answer (fwupd and ChromiumOS wait too). */
const SETTLE_MS = 20

export async function readHidInfoFirmware(hid: GuardedHid): Promise<string> {
  await hid.setFeature(HID_INFO_FIRMWARE_QUERY)
  await new Promise((r) => setTimeout(r, SETTLE_MS))
  return decodeInfoVersion(await hid.getFeature(HID_INFO_REPLY.reportId, HID_INFO_REPLY.length))
}
