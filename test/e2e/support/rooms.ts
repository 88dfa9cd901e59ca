// The rooms the browser tests plug in. Built on the shared simulated parts; speeds and serials
// are set here so what the screen must show is visible in the test.
import type { SimUsbDevice } from '../../umockdev/describe'
import { infoReply, meetupSpeakerphone, part, rallyAudio, rallyCamera, rallyTableHub } from '../../support/sim-parts'
import { realFixture } from '../../support/real-fixtures'
import { rallyTopologyReport } from '../../support/topology-report'

const LOGITECH = 0x046d

export const SERIALS = {
  rallyCamera: 'RC-E2E-0001',
  tableHub: 'TH-E2E-0002',
  rallyAudio: 'RA-E2E-0003',
  meetupCamera: 'MU-E2E-0004',
  meetupSpeakerphone: 'MS-E2E-0005'
} as const

export const FIRMWARE = {
  rallyAudio: '1.2.4',
  tableHub: '1.4.20',
  rallyVideo: '1.2.300',
  micPod: '2.1.3',
  micPodHub: '1.0.7',
  meetupCamera: '1.0.156',
  meetupSpeakerphone: '1.0.172'
} as const

/** Rally audio: answers the HID info report with its own version and the topology report with the
 *  Table Hub, camera, two Mic Pods, a Mic Pod hub and both speakers. */
function rallyAudioWithTopology(ports: number[], serial: string, speakers: [boolean, boolean] = [true, true]): SimUsbDevice {
  const [maj, min, build] = FIRMWARE.rallyVideo.split('.').map(Number) as [number, number, number]
  const topology = rallyTopologyReport({
    tableHub: FIRMWARE.tableHub,
    micPods: [FIRMWARE.micPod, FIRMWARE.micPod],
    micPodHubs: [FIRMWARE.micPodHub],
    video: [maj, min, build],
    speakers
  })
  return rallyAudio({ busnum: 1, ports }, serial, 0x0885, {
    '19': infoReply(FIRMWARE.rallyAudio),
    '3e': Buffer.from(topology).toString('hex')
  })
}

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
  const camera = rallyCamera({ busnum: 1, ports: [2, 1] }, SERIALS.rallyCamera, 'super')
  const tableHub = rallyTableHub({ busnum: 1, ports: [2, 2] }, SERIALS.tableHub)
  const audio = rallyAudioWithTopology([2, 3], SERIALS.rallyAudio)
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

/** A MeetUp plugged straight into the computer: camera on port 3 (the real MeetUp descriptors,
 *  answering the device-info control), speakerphone on port 4 (answering the HID info report). */
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
    configDescriptor: realFixture('meetup-0866-usb3-mersive.config.bin'),
    // GET_LEN then GET_CUR on the device-info unit: 1.0.156.
    behaviour: { control: { 'a1:85:0100:0800': '0400', 'a1:81:0100:0800': '00019c00' } }
  }
  const speakerphone = meetupSpeakerphone({ busnum: 1, ports: [4] }, SERIALS.meetupSpeakerphone, 0x0867, {
    '19': infoReply(FIRMWARE.meetupSpeakerphone)
  })
  return { camera, speakerphone, devices: [camera, speakerphone] }
}

/** The MeetUp whose camera enumerated at USB 2 (the real descriptors captured from such a camera),
 *  with its speakerphone next to it. */
export function meetupAtUsb2(): { camera: SimUsbDevice; speakerphone: SimUsbDevice; devices: SimUsbDevice[] } {
  const camera = part(LOGITECH, 0x0866, { busnum: 1, ports: [3] }, 'MU1', 'high', {
    configDescriptor: realFixture('meetup-0866-usb2-mersive.config.bin')
  })
  const { speakerphone } = meetup()
  return { camera, speakerphone, devices: [camera, speakerphone] }
}

const hub = (busnum: number, ports: number[], speed: 'super' | 'high'): SimUsbDevice => ({
  busnum,
  ports,
  vendorId: 0x2109,
  productId: speed === 'super' ? 0x0817 : 0x2817,
  speed,
  isHub: true,
  hubPorts: 4,
  manufacturer: 'VIA Labs, Inc.',
  product: speed === 'super' ? 'USB3.0 Hub' : 'USB2.0 Hub'
})

/** One controller's two buses side by side: a Rally camera three hubs deep on the USB 3 bus
 *  (4 levels below the computer), the Rally's other parts and the USB 2 MeetUp on the USB 2 bus. */
export function twoBusRoom(): { devices: SimUsbDevice[]; rootHubs: Record<number, 'usb2' | 'usb3'> } {
  const r = rally()
  const mu = meetupAtUsb2()
  const camera: SimUsbDevice = { ...r.camera, busnum: 2, ports: [1, 1, 1, 1] }
  return {
    devices: [
      hub(2, [1], 'super'),
      hub(2, [1, 1], 'super'),
      hub(2, [1, 1, 1], 'super'),
      camera,
      hub(1, [2], 'high'),
      { ...r.tableHub, ports: [2, 1] },
      { ...r.audio, ports: [2, 2] },
      mu.camera,
      mu.speakerphone
    ],
    rootHubs: { 1: 'usb2', 2: 'usb3' }
  }
}

/** Two complete Rallies on one computer, each behind its own USB 3 hub (ports 2 and 3). */
export function twoRallies(): { devices: SimUsbDevice[]; second: { camera: string; tableHub: string } } {
  const first = rally()
  const second = { camera: 'RC-E2E-0101', tableHub: 'TH-E2E-0102', audio: 'RA-E2E-0103' }
  return {
    devices: [
      ...first.devices,
      { ...first.hub, ports: [3] },
      rallyCamera({ busnum: 1, ports: [3, 1] }, second.camera, 'super'),
      rallyTableHub({ busnum: 1, ports: [3, 2] }, second.tableHub),
      rallyAudioWithTopology([3, 3], second.audio)
    ],
    second
  }
}

/** A Rally whose audio reports both Mic Pods connected and both speakers unplugged. */
export function rallyWithoutSpeakers(): SimUsbDevice[] {
  const r = rally()
  return [r.hub, r.camera, r.tableHub, rallyAudioWithTopology([2, 3], SERIALS.rallyAudio, [false, false])]
}
