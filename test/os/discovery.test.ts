// The discovery pipeline with the Windows and macOS sources, fed the real captures through the
// command interface (no PowerShell, ioreg or system_profiler runs here): what `detect --json`
// would print on those OSes, the fallbacks when a command fails, hotplug through the coalesced
// watcher, and one record shape for every source.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { discoverStaged } from '../../src/main/room/discover-room'
import { DeviceWatcher, MAX_DELAY_MS, WINDOWS_SETTLE_MS } from '../../src/main/room/watch'
import { identify } from '../../src/main/devices/identify'
import { readSysfsDevice } from '../../src/main/devices/sources/linux-sysfs'
import { toRawDevices } from '../../src/main/devices/sources/os/os-device'
import { parseUsbTreeView } from '../../src/main/devices/sources/windows/usbtreeview'
import { parsePnpList } from '../../src/main/devices/sources/windows/pnp-list'
import { parseIoreg } from '../../src/main/devices/sources/macos/ioreg'
import { parseSystemProfilerJson, parseSystemProfilerXml } from '../../src/main/devices/sources/macos/system-profiler'
import type { RawUsbDevice } from '../../src/main/devices/raw-device'
import { Device, Snapshot, type DeviceEvent } from '../../src/shared/contract'
import { CAPTURES, IOREG, osCapture, recordedRunner, SP_JSON, SP_XML, WINDOWS_PNP_LIST, WINDOWS_REPORT } from './captures'

const fast = { nativeLibraries: false, firmware: false } as const
const brief = (d: Device): string =>
  `${d.id} ${d.vendorId}:${d.productId} serial=${d.serial ?? 'none'} ${d.speed ?? '-'}/${d.speedSource ?? '-'} depth=${d.location.hubDepth}`

describe('Windows source through discovery', () => {
  it('the hub-driver report: serials, negotiated speeds (reported by the OS) and port chains', async () => {
    const runner = recordedRunner([{ when: WINDOWS_REPORT, output: osCapture(CAPTURES.streamcam) + osCapture(CAPTURES.c270) }])
    const r = await discoverStaged({ source: 'windows', commands: runner, ...fast })
    expect(runner.calls).toHaveLength(1)
    expect(runner.calls[0]).toMatch(/^C:\\Windows\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe -NoProfile -NonInteractive/)
    expect(r.warnings).toEqual([])
    expect(r.source).toBe('windows')
    expect(Snapshot.parse(r.snapshot)).toEqual(r.snapshot)
    expect(r.snapshot.devices.map(brief)).toEqual([
      'usb:1-1.3.1.3.7 046d:0825 serial=E190CC90 high/os depth=4',
      'usb:1-1.4 046d:0893 serial=5079EB25 high/os depth=1'
    ])
    expect(r.snapshot.devices[1]).toMatchObject({ known: false, usbProduct: 'Logitech StreamCam', errors: [{ code: 'driver' }] })
    // The topology carries the OS's capability flag and the claimed bcdUSB, kept apart from the speed.
    expect(r.tree.find((t) => t.deviceId === 'usb:1-1.4')).toMatchObject({
      speed: 'high',
      speedSource: 'os',
      superSpeedCapable: true,
      bcdUSB: 0x210
    })
  })

  it('when the hub helper cannot run (Add-Type blocked), the PnP list still gives identity and drivers, and says what is missing', async () => {
    const runner = recordedRunner([
      { when: WINDOWS_REPORT, fail: 'failed: Cannot add type. Definition of new types is not supported in this language mode.' },
      { when: WINDOWS_PNP_LIST, output: osCapture(CAPTURES.wmi) }
    ])
    const r = await discoverStaged({ source: 'windows', commands: runner, ...fast })
    expect(runner.calls).toHaveLength(2)
    expect(r.warnings).toEqual([
      'Windows USB report (PnP + hub driver): powershell.exe failed: Cannot add type. Definition of new types is not supported in this language mode.'
    ])
    expect(Snapshot.parse(r.snapshot)).toEqual(r.snapshot)
    expect(r.snapshot.devices.map(brief)).toEqual([
      'usb:unlocated:USB\\VID_046D&PID_08C9\\6BE882AB 046d:08c9 serial=6BE882AB -/- depth=0',
      'usb:unlocated:USB\\VID_046D&PID_C03E\\6&DF2EE03&0&6 046d:c03e serial=none -/- depth=0',
      'usb:unlocated:USB\\VID_046D&PID_C30A\\6&DF2EE03&0&5 046d:c30a serial=none -/- depth=0'
    ])
    for (const d of r.snapshot.devices) expect(d.errors).toEqual([])
    expect(r.tree).toEqual([])
  })

  it('when every Windows command fails or overruns, discovery degrades to the USB library with a warning, never a crash', async () => {
    const runner = recordedRunner([
      { when: WINDOWS_REPORT, fail: 'did not finish within 20 s and was stopped' },
      { when: WINDOWS_PNP_LIST, output: 'garbage without records' }
    ])
    const r = await discoverStaged({ source: 'windows', commands: runner, ...fast })
    expect(r.source).toBe('libusb')
    expect(r.snapshot.devices).toEqual([])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toMatch(
      /^The system's USB listing failed \(Windows USB report \(PnP \+ hub driver\): powershell\.exe did not finish within 20 s and was stopped; Windows device list \(PnP only, no link speed\): no DeviceID= lines in the Windows device list\); devices are listed through the USB library instead, with link speeds only inferred\.$/
    )
  })
})

