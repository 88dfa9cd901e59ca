// Device tier: the real CLI, the real `usb` and `node-hid` libraries, simulated rooms (umockdev).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Device, Snapshot } from '../../src/shared/contract'
import { detectJson, requireBuiltCli } from './cli-under-room'
import { hub, meetupSpeakerphone, part, rallyAudio, rallyCamera, rallyTableHub, tapParts } from '../support/sim-parts'
import { realFixture } from '../support/real-fixtures'

beforeAll(() => requireBuiltCli())

const byPart = (s: Snapshot, product: string) => {
  const sys = s.systems.find((x) => x.product === product)!
  const devs = new Map(s.devices.map((d) => [d.id, d]))
  return Object.fromEntries(sys.parts.map((id) => [devs.get(id)!.part, devs.get(id)!])) as Record<string, Device>
}

describe('detect --json: simulated rooms', () => {
  it('Rally behind its Table Hub: camera at SuperSpeed on the USB 3 bus, hub and audio on USB 2', async () => {
    const s = await detectJson(
      [
        hub({ busnum: 1, ports: [1] }),
        hub({ busnum: 2, ports: [1] }, 'super'),
        rallyCamera({ busnum: 2, ports: [1, 1] }),
        rallyTableHub({ busnum: 1, ports: [1, 2] }),
        rallyAudio({ busnum: 1, ports: [1, 3] })
      ],
      { rootHubs: { 1: 'usb2', 2: 'usb3' } }
    )
    expect(s.systems).toEqual([
      { id: 'system:usb:2-1.1', product: 'Rally', parts: ['usb:2-1.1', 'usb:1-1.2', 'usb:1-1.3'], missing: [], peripherals: [] }
    ])
    const p = byPart(s, 'Rally')
    expect(p.camera).toMatchObject({
      vendorId: '046d',
      productId: '0881',
      name: 'Rally Camera',
      serial: 'RC0001',
      speed: 'super',
      mode: 'normal',
      firmware: null,
      location: { bus: 2, ports: [1, 1], hubDepth: 1 }
    })
    // This simulated camera describes no device-info control: firmware stays null and says why.
    expect(p.camera!.errors).toEqual([
      { code: 'read', message: expect.stringMatching(/camera device-info control: the camera does not describe a device-info control/) }
    ])
    expect(p['table-hub']).toMatchObject({ productId: '088f', serial: 'TH0001', speed: 'high' })
    expect(p.audio).toMatchObject({ productId: '0885', serial: 'RA0001', speed: 'full' })
    expect(s.devices).toHaveLength(3) // hubs are topology, not parts
  })

  it('MeetUp from the real USB 3 capture, with its speakerphone from the real 0867 capture', async () => {
    const s = await detectJson(
      [
        part(0x046d, 0x0866, { busnum: 2, ports: [3] }, 'MU0001', 'super', {
          product: 'Logitech MeetUp',
          configDescriptor: realFixture('meetup-0866-usb3-mersive.config.bin')
        }),
        meetupSpeakerphone({ busnum: 1, ports: [3] }, 'MS0001')
      ],
      { rootHubs: { 1: 'usb2', 2: 'usb3' } }
    )
    expect(s.systems).toEqual([{ id: 'system:usb:2-3', product: 'MeetUp', parts: ['usb:2-3', 'usb:1-3'], missing: [], peripherals: [] }])
    const p = byPart(s, 'MeetUp')
    expect(p.camera).toMatchObject({ serial: 'MU0001', speed: 'super', firmware: null })
    // The real descriptors name the device-info unit, but this simulation does not answer it.
    expect(p.camera!.errors.map((e) => e.code)).toEqual(['read'])
    expect(p.speakerphone).toMatchObject({ serial: 'MS0001', speed: 'full' })
  })

  it('MeetUp camera on a USB 2 port (real High-Speed capture) alone: speakerphone missing', async () => {
    const s = await detectJson([
      part(0x046d, 0x0866, { busnum: 1, ports: [4] }, 'MU0002', 'high', {
        configDescriptor: realFixture('meetup-0866-usb2-mersive.config.bin')
      })
    ])
    expect(s.systems).toEqual([{ id: 'system:usb:1-4', product: 'MeetUp', parts: ['usb:1-4'], missing: ['speakerphone'], peripherals: [] }])
    expect(s.devices[0]).toMatchObject({ speed: 'high' })
    expect(s.devices[0]!.errors.filter((e) => e.code !== 'read')).toEqual([])
  })

  it('Tap: all five parts, including the ILITEK touch and DisplayLink display, behind a hub', async () => {
    const s = await detectJson([hub({ busnum: 1, ports: [5] }), hub({ busnum: 1, ports: [5, 4] }), ...tapParts(1, 5)])
    expect(s.systems).toHaveLength(1)
    expect(s.systems[0]).toMatchObject({ product: 'Tap', missing: [], peripherals: [] })
    const p = byPart(s, 'Tap')
    expect(Object.keys(p).sort()).toEqual(['audio', 'display', 'hdmi-capture', 'sensor', 'touch'])
    expect(p.touch).toMatchObject({ vendorId: '222a', productId: '0001', serial: null, location: { hubDepth: 2 } })
    expect(p.sensor).toMatchObject({ serial: 'TAPMCU01' })
  })

  it('update and bootloader modes are reported from their PIDs', async () => {
    const s = await detectJson([
      rallyAudio({ busnum: 1, ports: [1] }, 'RA-DFU', 0x0886),
      meetupSpeakerphone({ busnum: 1, ports: [2] }, 'MS-DFU', 0x0859),
      part(0x222a, 0xff51, { busnum: 1, ports: [3] }, null, 'full'),
      part(0x046d, 0x0872, { busnum: 1, ports: [4] }, 'TAPMCU', 'full')
    ])
    const mode = Object.fromEntries(s.devices.map((d) => [d.productId, d.mode]))
    expect(mode).toEqual({ '0886': 'update', '0859': 'update', ff51: 'bootloader', '0872': 'normal' })
    expect(s.systems.map((x) => `${x.product}:${x.missing.join(',')}`).sort()).toEqual([
      'MeetUp:camera',
      'Rally:camera,table-hub',
      'Tap:hdmi-capture,audio,display'
    ])
  })

  it('ignores unrelated devices and lists unknown Logitech ones as such', async () => {
    const s = await detectJson([
      part(0x8087, 0x0024, { busnum: 1, ports: [1] }, null, 'high'),
      part(0x17e9, 0xff13, { busnum: 1, ports: [2] }, 'DL-ALONE', 'high'), // a DisplayLink dock, no Tap here
      part(0x046d, 0xc52b, { busnum: 1, ports: [3] }, null, 'full', { product: 'USB Receiver' })
    ])
    expect(s.devices.map((d) => [d.productId, d.product, d.part, d.name, d.known])).toEqual([
      ['c52b', 'Unknown Logitech device', 'unknown', 'USB Receiver', false]
    ])
    expect(s.systems).toEqual([])
  })

  it('an empty room is an empty, valid answer', async () => {
    const s = await detectJson([])
    expect(s.devices).toEqual([])
    expect(s.systems).toEqual([])
  })
})

