// Linux gives device nodes to root only unless a udev rule says otherwise. Detection works
// without access (sysfs), but reading firmware needs it, so a missing rule is reported per device
// with the exact fix.
import { constants, existsSync, promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import type { DeviceError } from '../../shared/contract'

export const UDEV_RULE_FILE = '70-logi-room-diagnostics.rules'
export const UDEV_RULE_SOURCE = `resources/linux/${UDEV_RULE_FILE}`

/** Where the shipped rule is on this machine: the packaged app's resources folder, or the
 *  checkout's resources/ (from out/main, out/cli or src/main/devices). */
function findShippedRule(): string | null {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    ...(resourcesPath ? [join(resourcesPath, 'linux', UDEV_RULE_FILE)] : []),
    resolve(__dirname, '..', '..', UDEV_RULE_SOURCE),
    resolve(__dirname, '..', '..', '..', UDEV_RULE_SOURCE)
  ]
  return candidates.find((p) => existsSync(p)) ?? null
}

const SHIPPED_RULE = findShippedRule()

/** An exact command to paste: copy the shipped file, or write it from the catalog. */
export const UDEV_INSTALL_COMMAND = SHIPPED_RULE
  ? `sudo cp ${SHIPPED_RULE} /etc/udev/rules.d/${UDEV_RULE_FILE} && sudo udevadm control --reload-rules`
  : `logi-diag udev-rule | sudo tee /etc/udev/rules.d/${UDEV_RULE_FILE} && sudo udevadm control --reload-rules`

/** Where udev reads rules from; a package may install ours into the system folders. */
export const UDEV_RULE_DIRS = ['/etc/udev/rules.d', '/run/udev/rules.d', '/usr/lib/udev/rules.d', '/lib/udev/rules.d']

/** True when this app's rule is installed (then the access help is not shown: the rule is what it
 *  would tell the user to install). */
export function udevRuleInstalled(dirs: readonly string[] = UDEV_RULE_DIRS): boolean {
  return dirs.some((d) => existsSync(join(d, UDEV_RULE_FILE)))
}

export function permissionFix(node: string): string {
  return (
    `This app cannot open ${node} (permission denied). ` +
    `Install the udev rule that ships with the app: ${UDEV_INSTALL_COMMAND}, ` +
    `then unplug the device and plug it back in.`
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

/** Whether this user can open device nodes, as the firmware reads do (read and write). */
export type NodeAccess = 'granted' | 'denied' | 'unknown'

/** 'denied' when any of `nodes` refuses this user (EACCES, EPERM); else 'granted' when at least one
 *  could be opened; 'unknown' when none of them exists. Root, or a user the nodes are open to,
 *  gets 'granted' whatever the rule files say. */
export async function probeNodeAccess(
  nodes: readonly string[],
  access: (node: string, mode: number) => Promise<void> = (node, mode) => fs.access(node, mode)
): Promise<NodeAccess> {
  let granted = false
  for (const node of nodes) {
    try {
      await access(node, constants.R_OK | constants.W_OK)
      granted = true
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EPERM') return 'denied'
    }
  }
  return granted ? 'granted' : 'unknown'
}
