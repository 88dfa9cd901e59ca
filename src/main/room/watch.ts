// Live view of the room. The OS hotplug event (through libusb) triggers a rescan; events that
// arrive together (a hub with four parts behind it enumerates as a burst) are coalesced into one
// rescan, bounded so the first event is never delayed by more than MAX_DELAY_MS.
import { EventEmitter } from 'node:events'
import type { Device, DeviceEvent, Snapshot } from '../../shared/contract'
import type { DiscoveryResult } from '../devices/discover'
import { discoverStaged } from './discover-room'
import { FirmwareCache } from '../firmware/firmware-cache'
import { loadUsb } from '../usb-io/native-modules'

export const QUIET_MS = 25
export const MAX_DELAY_MS = 120
/** Fallback when the platform gives no hotplug events: poll. */
export const POLL_MS = 2000
/** Windows announces a device before Plug and Play has finished installing its interfaces'
 *  drivers, so a scan right after an attach can show a driver problem that is only transient:
 *  one more scan this long after a change settles it. */
export const WINDOWS_SETTLE_MS = 2500

/** A part's HID interface (hidraw, IOHIDDevice) can appear a moment after the USB device itself,
 *  so a firmware read right after an attach may find none: such a read is tried again this long
 *  after, up to MAX_READ_RETRIES times, before its error goes out. */
export const READ_RETRY_MS = 600
export const MAX_READ_RETRIES = 3

/** A device's descriptors and serial (its sysfs attributes, its string descriptors) can be
 *  readable a moment after its attach signal: a scan that finds a just-attached device without
 *  them is taken again this long after, up to MAX_DESCRIPTOR_RETRIES times, before its events go
 *  out. The part is announced once, complete; a device that is really malformed still shows its
 *  error, a fraction of a second later. */
export const DESCRIPTOR_RETRY_MS = 150
export const MAX_DESCRIPTOR_RETRIES = 3

/** A discovery; when it carries `withFirmware`, the slow stage runs after events went out. */
type Discover = () => Promise<DiscoveryResult & { withFirmware?: () => Promise<DiscoveryResult> }>

export interface DeviceWatcherEvents {
  event: [DeviceEvent]
  snapshot: [Snapshot]
  warning: [string]
}

// A serial that was not readable yet and now is (the string descriptor or its sysfs attribute can
// come a moment after the device) names the same device: an `update`, not a swap. `before` is
// the earlier scan's view.
const sameDevice = (before: Device, after: Device): boolean =>
  before.vendorId === after.vendorId &&
  before.productId === after.productId &&
  (before.serial === after.serial || before.serial === null) &&
  before.mode === after.mode &&
  before.speed === after.speed

/** The same device (not a swap) whose details changed: firmware, errors, names, location. */
export function changedDevices(before: Snapshot, after: Snapshot): Device[] {
  const prev = new Map(before.devices.map((d) => [d.id, d]))
  return after.devices.filter((d) => {
    const p = prev.get(d.id)
    return p !== undefined && sameDevice(p, d) && JSON.stringify(p) !== JSON.stringify(d)
  })
}

/** Keeps firmware already known for the same device while its new read is pending. */
function carryFirmware(before: Snapshot, fast: Snapshot): Snapshot {
  const prev = new Map(before.devices.map((d) => [d.id, d]))
  return {
    devices: fast.devices.map((d) => {
      const p = prev.get(d.id)
      if (!p || !sameDevice(p, d)) return d
      // Fresh errors from this scan (permission, descriptors) plus the last firmware read's.
      const errors = [...d.errors, ...p.errors.filter((e) => e.code === 'read' && !d.errors.some((x) => x.message === e.message))]
      return { ...d, firmware: p.firmware, firmwareSource: p.firmwareSource, components: p.components, errors }
    }),
    systems: fast.systems.map((s) => ({ ...s, peripherals: before.systems.find((b) => b.id === s.id)?.peripherals ?? s.peripherals }))
  }
}

/** attach/detach events that turn `before` into `after`. A changed device is a detach then an attach. */
export function diffSnapshots(before: Snapshot, after: Snapshot): DeviceEvent[] {
  const prev = new Map(before.devices.map((d) => [d.id, d]))
  const next = new Map(after.devices.map((d) => [d.id, d]))
  const events: DeviceEvent[] = []
  for (const [id, d] of prev) {
    const n = next.get(id)
    if (!n || !sameDevice(d, n)) events.push({ event: 'detach', device: d })
  }
  for (const [id, d] of next) {
    const p = prev.get(id)
    if (!p || !sameDevice(p, d)) events.push({ event: 'attach', device: d })
  }
  return events
}

