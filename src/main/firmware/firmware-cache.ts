// Firmware does not change while a device stays plugged in, so a successful read is kept per
// device identity (port, IDs, serial, mode). Failures are not kept: the next rescan tries again.
import type { FirmwareResult } from './results'
import { readAllFirmware, type FirmwareTarget } from './read-firmware'

const keyOf = (t: FirmwareTarget): string => {
  const d = t.item.device
  return `${d.id}|${d.vendorId}:${d.productId}|${d.serial ?? ''}|${d.mode}`
}

export class FirmwareCache {
  private readonly cache = new Map<string, FirmwareResult>()

  /** A detached device's cached read must not be served to whatever is plugged in next there. */
  forget(deviceId: string): void {
    for (const k of this.cache.keys()) if (k.startsWith(`${deviceId}|`)) this.cache.delete(k)
  }

  async read(targets: readonly FirmwareTarget[]): Promise<Map<string, FirmwareResult>> {
    const out = new Map<string, FirmwareResult>()
    const todo: FirmwareTarget[] = []
    for (const t of targets) {
      const hit = this.cache.get(keyOf(t))
      if (hit) out.set(t.item.device.id, hit)
      else todo.push(t)
    }
    const fresh = await readAllFirmware(todo)
    const live = new Set(targets.map(keyOf))
    for (const t of todo) {
      const r = fresh.get(t.item.device.id)!
      out.set(t.item.device.id, r)
      if (r.errors.length === 0) this.cache.set(keyOf(t), r)
    }
    for (const k of this.cache.keys()) if (!live.has(k)) this.cache.delete(k)
    return out
  }
}
