// Health, grouping, firmware limits and the UI model fed Windows- and macOS-sourced records. No
// public capture of a Rally, MeetUp or Tap exists on these OSes, so where a room part is needed
// the test takes a real capture and substitutes a catalog VID:PID for the captured device's
// (each case says which); everything else (speed, flags, ports, drivers) is as captured.
import { describe, expect, it } from 'vitest'
import type { DiscoveryResult } from '../../src/main/devices/discover'
import { discoverStaged } from '../../src/main/room/discover-room'
import { runHealth } from '../../src/main/health/run-health'
import { readFirmware } from '../../src/main/firmware/read-firmware'
import { identify } from '../../src/main/devices/identify'
import { toRawDevices } from '../../src/main/devices/sources/os/os-device'
import { parseSystemProfilerJson } from '../../src/main/devices/sources/macos/system-profiler'
import { HealthReport, type Finding } from '../../src/shared/contract'
import { roomView } from '../../src/renderer/src/room/room-model'
import { roomText } from '../../src/shared/report/room-text'
import { SPEED_DETAIL } from '../../src/shared/wording'
import { speedText } from '../../src/renderer/src/ui/device-format'
import { groupFindings } from '../../src/renderer/src/ui/health-model'
import { CAPTURES, IOREG, osCapture, recordedRunner, SP_JSON, substitute, WINDOWS_REPORT } from './captures'

const fast = { nativeLibraries: false, firmware: false } as const
const STREAMCAM = { vid: '046d', pid: '0893' }
const RALLY_CAMERA = { vid: '046d', pid: '0881' }

async function windows(report: string): Promise<DiscoveryResult> {
  return discoverStaged({ source: 'windows', commands: recordedRunner([{ when: WINDOWS_REPORT, output: report }]), ...fast })
}

/** The macOS captures as JSON, with the entries named in `as` (by name or by "0x<product id>")
 *  given catalog IDs. */
async function mac(capture: string, as: Record<string, { vid: string; pid: string }>): Promise<DiscoveryResult> {
  const root = JSON.parse(osCapture(capture)) as Record<string, unknown>
  const walk = (items: unknown): void => {
    for (const item of Array.isArray(items) ? (items as Record<string, unknown>[]) : []) {
      const host = 'USBDeviceKeyVendorID' in item
      const to = as[String(item._name).trim()] ?? as[String(item[host ? 'USBDeviceKeyProductID' : 'product_id'])]
      if (to) {
        item[host ? 'USBDeviceKeyVendorID' : 'vendor_id'] = `0x${to.vid}`
        item[host ? 'USBDeviceKeyProductID' : 'product_id'] = `0x${to.pid}`
      }
      walk(item._items)
    }
  }
  walk(root.SPUSBDataType ?? root.SPUSBHostDataType)
  const runner = recordedRunner([
    { when: IOREG, fail: 'is not available on this computer' },
    { when: SP_JSON, output: JSON.stringify(root) }
  ])
  return discoverStaged({ source: 'macos', commands: runner, ...fast })
}

const health = (r: DiscoveryResult): HealthReport => HealthReport.parse(runHealth(r))
const of = (report: HealthReport, check: string): Finding[] => report.findings.filter((f) => f.check === check)

