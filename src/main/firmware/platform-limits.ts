// What a read channel cannot reach on Windows or macOS, said up front instead of failing
// obscurely (or silently). HID feature reports work everywhere through node-hid and stay behind
// the same allow-list; the limits are the USB-level channels.
import { READ_CHANNELS, type ReadChannelId } from '../devices/catalog'
import type { RawUsbDevice } from '../devices/raw-device'

/** Why this channel cannot be read on this device's OS, or null when it can be tried. */
export function unreadableOn(channel: ReadChannelId, raw: RawUsbDevice): string | null {
  const os = raw.os?.platform
  if (!os) return null
  if (channel === 'uvc-device-info') {
    return os === 'windows'
      ? 'not readable on Windows: the camera control interface belongs to the Windows camera driver (usbvideo), which only answers extension-unit requests through the Kernel Streaming API, and this app has no reader for it'
      : 'not readable on macOS: the camera control interface belongs to the macOS camera service, and macOS offers no public API for UVC extension units'
  }
  if (channel === 'bulk-device-info' && os === 'windows' && !raw.os!.drivers.some((d) => d.toLowerCase() === 'winusb')) {
    const bound = raw.os!.drivers.length > 0 ? raw.os!.drivers.join(', ') : 'no driver'
    return `not readable on Windows: the vendor interface has no WinUSB driver (Windows reports ${bound}), and Windows only lets apps open a USB interface through WinUSB`
  }
  return null
}

/** macOS refuses to open a HID device that another app holds exclusively, or before the user
 *  allowed Input Monitoring; node-hid then says it could not open the device. */
export function isMacHidRefusal(raw: RawUsbDevice, channel: ReadChannelId, err: unknown): boolean {
  return (
    raw.os?.platform === 'macos' &&
    READ_CHANNELS[channel].opens === 'hid' &&
    /could not open|cannot open|open failed|not permitted|privilege/i.test(err instanceof Error ? err.message : String(err))
  )
}
