// The rooms the browser tests plug in. Built on the shared simulated parts; speeds and serials
// are set here so what the screen must show is visible in the test.
import type { SimUsbDevice } from '../../umockdev/describe'
import { rallyAudio, rallyCamera, rallyTableHub } from '../../umockdev/rooms'

const LOGITECH = 0x046d

export const SERIALS = {
  rallyCamera: 'RC-E2E-0001',
  tableHub: 'TH-E2E-0002',
  rallyAudio: 'RA-E2E-0003',
  meetupCamera: 'MU-E2E-0004',
  meetupSpeakerphone: 'MS-E2E-0005'
} as const

/** Rally behind a USB 3 hub on port 2: camera at SuperSpeed, Table Hub at High Speed, audio (HID) at Full Speed. */
export function rally(): { hub: SimUsbDevice; camera: SimUsbDevice; tableHub: SimUsbDevice; audio: SimUsbDevice; devices: SimUsbDevice[] } {
  const hub: SimUsbDevice = {
    busnum: 1,
    ports: [2],
    vendorId: 0x2109,
    productId: 0x0817,
    speed: 'super',
    isHub: true,
    hubPorts: 4,
    manufacturer: 'VIA Labs, Inc.',
    product: 'USB3.0 Hub'
  }
  const camera: SimUsbDevice = { ...rallyCamera([2, 1], SERIALS.rallyCamera), speed: 'super' }
  const tableHub = rallyTableHub([2, 2], SERIALS.tableHub)
  const audio = rallyAudio([2, 3], SERIALS.rallyAudio)
  return { hub, camera, tableHub, audio, devices: [hub, camera, tableHub, audio] }
}

/**
 * A Rally with something wrong with every part, for a process without root: the camera's node
 * is closed to it (no udev rule), the Table Hub reports a garbled serial, the audio is stuck in
 * firmware update mode; plus a Logitech receiver that belongs to no room system.
 */
export function troubledRally(): SimUsbDevice[] {
  const r = rally()
  const tableHub: SimUsbDevice = { ...r.tableHub, serial: Buffer.from('TH-\x07E2E\xff0002', 'latin1'), nodeMode: 0o666 }
  const audio: SimUsbDevice = { ...r.audio, productId: 0x0886, nodeMode: 0o666 }
  const receiver: SimUsbDevice = {
    busnum: 1,
    ports: [3],
    vendorId: LOGITECH,
    productId: 0xc52b,
    speed: 'full',
    manufacturer: 'Logitech',
    product: 'USB Receiver',
    serial: null,
    nodeMode: 0o666
  }
  return [r.hub, r.camera, tableHub, audio, receiver]
}

/** A MeetUp plugged straight into the computer: camera on port 3, speakerphone on port 4. */
export function meetup(): { camera: SimUsbDevice; speakerphone: SimUsbDevice; devices: SimUsbDevice[] } {
  const camera: SimUsbDevice = {
    busnum: 1,
    ports: [3],
    vendorId: LOGITECH,
    productId: 0x0866,
    speed: 'super',
    manufacturer: 'Logitech',
    product: 'Logitech MeetUp',
    serial: SERIALS.meetupCamera,
    interfaces: [
      { number: 0, class: 0x0e, subClass: 1 },
      { number: 1, class: 0x0e, subClass: 2 }
    ]
  }
  const speakerphone: SimUsbDevice = {
    busnum: 1,
    ports: [4],
    vendorId: LOGITECH,
    productId: 0x0867,
    speed: 'full',
    manufacturer: 'Logitech',
    product: 'Logitech MeetUp Speakerphone',
    serial: SERIALS.meetupSpeakerphone,
    interfaces: [{ number: 0, class: 1, subClass: 1 }]
  }
  return { camera, speakerphone, devices: [camera, speakerphone] }
}
