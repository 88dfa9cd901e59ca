// The Linux udev rule is generated from the catalog, so a new product in the catalog is also a
// device the app may open. A unit test keeps resources/linux/ in step with this output.
import { FAMILIES } from './catalog'
import { UDEV_RULE_FILE } from './permissions'

export function udevRuleText(): string {
  const byVendor = new Map<string, Set<string>>()
  for (const f of FAMILIES)
    for (const p of f.products)
      for (const part of p.parts) {
        if (!byVendor.has(part.vendorId)) byVendor.set(part.vendorId, new Set())
        byVendor.get(part.vendorId)!.add(part.productId)
      }
  const lines = [
    `# ${UDEV_RULE_FILE} — generated from the Logi Room Diagnostics device catalog.`,
    '# Lets the person at the room PC read Logitech room devices (serial numbers, firmware) without root.',
    '# Install: sudo cp ' + UDEV_RULE_FILE + ' /etc/udev/rules.d/ && sudo udevadm control --reload-rules',
    '# then unplug and replug the devices. "uaccess" grants the logged-in desktop user; headless room PCs',
    '# (no desktop login) get access through the plugdev group instead.',
    ''
  ]
  for (const [vendor, pids] of [...byVendor].sort(([a], [b]) => a.localeCompare(b))) {
    const alt = [...pids].sort().join('|')
    lines.push(
      `SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", ATTR{idVendor}=="${vendor}", ATTR{idProduct}=="${alt}", TAG+="uaccess", GROUP="plugdev", MODE="0660"`
    )
    lines.push(
      `KERNEL=="hidraw*", SUBSYSTEM=="hidraw", ATTRS{idVendor}=="${vendor}", ATTRS{idProduct}=="${alt}", TAG+="uaccess", GROUP="plugdev", MODE="0660"`
    )
  }
  return lines.join('\n') + '\n'
}
