// A simulated Rally Bar built from the real fwupd recording: its descriptors' fields, strings and
// the device's own answers to GetDeviceInfo, replayed by the umockdev runner.
import type { SimInterface, SimUsbDevice } from '../umockdev/describe'
import { readFwupdCapture, simFromFwupd } from './fixtures/real-captures'
import { recordedTransfers } from '../unit/firmware/real-fixtures'

const CMD = (b: Buffer): number => b.readUInt32LE(0)

export function rallyBarFromRecording(where: { busnum: number; ports: number[] }): SimUsbDevice {
  const cap = readFwupdCapture('rally-bar-089b-fwupd.emulation.json')
  const sim = simFromFwupd(cap, where)
  // Endpoints as recorded: VideoControl interrupt IN 0x81; UPD, SYNC and the third vendor
  // interface bulk pairs (0x01/0x83, 0x02/0x84, 0x03/0x85).
  const eps: Record<number, SimInterface['endpoints']> = {
    0: [{ address: 0x81, type: 'interrupt' }],
    2: [{ address: 0x01, type: 'bulk' }, { address: 0x83, type: 'bulk' }],
    3: [{ address: 0x02, type: 'bulk' }, { address: 0x84, type: 'bulk' }],
    4: [{ address: 0x03, type: 'bulk' }, { address: 0x85, type: 'bulk' }]
  }
  sim.interfaces = (sim.interfaces ?? []).map((i) => ({ ...i, endpoints: eps[i.number] ?? [] }))
  const frames = recordedTransfers('rally-bar-089b-fwupd.emulation.json')
  const deviceAck = (n: string) => frames.find((f) => CMD(f) === 0xff01 && f.length === 17 && f.subarray(12).toString() === n)!
  const bufferRead = frames.filter((f) => CMD(f) === 0xcc06).pop()!
  const closing = frames.find((f) => CMD(f) === 0xcc08 && f.length === 8)!
  const hex = (b: Buffer) => b.toString('hex')
  sim.behaviour = {
    bulk: [
      { out: '07cc0000', in: hex(deviceAck('52231')), ep: 0x84 },
      { out: '08cc0000', in: hex(deviceAck('52232')), ep: 0x84 },
      { out: '08cc0000', in: hex(bufferRead), ep: 0x84 },
      { out: '01ff000004000000', in: hex(closing), ep: 0x84 }
    ]
  }
  return sim
}
