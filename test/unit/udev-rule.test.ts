import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { udevRuleText } from '../../src/main/devices/udev-rule'
import { UDEV_RULE_SOURCE } from '../../src/main/devices/permissions'

describe('udev rule', () => {
  it('the shipped rule equals what the catalog generates (regenerate with: logi-diag udev-rule)', () => {
    expect(readFileSync(join(__dirname, '../..', UDEV_RULE_SOURCE), 'utf8')).toBe(udevRuleText())
  })
  it('covers usbfs and hidraw for Logitech and the Tap companion chips', () => {
    const text = udevRuleText()
    expect(text).toMatch(/SUBSYSTEM=="usb".*ATTR\{idVendor\}=="046d".*0881.*088f/)
    expect(text).toMatch(/KERNEL=="hidraw\*".*ATTRS\{idVendor\}=="046d".*0867/)
    expect(text).toMatch(/ATTR\{idVendor\}=="222a", ATTR\{idProduct\}=="0001\|ff51"/)
  })
})