export class DeviceWatcher extends EventEmitter<DeviceWatcherEvents> {
  private current: Snapshot = { devices: [], systems: [] }
  private last: DiscoveryResult = { snapshot: this.current, tree: [], warnings: [] }
  private readonly firmwareCache = new FirmwareCache()
  private readonly discoverFn: Discover
  private quietTimer: NodeJS.Timeout | null = null
  private maxTimer: NodeJS.Timeout | null = null
  private pollTimer: NodeJS.Timeout | null = null
  private scanning: Promise<void> | null = null
  private rescanAgain = false
  private started = false
  private readonly onHotplug = (): void => this.schedule()
  private readonly settleMs: number
  private settleTimer: NodeJS.Timeout | null = null
  /** Read retries spent per device id since it attached (see READ_RETRY_MS). */
  private readonly readRetries = new Map<string, number>()
  private retryTimer: NodeJS.Timeout | null = null
  /** Scans held back in a row because a just-attached device had no descriptors yet. */
  private descriptorRetries = 0
  private descriptorTimer: NodeJS.Timeout | null = null

  constructor(discoverFn?: Discover, options: { settleMs?: number } = {}) {
    super()
    this.discoverFn = discoverFn ?? (() => discoverStaged({ firmwareCache: this.firmwareCache }))
    this.settleMs = options.settleMs ?? (process.platform === 'win32' ? WINDOWS_SETTLE_MS : 0)
  }

  get snapshot(): Snapshot {
    return this.current
  }

  /** The latest full discovery (snapshot plus USB tree), for health checks. */
  get latest(): DiscoveryResult {
    return this.last
  }

  private starting: Promise<Snapshot> | null = null
  /** A hotplug signal arrived while the first snapshot was being taken. */
  private pendingDuringStart = false

  /** Idempotent: concurrent callers share the first snapshot. */
  start(): Promise<Snapshot> {
    this.starting ??= this.doStart()
    return this.starting
  }

  private async doStart(): Promise<Snapshot> {
    this.started = true
    this.initialising = true
    const usb = loadUsb()
    if (usb.ok) {
      usb.module.usb.on('attach', this.onHotplug)
      usb.module.usb.on('detach', this.onHotplug)
    } else {
      this.pollTimer = setInterval(this.onHotplug, POLL_MS)
    }
    try {
      const staged = await this.discoverFn()
      const first = staged.withFirmware ? await staged.withFirmware() : staged
      this.last = first
      this.current = first.snapshot
      for (const w of first.warnings) this.emit('warning', w)
    } finally {
      this.initialising = false
    }
    // Devices that came or went during the first discovery are reported after it, as events
    // against the first snapshot, never before it.
    if (this.pendingDuringStart) {
      this.pendingDuringStart = false
      this.schedule()
    }
    return this.current
  }

  private initialising = false

  stop(): void {
    if (!this.started) return
    this.started = false
    this.starting = null
    const usb = loadUsb()
    if (usb.ok) {
      usb.module.usb.off('attach', this.onHotplug)
      usb.module.usb.off('detach', this.onHotplug)
    }
    for (const t of [this.quietTimer, this.maxTimer, this.settleTimer, this.retryTimer, this.descriptorTimer]) if (t) clearTimeout(t)
    if (this.pollTimer) clearInterval(this.pollTimer)
    this.quietTimer = this.maxTimer = this.pollTimer = this.settleTimer = this.retryTimer = this.descriptorTimer = null
  }

  /** Public so callers with their own signal (e.g. a udev monitor) can ask for a rescan. */
  schedule(): void {
    if (!this.started) return
    if (this.initialising) {
      this.pendingDuringStart = true
      return
    }
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = setTimeout(() => this.flush(), QUIET_MS)
    this.maxTimer ??= setTimeout(() => this.flush(), MAX_DELAY_MS)
  }

  private flush(): void {
    for (const t of [this.quietTimer, this.maxTimer]) if (t) clearTimeout(t)
    this.quietTimer = this.maxTimer = null
    if (this.scanning) {
      this.rescanAgain = true
      return
    }
    this.scanning = this.rescan().finally(() => {
      this.scanning = null
      if (this.rescanAgain) {
        this.rescanAgain = false
        this.flush()
      }
    })
  }

  /** "Run the check again": a full discovery now, firmware included (failed reads are not cached,
   *  so they are tried again), resolved once the result is the current one. */
  async recheck(): Promise<void> {
    await this.start()
    await this.scanning
    await this.rescan({ waitForDescriptors: false })
    await this.firmwareChain
  }

