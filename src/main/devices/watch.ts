// Live view of the room. The OS hotplug event (through libusb) triggers a rescan; events that
// arrive together (a hub with four parts behind it enumerates as a burst) are coalesced into one
// rescan, bounded so the first event is never delayed by more than MAX_DELAY_MS.
import { EventEmitter } from 'node:events'
import type { Device, DeviceEvent, Snapshot } from '../../shared/contract'
import { discover, type DiscoveryResult } from './discover'
import { FirmwareCache } from '../firmware/firmware-cache'
import { loadUsb } from './sources/native-modules'

export const QUIET_MS = 25
export const MAX_DELAY_MS = 120
/** Fallback when the platform gives no hotplug events: poll. */
export const POLL_MS = 2000

type Discover = () => Promise<DiscoveryResult>

export interface DeviceWatcherEvents {
  event: [DeviceEvent]
  snapshot: [Snapshot]
  warning: [string]
}

const sameDevice = (a: Device, b: Device): boolean =>
  a.vendorId === b.vendorId && a.productId === b.productId && a.serial === b.serial && a.mode === b.mode && a.speed === b.speed

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

  constructor(discoverFn?: Discover) {
    super()
    this.discoverFn = discoverFn ?? (() => discover({ firmwareCache: this.firmwareCache }))
  }

  get snapshot(): Snapshot {
    return this.current
  }

  /** The latest full discovery (snapshot plus USB tree), for health checks. */
  get latest(): DiscoveryResult {
    return this.last
  }

  async start(): Promise<Snapshot> {
    if (this.started) return this.current
    this.started = true
    const usb = loadUsb()
    if (usb.ok) {
      usb.module.usb.on('attach', this.onHotplug)
      usb.module.usb.on('detach', this.onHotplug)
    } else {
      this.pollTimer = setInterval(this.onHotplug, POLL_MS)
    }
    const first = await this.discoverFn()
    this.last = first
    this.current = first.snapshot
    for (const w of first.warnings) this.emit('warning', w)
    return this.current
  }

  stop(): void {
    if (!this.started) return
    this.started = false
    const usb = loadUsb()
    if (usb.ok) {
      usb.module.usb.off('attach', this.onHotplug)
      usb.module.usb.off('detach', this.onHotplug)
    }
    for (const t of [this.quietTimer, this.maxTimer]) if (t) clearTimeout(t)
    if (this.pollTimer) clearInterval(this.pollTimer)
    this.quietTimer = this.maxTimer = this.pollTimer = null
  }

  /** Public so callers with their own signal (e.g. a udev monitor) can ask for a rescan. */
  schedule(): void {
    if (!this.started) return
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

  private async rescan(): Promise<void> {
    try {
      const result = await this.discoverFn()
      if (!this.started) return
      const events = diffSnapshots(this.current, result.snapshot)
      this.last = result
      this.current = result.snapshot
      for (const e of events) this.emit('event', e)
      if (events.length > 0) this.emit('snapshot', this.current)
    } catch (err) {
      this.emit('warning', `Rescan failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}
