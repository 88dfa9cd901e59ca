import type { Command } from 'commander'
import { udevRuleText } from '../../devices/udev-rule'

export function registerUdevRule(program: Command): void {
  program
    .command('udev-rule')
    .description('print the Linux udev rule that lets a non-root user read Logitech room devices')
    .action(() => {
      process.stdout.write(udevRuleText())
    })
}
