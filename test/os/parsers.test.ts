// Every real Windows and macOS capture through its parser: exactly the devices, serials ("none"
// when the OS has no serial, including Windows' generated instance ids), negotiated speeds and
// port chains the capture shows; and cut-short or corrupted variants of each format give a clear
// error or a warning, never a crash or a made-up device.
import { describe, expect, it } from 'vitest'
import { parseUsbTreeView } from '../../src/main/devices/sources/windows/usbtreeview'
import { parsePnpList } from '../../src/main/devices/sources/windows/pnp-list'
import { parseInstanceId } from '../../src/main/devices/sources/windows/instance-id'
import { parseLocationPath } from '../../src/main/devices/sources/windows/location-path'
import { parseIoreg } from '../../src/main/devices/sources/macos/ioreg'
import { parseLocationId } from '../../src/main/devices/sources/macos/location-id'
import { parseSystemProfilerJson, parseSystemProfilerXml } from '../../src/main/devices/sources/macos/system-profiler'
import { OsOutputError } from '../../src/main/devices/sources/os/command'
import type { OsUsbDevice } from '../../src/main/devices/sources/os/os-device'
import { CAPTURES, osCapture } from './captures'

/** "vid:pid serial speed bus-ports" — one line per device, in the order the OS printed them. */
const line = (d: OsUsbDevice): string =>
  `${d.vendorId}:${d.productId} ${d.serial ?? 'none'} ${d.speed ?? '-'} ${d.location ? `${d.location.bus}-${d.location.ports.join('.')}` : 'unplaced'}`

describe('Windows UsbTreeView reports (real captures)', () => {
  it('StreamCam: serial from the instance id, High-Speed although SuperSpeed-capable, port 4 of the hub on root port 1', () => {
    const r = parseUsbTreeView(osCapture(CAPTURES.streamcam))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual(['046d:0893 5079EB25 high 1-1.4'])
    const d = r.devices[0]!
    expect(d).toMatchObject({
      superSpeedCapable: true,
      bcdUSB: 0x210,
      product: 'Logitech StreamCam',
      isHub: false,
      drivers: ['usbccgp', 'usbvideo', 'usbaudio', 'HidUsb']
    })
    // Interface MI_04 has no driver (problem 28): a per-device error, not a silent gap.
    expect(d.errors).toEqual([
      { code: 'driver', message: 'Windows reports: Its interface 4 has no driver installed (Device Manager problem code 28).' }
    ])
  })

  it('C270: USB 2 only, High-Speed, five ports deep; no product string (iProduct is 0)', () => {
    const r = parseUsbTreeView(osCapture(CAPTURES.c270))
    expect(r.devices.map(line)).toEqual(['046d:0825 E190CC90 high 1-1.3.1.3.7'])
    expect(r.devices[0]).toMatchObject({ superSpeedCapable: false, bcdUSB: 0x200, product: null, errors: [] })
  })
})

describe('Windows Win32_PnPEntity list (real capture)', () => {
  it('lists the USB devices; generated instance ids are not serials; no speed or place in this format', () => {
    const r = parsePnpList(osCapture(CAPTURES.wmi))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual([
      '8087:0024 none - unplaced',
      '8087:0024 none - unplaced',
      '0b05:179c none - unplaced',
      '046d:08c9 6BE882AB - unplaced',
      '046d:c03e none - unplaced',
      '046d:c30a none - unplaced'
    ])
    const webcam = r.devices.find((d) => d.productId === '08c9')!
    expect(webcam.drivers).toEqual(['usbccgp', 'usbvideo', 'usbaudio'])
    expect(r.devices.find((d) => d.productId === 'c30a')!.osId).toBe('USB\\VID_046D&PID_C30A\\6&DF2EE03&0&5')
    expect(r.devices.filter((d) => d.isHub).map((d) => d.productId)).toEqual(['0024', '0024'])
  })
})

