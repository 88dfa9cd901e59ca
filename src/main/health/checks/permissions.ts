import type { Finding } from '../../../shared/contract'
import { UDEV_INSTALL_COMMAND } from '../../devices/permissions'
import type { Check } from '../context'

export const permissions: Check = (ctx) => {
  if (ctx.source === 'windows' || ctx.source === 'macos') return [] // their own checks carry their fixes
  const denied = ctx.devices.filter((d) => d.errors.some((e) => e.code === 'permission'))
  if (denied.length === 0) return []
  const finding: Finding = {
    id: 'permissions',
    check: 'permissions',
    severity: 'error',
    devices: denied.map((d) => d.id),
    title: `No access to ${denied.length === 1 ? denied[0]!.name : `${denied.length} devices`}`,
    detail: `This computer does not let the app open ${denied.map((d) => d.name).join(', ')}, so their firmware cannot be read.`,
    fix: `Install the udev rule that ships with the app: ${UDEV_INSTALL_COMMAND} — then unplug the devices and plug them back in (replug after installing).`
  }
  return [finding]
}
