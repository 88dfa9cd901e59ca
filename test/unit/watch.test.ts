import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  changedDevices,
  DESCRIPTOR_RETRY_MS,
  DeviceWatcher,
  diffSnapshots,
  MAX_DELAY_MS,
  MAX_DESCRIPTOR_RETRIES,
  MAX_READ_RETRIES,
  QUIET_MS,
  READ_RETRY_MS
} from '../../src/main/room/watch'
import type { DiscoveryResult } from '../../src/main/devices/discover'
import type { Device, Snapshot } from '../../src/shared/contract'
import { makeDevice } from '../support/device'

const dev = (id: string, serial = 'S'): Device => makeDevice({ id, usbProduct: null, serial })
const snap = (...devices: Device[]): Snapshot => ({ devices, systems: [] })

describe('diffSnapshots', () => {
  it('reports attach, detach and a swapped device as detach+attach', () => {
    const e = diffSnapshots(snap(dev('a'), dev('b')), snap(dev('b', 'OTHER'), dev('c')))
    expect(e.map((x) => `${x.event}:${x.device.id}:${x.device.serial}`)).toEqual([
      'detach:a:S',
      'detach:b:S',
      'attach:b:OTHER',
      'attach:c:S'
    ])
  })
  it('no change, no events', () => expect(diffSnapshots(snap(dev('a')), snap(dev('a')))).toEqual([]))
  it('a serial that becomes readable is the same device (an update), one that goes away is a swap', () => {
    const unread = { ...dev('a'), serial: null }
    expect(diffSnapshots(snap(unread), snap(dev('a', 'MU-LIVE')))).toEqual([])
    expect(changedDevices(snap(unread), snap(dev('a', 'MU-LIVE'))).map((d) => d.serial)).toEqual(['MU-LIVE'])
    expect(diffSnapshots(snap(dev('a', 'MU-LIVE')), snap(unread)).map((e) => e.event)).toEqual(['detach', 'attach'])
  })
})

describe('DeviceWatcher coalescing', () => {
  afterEach(() => vi.useRealTimers())

  it('a burst of hotplug signals costs one rescan, and the first signal waits at most MAX_DELAY_MS', async () => {
    vi.useFakeTimers()
    const results: Snapshot[] = [snap(), snap(dev('a'), dev('b'))]
    const discoverFn = vi.fn(async (): Promise<DiscoveryResult> => ({
      snapshot: results.shift() ?? snap(dev('a'), dev('b')),
      tree: [],
      warnings: []
    }))
    const w = new DeviceWatcher(discoverFn)
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.id}`))
    await w.start()
    expect(discoverFn).toHaveBeenCalledTimes(1)
    // A signal every QUIET_MS - 1 ms keeps the quiet timer from ever firing; only the max-delay
    // timer can start the rescan, and it must by MAX_DELAY_MS after the first signal.
    let elapsed = 0
    while (elapsed < MAX_DELAY_MS) {
      w.schedule()
      const step = Math.min(QUIET_MS - 1, MAX_DELAY_MS - elapsed)
      await vi.advanceTimersByTimeAsync(step)
      elapsed += step
    }
    expect(discoverFn).toHaveBeenCalledTimes(2)
    expect(events).toEqual(['attach:a', 'attach:b'])
    w.stop()
  })
})

describe('DeviceWatcher stages', () => {
  afterEach(() => vi.useRealTimers())

  it('emits attach from the fast stage, then update when firmware arrives; a superseded firmware pass is dropped', async () => {
    vi.useFakeTimers()
    const release: (() => void)[] = []
    const withFw = (serial: string, fw: string) => () =>
      new Promise<DiscoveryResult>((resolve) =>
        release.push(() => resolve({ snapshot: snap({ ...dev('a', serial), firmware: fw }), tree: [], warnings: [] }))
      )
    const scans = [
      { snapshot: snap(), tree: [], warnings: [] },
      { snapshot: snap(dev('a', 'S1')), tree: [], warnings: [], withFirmware: withFw('S1', 'OLD') },
      { snapshot: snap(dev('a', 'S1')), tree: [], warnings: [], withFirmware: withFw('S1', '1.2.3') }
    ]
    const w = new DeviceWatcher(async () => scans.shift()!)
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.id}:${e.device.firmware}`))
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS)
    expect(events).toEqual(['attach:a:null'])
    w.schedule() // a second scan starts before the first firmware pass ends
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS)
    // The second scan did not wait for the first firmware pass.
    expect(release).toHaveLength(1)
    release.splice(0).forEach((r) => r()) // first pass ends: superseded, dropped
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toEqual(['attach:a:null'])
    release.splice(0).forEach((r) => r()) // the queued second pass
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toEqual(['attach:a:null', 'update:a:1.2.3'])
    expect(w.snapshot.devices[0]!.firmware).toBe('1.2.3')
    w.stop()
  })
})

