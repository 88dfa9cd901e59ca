import type { Finding } from '../../../shared/contract'
import { UDEV_RULE_FILE, UDEV_RULE_SOURCE } from '../../devices/permissions'
import type { Check } from '../context'

export const permissions: Check = (ctx) => {
  const denied = ctx.devices.filter((d) => d.errors.some((e) => e.code === 'permission'))
  if (denied.length === 0) return []
  const finding: Finding = {
    id: 'permissions',
    check: 'permissions',
    severity: 'error',
    devices: denied.map((d) => d.id),
    title: `No access to ${denied.length === 1 ? denied[0]!.name : `${denied.length} devices`}`,
    detail: `This computer does not let the app open ${denied.map((d) => d.name).join(', ')}, so their firmware cannot be read.`,
    fix: `Install the udev rule that ships with the app: sudo cp ${UDEV_RULE_SOURCE} /etc/udev/rules.d/${UDEV_RULE_FILE} && sudo udevadm control --reload-rules — then unplug the devices and plug them back in (replug after installing).`
  }
  return [finding]
}
