// Runs each part's catalog read channels, all devices in parallel, every read under its own
// deadline: one slow or stuck device never delays the others beyond READ_TIMEOUT_MS, and every
// failure becomes a per-device error.
import type { Device as UsbDevice } from 'usb'
import type { ReadChannelId } from '../devices/catalog'
import type { Identified } from '../devices/identify'
import type { RawHidInterface, RawUsbDevice } from '../devices/raw-device'
import { HID_INFO_SENDS, readHidInfoFirmware } from './channels/hid-info'
import { RALLY_TOPOLOGY_SENDS, readRallyTopology } from './channels/rally-topology'
import { exchangeGetDeviceInfo, GET_DEVICE_INFO_SENDS, SYNC_INTERFACE } from './channels/bulk-device-info'
import {
  DEVICE_INFO_XU_GUID,
  findExtensionUnits,
  readUvcFirmware,
  uvcDeviceInfoSends,
  type ExtensionUnit
} from './channels/uvc-device-info'
import type { OutgoingRequest } from '../usb-io/allow-list'
import { GuardedHid, GuardedUsb } from '../usb-io/guarded-io'
import { emptyResult, type FirmwareResult } from './results'
import { withTimeout } from './with-timeout'
import { isMacHidRefusal, unreadableOn } from './platform-limits'

export const READ_TIMEOUT_MS = 1500
/** Each bulk transfer of a multi-step exchange gets a share of the channel's deadline. */
const TRANSFER_TIMEOUT_MS = 300

