// macOS' counterpart of the Linux access finding: a part's HID interface could not be opened.
// macOS lets another app hold a HID device exclusively (vendor tools, meeting apps), and asks the
// user for Input Monitoring before an app may read some HID devices.
import type { Finding } from '../../../shared/contract'
import type { Check } from '../context'

export const macosAccess: Check = (ctx) => {
  if (ctx.source !== 'macos') return []
  const denied = ctx.devices.filter((d) => d.errors.some((e) => e.code === 'permission'))
  if (denied.length === 0) return []
  return [
    {
      id: 'macos-access',
      check: 'macos-access',
      severity: 'error',
      devices: denied.map((d) => d.id),
      title: `macOS did not let the app open ${denied.length === 1 ? denied[0]!.name : `${denied.length} devices`}`,
      detail: `${denied.map((d) => d.name).join(', ')} could not be opened, so their firmware cannot be read. Either another app holds them, or macOS has not allowed this app to read input devices.`,
      fix: 'Quit Logi Tune, Logitech Sync and any meeting or camera app, then run the check again. If it still fails, open System Settings → Privacy & Security → Input Monitoring, turn on Logi Room Diagnostics (quit and reopen it when asked), then unplug the devices and plug them back in.'
    } satisfies Finding
  ]
}
