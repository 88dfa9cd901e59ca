// Two tools print a USB device as a block of lines, its vendor on one line and its serial on another:
//   lsusb -v             Bus 002 Device 003: ID 046d:089b Logitech, Inc. Rally Bar
//                          …  idVendor           0x046d Logitech, Inc.
//                          …  iSerial                 3 2214FD0C7E31
//   system_profiler          Rally Bar:
//   SPUSBDataType              Product ID: 0x089b
//                              Vendor ID: 0x046d  (Logitech Inc.)
//                              Serial Number: 2045LZ09C2A8
//   udevadm info         P: /devices/pci0000:00/…/2-1
//                        E: ID_SERIAL=Logitech_Rally_Bar_2252FDQ1R7M3
//                        E: ID_SERIAL_SHORT=2252FDQ1R7M3
//                        E: ID_VENDOR_ID=046d
// (udev sorts its properties, so a block's serials come before its vendor: they wait for it)
// The serial's own line has no Logitech context, so the key table would take it; support needs it.
// As kernel-usb.ts does for the kernel log, this reads each file's lines in order, remembers the
// vendor of the block being read, and hands the serials of Logitech's blocks to `keep`.

import { LOCALIZED, LOGITECH_WORD } from './rules/context-keys'

/** The block being read, carried from one chunk of a file to the next. */
export interface UsbDumpState {
  /** lsusb: the vendor id of the last `Bus … Device …: ID vvvv:pppp` header */
  lsusbVendor?: string
  /** system_profiler: the indentation of the device's name line, and whether it is Logitech's */
  device?: { indent: number; logitech: boolean }
  /** udevadm: the serials of the block being read until its vendor is known, or whether it is Logitech's */
  udev?: { serials: string[]; logitech: boolean }
}

const LOGITECH_VENDOR = '046d'
const LSUSB_HEADER = /^Bus \d{3} Device \d{3}: ID ([0-9a-fA-F]{4}):[0-9a-fA-F]{4}/
const LSUSB_SERIAL = /^[ \t]+iSerial[ \t]+\d{1,3}[ \t]+([^\s"'<>]{1,128})[ \t]*\r?$/
// a device's name line: indented, its name, a colon and nothing after it
const PROFILER_DEVICE = /^([ \t]+)(\S[^:\n]{0,80}):[ \t]*\r?$/
// (in any language macOS prints them in: the vendor's is the id with the vendor's name in brackets,
// `Vendor ID: 0x046d  (Logitech Inc.)`, `Valmistajan tunnus: 0x046d (Logitech Inc.)`; the product's has none;
// the serial's label is one of the localized serial keys, `Seriennummer:`, `Sarjanumero:`)
const PROFILER_VENDOR =
  /^[ \t]+[^:\n]{2,40}:[ \t]+0x([0-9a-fA-F]{4})[ \t]+\(|^[ \t]+Vendor:[ \t]+[^\n]{0,80}\((?:USB|PCI|BLUETOOTH):0x([0-9a-fA-F]{4})\)/
// `fwupdmgr get-devices` draws its devices as a tree (`├─Logi Rally Bar:`, `│     Serial Number:  …`, the
// vendor as `Vendor:  Logitech, Inc. (USB:0x046D)`): its drawing characters indent as blanks do
const TREE_DRAWING = /^[│├└─ \t]+/
const SERIAL_LABEL = `(?:Serial Number|${LOCALIZED.serial.join('|')})[ \\t]?[:：]`
const PROFILER_SERIAL = new RegExp(String.raw`^[ \t]+${SERIAL_LABEL}[ \t]+([^\s"'<>]{1,128})[ \t]*\r?$`, 'i')
const UDEV_SERIAL = /^E: ID_(?:USB_)?SERIAL(?:_SHORT)?=([^\s"'<>]{1,128})\r?$/
const UDEV_LOGITECH = /^E: ID_(?:USB_)?VENDOR(?:_ID=046[dD]|=Logitech|_FROM_DATABASE=Logitech)/
const DUMP_LINES = new RegExp(String.raw`iSerial|:[ \t]+0x[0-9a-fA-F]{4}[ \t]+\(|^Bus \d{3} Device|^E: ID_|^[│ \t]+${SERIAL_LABEL}`, 'mi')

/** Reads `text` (whole lines of one file, in order); calls `keep` with each serial of a Logitech block. */
export function learnUsbDumpSerials(text: string, state: UsbDumpState, keep: (serial: string) => void): void {
  // (a chunk with none of these holds no serial and no vendor of a block: read once, not line by line;
  // a device's name line alone at a chunk's end is then missed, its block's `Vendor ID` line is not)
  if (!DUMP_LINES.test(text)) return
  for (let ls = 0; ls < text.length;) {
    let nl = text.indexOf('\n', ls)
    if (nl < 0) nl = text.length
    // (only lines opening with `B`, `P`, `E` or a blank can matter: most log lines are skipped unread)
    const c = text.charCodeAt(ls)
    const tree = c === 0x2502 || c === 0x251c || c === 0x2514
    if (c !== 66 && c !== 32 && c !== 9 && c !== 80 && c !== 69 && !tree) {
      ls = nl + 1
      continue
    }
    const raw = text.slice(ls, nl)
    const line = tree ? raw.replace(TREE_DRAWING, (lead) => ' '.repeat(lead.length)) : raw
    ls = nl + 1
    if (c === 80 || c === 69) {
      udevLine(line, state, keep)
      continue
    }
    if (c === 66) {
      const bus = LSUSB_HEADER.exec(line)
      if (bus !== null) state.lsusbVendor = bus[1]!.toLowerCase()
      continue
    }
    const iserial = line.includes('iSerial') ? LSUSB_SERIAL.exec(line) : null
    if (iserial !== null) {
      if (state.lsusbVendor === LOGITECH_VENDOR) keep(iserial[1]!)
      continue
    }
    const device = line.endsWith(':') || line.endsWith(':\r') ? PROFILER_DEVICE.exec(line) : null
    if (device !== null) {
      state.device = { indent: device[1]!.length, logitech: LOGITECH_WORD.test(device[2]!) }
      continue
    }
    if (state.device === undefined) continue
    const indent = line.length - line.trimStart().length
    if (indent <= state.device.indent) continue
    const vendor = PROFILER_VENDOR.exec(line)
    if (vendor !== null) {
      state.device.logitech = (vendor[1] ?? vendor[2]!).toLowerCase() === LOGITECH_VENDOR
      continue
    }
    const serial = line.includes(':') ? PROFILER_SERIAL.exec(line) : null
    if (serial !== null && state.device.logitech) keep(serial[1]!)
  }
}

/** One `P:` or `E:` line of `udevadm info`: a device path opens a block, its serials wait for its vendor. */
function udevLine(line: string, state: UsbDumpState, keep: (serial: string) => void): void {
  if (line.startsWith('P: ')) {
    state.udev = { serials: [], logitech: false }
    return
  }
  const block = state.udev
  if (block === undefined || !line.startsWith('E: ID_')) return
  const serial = UDEV_SERIAL.exec(line)
  if (serial !== null) {
    if (block.logitech) keep(serial[1]!)
    // (a block's serials are few: a bound keeps a malformed dump from growing it)
    else if (block.serials.length < 8) block.serials.push(serial[1]!)
    return
  }
  if (!block.logitech && UDEV_LOGITECH.test(line)) {
    block.logitech = true
    for (const s of block.serials) keep(s)
    block.serials = []
  }
}
