// Live view: `detect --watch --json` under a simulated room while devices are plugged and
// unplugged through umockdev's uevents (the same path udev takes on a real machine).
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DeviceEvent, Snapshot } from '../../src/shared/contract'
import type { RunningRoom } from '../umockdev/harness'
import { expectOnlyAllowedWrites, requireBuiltCli, watchRoom } from './cli-under-room'
import { hub, infoReply, meetupSpeakerphone, part, rallyCamera, rallyTableHub } from '../support/sim-parts'

beforeAll(() => requireBuiltCli())

let running: RunningRoom | null = null
afterEach(async () => {
  const r = await running?.stop()
  running = null
  if (r) expectOnlyAllowedWrites(r.writes)
})

/** attach/detach lines; `update` lines (firmware read after an attach) are checked separately. */
const events = (r: RunningRoom): DeviceEvent[] =>
  r.stdout.json<Snapshot | DeviceEvent>().filter((x): x is DeviceEvent => 'event' in x && x.event !== 'update')
const updates = (r: RunningRoom): DeviceEvent[] =>
  r.stdout.json<Snapshot | DeviceEvent>().filter((x): x is DeviceEvent => 'event' in x && x.event === 'update')

describe('detect --watch --json', () => {
  it('prints the snapshot, then one NDJSON line per attach and detach', async () => {
    const camera = rallyCamera({ busnum: 1, ports: [2, 1] }, 'RC-LIVE', 'high')
    running = await watchRoom([hub({ busnum: 1, ports: [2] }), camera, rallyTableHub({ busnum: 1, ports: [2, 2] })])
    const first = JSON.parse(await running.stdout.waitForLine((l) => l.startsWith('{"devices"'))) as Snapshot
    expect(first.devices.map((d) => d.serial)).toEqual(['RC-LIVE', 'TH0001'])

    const camMeetUp = part(0x046d, 0x0866, { busnum: 1, ports: [3] }, 'MU-LIVE', 'high')
    const spk = meetupSpeakerphone({ busnum: 1, ports: [4] }, 'MS-LIVE')
    await running.add([camMeetUp, spk])
    await running.stdout.waitForLine((l) => l.includes('"attach"') && l.includes('MS-LIVE'))
    await running.stdout.waitForLine((l) => l.includes('"attach"') && l.includes('MU-LIVE'))

    await running.remove(camera)
    const detachLine = await running.stdout.waitForLine((l) => l.includes('"detach"'))
    expect(JSON.parse(detachLine)).toMatchObject({
      event: 'detach',
      device: { id: 'usb:1-2.1', serial: 'RC-LIVE', product: 'Rally', part: 'camera' }
    })

    // Every line after the snapshot is a valid event; nothing else was printed.
    expect(
      events(running)
        .map((e) => `${e.event}:${e.device.serial}`)
        .sort()
    ).toEqual(['attach:MS-LIVE', 'attach:MU-LIVE', 'detach:RC-LIVE'])
    expect(running.stdout.lines.filter((l) => l.trim()).length).toBe(1 + events(running).length + updates(running).length)
  })

  it('an attach goes out before the firmware read; the firmware follows as an update', async () => {
    running = await watchRoom([], { rootHubs: { 1: 'usb2' } })
    await running.stdout.waitForLine((l) => l.startsWith('{"devices"'))
    await running.add([meetupSpeakerphone({ busnum: 1, ports: [2] }, 'MS-FW', 0x0867, { '19': infoReply('1.0.272') })])
    const attach = JSON.parse(await running.stdout.waitForLine((l) => l.includes('"attach"'))) as DeviceEvent
    expect(attach.device).toMatchObject({ serial: 'MS-FW', firmware: null })
    const updateLine = await running.stdout.waitForLine((l) => l.includes('"update"'))
    expect(running.stdout.lines.indexOf(updateLine)).toBeGreaterThan(running.stdout.lines.findIndex((l) => l.includes('"attach"')))
    const update = JSON.parse(updateLine) as DeviceEvent
    expect(update.device).toMatchObject({ serial: 'MS-FW', firmware: '1.0.272', firmwareSource: 'hid-info-report' })
  })

  it('unplugging a hub detaches every part behind it', async () => {
    const h = hub({ busnum: 1, ports: [1] })
    running = await watchRoom([h, rallyCamera({ busnum: 1, ports: [1, 1] }, 'A', 'high'), rallyTableHub({ busnum: 1, ports: [1, 2] }, 'B')])
    await running.stdout.waitForLine((l) => l.startsWith('{"devices"'))
    await running.remove(h)
    await running.stdout.waitForLine(() => events(running!).length >= 2)
    expect(
      events(running)
        .map((e) => `${e.event}:${e.device.serial}`)
        .sort()
    ).toEqual(['detach:A', 'detach:B'])
  })

  it('stops cleanly on SIGTERM with exit code 0', async () => {
    running = await watchRoom([])
    await running.stdout.waitForLine((l) => l.startsWith('{"devices"'))
    const r = await running.stop('SIGTERM')
    running = null
    expect(r.code).toBe(0)
  })
})