describe('link speed from what the OS reports', () => {
  it('the StreamCam as captured (SuperSpeed-capable, DevIsOpAtSsOrHigher 0, High-Speed on a USB 2-only port) reports the downgrade', async () => {
    const report = health(await windows(osCapture(CAPTURES.streamcam)))
    expect(of(report, 'link-speed')).toEqual([
      {
        id: 'link-speed:usb:1-1.4',
        check: 'link-speed',
        severity: 'info',
        devices: ['usb:1-1.4'],
        title: 'Logitech StreamCam could run faster',
        detail: 'The Logitech StreamCam supports USB 3 but is connected at USB 2 High Speed (480 Mbit/s) (bus 1, port 1.4 (behind 1 hub)).',
        fix: 'If it misbehaves, connect it to a USB 3 port (usually blue, or marked "SS").'
      }
    ])
  })

  it("the same report with the Rally Camera's VID:PID substituted (a part that needs SuperSpeed) is an error", async () => {
    const report = health(await windows(substitute(osCapture(CAPTURES.streamcam), STREAMCAM, RALLY_CAMERA, 'windows')))
    const [f] = of(report, 'link-speed')
    expect(f).toMatchObject({ id: 'link-speed:usb:1-1.4', severity: 'error', title: 'Rally Camera is running at USB 2 speed' })
    expect(f!.detail).toContain('negotiated USB 2 High Speed (480 Mbit/s)')
    // the shared long form, the words every screen and report use for a link
    expect(f!.detail).toContain(`needs a ${SPEED_DETAIL.super} link`)
    expect(f!.detail).toContain(`negotiated ${SPEED_DETAIL.high} at`)
    expect(
      report.topology.flatMap((n) => (n.children.length ? n.children : [n])).find((n) => n.deviceId === 'usb:1-1.4')!.problems
    ).toContain('link-speed:usb:1-1.4')
  })

  it('the C270 (USB 2 only: the OS says not SuperSpeed-capable) stays silent even when bcdUSB is edited to claim 3.2', async () => {
    const c270 = osCapture(CAPTURES.c270)
    expect(of(health(await windows(c270)), 'link-speed')).toEqual([])
    expect(
      of(health(await windows(c270.replace('bcdUSB                   : 0x200', 'bcdUSB                   : 0x320'))), 'link-speed')
    ).toEqual([])
  })

  it('macOS super_speed devices stay silent, also as room cameras (LG camera → Rally Bar, SSD → Rally Camera, substituted)', async () => {
    const r = await mac(CAPTURES.spusbJson, { 'LG UltraFine Display Camera': { vid: '046d', pid: '089b' }, 'Extreme SSD': RALLY_CAMERA })
    expect(r.snapshot.devices.map((d) => `${d.name} ${d.speed}/${d.speedSource}`)).toEqual(['Rally Camera super/os', 'Rally Bar super/os'])
    expect(of(health(r), 'link-speed')).toEqual([])
  })

  it('a macOS-reported 12 Mb/s link on a camera that needs SuperSpeed is an error (G733 → MeetUp Camera, substituted)', async () => {
    const r = await mac(CAPTURES.tahoeJson, { 'G733 Gaming Headset': { vid: '046d', pid: '0866' } })
    expect(of(health(r), 'link-speed').map((f) => `${f.id} ${f.severity}`)).toEqual(['link-speed:usb:1-1.4.2 error'])
  })

  it('an inferred speed never raises the finding on its own; an OS-reported USB 2 hub above it still does', async () => {
    const r = await windows(substitute(osCapture(CAPTURES.streamcam), STREAMCAM, RALLY_CAMERA, 'windows'))
    const inferred: DiscoveryResult = {
      ...r,
      snapshot: { ...r.snapshot, devices: r.snapshot.devices.map((d) => ({ ...d, speedSource: 'inferred' as const })) },
      tree: r.tree.map((t) => ({ ...t, speedSource: t.deviceId ? ('inferred' as const) : t.speedSource }))
    }
    expect(of(health(inferred), 'link-speed')).toEqual([])
    const hub = {
      topoName: '1-1',
      bus: 1,
      ports: [1],
      vendorId: '05e3',
      productId: '0610',
      name: 'USB2.1 Hub',
      speed: 'high' as const,
      speedSource: 'os' as const,
      superSpeedCapable: false,
      isHub: true,
      bcdUSB: null,
      deviceId: null
    }
    const [f] = of(health({ ...inferred, tree: [...inferred.tree, hub] }), 'link-speed')
    expect(f).toMatchObject({ severity: 'error' })
    expect(f!.detail).toContain('through a USB 2 hub ("USB2.1 Hub", bus 1 port 1)')
  })
})

describe('drivers and access per OS', () => {
  it("Windows: the StreamCam's interface without a driver (problem 28) is a finding with a Device Manager fix", async () => {
    const report = health(await windows(osCapture(CAPTURES.streamcam)))
    expect(of(report, 'windows-driver')).toEqual([
      {
        id: 'windows-driver:usb:1-1.4',
        check: 'windows-driver',
        severity: 'warning',
        devices: ['usb:1-1.4'],
        title: 'Windows reports a driver problem with Logitech StreamCam',
        detail:
          'Windows reports: Its interface 4 has no driver installed (Device Manager problem code 28). (bus 1, port 1.4 (behind 1 hub))',
        fix: expect.stringMatching(/^Open Device Manager, right-click the .* "Update driver"/)
      }
    ])
    expect(of(report, 'permissions')).toEqual([])
    // As a room part (Rally Camera substituted) the same problem is an error: part of the room does not work.
    const room = health(await windows(substitute(osCapture(CAPTURES.streamcam), STREAMCAM, RALLY_CAMERA, 'windows')))
    expect(of(room, 'windows-driver')[0]).toMatchObject({ severity: 'error', title: 'Windows reports a driver problem with Rally Camera' })
  })

  it('Windows: a device Windows stopped or remembers but cannot reach is told to replug', async () => {
    const stopped = osCapture(CAPTURES.c270).replace('Problem Code             : 0', 'Problem Code             : 43')
    const [f] = of(health(await windows(stopped)), 'windows-driver')
    expect(f!.detail).toContain('was stopped by Windows because it reported a problem (Device Manager problem code 43)')
    expect(f!.fix).toMatch(/^Unplug the .*, wait ten seconds and plug it back in/)
  })

  it('macOS: a HID part macOS will not open becomes a permission error with a macOS fix, never the Linux udev one', async () => {
    const r = await mac(CAPTURES.tahoeJson, { 'USB Receiver': { vid: '046d', pid: '0885' } })
    const audio = r.snapshot.devices.find((d) => d.productId === '0885')!
    const raw = toRawDevices('macos', parseSystemProfilerJson(osCapture(CAPTURES.tahoeJson)).devices).find((d) => d.productId === 'c545')!
    const item = identify({ ...raw, productId: '0885' }, [
      {
        path: '/nonexistent/hid-device',
        vendorId: '046d',
        productId: '0885',
        serial: null,
        topoName: null,
        interfaceNumber: 3,
        usagePage: 0xff00
      }
    ])!
    const result = await readFirmware({ item, raw: { ...raw, productId: '0885' }, libusb: undefined })
    const permission = result.errors.find((e) => e.code === 'permission')
    expect(permission?.message).toMatch(/^macOS did not let this app open the Rally Audio \(Display Hub\)/)
    const withError = {
      ...r,
      snapshot: {
        ...r.snapshot,
        devices: r.snapshot.devices.map((d) => (d.id === audio.id ? { ...d, errors: [...d.errors, permission!] } : d))
      }
    }
    const report = health(withError)
    expect(of(report, 'permissions')).toEqual([])
    expect(of(report, 'macos-access')[0]).toMatchObject({ severity: 'error', devices: [audio.id] })
    expect(of(report, 'macos-access')[0]!.fix).toContain('Privacy & Security → Input Monitoring')
  })
})

