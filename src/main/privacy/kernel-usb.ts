// The Linux kernel log names a USB device's vendor and its serial on separate lines, tied by the
// device's bus path:
//   usb 3-2: New USB device found, idVendor=046d, idProduct=0866, bcdDevice= 0.17
//   usb 3-2: Product: Logitech MeetUp
//   usb 3-2: SerialNumber: 2128LZ5E0A7D
// The serial's own line has no Logitech context, so the key table would take it; support needs
// it (RMA, warranty). This reads each file's lines in order, remembers each path's vendor, and
// hands the serials of Logitech's paths to `keep`. Another vendor's serial is left to the rules.

const LOGITECH_VENDOR = '046d'
// (the bus path: bus number, then port numbers joined by dots: `3-2`, `1-1.4.2`)
const USB_LINE = /\busb (\d{1,3}-[\d.]{1,40}): (?:New USB device found, idVendor=([0-9A-Fa-f]{4})|SerialNumber: ([^\s"'<>]{1,128}))/g
// a kernel log of a busy hub names a few hundred paths; the map is bounded all the same
const MAX_PATHS = 4096

/** The vendor of each bus path seen so far in one file. */
export type UsbPathVendors = Map<string, string>

/** Reads `text` (whole lines of one file, in order); calls `keep` with each Logitech serial. */
export function learnKernelUsbSerials(text: string, vendors: UsbPathVendors, keep: (serial: string) => void): void {
  if (!text.includes('usb ')) return
  USB_LINE.lastIndex = 0
  for (let m = USB_LINE.exec(text); m !== null; m = USB_LINE.exec(text)) {
    const [, path, vendor, serial] = m as unknown as [string, string, string | undefined, string | undefined]
    if (vendor !== undefined) {
      if (vendors.size >= MAX_PATHS && !vendors.has(path)) vendors.clear()
      vendors.set(path, vendor.toLowerCase())
    } else if (serial !== undefined && vendors.get(path) === LOGITECH_VENDOR) keep(serial)
  }
}