describe('macOS captures', () => {
  it('ioreg -l (Mac OS X 10.5/10.6, IOUSBDevice): decimal and sign-extended locationIDs, Device Speed 0/1/2', () => {
    const r = parseIoreg(osCapture(CAPTURES.ioreg))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual([
      '05ac:8005 none full 26-',
      '0458:0036 none low 26-2',
      '05ac:8206 none full 26-1',
      '05ac:8005 none full 58-',
      '05ac:8006 none high 250-',
      '05ac:1006 000000000000 high 250-4',
      '05ac:0221 none low 250-4.2',
      '05ac:8005 none full 29-',
      '05ac:8005 none full 61-',
      '05ac:8005 none full 93-',
      '05ac:8242 none low 93-1',
      '05ac:8006 none high 253-',
      '059f:102a 6E7A5FFFFFFF high 253-1',
      '05ac:8502 6067E773DA9722F4 (03.01) high 253-4'
    ])
    expect(r.devices.filter((d) => d.isHub).length).toBe(8)
  })

  it('system_profiler -json, classic schema (Intel + T2): masked serials kept as printed, T2 devices without a speed', () => {
    const r = parseSystemProfilerJson(osCapture(CAPTURES.spusbJson))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual([
      '0bda:5411 none high 20-3',
      '1d50:6018 ******** full 20-3.3',
      '0bda:5411 none high 20-3.1',
      '05c6:9091 ******************* high 20-3.1.3',
      '05ac:1109 ************ full 20-1',
      '0bda:0411 none super 0-1',
      '0bda:0411 none super 0-1.1',
      '043e:9a60 none super 2-3',
      '2109:0817 none super 2-3.3',
      '0781:558c ************************ super 2-3.2',
      '0bda:8153 ************ super 2-3.1',
      '043e:9a71 none super 2-3.4',
      '043e:9a68 none super 2-3.4.3',
      '043e:9a61 none high 2-2',
      '2109:2817 none high 2-2.3',
      '1366:0101 ************ high 2-2.3.3',
      '1915:520c ************ full 2-2.3.1',
      '2109:8817 **************** high 2-2.3.5',
      '043e:9a73 ************ high 2-2.4',
      '043e:9a70 none full 2-2.4.2',
      '043e:9a66 none high 2-2.4.1',
      '05ac:8102 **************** - 128-7',
      '05ac:8302 **************** - 128-6',
      '05ac:027c ********************* - 128-5',
      '05ac:8103 ************ - 128-4',
      '05ac:8262 ************ - 128-3',
      '05ac:8514 ***************** - 128-2',
      '05ac:8233 **************** - 128-1'
    ])
  })

  it('system_profiler -json on macOS 26 (SPUSBHostDataType): link speed in Mb/s and Gb/s, "Not Provided" is no serial', () => {
    const r = parseSystemProfilerJson(osCapture(CAPTURES.tahoeJson))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual([
      '1d5c:5801 none high 1-1',
      '3188:5335 0000000000000 full 1-1.5',
      '2109:2822 none high 1-1.4',
      '046d:0ab5 none full 1-1.4.2',
      '2109:8822 none high 1-1.4.5',
      '35d6:2510 none high 1-1.3',
      '05e3:0610 none high 1-1.3.1',
      '05ac:0324 0000000000000 full 1-1.3.1.1',
      '046d:c545 none full 1-1.3.3',
      '046d:c539 none full 1-1.3.4',
      '1d5c:7112 none full 1-1.1',
      '8087:0b40 none super-plus 1-2',
      '2109:0822 none super-plus 1-2.4',
      '0bda:8153 000000000 super 1-2.4.4',
      '35d6:3510 none super 1-2.3',
      '0bda:8157 0000000000 super-plus 1-2.2'
    ])
  })

  it('system_profiler -xml (OS X 10.9/10.10 plist)', () => {
    const r = parseSystemProfilerXml(osCapture(CAPTURES.spusbXml))
    expect(r.warnings).toEqual([])
    expect(r.devices.map(line)).toEqual([
      '05ac:8406 000000000820 super 21-3',
      '059b:0252 DEF109C77CF6 high 20-2',
      '0a5c:4500 none full 20-3',
      '05ac:828f none full 20-3.3'
    ])
  })
})

