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

export const loadUsb = (): Loaded<UsbModule> => (usbCache ??= load<UsbModule>('usb'))
export const loadHid = (): Loaded<HidModule> => (hidCache ??= load<HidModule>('node-hid'))
