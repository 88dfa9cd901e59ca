import { createCore, type Core } from '../../src/main/core/core'
import { DeviceWatcher } from '../../src/main/room/watch'
import type { DiscoveryResult } from '../../src/main/devices/discover'
import type { Snapshot } from '../../src/shared/contract'

/** A real core and watcher whose enumeration is replaced by a list the test controls. */
export function coreWithRoom(
  initial: Snapshot,
  shell: 'web' | 'electron' = 'web'
): { core: Core; watcher: DeviceWatcher; setRoom(s: Snapshot): void } {
  let room = initial
  const watcher = new DeviceWatcher(async (): Promise<DiscoveryResult> => ({ snapshot: room, tree: [], warnings: [] }))
  return { core: createCore({ shell, watcher }), watcher, setRoom: (s) => (room = s) }
}