describe('macOS source through discovery', () => {
  it('ioreg first; Logitech devices of the macOS 26 capture through system_profiler when ioreg fails', async () => {
    const runner = recordedRunner([
      { when: IOREG, fail: 'is not available on this computer' },
      { when: SP_JSON, output: osCapture(CAPTURES.tahoeJson) }
    ])
    const r = await discoverStaged({ source: 'macos', commands: runner, ...fast })
    expect(runner.calls).toEqual(['/usr/sbin/ioreg -p IOUSB -l -w 0', '/usr/sbin/system_profiler -json SPUSBDataType'])
    expect(r.warnings).toEqual(['ioreg: ioreg is not available on this computer'])
    expect(Snapshot.parse(r.snapshot)).toEqual(r.snapshot)
    expect(r.snapshot.devices.map(brief)).toEqual([
      'usb:1-1.3.3 046d:c545 serial=none full/os depth=2',
      'usb:1-1.3.4 046d:c539 serial=none full/os depth=2',
      'usb:1-1.4.2 046d:0ab5 serial=none full/os depth=2'
    ])
    expect(r.snapshot.devices.map((d) => d.usbProduct)).toEqual(['USB Receiver', 'USB Receiver', 'G733 Gaming Headset'])
    // The hubs leading to them are in the topology, with the speeds macOS reported.
    expect(r.tree.filter((t) => t.isHub).map((t) => `${t.topoName} ${t.name} ${t.speed}`)).toEqual([
      '1-1 USB2.0 Hub high',
      '1-1.4 USB2.0 Hub high',
      '1-1.3 USB2.1 Hub high'
    ])
  })

  it('falls back to system_profiler -xml (macOS before 10.15 has no -json)', async () => {
    const runner = recordedRunner([
      { when: IOREG, fail: 'failed: ioreg: privilege violation' },
      { when: SP_JSON, output: 'system_profiler: unknown option -json' },
      { when: SP_XML, output: osCapture(CAPTURES.spusbXml) }
    ])
    const r = await discoverStaged({ source: 'macos', commands: runner, ...fast })
    expect(runner.calls).toHaveLength(3)
    expect(r.warnings).toHaveLength(2)
    expect(r.snapshot.devices).toEqual([]) // no Logitech device on that Mac
  })
})

describe('hotplug through the coalesced watcher', () => {
  let watcher: DeviceWatcher | null = null
  afterEach(() => watcher?.stop())

  it('a rescan of the OS source after a hotplug signal turns into detach and attach events', async () => {
    const tahoe = osCapture(CAPTURES.tahoeJson)
    // The same Mac with the second receiver unplugged: its entry removed from the recorded output.
    const start = tahoe.indexOf('{', tahoe.lastIndexOf('{', tahoe.indexOf('"0xc539"')) - 1)
    const unplugged = tahoe.slice(0, tahoe.lastIndexOf(',', start)) + tahoe.slice(tahoe.indexOf('}', tahoe.indexOf('"0xc539"')) + 1)
    let output = tahoe
    const runner = recordedRunner([
      { when: IOREG, fail: 'is not available on this computer' },
      {
        when: SP_JSON,
        get output() {
          return output
        }
      }
    ])
    watcher = new DeviceWatcher(() => discoverStaged({ source: 'macos', commands: runner, nativeLibraries: false }))
    const events: DeviceEvent[] = []
    watcher.on('event', (e) => events.push(e))
    expect((await watcher.start()).devices.map((d) => d.id)).toEqual(['usb:1-1.3.3', 'usb:1-1.3.4', 'usb:1-1.4.2'])
    const next = (): Promise<void> => new Promise((resolve) => watcher!.once('snapshot', () => resolve()))
    output = unplugged
    let changed = next()
    watcher.schedule() // what the usb library's attach/detach event does
    await changed
    expect(events.map((e) => `${e.event} ${e.device.id}`)).toEqual(['detach usb:1-1.3.4'])
    output = tahoe
    changed = next()
    watcher.schedule()
    watcher.schedule() // a burst is one rescan
    await changed
    expect(events.map((e) => `${e.event} ${e.device.id}`)).toEqual(['detach usb:1-1.3.4', 'attach usb:1-1.3.4'])
  })
})

