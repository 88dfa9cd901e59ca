// Recorded devices replayed as data (as fwupd's tests/*.json): each file in ./replays names a real
// capture in ../shared/fixtures/real (read at test time, never copied), where the device sits and
// what detect must report. The device answers as recorded (a bulk-controller exchange, or a UVC
// camera's extension-unit reads); every request the app sends is checked against the read-only
// allow-list.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Component, Device, Peripheral, RoomSystem } from '../../src/shared/contract'
import { GET_DEVICE_INFO_PAYLOAD } from '../../src/main/usb-io/sync-framing'
import { describeRoom, type SimUsbDevice } from '../umockdev/describe'
import { runUnderRoom } from '../umockdev/harness'
import { hub } from '../support/sim-parts'
import { bulkControllerReplay } from '../support/bulk-controller-replay'
import { readFwupdCapture, simFromFwupd } from '../support/fwupd-capture'
import { isUvcCapture, uvcReplay } from '../support/uvc-replay'
import { forbiddenWrites } from '../support/write-log'
import { CLI, contractSnapshot, requireBuiltCli } from './cli-under-room'

interface ReplayCase {
  name: string
  /** Where the device sits, as sysfs names it: "bus-port.port…". */
  at: string
  /** Hubs above it, by where each sits. */
  hubs?: Array<{ at: string; speed: 'high' | 'super' }>
  /** Present the recording under another product id (same protocol, other model). */
  productId?: string
  /** false: the device leaves out its closing UninitBuffer, as older firmware does. */
  closingHandshake?: boolean
  /** false: the device presents only its recorded identity and answers none of the recorded requests. */
  answers?: boolean
  /** true: `at` is where the capture recorded the device, and the runner checks that it is. */
  asRecorded?: boolean
  expect: {
    /** Matched against the device at `at`. */
    device: Partial<Device>
    /** The device's components, exactly. */
    components?: Component[]
    /** The system's peripherals, exactly. */
    peripherals?: Array<Pick<Peripheral, 'part' | 'name' | 'serial' | 'firmware'>>
    /** Every bulk frame the app sent, in hex, exactly. */
    sent?: string[]
    /** All of the snapshot's systems, exactly. */
    systems?: RoomSystem[]
  }
}

interface ReplayFile {
  /** A file in ../shared/fixtures/real. */
  capture: string
  about: string
  cases: ReplayCase[]
}

const where = (at: string): { busnum: number; ports: number[] } => {
  const [bus, path] = at.split('-') as [string, string]
  return { busnum: Number(bus), ports: path.split('.').map(Number) }
}

type Where = ReturnType<typeof where>

/** The simulated device for a case, and where its capture recorded it. The capture says which kind it is. */
function replayDevice(capture: string, at: Where, c: ReplayCase): { device: SimUsbDevice; recordedAt: string } {
  const productId = c.productId ? parseInt(c.productId, 16) : undefined
  if (isUvcCapture(capture)) {
    if (c.closingHandshake !== undefined) throw new Error(`closingHandshake is for bulk-controller captures, not ${capture}`)
    return uvcReplay(capture, at, { ...(productId !== undefined ? { productId } : {}), ...(c.answers === false ? { answers: false } : {}) })
  }
  const cap = readFwupdCapture(capture)
  const recordedAt = cap.device.PlatformId
  if (c.answers === false) {
    const device = simFromFwupd(cap, at)
    return { device: productId !== undefined ? { ...device, productId } : device, recordedAt }
  }
  const device = bulkControllerReplay(capture, at, {
    request: GET_DEVICE_INFO_PAYLOAD,
    ...(productId !== undefined ? { productId } : {}),
    ...(c.closingHandshake === false ? { closingHandshake: false } : {})
  })
  return { device, recordedAt }
}

const dir = join(__dirname, 'replays')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()

beforeAll(() => requireBuiltCli())

it('finds the replay files', () => expect(files.length).toBeGreaterThan(0))

for (const file of files) {
  const replay = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReplayFile
  describe(`${file}: ${replay.about}`, () => {
    it.each(replay.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { device, recordedAt } = replayDevice(replay.capture, where(c.at), c)
      if (c.asRecorded) expect(recordedAt, `${replay.capture} recorded the device elsewhere`).toBe(c.at)
      const hubs: SimUsbDevice[] = (c.hubs ?? []).map((h) => hub(where(h.at), h.speed))
      const r = await runUnderRoom(describeRoom([...hubs, device]), process.execPath, [CLI, 'detect', '--json'])
      if (r.code !== 0) throw new Error(`detect exited ${r.code}: ${r.stderr}`)
      const snap = contractSnapshot(r.stdout)
      const found = snap.devices.find((d) => d.id === `usb:${c.at}`)
      expect(found, `no device at ${c.at}`).toBeDefined()
      expect(found).toMatchObject(c.expect.device)
      if (c.expect.components) expect(found!.components).toEqual(c.expect.components)
      if (c.expect.peripherals) {
        const system = snap.systems.find((s) => s.parts.includes(found!.id))
        expect(system?.peripherals.map(({ part, name, serial, firmware }) => ({ part, name, serial, firmware }))).toEqual(
          c.expect.peripherals
        )
      }
      if (c.expect.systems) expect(snap.systems).toEqual(c.expect.systems)
      if (c.expect.sent) expect(r.writes.filter((w) => w.kind === 'bulk').map((w) => (w as { data: string }).data)).toEqual(c.expect.sent)
      expect(forbiddenWrites(r.writes)).toEqual([])
    })
  })
}
