// Recorded devices replayed as data (as fwupd's tests/*.json): each file in ./replays names a real
// capture in ../shared/fixtures/real (read at test time, never copied), where the device sits and
// what detect must report. The device answers as recorded; every request the app sends is
// checked against the read-only allow-list.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Component, Device, Peripheral, Snapshot } from '../../src/shared/contract'
import { GET_DEVICE_INFO_PAYLOAD } from '../../src/main/usb-io/sync-framing'
import { describeRoom, type SimUsbDevice } from '../umockdev/describe'
import { runUnderRoom } from '../umockdev/harness'
import { hub } from '../support/sim-parts'
import { bulkControllerReplay } from '../support/bulk-controller-replay'
import { forbiddenWrites } from '../support/write-log'
import { CLI, requireBuiltCli } from './cli-under-room'

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
  expect: {
    /** Matched against the device at `at`. */
    device: Partial<Device>
    /** The device's components, exactly. */
    components?: Component[]
    /** The system's peripherals, exactly. */
    peripherals?: Array<Pick<Peripheral, 'part' | 'name' | 'serial' | 'firmware'>>
    /** Every bulk frame the app sent, in hex, exactly. */
    sent?: string[]
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
      const device = bulkControllerReplay(replay.capture, where(c.at), {
        request: GET_DEVICE_INFO_PAYLOAD,
        ...(c.productId ? { productId: parseInt(c.productId, 16) } : {}),
        ...(c.closingHandshake === false ? { closingHandshake: false } : {})
      })
      const hubs: SimUsbDevice[] = (c.hubs ?? []).map((h) => hub(where(h.at), h.speed))
      const r = await runUnderRoom(describeRoom([...hubs, device]), process.execPath, [CLI, 'detect', '--json'])
      if (r.code !== 0) throw new Error(`detect exited ${r.code}: ${r.stderr}`)
      const snap = JSON.parse(r.stdout) as Snapshot
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
      if (c.expect.sent) expect(r.writes.filter((w) => w.kind === 'bulk').map((w) => (w as { data: string }).data)).toEqual(c.expect.sent)
      expect(forbiddenWrites(r.writes)).toEqual([])
    })
  })
}