describe('one record shape for every source', () => {
  const sysfs = async (): Promise<RawUsbDevice> => {
    const attrs: Record<string, string> = {
      idVendor: '046d',
      idProduct: '0881',
      speed: '5000',
      bDeviceClass: '00',
      product: 'Logi Rally Camera',
      serial: 'RC1',
      busnum: '2',
      devnum: '3'
    }
    const device = await readSysfsDevice('2-1', '/sys', async (_dir, name) => (name in attrs ? Buffer.from(attrs[name]! + '\n') : null))
    return device!
  }
  const sources: Record<string, () => Promise<RawUsbDevice[]>> = {
    'linux-sysfs': async () => [await sysfs()],
    'windows usbtreeview': async () => toRawDevices('windows', parseUsbTreeView(osCapture(CAPTURES.streamcam)).devices),
    'windows pnp list': async () => toRawDevices('windows', parsePnpList(osCapture(CAPTURES.wmi)).devices),
    'macos ioreg': async () => toRawDevices('macos', parseIoreg(osCapture(CAPTURES.ioreg)).devices),
    'macos system_profiler json': async () => toRawDevices('macos', parseSystemProfilerJson(osCapture(CAPTURES.tahoeJson)).devices),
    'macos system_profiler xml': async () => toRawDevices('macos', parseSystemProfilerXml(osCapture(CAPTURES.spusbXml)).devices)
  }
  const shape = (r: RawUsbDevice): string[] =>
    Object.keys(r)
      .filter((k) => k !== 'os')
      .sort()

  it('every source fills the same fields, and what the catalog makes of them is a valid contract Device', async () => {
    const reference = shape((await sources['linux-sysfs']!())[0]!)
    for (const [name, list] of Object.entries(sources)) {
      const raws = await list()
      expect(raws.length, name).toBeGreaterThan(0)
      for (const r of raws) {
        expect(shape(r), name).toEqual(reference)
        expect(r.speedSource === null, `${name}: speedSource is null exactly when speed is`).toBe(r.speed === null)
        const device = identify({ ...r, vendorId: '046d', productId: '0881' }, [])!.device
        expect(Device.parse(device), name).toEqual(device)
      }
    }
  })
})

describe('the real command runner', () => {
  it('stops a command that overruns, and names missing and failing programs', async () => {
    const { execRunner } = await import('../../src/main/devices/sources/os/command')
    await expect(execRunner.run('/bin/sleep', ['10'], 200)).rejects.toThrow('sleep did not finish within 0.2 s and was stopped')
    await expect(execRunner.run('/nonexistent/ioreg', [], 1000)).rejects.toThrow('ioreg is not available on this computer')
    await expect(execRunner.run('/bin/sh', ['-c', 'echo "Access denied" >&2; exit 3'], 2000)).rejects.toThrow('sh failed: Access denied')
    await expect(execRunner.run('/bin/sh', ['-c', 'printf "+-o Root  <class IORegistryEntry>"'], 2000)).resolves.toBe(
      '+-o Root  <class IORegistryEntry>'
    )
  })
})

describe('settling after a Windows attach', () => {
  afterEach(() => vi.useRealTimers())

  it('one more scan after a change picks up the driver Plug and Play finished installing meanwhile', async () => {
    vi.useFakeTimers()
    const report = osCapture(CAPTURES.streamcam)
    // First seen while Windows is still installing the HID interface's driver (problem 28 on MI_05 too).
    const installing = report.replace(
      /(Child Device 4[\s\S]*?Service {16}: HidUsb)/,
      '$1\n  Problem                : 28 (CM_PROB_FAILED_INSTALL)'
    )
    const outputs = ['', installing, report]
    const runner = recordedRunner([
      {
        when: WINDOWS_REPORT,
        get output() {
          return outputs.length > 1 ? outputs.shift()! : outputs[0]!
        }
      }
    ])
    const w = new DeviceWatcher(() => discoverStaged({ source: 'windows', commands: runner, nativeLibraries: false }), {
      settleMs: WINDOWS_SETTLE_MS
    })
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event} ${e.device.id} ${e.device.errors.length}`))
    // An empty report is a clear error: the first scan falls back and lists nothing.
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS)
    expect(events).toEqual(['attach usb:1-1.4 2'])
    await vi.advanceTimersByTimeAsync(WINDOWS_SETTLE_MS + MAX_DELAY_MS)
    expect(events).toEqual(['attach usb:1-1.4 2', 'update usb:1-1.4 1'])
    w.stop()
  })
})

describe('source per platform', () => {
  it('Linux uses sysfs when it is there, Windows and macOS their own listing, anything else libusb', async () => {
    const { defaultSource } = await import('../../src/main/devices/discover')
    expect(defaultSource('linux', true)).toBe('linux-sysfs')
    expect(defaultSource('linux', false)).toBe('libusb')
    expect(defaultSource('win32', false)).toBe('windows')
    expect(defaultSource('darwin', false)).toBe('macos')
    expect(defaultSource('freebsd', false)).toBe('libusb')
  })
})
