// The native USB/HID bindings load lazily and may be missing (e.g. libusb-1.0 not installed for
// node-hid on Linux); the app must still start and say why instead of crashing at import.
import { createRequire } from 'node:module'

const nodeRequire = createRequire(__filename)

export type UsbModule = typeof import('usb')
export type HidModule = typeof import('node-hid')

type Loaded<T> = { ok: true; module: T } | { ok: false; error: string }

let usbCache: Loaded<UsbModule> | undefined
let hidCache: Loaded<HidModule> | undefined

function load<T>(name: string): Loaded<T> {
  try {
    return { ok: true, module: nodeRequire(name) as T }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}

/** `usb` loads even when libusb_init fails (it prints "Failed to initialize libusb") but then
 *  lacks its API; treat that as unavailable so callers fall back instead of throwing. */
function checkUsb(loaded: Loaded<UsbModule>): Loaded<UsbModule> {
  if (!loaded.ok) return loaded
  const m = loaded.module as Partial<UsbModule>
  if (typeof m.getDeviceList !== 'function' || typeof m.usb?.on !== 'function') {
    return { ok: false, error: 'libusb failed to initialise on this system' }
  }
  return loaded
}

export const loadUsb = (): Loaded<UsbModule> => (usbCache ??= checkUsb(load<UsbModule>('usb')))
export const loadHid = (): Loaded<HidModule> => (hidCache ??= load<HidModule>('node-hid'))
