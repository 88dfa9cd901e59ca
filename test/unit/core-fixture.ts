import { createCore, type Core } from '../../src/main/core/core'
import { DeviceWatcher } from '../../src/main/room/watch'
import type { DiscoveryResult } from '../../src/main/devices/discover'
import type { Device, Snapshot } from '../../src/shared/contract'

export const rallyCamera: Device = {
  id: 'usb:1-2', vendorId: '046d', productId: '0881', product: 'Rally', part: 'camera', name: 'Rally Camera', usbProduct: 'Logi Rally Camera',
  serial: 'CAM1', firmware: null, firmwareSource: null, components: [], mode: 'normal', speed: 'super', location: { bus: 1, ports: [2], hubDepth: 0 }, known: true, errors: []
}

/** A real core and watcher whose enumeration is replaced by a list the test controls. */
export function coreWithRoom(initial: Snapshot, shell: 'web' | 'electron' = 'web'): { core: Core; watcher: DeviceWatcher; setRoom(s: Snapshot): void } {
  let room = initial
  const watcher = new DeviceWatcher(async (): Promise<DiscoveryResult> => ({ snapshot: room, tree: [], warnings: [] }))
  return { core: createCore({ shell, watcher }), watcher, setRoom: (s) => (room = s) }
}
