// Device Manager problems on a device or one of its interfaces, as per-device errors. The code
// stays in the message: it is what Microsoft's documentation and support people search by.
import type { DeviceError } from '../../../../shared/contract'
import { problemText } from './problem-codes'

const INTERFACE_CLASS: Record<string, string> = { usbvideo: 'video', usbaudio: 'audio', hidusb: 'HID', winusb: 'WinUSB' }

export function driverError(code: number, interfaceNumber: number | null, service: string | null): DeviceError {
  const kind = service ? INTERFACE_CLASS[service.toLowerCase()] : undefined
  const what = interfaceNumber === null ? 'This device' : `Its interface ${interfaceNumber}${kind ? ` (${kind})` : ''}`
  return { code: 'driver', message: `Windows reports: ${what} ${problemText(code)} (Device Manager problem code ${code}).` }
}

/** "28 (CM_PROB_FAILED_INSTALL)" or "0" → 28 / 0; null when unreadable. */
export function parseProblemCode(text: string | undefined): number | null {
  const m = text === undefined ? null : /^\s*(?:0x([0-9a-f]+)|(\d+))\b/i.exec(text)
  if (!m) return null
  return m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2])
}
