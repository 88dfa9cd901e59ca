// A UVC camera (Scribe and the like) built from its fwupd recording of the video4linux node: the
// raw sysfs `descriptors` blob it recorded, the V4L2 card name, where it sat, and the extension-unit
// reads it recorded (UVCIOC_CTRL_QUERY), answered as the class control requests they are on USB.
import type { SimUsbDevice } from '../umockdev/describe'
import { realFixture } from './real-fixtures'

interface UdevEvent {
  Id: string
  Data?: string
  DataOut?: string
  PhysicalId?: string
}
interface UdevCapture {
  UsbDevices: Array<{ GType?: string; Subsystem?: string; Events?: UdevEvent[] }>
}

/** A fwupd recording of a camera's video4linux node rather than of its USB device. */
export function isUvcCapture(file: string): boolean {
  return readUdevCapture(file).UsbDevices[0]?.Subsystem === 'video4linux'
}

function readUdevCapture(file: string): UdevCapture {
  return JSON.parse(realFixture(file).toString('utf8')) as UdevCapture
}

/** The VideoControl interface's number, from the configuration descriptors after the device descriptor. */
function videoControlInterface(descriptors: Buffer): number {
  for (let at = descriptors[0] ?? 18; at + 1 < descriptors.length && descriptors[at]! > 0; at += descriptors[at]!) {
    if (descriptors[at + 1] === 0x04 && descriptors[at + 5] === 0x0e && descriptors[at + 6] === 0x01) return descriptors[at + 2]!
  }
  throw new Error('the recorded descriptors describe no UVC VideoControl interface')
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0')

export interface UvcReplay {
  device: SimUsbDevice
  /** Where fwupd recorded it ("bus-port.port…"). */
  recordedAt: string
}

/** `answers: false` leaves out the recorded control reads: the camera presents itself and answers nothing. */
export function uvcReplay(
  file: string,
  where: { busnum: number; ports: number[] },
  opts: { productId?: number; answers?: boolean } = {}
): UvcReplay {
  const node = readUdevCapture(file).UsbDevices[0]!
  const events = node.Events ?? []
  const data = (id: string): string | undefined => events.find((e) => e.Id === id)?.Data
  const blob = data('LoadDescriptor:basename=descriptors')
  if (!blob) throw new Error(`${file} records no sysfs descriptors`)
  const descriptors = Buffer.from(blob, 'base64')
  if (opts.productId !== undefined) descriptors.writeUInt16LE(opts.productId, 10)
  const recordedAt = events.find((e) => e.Id === 'GetBackendParent:Subsystem=usb:usb_device')?.PhysicalId
  if (!recordedAt) throw new Error(`${file} records no parent USB device`)
  const vc = videoControlInterface(descriptors)
  // UVCIOC_CTRL_QUERY on unit U, selector S with query Q is the control request
  // GET_x (bRequest Q) to the VideoControl interface: wValue S<<8, wIndex U<<8 | interface.
  // Only the reads (GET_*, 0x81-0x87) are answered; a recorded SET would stay unanswered.
  const control: Record<string, string> = {}
  for (const e of events) {
    const m = /^Ioctl:Request=0xc0107521,Unit=0x([0-9a-f]+),Selector=0x([0-9a-f]+),Query=0x([0-9a-f]+),/i.exec(e.Id)
    if (!m || !e.DataOut) continue
    const [unit, selector, query] = [m[1]!, m[2]!, m[3]!].map((v) => parseInt(v, 16)) as [number, number, number]
    if (query < 0x81 || query > 0x87) continue
    control[`a1:${hex(query, 2)}:${hex(selector << 8, 4)}:${hex((unit << 8) | vc, 4)}`] = Buffer.from(e.DataOut, 'base64').toString('hex')
  }
  const product = data('ReadAttr:Attr=name')
  const bcdUSB = descriptors.readUInt16LE(2)
  return {
    recordedAt,
    device: {
      ...where,
      vendorId: descriptors.readUInt16LE(8),
      productId: descriptors.readUInt16LE(10),
      // The serial string itself is not recorded; manufacturer as simFromFwupd assumes it.
      serial: null,
      manufacturer: 'Logitech',
      ...(product ? { product } : {}),
      speed: bcdUSB >= 0x0300 ? 'super' : 'high',
      descriptors,
      ...(opts.answers === false ? {} : { behaviour: { control } })
    }
  }
}
