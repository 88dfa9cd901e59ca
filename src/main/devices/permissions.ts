// Linux gives device nodes to root only unless a udev rule says otherwise. Detection works
// without access (sysfs), but reading firmware needs it, so a missing rule is reported per device
// with the exact fix.
import { constants, promises as fs } from 'node:fs'
import type { DeviceError } from '../../shared/contract'

export const UDEV_RULE_FILE = '70-logi-room-diagnostics.rules'
export const UDEV_RULE_SOURCE = `resources/linux/${UDEV_RULE_FILE}`

export function permissionFix(node: string): string {
  return (
    `This app cannot open ${node} (permission denied). ` +
    `Install the udev rule that ships with the app: sudo cp ${UDEV_RULE_SOURCE} /etc/udev/rules.d/${UDEV_RULE_FILE} ` +
    `&& sudo udevadm control --reload-rules, then unplug the device and plug it back in.`
  )
}

/** Returns a permission error for the first node the current user cannot read and write. */
export async function checkNodeAccess(nodes: readonly string[]): Promise<DeviceError | null> {
  for (const node of nodes) {
    try {
      await fs.access(node, constants.R_OK | constants.W_OK)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EPERM') return { code: 'permission', message: permissionFix(node) }
      // ENOENT: node not created yet or device gone; hotplug will tell.
    }
  }
  return null
}
