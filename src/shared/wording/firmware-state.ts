// One set of words for a firmware version that is not there, each meaning one thing:
// "no access"          the OS refused to open the part (the permission fix applies);
// "could not be read"  a read channel was tried and failed (the device's errors say how);
// "not read by this app" no read-only channel exists for this part, so the app did not try.
import type { Device, Peripheral } from '../contract'

export type FirmwareState = 'read' | 'no-access' | 'failed' | 'not-read'

export const FIRMWARE_WORDS: Record<Exclude<FirmwareState, 'read'>, string> = {
  'no-access': 'no access',
  failed: 'could not be read',
  'not-read': 'not read by this app'
}

export function firmwareState(d: Pick<Device, 'firmware' | 'errors'>): FirmwareState {
  if (d.firmware) return 'read'
  if (d.errors.some((e) => e.code === 'permission')) return 'no-access'
  if (d.errors.some((e) => e.code === 'read' || e.code === 'disconnected')) return 'failed'
  return 'not-read'
}

/** The same states where space is short (a box in the USB picture): the long words cut down so
 *  each still reads as its long form ("read failed" is "could not be read"), never a third set. */
export const FIRMWARE_WORDS_SHORT: Record<Exclude<FirmwareState, 'read'>, string> = {
  'no-access': 'no access',
  failed: 'read failed',
  'not-read': 'not read by app'
}

/** "fw 1.2.300" / "fw no access": the firmware where space is short. */
export function firmwareShortText(d: Pick<Device, 'firmware' | 'errors'>): string {
  const state = firmwareState(d)
  return `fw ${state === 'read' ? (d.firmware as string) : FIRMWARE_WORDS_SHORT[state]}`
}

/** The version, or the words for why there is none. */
export function firmwareText(d: Pick<Device, 'firmware' | 'errors'>): string {
  const state = firmwareState(d)
  return state === 'read' ? (d.firmware as string) : FIRMWARE_WORDS[state]
}

/** A Mic Pod or speaker only has the version its reporter passed on. */
export function peripheralFirmwareText(p: Pick<Peripheral, 'firmware'>): string {
  return p.firmware ?? 'not reported'
}

export const SERIAL_MISSING = 'not reported'

/** The serial, or the fact that the part did not give one. */
export function serialText(serial: string | null): string {
  return serial ?? SERIAL_MISSING
}

/** Where space is short the serial stands alone; a missing one still says what is missing. */
export function serialShortText(serial: string | null): string {
  return serial ?? `serial ${SERIAL_MISSING}`
}
