// The room as `logi-diag detect` sees it (devices with firmware and peripherals, systems), as
// JSON for tools and as the same human text the CLI prints.
import { formatSnapshot } from '../../text-report/devices-text'
import { ok, type Collector } from './types'

export const inventoryCollector: Collector = {
  id: 'inventory',
  title: 'Room devices',
  explanation: 'Every Logitech part found over USB/HID with its serial number, firmware, link speed and place in the USB tree.',
  timeoutMs: 60_000,
  availableOn: () => true,
  async collect(ctx) {
    const room = await ctx.room()
    const now = Date.now()
    const json = { snapshot: room.snapshot, warnings: room.warnings }
    return ok(
      [
        { collector: 'inventory', bundlePath: 'room/devices.json', content: { kind: 'json', value: json }, mtimeMs: now, essential: true },
        {
          collector: 'inventory',
          bundlePath: 'room/devices.txt',
          content: { kind: 'text', text: formatSnapshot(room.snapshot) },
          mtimeMs: now,
          essential: true
        }
      ],
      [],
      `${room.snapshot.devices.length} device(s), ${room.snapshot.systems.length} system(s)`
    )
  }
}