describe('DeviceWatcher start-up', () => {
  afterEach(() => vi.useRealTimers())

  it('a hotplug during the first discovery is reported after the first snapshot, not before', async () => {
    vi.useFakeTimers()
    let finishFirst!: () => void
    const first = new Promise<void>((r) => (finishFirst = r))
    const scans: Array<() => Promise<DiscoveryResult>> = [
      async () => {
        await first
        return { snapshot: snap(dev('a')), tree: [], warnings: [] }
      },
      async () => ({ snapshot: snap(dev('a'), dev('b')), tree: [], warnings: [] })
    ]
    const w = new DeviceWatcher(() => scans.shift()!())
    const log: string[] = []
    w.on('event', (e) => log.push(`${e.event}:${e.device.id}`))
    const started = w.start().then((s) => log.push(`started:${s.devices.length}`))
    expect(w.start()).toBe(w.start()) // concurrent callers share one start
    w.schedule() // device b plugged while the first discovery runs
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS * 2)
    expect(log).toEqual([])
    finishFirst()
    await started
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS)
    expect(log).toEqual(['started:1', 'attach:b'])
    w.stop()
  })
})

describe('DeviceWatcher read retries', () => {
  afterEach(() => vi.useRealTimers())

  const readError = {
    code: 'read' as const,
    message: 'Could not read the firmware version (its HID interface is not visible to this app).'
  }
  // a fast stage without firmware, then a firmware stage that fails `failures` times before it reads
  function discovery(failures: number): () => Promise<DiscoveryResult & { withFirmware: () => Promise<DiscoveryResult> }> {
    let scans = 0
    return async () => {
      const scan = scans++
      const fast = scan === 0 ? snap() : snap(dev('a'))
      return {
        snapshot: fast,
        tree: [],
        warnings: [],
        withFirmware: async () => ({
          snapshot:
            scan === 0 ? snap() : snap(scan > failures ? { ...dev('a'), firmware: '1.0.272' } : { ...dev('a'), errors: [readError] }),
          tree: [],
          warnings: []
        })
      }
    }
  }

  it('reads a just-attached part again while its HID interface is not there yet; its error never goes out', async () => {
    vi.useFakeTimers()
    const w = new DeviceWatcher(discovery(2))
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.firmware ?? ''}:${e.device.errors.length}`))
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS + 3 * READ_RETRY_MS)
    expect(events).toEqual(['attach::0', 'update:1.0.272:0'])
    w.stop()
  })

  it('reports the read error after its last retry', async () => {
    vi.useFakeTimers()
    const w = new DeviceWatcher(discovery(Infinity))
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.errors.map((x) => x.code).join()}`))
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS + (MAX_READ_RETRIES + 2) * (READ_RETRY_MS + MAX_DELAY_MS))
    expect(events).toEqual(['attach:', 'update:read'])
    w.stop()
  })
})

describe('DeviceWatcher descriptor retries', () => {
  afterEach(() => vi.useRealTimers())

  const noDescriptors = { code: 'descriptor' as const, message: 'The device did not provide USB descriptors.' }
  // after the first snapshot, a device whose descriptors (and serial) come only from scan `readyAt`
  function discovery(readyAt: number): () => Promise<DiscoveryResult> {
    let scans = 0
    return async () => {
      const scan = scans++
      const a = scan >= readyAt ? dev('a', 'MS-LIVE') : { ...dev('a'), serial: null, errors: [noDescriptors] }
      return { snapshot: scan === 0 ? snap() : snap(a), tree: [], warnings: [] }
    }
  }

  it('announces a just-attached part once, with the serial that came a moment after its attach signal', async () => {
    vi.useFakeTimers()
    const w = new DeviceWatcher(discovery(3))
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.serial}:${e.device.errors.length}`))
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS + MAX_DESCRIPTOR_RETRIES * (DESCRIPTOR_RETRY_MS + MAX_DELAY_MS))
    expect(events).toEqual(['attach:MS-LIVE:0'])
    w.stop()
  })

  it('a device that never gives its descriptors still attaches, with its error, after the last retry', async () => {
    vi.useFakeTimers()
    const w = new DeviceWatcher(discovery(Infinity))
    const events: string[] = []
    w.on('event', (e) => events.push(`${e.event}:${e.device.serial}:${e.device.errors.map((x) => x.code).join()}`))
    await w.start()
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS + (MAX_DESCRIPTOR_RETRIES + 2) * (DESCRIPTOR_RETRY_MS + MAX_DELAY_MS))
    expect(events).toEqual(['attach:null:descriptor'])
    // a later signal does not hold it back again: it is already known
    w.schedule()
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS)
    expect(events).toEqual(['attach:null:descriptor'])
    w.stop()
  })
})
