import type { Finding } from '../../../shared/contract'
import { where, type Check } from '../context'

export const deviceMode: Check = (ctx) =>
  ctx.devices
    .filter((d) => d.mode !== 'normal')
    .map((d): Finding => ({
      id: `device-mode:${d.id}`,
      check: 'device-mode',
      severity: d.mode === 'bootloader' ? 'error' : 'warning',
      devices: [d.id],
      title: `${d.name} is in ${d.mode === 'update' ? 'firmware-update' : 'bootloader'} mode`,
      detail: `The ${d.name} (${where(d)}) presents itself as ${d.vendorId}:${d.productId}, its ${d.mode === 'update' ? 'firmware-update (DFU)' : 'bootloader'} identity. It does not work as a ${d.part} in this state.`,
      fix:
        d.mode === 'update'
          ? "If a firmware update is running (Logi Sync or Logitech's firmware update tool), let it finish. Otherwise unplug the device's power for 10 seconds and reconnect; if it comes back in update mode, run the firmware update again."
          : "Unplug the device's power for 10 seconds and reconnect. If it stays in bootloader mode, reinstall its firmware with Logi Sync or Logitech's firmware update tool, or contact support."
    }))
