// Grouping rule (documented in src/main/devices/README.md):
// 1. Parts group only with parts of the same catalog product.
// 2. A part joins the system that lacks that part and sits closest to it in the USB tree
//    (longest shared port-path prefix on the same bus; a part on the other bus of a USB 3 hub
//    pair still matches by port path). Ties go to the system found first.
// 3. When no system lacks that part, the part starts a new system (a second room on one PC).
// 4. Companion chips from other vendors (Tap's touch and display) only join an existing system;
//    on their own they are somebody else's device and are not listed.
import type { Device, RoomSystem } from '../../shared/contract'
import { partOrder, type ProductDef } from './catalog'
import type { Identified } from './identify'

interface Draft {
  product: ProductDef
  members: Identified[]
}

function sharedPrefix(a: readonly number[], b: readonly number[]): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

function affinity(a: Device, b: Device): number {
  const prefix = sharedPrefix(a.location.ports, b.location.ports)
  // Same bus counts a little more than a port-path match across a USB2/USB3 bus pair.
  return prefix * 2 + (a.location.bus === b.location.bus ? 1 : 0)
}

// Zero-padded digits, `-` and `.`: code-unit order is topology order (localeCompare would load
// ICU's collator on a cold start, 20–45 ms, for the same result).
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const topoKey = (d: Device): string =>
  `${String(d.location.bus).padStart(3, '0')}-${d.location.ports.map((p) => String(p).padStart(3, '0')).join('.')}`

export interface Grouped {
  systems: RoomSystem[]
  /** Identified devices that belong in the output (companions without a system are dropped). */
  devices: Device[]
}

export function groupSystems(identified: readonly Identified[]): Grouped {
  // Deterministic: Logitech parts first in topology order, companions after them.
  const ordered = [...identified].sort((a, b) => {
    const ca = a.match?.part.companion ? 1 : 0
    const cb = b.match?.part.companion ? 1 : 0
    return ca - cb || byKey(topoKey(a.device), topoKey(b.device))
  })
  const drafts: Draft[] = []
  const listed: Device[] = []
  for (const item of ordered) {
    const match = item.match
    if (!match) {
      listed.push(item.device)
      continue
    }
    const candidates = drafts.filter((d) => d.product === match.product && !d.members.some((m) => m.device.part === item.device.part))
    let best: Draft | undefined
    let bestScore = -1
    for (const c of candidates) {
      const score = Math.max(...c.members.map((m) => affinity(m.device, item.device)))
      if (score > bestScore) {
        best = c
        bestScore = score
      }
    }
    if (best) {
      best.members.push(item)
    } else if (match.part.companion) {
      continue // a DisplayLink adapter or touch panel that is not part of a room system
    } else {
      drafts.push({ product: match.product, members: [item] })
    }
    listed.push(item.device)
  }
  const systems = drafts.map((d): RoomSystem => {
    const members = [...d.members].sort((a, b) => partOrder(d.product, a.device.part) - partOrder(d.product, b.device.part))
    const present = new Set(members.map((m) => m.device.part))
    return {
      id: `system:${members[0]!.device.id}`,
      product: d.product.product,
      parts: members.map((m) => m.device.id),
      missing: d.product.requiredParts.filter((p) => !present.has(p)),
      peripherals: []
    }
  })
  listed.sort((a, b) => byKey(topoKey(a), topoKey(b)))
  return { systems, devices: listed }
}