describe('newer ioreg keys (not in any real capture: written from the key names the capture README documents)', () => {
  const entry = (props: string): string =>
    `+-o Root  <class IORegistryEntry, id 0x1>\n  +-o Rally@14300000  <class IOUSBHostDevice, id 0x2>\n  | {\n${props}\n  | }\n`
  it('USBSpeed counts from 1 = low; UsbLinkSpeed is in bit/s; kUSBSerialNumberString is the serial', () => {
    const ids = '  |   "idVendor" = 1133\n  |   "idProduct" = 2177\n  |   "locationID" = 338690048'
    expect(parseIoreg(entry(`${ids}\n  |   "USBSpeed" = 4\n  |   "kUSBSerialNumberString" = "RC01"`)).devices.map(line)).toEqual([
      '046d:0881 RC01 super 20-3'
    ])
    expect(parseIoreg(entry(`${ids}\n  |   "USBSpeed" = 3`)).devices.map(line)).toEqual(['046d:0881 none high 20-3'])
    expect(parseIoreg(entry(`${ids}\n  |   "UsbLinkSpeed" = 5000000000`)).devices.map(line)).toEqual(['046d:0881 none super 20-3'])
    expect(parseIoreg(entry(`${ids}\n  |   "UsbLinkSpeed" = 480000000\n  |   "bcdUSB" = 800`)).devices[0]).toMatchObject({
      speed: 'high',
      bcdUSB: 800
    })
  })
})

describe('identifiers', () => {
  it('instance ids: a serial only when Windows did not generate the last segment', () => {
    expect(parseInstanceId('USB\\VID_046D&PID_0893\\5079EB25')).toMatchObject({ serial: '5079EB25', generated: false })
    expect(parseInstanceId('USB\\VID_046D&PID_C30A\\6&DF2EE03&0&5')).toMatchObject({ serial: null, generated: true })
    expect(parseInstanceId('USB\\VID_1234&PID_5678\\5&28A8B183&0&1')).toMatchObject({ serial: null, generated: true })
    expect(parseInstanceId('USB\\VID_046D&PID_0893&MI_02\\8&35E311C5&0&0002')).toMatchObject({ interfaceNumber: 2, serial: null })
    expect(parseInstanceId('HID\\VID_046D&PID_0893&MI_05\\9&3B5EB197&0&0000')).toBeNull()
  })
  it('location paths and locationIDs', () => {
    expect(parseLocationPath('PCIROOT(0)#PCI(0803)#PCI(0004)#USBROOT(0)#USB(1)#USB(4)')).toEqual({
      controller: 'PCIROOT(0)#PCI(0803)#PCI(0004)#USBROOT(0)',
      ports: [1, 4]
    })
    expect(parseLocationPath('ACPI(_SB_)#ACPI(PCI0)#ACPI(XHC4)#ACPI(RHUB)#ACPI(PRT1)#USB(4)')).toBeNull()
    expect(parseLocationPath('PCIROOT(0)#USBROOT(0)#USB(1)#USB(2)#USB(3)#USB(4)#USB(5)#USB(6)#USB(7)#USB(1)')).toBeNull()
    expect(parseLocationId('0x14313000 / 5')).toEqual({ bus: 0x14, ports: [3, 1, 3] })
    expect(parseLocationId('18446744073660268544')).toEqual({ bus: 0xfd, ports: [1] })
    expect(parseLocationId('99999999999999999999999')).toBeNull()
    expect(parseLocationId('0x1')).toEqual({ bus: 0, ports: [] })
    expect(parseLocationId('soon')).toBeNull()
  })
})

