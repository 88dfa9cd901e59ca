// Firmware reads over libusb (UVC, bulk) need the libusb handle of each device the OS listed.
// libusb numbers buses its own way on Windows, so devices are matched by VID:PID and port chain,
// or by VID:PID alone when only one such device exists on both sides.
import type { Device as UsbDevice } from 'usb'
import type { RawUsbDevice } from '../../raw-device'

export function libusbHandlesFor(
  osDevices: readonly RawUsbDevice[],
  libusbDevices: readonly RawUsbDevice[],
  handles: ReadonlyMap<string, UsbDevice>
): Map<string, UsbDevice> {
  const out = new Map<string, UsbDevice>()
  const key = (d: RawUsbDevice): string => `${d.vendorId}:${d.productId}`
  const count = (list: readonly RawUsbDevice[], k: string): number => list.filter((d) => key(d) === k).length
  for (const d of osDevices) {
    const same = libusbDevices.filter((l) => key(l) === key(d))
    const byPorts = d.ports.length > 0 ? same.filter((l) => l.ports.join('.') === d.ports.join('.')) : []
    const match = byPorts.length === 1 ? byPorts[0] : same.length === 1 && count(osDevices, key(d)) === 1 ? same[0] : undefined
    const handle = match && handles.get(match.topoName)
    if (handle) out.set(d.topoName, handle)
  }
  return out
}
