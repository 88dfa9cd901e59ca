import { isUnlocated, type Device, type Finding, type RoomSystem, type Snapshot } from '../../shared/contract'
import { lookup, type CatalogMatch } from '../devices/catalog'
import type { SourceKind, UsbTreeEntry } from '../devices/discover'

/** What every check gets: the snapshot, the USB tree, and lookups over them. */
export class HealthContext {
  readonly devices: readonly Device[]
  readonly systems: readonly RoomSystem[]
  private readonly tree: Map<string, UsbTreeEntry>
  /** Which source listed the devices: fixes differ per OS. */
  readonly source: SourceKind | undefined

  constructor(snapshot: Snapshot, tree: readonly UsbTreeEntry[], source?: SourceKind) {
    this.source = source
    this.devices = snapshot.devices
    this.systems = snapshot.systems
    this.tree = new Map(tree.map((t) => [`${t.bus}-${t.ports.join('.')}`, t]))
  }

  catalog(d: Device): CatalogMatch | undefined {
    return lookup(d.vendorId, d.productId)
  }

  device(id: string): Device | undefined {
    return this.devices.find((d) => d.id === id)
  }

  /** Hubs between the root port and the device, nearest the computer first. */
  hubsAbove(d: Device): UsbTreeEntry[] {
    const out: UsbTreeEntry[] = []
    for (let i = 1; i < d.location.ports.length; i++) {
      const hub = this.tree.get(`${d.location.bus}-${d.location.ports.slice(0, i).join('.')}`)
      if (hub) out.push(hub)
    }
    return out
  }

  /** True when the hub is the USB 2 half of a USB 3 hub (a SuperSpeed hub sits at the same
   *  port path on another bus). */
  hasSuperSpeedTwin(hub: UsbTreeEntry): boolean {
    const path = hub.ports.join('.')
    return [...this.tree.values()].some(
      (t) => t.isHub && t.bus !== hub.bus && t.ports.join('.') === path && (t.speed === 'super' || t.speed === 'super-plus')
    )
  }

  entry(d: Device): UsbTreeEntry | undefined {
    return this.tree.get(`${d.location.bus}-${d.location.ports.join('.')}`)
  }
}

export type Check = (ctx: HealthContext) => Finding[]

export const where = (d: Device): string =>
  isUnlocated(d)
    ? 'a port the system did not report'
    : `bus ${d.location.bus}, port ${d.location.ports.join('.')}${d.location.hubDepth ? ` (behind ${d.location.hubDepth} hub${d.location.hubDepth > 1 ? 's' : ''})` : ' (directly on the computer)'}`