describe('malformed and cut-short output', () => {
  const cut = (text: string, fraction: number): string => text.slice(0, Math.floor(text.length * fraction))

  it('UsbTreeView: another format is a clear error; a report cut inside the device keeps what was printed', () => {
    expect(() => parseUsbTreeView('Get-PnpDevice : access denied')).toThrow(OsOutputError)
    expect(() => parseUsbTreeView('')).toThrow(/no "USB Device" section/)
    const text = osCapture(CAPTURES.streamcam)
    // Cut before the connection information: the device is listed, its speed unknown (not guessed from bcdUSB).
    const early = parseUsbTreeView(text.slice(0, text.indexOf('Connection Information')))
    expect(early.devices.map(line)).toEqual(['046d:0893 5079EB25 - 1-1.4'])
    expect(early.devices[0]!.bcdUSB).toBeNull()
    // Cut before the Device ID line: nothing is invented.
    const none = parseUsbTreeView(text.slice(0, text.indexOf('Device ID')))
    expect(none.devices).toEqual([])
    expect(none.warnings[0]).toMatch(/no Device ID/)
    // A garbled id is skipped with a warning naming it.
    const garbled = parseUsbTreeView(text.replace('USB\\VID_046D&PID_0893\\5079EB25', 'USB\\VID_XYZ'))
    expect(garbled.devices).toEqual([])
    expect(garbled.warnings[0]).toMatch(/USB\\VID_XYZ/)
  })

  it('UsbTreeView: bcdUSB never stands in for the link speed', () => {
    const text = osCapture(CAPTURES.streamcam)
      .replace(/^Device Bus Speed.*$/m, '')
      .replace(/^ DevIsOpAtSs.*$/gm, '')
    const d = parseUsbTreeView(text).devices[0]!
    expect(d.bcdUSB).toBe(0x210)
    expect(d.speed).toBeNull()
    // A report that claims USB 3.2 in bcdUSB but says High-Speed on the bus is High-Speed.
    const claims = parseUsbTreeView(
      osCapture(CAPTURES.c270).replace('bcdUSB                   : 0x200', 'bcdUSB                   : 0x320')
    ).devices[0]!
    expect(claims).toMatchObject({ bcdUSB: 0x320, speed: 'high' })
  })

  it('PnP list: not a list is an error; a cut record keeps the complete ones', () => {
    expect(() => parsePnpList('{"DeviceID": 1}')).toThrow(/no DeviceID= lines/)
    const text = osCapture(CAPTURES.wmi)
    const r = parsePnpList(cut(text, 0.5))
    expect(r.devices.length).toBeGreaterThan(0)
    expect(r.devices.length).toBeLessThan(6)
    for (const d of r.devices) expect(d.vendorId).toMatch(/^[0-9a-f]{4}$/)
    const bad = parsePnpList(text.replaceAll('USB\\VID_0B05&amp;PID_179C', 'USB\\VID_0B05'))
    expect(bad.warnings.some((w) => w.includes('USB\\VID_0B05'))).toBe(true)
  })

  it('ioreg: not ioreg is an error; an entry cut inside its properties is reported', () => {
    expect(() => parseIoreg('ioreg: command not found')).toThrow(/no registry entries/)
    const text = osCapture(CAPTURES.ioreg)
    const r = parseIoreg(text.slice(0, text.indexOf('"USB Serial Number" = "6E7A5FFFFFFF"')))
    expect(r.devices.map(line).at(-1)).toBe('059f:102a none high 253-1')
    expect(r.warnings).toEqual(['ioreg output ends inside the entry for "LaCie Device@fd100000" (cut short?); what was printed is used'])
    const nonsense = parseIoreg(text.replace('"locationID" = 438304768', '"locationID" = 12345678901234567890'))
    expect(nonsense.warnings.some((w) => w.includes('unreadable locationID'))).toBe(true)
    expect(nonsense.devices.find((d) => d.productId === '0036')!.location).toBeNull()
  })

  it('system_profiler JSON: truncated or foreign JSON is a clear error; bad fields are warned about', () => {
    const text = osCapture(CAPTURES.tahoeJson)
    expect(() => parseSystemProfilerJson(cut(text, 0.6))).toThrow(/not complete JSON/)
    expect(() => parseSystemProfilerJson('{"SPDisplaysDataType": []}')).toThrow(/no SPUSBDataType or SPUSBHostDataType/)
    const bad = parseSystemProfilerJson(
      text
        .replace('"USBKeyLocationID" : "0x01142000"', '"USBKeyLocationID" : "here"')
        .replace('"USBDeviceKeyVendorID" : "0x3188"', '"USBDeviceKeyVendorID" : "?"')
    )
    expect(bad.warnings).toEqual([
      'system_profiler entry "Thunderbolt 4 Docking Station" has no readable vendor/product ID; skipped',
      'system_profiler entry "G733 Gaming Headset" has an unreadable location "here"'
    ])
    expect(bad.devices.find((d) => d.productId === '0ab5')!.location).toBeNull()
  })

  it('system_profiler XML: a cut or broken property list is a clear error', () => {
    const text = osCapture(CAPTURES.spusbXml)
    expect(() => parseSystemProfilerXml(cut(text, 0.5))).toThrow(OsOutputError)
    expect(() => parseSystemProfilerXml(cut(text, 0.5))).toThrow(/cut short/)
    expect(() => parseSystemProfilerXml(text.replace('<string>super_speed</string>', '<strin>super_speed</string>'))).toThrow(
      /unknown element <strin>/
    )
    expect(() => parseSystemProfilerXml(text.replace('<integer>15931539456</integer>', '<integer>lots</integer>'))).toThrow(/bad <integer>/)
    expect(() => parseSystemProfilerXml('not xml')).toThrow(/not an XML property list/)
  })
})
