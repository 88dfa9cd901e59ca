import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'
import { learnUsbDumpSerials, type UsbDumpState } from '../../src/main/privacy/usb-dumps'

// `lsusb -v`, `system_profiler SPUSBDataType` and `udevadm info` print a device's vendor and its serial on lines of
// one block: a Logitech block's serial is support data, another vendor's is not.
const lsusb = (vid: string, sn: string): string[] => [
  `Bus 002 Device 003: ID ${vid}:089b Example, Inc. Device`,
  'Device Descriptor:',
  `  idVendor           0x${vid} Example, Inc.`,
  `  iSerial                 3 ${sn}`
]
const profiler = (name: string, vid: string, sn: string): string[] => [
  `        ${name}:`,
  '',
  '          Product ID: 0x089b',
  `          Vendor ID: 0x${vid}  (Example Inc.)`,
  `          Serial Number: ${sn}`,
  '          Speed: Up to 5 Gb/s'
]

const udevadm = (vid: string, model: string, sn: string): string[] => [
  'P: /devices/pci0000:00/0000:00:14.0/usb2/2-1',
  `E: ID_SERIAL=${model}_${sn}`,
  `E: ID_SERIAL_SHORT=${sn}`,
  `E: ID_VENDOR_ID=${vid}`
]

describe('USB device dumps', () => {
  it.each<[string, string[], string[]]>([
    ["lsusb: a Logitech block's serial", lsusb('046d', '2214FD0C7E31'), ['2214FD0C7E31']],
    ["lsusb: another vendor's", lsusb('0781', '4C531001540912118433'), []],
    [
      'lsusb: a block ends at the next header',
      [...lsusb('046d', '2214FD0C7E31'), ...lsusb('0781', '4C531001540912118433')],
      ['2214FD0C7E31']
    ],
    ["system_profiler: a Logitech vendor id's block", profiler('Rally Bar', '046d', '2045LZ09C2A8'), ['2045LZ09C2A8']],
    [
      "system_profiler: a Logitech name's block (no vendor line)",
      ['        Logi Rally Camera:', '          Serial Number: 2045LZ09C2A9'],
      ['2045LZ09C2A9']
    ],
    [
      "system_profiler: a Logitech product's name (no vendor line)",
      ['        Rally Bar Mini:', '          Serial Number: 2231LZ0F7M21'],
      ['2231LZ0F7M21']
    ],
    ["system_profiler: another vendor's", profiler('Extreme SSD', '0781', '32343133464E3430'), []],
    // macOS in another language: the vendor's line is the id with the vendor's name in brackets
    [
      'system_profiler in Finnish',
      [
        '        Rally Bar:',
        '          Tuotetunnus: 0x089b',
        '          Valmistajan tunnus: 0x046d  (Logitech Inc.)',
        '          Sarjanumero: 2231LZ0F7M21',
        '        Extreme SSD:',
        '          Valmistajan tunnus: 0x0781  (SanDisk)',
        '          Sarjanumero: 32343133464E'
      ],
      ['2231LZ0F7M21']
    ],
    [
      'system_profiler: the next device ends the block',
      [...profiler('Rally Bar', '046d', '2045LZ09C2A8'), ...profiler('Extreme SSD', '0781', '32343133464E3430')],
      ['2045LZ09C2A8']
    ],
    ['a serial before any block', ['          Serial Number: 2045LZ09C2A8', '  iSerial                 3 2214FD0C7E31'], []],
    // udev sorts a block's properties: its serials come before the vendor that decides them
    [
      "udevadm: a Logitech block's serials",
      udevadm('046d', 'Logitech_Rally_Bar', '2252FDQ1R7M3'),
      ['Logitech_Rally_Bar_2252FDQ1R7M3', '2252FDQ1R7M3']
    ],
    ["udevadm: another vendor's", udevadm('144d', 'Samsung_SSD_980', 'S5GXNX0T412873K'), []],
    [
      'udevadm: a device path opens the next block',
      [...udevadm('144d', 'Samsung_SSD_980', 'S5GXNX0T412873K'), ...udevadm('046d', 'Logitech_Rally_Bar', '2252FDQ1R7M3')],
      ['Logitech_Rally_Bar_2252FDQ1R7M3', '2252FDQ1R7M3']
    ]
  ])('%s', (_name, lines, kept) => {
    const got: string[] = []
    learnUsbDumpSerials(lines.join('\n'), {}, (s) => got.push(s))
    expect(got).toEqual(kept)
  })

  it('carries the block across chunks of one file', () => {
    const state: UsbDumpState = {}
    const got: string[] = []
    const lines = profiler('Rally Bar', '046d', '2045LZ09C2A8')
    learnUsbDumpSerials(lines.slice(0, 4).join('\n') + '\n', state, (s) => got.push(s))
    learnUsbDumpSerials(lines.slice(4).join('\n'), state, (s) => got.push(s))
    expect(got).toEqual(['2045LZ09C2A8'])
  })

  it("keeps a Logitech device's serial in a redacted dump and redacts another's", () => {
    const dump = [...lsusb('046d', '2214FD0C7E31'), ...lsusb('0781', '4C531001540912118433')]
    const out = createRedactionSession().redactText(dump.join('\n'), 'lsusb.txt').text.split('\n')
    expect(out[3]).toBe('  iSerial                 3 2214FD0C7E31')
    expect(out[7]).toBe('  iSerial                 3 <serial-1>')
  })
})
