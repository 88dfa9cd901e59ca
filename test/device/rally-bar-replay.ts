// Bulk-controller devices built from real fwupd recordings (Rally Bar, Sight): their descriptor
// fields, endpoints and strings, and the device's own answers to GetDeviceInfo, replayed by the
// umockdev runner. Only the device's side of the recording is replayed; what the app sends is
// whatever it sends, and the tests check it.
import type { SimInterface, SimUsbDevice } from '../umockdev/describe'
import { readFwupdCapture, recordedTransfers, simFromFwupd } from '../support/fwupd-capture'

const CMD = (b: Buffer): number => b.readUInt32LE(0)

interface CaptureInterface { InterfaceNumber?: number; InterfaceClass?: number; InterfaceSubClass?: number; UsbEndpoints?: Array<{ EndpointAddress?: number; MaxPacketSize?: number }> }

export function bulkControllerFromRecording(file: string, where: { busnum: number; ports: number[] }, productId?: number): SimUsbDevice {
  const cap = readFwupdCapture(file)
  const sim = simFromFwupd(cap, where)
  if (productId !== undefined) sim.productId = productId
  const recorded = (cap.device.UsbInterfaces ?? []) as CaptureInterface[]
  const syncIf = recorded.find((i) => i.InterfaceClass === 0xff && i.InterfaceSubClass === 0x76)
  const syncIn = syncIf?.UsbEndpoints?.find((e) => ((e.EndpointAddress ?? 0) & 0x80) !== 0)?.EndpointAddress ?? 0x84
  sim.interfaces = (sim.interfaces ?? []).map((i): SimInterface => {
    const eps = recorded.filter((r) => (r.InterfaceNumber ?? 0) === i.number).flatMap((r) => r.UsbEndpoints ?? [])
    const seen = new Set<number>()
    const endpoints = eps.filter((e) => !seen.has(e.EndpointAddress ?? 0) && seen.add(e.EndpointAddress ?? 0)).map((e) => ({
      address: e.EndpointAddress ?? 0,
      type: i.class === 0xff ? ('bulk' as const) : i.class === 3 || i.subClass === 1 ? ('interrupt' as const) : ('isochronous' as const)
    }))
    return { ...i, endpoints: i.class === 0x0e && i.subClass === 2 ? [] : endpoints }
  })
  const frames = recordedTransfers(file)
  const deviceAck = (n: string) => frames.find((f) => CMD(f) === 0xff01 && f.length === 17 && f.subarray(12).toString() === n)!
  const bufferRead = frames.filter((f) => CMD(f) === 0xcc06).pop()!
  const closing = frames.find((f) => CMD(f) === 0xcc08 && f.length === 8)!
  const hex = (b: Buffer) => b.toString('hex')
  sim.behaviour = {
    bulk: [
      { out: '07cc0000', in: hex(deviceAck('52231')), ep: syncIn },
      { out: '08cc0000', in: hex(deviceAck('52232')), ep: syncIn },
      { out: '08cc0000', in: hex(bufferRead), ep: syncIn },
      { out: '01ff000004000000', in: hex(closing), ep: syncIn }
    ]
  }
  return sim
}

export const rallyBarFromRecording = (where: { busnum: number; ports: number[] }, productId?: number): SimUsbDevice =>
  bulkControllerFromRecording('rally-bar-089b-fwupd.emulation.json', where, productId)
