import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'
import { learnKernelUsbSerials, type UsbPathVendors } from '../../src/main/privacy/kernel-usb'

// The kernel log names a device's vendor and its serial on separate lines tied by the bus path.
const found = (path: string, vid: string): string =>
  `kernel: usb ${path}: New USB device found, idVendor=${vid}, idProduct=0866, bcdDevice= 0.17`
const serial = (path: string, sn: string): string => `kernel: usb ${path}: SerialNumber: ${sn}`

describe('kernel USB serials', () => {
  it.each<[string, string[], string[]]>([
    ['a Logitech path keeps its serial', [found('3-2', '046d'), serial('3-2', '2128LZ5E0A7D')], ['2128LZ5E0A7D']],
    ['the vendor id in upper case', [found('1-1.4.2', '046D'), serial('1-1.4.2', '2214LZ0B3C9X')], ['2214LZ0B3C9X']],
    ["another vendor's serial is left to the rules", [found('1-4', '0bda'), serial('1-4', '200901010001')], []],
    ['a serial before any vendor line', [serial('2-1', '2128LZ5E0A7D')], []],
    ['a path re-used by another vendor', [found('3-2', '046d'), found('3-2', '0bda'), serial('3-2', '200901010001')], []],
    ["another path's vendor does not count", [found('3-2', '046d'), serial('3-3', '2128LZ5E0A7D')], []]
  ])('%s', (_name, lines, kept) => {
    const got: string[] = []
    learnKernelUsbSerials(lines.join('\n'), new Map(), (s) => got.push(s))
    expect(got).toEqual(kept)
  })

  it('remembers a path across chunks of one file', () => {
    const vendors: UsbPathVendors = new Map()
    const got: string[] = []
    learnKernelUsbSerials(found('3-2', '046d'), vendors, (s) => got.push(s))
    learnKernelUsbSerials(serial('3-2', '2128LZ5E0A7D'), vendors, (s) => got.push(s))
    expect(got).toEqual(['2128LZ5E0A7D'])
  })

  it("keeps a Logitech device's serial in a redacted kernel log and redacts another's", () => {
    const log = [
      found('3-2', '046d'),
      'kernel: usb 3-2: Product: Logitech MeetUp',
      serial('3-2', '2128LZ5E0A7D'),
      found('1-4', '0bda'),
      serial('1-4', '200901010001')
    ]
    const out = createRedactionSession().redactText(log.join('\n'), 'dmesg.log').text.split('\n')
    expect(out[2]).toBe(serial('3-2', '2128LZ5E0A7D'))
    expect(out[4]).toBe('kernel: usb 1-4: SerialNumber: <serial-1>')
  })
})
