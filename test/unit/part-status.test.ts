// A part's tile on the Room screen (PartChip; rendered in PartChip.test.ts) says what the Health screen says about that part: the same
// findings, the same severity scale. Device errors and modes count only through their findings.
import { describe, expect, it } from 'vitest'
import { runHealth } from '../../src/main/health/run-health'
import type { Device, Snapshot } from '../../src/shared/contract'
import { PART_STATUS_TEXT, partStatus } from '../../src/shared/room/device-format'
import { findingsAbout, worstSeverity } from '../../src/shared/wording'
import { makeDevice } from '../support/device'

const meetupCameraAtUsb2 = makeDevice({
  id: 'usb:1-3',
  productId: '0866',
  product: 'MeetUp',
  part: 'camera',
  name: 'MeetUp Camera',
  speed: 'high',
  location: { bus: 1, ports: [3], hubDepth: 0 }
})
const unreadableName = makeDevice({
  id: 'usb:1-4',
  productId: '088f',
  part: 'table-hub',
  name: 'Rally Table Hub',
  speed: 'high',
  location: { bus: 1, ports: [4], hubDepth: 0 },
  errors: [{ code: 'identity', message: 'Name or serial was unreadable' }]
})
const inBootloader = makeDevice({
  id: 'usb:1-5',
  vendorId: '222a',
  productId: 'ff51',
  product: 'Tap',
  part: 'touch',
  name: 'Tap Touch Controller (bootloader)',
  mode: 'bootloader',
  speed: 'full',
  location: { bus: 1, ports: [5], hubDepth: 0 }
})

const snapshotOf = (devices: Device[]): Snapshot => ({ devices, systems: [] })

describe('a part tile takes the severity of the findings about that part', () => {
  it.each([
    // [case, device, what Health says about it, the tile's verdict, the tile's words]
    ['a MeetUp camera at USB 2', meetupCameraAtUsb2, 'error', 'error', 'Needs fixing'],
    ['an unreadable name or serial', unreadableName, 'info', 'ok', 'Connected'],
    ['a part in bootloader mode', inBootloader, 'error', 'error', 'Needs fixing']
  ] as const)('%s', (_, device, healthSeverity, verdict, words) => {
    const { findings } = runHealth({ snapshot: snapshotOf([device]), tree: [] })
    expect(worstSeverity(findingsAbout(findings, [device.id]))).toBe(healthSeverity)
    expect(partStatus(device.id, findings)).toBe(verdict)
    expect(PART_STATUS_TEXT[verdict]).toBe(words)
  })

  it('is pending until the health report is known, not a guess from the device alone', () => {
    expect(partStatus(inBootloader.id, null)).toBe('pending')
    expect(PART_STATUS_TEXT.pending).toBe('Checking…')
  })

  it('is not coloured by a missing part that this part only reports', () => {
    const camera = makeDevice({ id: 'usb:1-6', productId: '0866', product: 'MeetUp', part: 'camera', name: 'MeetUp Camera' })
    const snapshot: Snapshot = {
      devices: [camera],
      systems: [{ id: 'system:usb:1-6', product: 'MeetUp', parts: [camera.id], missing: ['speakerphone'], peripherals: [] }]
    }
    const { findings } = runHealth({ snapshot, tree: [] })
    expect(findings.find((f) => f.check === 'incomplete-system')?.devices).toEqual([camera.id])
    expect(partStatus(camera.id, findings)).toBe('ok')
  })
})