  private generation = 0

  private async rescan({ waitForDescriptors = true } = {}): Promise<void> {
    try {
      const result = await this.discoverFn()
      if (!this.started) return
      // Carry known firmware over so a fast snapshot does not momentarily forget it.
      const fast = carryFirmware(this.current, result.snapshot)
      // (a held scan supersedes nothing: the firmware pass of the scan before it still counts)
      if (waitForDescriptors && this.holdForDescriptors(fast)) return
      const generation = ++this.generation
      const events: DeviceEvent[] = [
        ...diffSnapshots(this.current, fast),
        ...changedDevices(this.current, fast).map((device) => ({ event: 'update' as const, device }))
      ]
      for (const e of events) {
        if (e.event === 'detach') this.firmwareCache.forget(e.device.id)
        // a part that (re)attaches gets its read retries afresh
        if (e.event === 'attach') this.readRetries.set(e.device.id, 0)
        else if (e.event === 'detach') this.readRetries.delete(e.device.id)
      }
      this.last = { ...result, snapshot: fast }
      this.current = fast
      for (const e of events) this.emit('event', e)
      if (events.length > 0) this.emit('snapshot', this.current)
      if (events.some((e) => e.event !== 'update') && this.settleMs > 0) {
        if (this.settleTimer) clearTimeout(this.settleTimer)
        this.settleTimer = setTimeout(() => {
          this.settleTimer = null
          this.schedule()
        }, this.settleMs)
      }
      // The slow stage runs outside `scanning`, so a stuck device never holds back the next
      // attach/detach; firmware passes queue behind each other and stale ones are skipped.
      const withFirmware = result.withFirmware
      if (withFirmware) this.firmwareChain = this.firmwareChain.then(() => this.completeFirmware(withFirmware, generation))
    } catch (err) {
      this.emit('warning', `Rescan failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  /** True when this scan waits for a just-attached device's descriptors (DESCRIPTOR_RETRY_MS). */
  private holdForDescriptors(fast: Snapshot): boolean {
    const known = new Map(this.current.devices.map((d) => [d.id, d]))
    const incomplete = fast.devices.some((d) => {
      const before = known.get(d.id)
      return (before === undefined || !sameDevice(before, d)) && d.errors.some((e) => e.code === 'descriptor')
    })
    if (!incomplete || this.descriptorRetries >= MAX_DESCRIPTOR_RETRIES) {
      this.descriptorRetries = 0
      return false
    }
    this.descriptorRetries++
    if (this.descriptorTimer) clearTimeout(this.descriptorTimer)
    this.descriptorTimer = setTimeout(() => {
      this.descriptorTimer = null
      this.schedule()
    }, DESCRIPTOR_RETRY_MS)
    return true
  }

  private firmwareChain: Promise<void> = Promise.resolve()

  private async completeFirmware(withFirmware: () => Promise<DiscoveryResult>, generation: number): Promise<void> {
    if (!this.started || generation !== this.generation) return
    try {
      const full = await withFirmware()
      if (!this.started || generation !== this.generation) return // a newer scan superseded this one
      // A just-attached part whose read failed is read again before its error goes out: it keeps
      // the state it was announced with meanwhile.
      const held = new Map<string, Device>()
      for (const d of full.snapshot.devices) {
        const spent = this.readRetries.get(d.id)
        if (spent === undefined || d.firmware !== null || !d.errors.some((e) => e.code === 'read')) continue
        const before = this.current.devices.find((c) => c.id === d.id)
        if (spent < MAX_READ_RETRIES && before !== undefined && sameDevice(before, d)) {
          this.readRetries.set(d.id, spent + 1)
          held.set(d.id, before)
        } else this.readRetries.delete(d.id)
      }
      for (const d of full.snapshot.devices) if (d.firmware !== null) this.readRetries.delete(d.id)
      const snapshot =
        held.size === 0 ? full.snapshot : { ...full.snapshot, devices: full.snapshot.devices.map((d) => held.get(d.id) ?? d) }
      const updates = changedDevices(this.current, snapshot)
      this.last = { ...full, snapshot }
      this.current = snapshot
      for (const device of updates) this.emit('event', { event: 'update', device })
      if (updates.length > 0) this.emit('snapshot', this.current)
      if (held.size > 0 && this.retryTimer === null) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null
          this.schedule()
        }, READ_RETRY_MS)
      }
    } catch (err) {
      this.emit('warning', `Firmware read failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}