describe('detect --json: malformed and hostile devices never crash it', () => {
  it('garbage and truncated descriptors: listed with a descriptor error, others unaffected', async () => {
    const s = await detectJson([
      part(0x046d, 0x0881, { busnum: 1, ports: [1] }, 'GARBAGE', 'high', { descriptors: Buffer.from('deadbeefcafebabe0011223344', 'hex') }),
      part(0x046d, 0x0866, { busnum: 1, ports: [2] }, 'TRUNC', 'high', {
        configDescriptor: realFixture('meetup-0866-usb2-mersive.config.bin').subarray(0, 100)
      }),
      rallyTableHub({ busnum: 1, ports: [3] })
    ])
    const byPid = Object.fromEntries(s.devices.map((d) => [d.productId, d]))
    expect(byPid['0881']!.errors.map((e) => e.code)).toContain('descriptor')
    expect(byPid['0881']!.serial).toBe('GARBAGE')
    expect(byPid['0866']!.errors.find((e) => e.code === 'descriptor')?.message).toMatch(/claims 2380 bytes/)
    expect(byPid['088f']!.errors).toEqual([])
  })

  it('serials with control characters, invalid UTF-8 and 4 KB length are cleaned and flagged', async () => {
    const s = await detectJson([
      rallyCamera({ busnum: 1, ports: [1] }, 'AB\x1b[2JCD\x07', 'high'),
      rallyTableHub({ busnum: 1, ports: [2] }, Buffer.from([0x54, 0x48, 0xff, 0xfe, 0x31]) as unknown as string),
      rallyAudio({ busnum: 1, ports: [3] }, 'X'.repeat(4096))
    ])
    const byPid = Object.fromEntries(s.devices.map((d) => [d.productId, d]))
    expect(byPid['0881']).toMatchObject({ serial: 'AB[2JCD' })
    expect(byPid['0881']!.errors[0]).toMatchObject({ code: 'identity', message: expect.stringMatching(/control characters/) })
    expect(byPid['088f']).toMatchObject({ serial: 'TH1' })
    expect(byPid['088f']!.errors[0]!.message).toMatch(/not valid UTF-8/)
    expect(byPid['0885']!.serial).toHaveLength(126)
    expect(byPid['0885']!.errors[0]!.message).toMatch(/4096 characters/)
    expect(s.systems).toHaveLength(1)
  })

  it('EACCES on the device nodes: still listed, with a permission error carrying the udev fix', async () => {
    const cam = rallyCamera({ busnum: 1, ports: [1] }, 'RC-LOCKED', 'high')
    // Run as an unprivileged user with both nodes locked. The camera's node is opened for its
    // firmware channels, so it gets the permission error; the Table Hub has no read channel (its
    // version request needs an Init command on the never-send list), so the app never opens its
    // node and a locked one is no problem to report.
    const s = await detectJson(
      [cam, rallyTableHub({ busnum: 1, ports: [2] }, 'TH-LOCKED')],
      {},
      { chmod: { '/dev/bus/usb/001/002': 0, '/dev/bus/usb/001/003': 0 }, asUser: 'nobody' }
    )
    const locked = s.devices.find((d) => d.serial === 'RC-LOCKED')!
    expect(locked.errors).toEqual([
      { code: 'permission', message: expect.stringMatching(/\/dev\/bus\/usb\/001\/002.*70-logi-room-diagnostics\.rules.*unplug/) }
    ])
    expect(s.devices.find((d) => d.serial === 'TH-LOCKED')!.errors).toEqual([])
  })
})
