// UVC device-info extension unit (GUID 69678ee4-410f-40db-a850-7420d7d8240e): GET_LEN then
// GET_CUR on selector 1 gives [minor, major, build lo, build hi]. The unit id is looked up by GUID
// in the camera's own VideoControl descriptors rather than hard-coded.
import { UVC_DEVICE_INFO_SELECTOR, UVC_GET_CUR, UVC_GET_LEN, type OutgoingRequest } from '../../usb-io/allow-list'
import type { GuardedUsb } from '../../usb-io/guarded-io'
import { BadReplyError } from './hid-info'

export const DEVICE_INFO_XU_GUID = '69678ee4-410f-40db-a850-7420d7d8240e'

/** GUIDs are stored little-endian for the first three groups. */
export function guidFromBytes(b: Uint8Array): string {
  const h = (xs: Iterable<number>): string => [...xs].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h([...b.subarray(0, 4)].reverse())}-${h([...b.subarray(4, 6)].reverse())}-${h([...b.subarray(6, 8)].reverse())}-${h(b.subarray(8, 10))}-${h(b.subarray(10, 16))}`
}

export interface ExtensionUnit {
  unitId: number
  guid: string
  interfaceNumber: number
}

/** Walks a configuration descriptor set for VideoControl (class 0x0E/1) extension units. */
export function findExtensionUnits(config: Uint8Array): ExtensionUnit[] {
  const units: ExtensionUnit[] = []
  let pos = 0
  let vcInterface: number | null = null
  while (pos + 2 <= config.length) {
    const len = config[pos]!
    if (len < 2 || pos + len > config.length) break
    const type = config[pos + 1]!
    if (type === 4 && len >= 9) vcInterface = config[pos + 5] === 0x0e && config[pos + 6] === 1 ? config[pos + 2]! : null
    else if (type === 0x24 && vcInterface !== null && len >= 24 && config[pos + 2] === 0x06) {
      units.push({ unitId: config[pos + 3]!, guid: guidFromBytes(config.subarray(pos + 4, pos + 20)), interfaceNumber: vcInterface })
    }
    pos += len
  }
  return units
}

export function decodeXuVersion(b: Uint8Array): string {
  if (b.length < 4) throw new BadReplyError(`the camera answered ${b.length} bytes, expected 4`)
  const version = `${b[1]}.${b[0]}.${b[2]! | (b[3]! << 8)}`
  if (version === '0.0.0') throw new BadReplyError('the camera reported version 0.0.0')
  return version
}

type ControlIn = Extract<OutgoingRequest, { kind: 'usb-control-in' }>

/** Longest device-info answer the reader accepts (the unit answers 4 bytes). */
const MAX_ANSWER = 64

/** A class-specific GET request (interface recipient) to the unit's device-info selector. */
function unitRequest(bRequest: number, unit: Pick<ExtensionUnit, 'unitId' | 'interfaceNumber'>, length: number): ControlIn {
  return {
    kind: 'usb-control-in',
    bmRequestType: 0xa1,
    bRequest,
    wValue: UVC_DEVICE_INFO_SELECTOR << 8,
    wIndex: (unit.unitId << 8) | unit.interfaceNumber,
    length
  }
}

/** Everything this channel sends to a unit: GET_LEN, then GET_CUR of the announced length. */
export function uvcDeviceInfoSends(unit: Pick<ExtensionUnit, 'unitId' | 'interfaceNumber'>): readonly OutgoingRequest[] {
  return [unitRequest(UVC_GET_LEN, unit, 2), unitRequest(UVC_GET_CUR, unit, 4), unitRequest(UVC_GET_CUR, unit, MAX_ANSWER)]
}

export async function readUvcFirmware(usb: GuardedUsb, unit: ExtensionUnit): Promise<string> {
  const send = (r: ControlIn): Promise<Uint8Array> => usb.controlIn(r.bmRequestType, r.bRequest, r.wValue, r.wIndex, r.length)
  const lenBytes = await send(unitRequest(UVC_GET_LEN, unit, 2))
  const len = lenBytes.length >= 2 ? lenBytes[0]! | (lenBytes[1]! << 8) : 4
  if (len < 4 || len > MAX_ANSWER) throw new BadReplyError(`the camera announced a ${len}-byte answer`)
  return decodeXuVersion(await send(unitRequest(UVC_GET_CUR, unit, len)))
}
