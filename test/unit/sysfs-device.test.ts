// One device directory in sysfs, read while the kernel changes it underneath: the reader gets
// real files in a temporary tree, and the mid-read cases use a reader that behaves as sysfs
// does for a device that has just been unplugged (ENODEV on open files, then ENOENT).
import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSysfsDevice, type AttrReader } from '../../src/main/devices/sources/linux-sysfs'

const DESCRIPTORS = Buffer.from([18, 1, 0, 2, 0, 0, 0, 64, 0x6d, 0x04, 0x81, 0x08, 0x03, 0x01, 1, 2, 3, 1, 9, 2, 9, 0, 0, 1, 0, 0x80, 0xfa])

function sysfsTree(attrs: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'sysfs-'))
  mkdirSync(join(root, '1-2'))
  for (const [k, v] of Object.entries(attrs)) writeFileSync(join(root, '1-2', k), v)
  return root
}

const full = {
  idVendor: '046d\n',
  idProduct: '0881\n',
  speed: '5000\n',
  serial: 'CAM1\n',
  busnum: '1\n',
  devnum: '5\n',
  descriptors: DESCRIPTORS
}

describe('readSysfsDevice', () => {
  it('reads IDs, speed, serial, node and descriptors from real files', async () => {
    const d = await readSysfsDevice('1-2', sysfsTree(full))
    expect(d).toMatchObject({ vendorId: '046d', productId: '0881', speed: 'super', devNode: '/dev/bus/usb/001/005', errors: [] })
    expect(Buffer.from(d!.serial!).toString()).toBe('CAM1\n')
  })

  it('a device whose IDs are already gone is not listed', async () => {
    expect(await readSysfsDevice('1-2', sysfsTree({ speed: '480\n' }))).toBeNull()
  })

  it('ENODEV in the middle of the read: listed with a disconnected error, not a crash', async () => {
    const root = sysfsTree(full)
    const reader: AttrReader = async (dir, name) => {
      if (name === 'idVendor' || name === 'idProduct') return Buffer.from(name === 'idVendor' ? '046d\n' : '0881\n')
      throw Object.assign(new Error('No such device'), { code: 'ENODEV' })
    }
    const d = await readSysfsDevice('1-2', root, reader)
    expect(d?.errors).toEqual([{ code: 'disconnected', message: 'The device disconnected while it was being read.' }])
  })

  it('files vanish after the IDs were read: disconnected, not "malformed descriptors"', async () => {
    let gone = false
    const reader: AttrReader = async (_dir, name) => {
      if (gone) return null
      if (name === 'idProduct') gone = true // the unplug happens right after the IDs
      return Buffer.from(name === 'idVendor' ? '046d\n' : '0881\n')
    }
    const d = await readSysfsDevice('1-2', '/nonexistent', reader)
    expect(d?.errors.map((e) => e.code)).toEqual(['disconnected'])
  })

  it('a device that is present but has no descriptors is a descriptor problem', async () => {
    const { descriptors: _omit, ...rest } = full
    const d = await readSysfsDevice('1-2', sysfsTree(rest))
    expect(d?.errors.map((e) => e.code)).toEqual(['descriptor'])
  })
})