export interface FirmwareTarget {
  item: Identified
  raw: RawUsbDevice
  libusb: UsbDevice | undefined
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** The vendor-defined HID collection carries the info reports; fall back to the first interface. */
function pickHid(hids: readonly RawHidInterface[]): RawHidInterface | undefined {
  return hids.find((h) => (h.usagePage ?? 0) >= 0xff00) ?? hids[0]
}

function xuUnit(target: FirmwareTarget): ExtensionUnit | undefined {
  if (target.raw.descriptorBlob)
    return findExtensionUnits(target.raw.descriptorBlob.subarray(18)).find((u) => u.guid === DEVICE_INFO_XU_GUID)
  // Off Linux: class-specific VideoControl descriptors arrive as the interface's `extra` bytes.
  for (const iface of target.libusb?.interfaces ?? []) {
    const d = iface.descriptor
    if (d.bInterfaceClass !== 0x0e || d.bInterfaceSubClass !== 1) continue
    const head = Uint8Array.from([9, 4, d.bInterfaceNumber, 0, 0, 0x0e, 1, 0, 0])
    const unit = findExtensionUnits(Buffer.concat([head, d.extra])).find((u) => u.guid === DEVICE_INFO_XU_GUID)
    if (unit) return unit
  }
  return undefined
}

function syncInterface(target: FirmwareTarget): number | undefined {
  const { class: cls, subClass, protocol } = SYNC_INTERFACE
  const blob = target.raw.descriptorBlob
  if (blob) {
    for (let p = 18; p + 9 <= blob.length && blob[p]! >= 2; p += blob[p]!) {
      if (blob[p + 1] === 4 && blob[p + 5] === cls && blob[p + 6] === subClass && blob[p + 7] === protocol) return blob[p + 2]
    }
    return undefined
  }
  return target.libusb?.interfaces?.find((i) => i.descriptor.bInterfaceClass === cls && i.descriptor.bInterfaceSubClass === subClass)
    ?.interfaceNumber
}

async function withHid<T>(target: FirmwareTarget, fn: (hid: GuardedHid) => Promise<T>): Promise<T> {
  const info = pickHid(target.item.hid)
  if (!info) throw new Error('its HID interface is not visible to this app')
  const hid = await GuardedHid.open(info.path)
  try {
    return await fn(hid)
  } finally {
    void hid.close()
  }
}

async function withUsb<T>(target: FirmwareTarget, fn: (usb: GuardedUsb) => Promise<T>): Promise<T> {
  if (!target.libusb) throw new Error('the USB library cannot reach it')
  const usb = GuardedUsb.open(target.libusb)
  try {
    return await fn(usb)
  } finally {
    void usb.close()
  }
}

/** One read channel: how messages name it, what it sends, and how it reads a part. */
export interface ChannelReader {
  label: string
  /** Every request the reader sends (built from the same constants it sends), for the catalog
   *  check that holds them against the allow-list and the never-send list. */
  sends: readonly OutgoingRequest[]
  read(target: FirmwareTarget, result: FirmwareResult): Promise<void>
}

/** A reader for every channel id the catalog can name (the type makes a missing one an error). */
export const CHANNEL_READERS: Record<ReadChannelId, ChannelReader> = {
  'hid-info': {
    label: 'HID info report',
    sends: HID_INFO_SENDS,
    async read(target, result) {
      const version = await withHid(target, readHidInfoFirmware)
      if (!result.firmware) Object.assign(result, { firmware: version, firmwareSource: 'hid-info-report' })
    }
  },
  'rally-topology': {
    label: 'Rally topology report',
    sends: RALLY_TOPOLOGY_SENDS,
    async read(target, result) {
      result.topology = await withHid(target, readRallyTopology)
    }
  },
  'uvc-device-info': {
    label: 'camera device-info control',
    // Unit 8 on interface 0, as on the MeetUp and Scribe; another unit id only changes wIndex.
    sends: uvcDeviceInfoSends({ unitId: 8, interfaceNumber: 0 }),
    async read(target, result) {
      const unit = xuUnit(target)
      if (!unit) throw new Error('the camera does not describe a device-info control')
      const version = await withUsb(target, (usb) => readUvcFirmware(usb, unit))
      if (!result.firmware) Object.assign(result, { firmware: version, firmwareSource: 'uvc-device-info' })
    }
  },
  'bulk-device-info': {
    label: 'device-info request',
    sends: GET_DEVICE_INFO_SENDS,
    async read(target, result) {
      const n = syncInterface(target)
      if (n === undefined) throw new Error('the device does not offer its device-info interface')
      const info = await withUsb(target, (usb) => {
        const eps = usb.claimVendorInterface(n)
        return exchangeGetDeviceInfo(eps.out, eps.in, TRANSFER_TIMEOUT_MS)
      })
      result.deviceInfo = info
      const self = info.devices.find((d) => d.serial !== null && d.serial === target.item.device.serial) ?? info.devices[0]
      if (self?.firmware && !result.firmware) Object.assign(result, { firmware: self.firmware, firmwareSource: 'bulk-device-info' })
      if (self) result.components.push(...self.components)
    }
  }
}

async function runChannel(channel: ReadChannelId, target: FirmwareTarget, result: FirmwareResult): Promise<void> {
  const limit = unreadableOn(channel, target.raw)
  if (limit) throw new Error(limit)
  await CHANNEL_READERS[channel].read(target, result)
}

export async function readFirmware(target: FirmwareTarget): Promise<FirmwareResult> {
  const result = emptyResult()
  const channels = target.item.match?.part.readChannels ?? []
  const failures: string[] = []
  for (const channel of channels) {
    try {
      await withTimeout(runChannel(channel, target, result), READ_TIMEOUT_MS, `the ${CHANNEL_READERS[channel].label}`)
    } catch (err) {
      if (isMacHidRefusal(target.raw, channel, err)) {
        if (!result.errors.some((e) => e.code === 'permission'))
          result.errors.push({
            code: 'permission',
            message: `macOS did not let this app open the ${target.item.device.name} (${message(err)}): another app may hold it, or Input Monitoring is not allowed for this app.`
          })
        continue
      }
      failures.push(`${CHANNEL_READERS[channel].label}: ${message(err)}`)
    }
  }
  if (failures.length > 0) {
    result.errors.push({
      code: 'read',
      message: `Could not read ${result.firmware ? 'everything' : 'the firmware version'} (${failures.join('; ')}).`
    })
  }
  return result
}

export async function readAllFirmware(targets: readonly FirmwareTarget[]): Promise<Map<string, FirmwareResult>> {
  const entries = await Promise.all(targets.map(async (t) => [t.item.device.id, await readFirmware(t)] as const))
  return new Map(entries)
}