describe('firmware reads that an OS cannot do say so', () => {
  const captured = () =>
    toRawDevices('windows', [
      {
        osId: 'USB\\VID_046D&PID_089B\\2313FD1N08Z2',
        vendorId: '046d',
        productId: '089b',
        serial: '2313FD1N08Z2',
        product: null,
        manufacturer: null,
        location: { bus: 1, ports: [2] },
        speed: 'super',
        superSpeedCapable: true,
        bcdUSB: 0x320,
        isHub: false,
        drivers: ['usbccgp', 'usbvideo', 'usbaudio'],
        errors: []
      }
    ])[0]!

  it("Windows: the Rally Bar's bulk device-info needs WinUSB on its vendor interface", async () => {
    const raw = captured()
    const r = await readFirmware({ item: identify(raw, [])!, raw, libusb: undefined })
    expect(r.errors).toEqual([
      {
        code: 'read',
        message:
          'Could not read the firmware version (device-info request: not readable on Windows: the vendor interface has no WinUSB driver (Windows reports usbccgp, usbvideo, usbaudio), and Windows only lets apps open a USB interface through WinUSB).'
      }
    ])
  })

  it('Windows and macOS: the camera device-info control (UVC extension unit) has no platform reader', async () => {
    const win = { ...captured(), productId: '0881' }
    expect((await readFirmware({ item: identify(win, [])!, raw: win, libusb: undefined })).errors[0]!.message).toContain(
      'camera device-info control: not readable on Windows: the camera control interface belongs to the Windows camera driver (usbvideo)'
    )
    const macRaw = { ...win, os: { ...win.os!, platform: 'macos' as const } }
    expect((await readFirmware({ item: identify(macRaw, [])!, raw: macRaw, libusb: undefined })).errors[0]!.message).toContain(
      'not readable on macOS: the camera control interface belongs to the macOS camera service'
    )
  })
})

describe('grouping and the UI with OS-sourced records', () => {
  it('a Rally from the macOS 26 capture (G733 → Rally Camera, receivers → Table Hub and Rally Audio, substituted) is one complete system', async () => {
    const r = await mac(CAPTURES.tahoeJson, {
      'G733 Gaming Headset': RALLY_CAMERA,
      '0xc545': { vid: '046d', pid: '088f' },
      '0xc539': { vid: '046d', pid: '0885' }
    })
    expect(r.snapshot.systems.map((s) => `${s.product} [${s.parts.join(' ')}] missing=${s.missing.join(',')}`)).toEqual([
      'Rally [usb:1-1.4.2 usb:1-1.3.3 usb:1-1.3.4] missing='
    ])
    const view = roomView(r.snapshot)
    expect(view.systems.map((s) => [s.connected, s.missing])).toEqual([[3, 0]])
    expect(view.others).toEqual([])
    // The camera runs at the 12 Mb/s the G733 captured: the Health screen's groups carry the error.
    expect(groupFindings(health(r).findings).flatMap((g) => g.findings.map((f) => f.id))).toContain('link-speed:usb:1-1.4.2')
    const text = roomText(view, null).join('\n')
    expect(text).toContain('USB 1 · 12 Mbit/s')
    expect(text).toContain('serial not reported')
  })

  it('the Windows fallback listing (no place, no speed) renders, and an inferred speed is labelled', async () => {
    const r = await discoverStaged({
      source: 'windows',
      commands: recordedRunner([
        { when: WINDOWS_REPORT, fail: 'failed' },
        { when: /Win32_PnPEntity/, output: osCapture(CAPTURES.wmi) }
      ]),
      ...fast
    })
    const view = roomView(r.snapshot)
    expect(view.others.map((d) => d.productId)).toEqual(['08c9', 'c03e', 'c30a'])
    const text = roomText(view, null).join('\n')
    expect(text).toContain(
      'serial 6BE882AB · firmware not read by this app · link speed unknown · port not reported by the system · 046d:08c9'
    )
    expect(groupFindings(health(r).findings).length).toBeGreaterThan(0)
    expect(speedText('high', 'inferred')).toBe('USB 2 · 480 Mbit/s (inferred)')
    expect(speedText('high', 'os')).toBe('USB 2 · 480 Mbit/s')
  })
})
