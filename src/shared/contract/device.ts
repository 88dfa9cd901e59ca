// The device model shared by the core, the CLI's --json output, the IPC/web boundary and the UI.
// These schemas ARE the public JSON contract documented in the README.
import { z } from 'zod'

export const HEX4 = /^[0-9a-f]{4}$/

export const UsbSpeed = z.enum(['low', 'full', 'high', 'super', 'super-plus'])
export type UsbSpeed = z.infer<typeof UsbSpeed>

/** Where `speed` came from: `os` = the negotiated rate the OS reported (sysfs, IOKit, the
 *  Windows hub driver); `inferred` = guessed from descriptors (endpoint sizes), which can be
 *  wrong and never raises a link-speed finding on its own. */
export const SpeedSource = z.enum(['os', 'inferred'])
export type SpeedSource = z.infer<typeof SpeedSource>

export const DeviceMode = z.enum(['normal', 'update', 'bootloader'])
export type DeviceMode = z.infer<typeof DeviceMode>

/** Why something about a device could not be read. The device is still listed. */
export const DeviceErrorCode = z.enum([
  'permission', // the OS refused access to the device node; message carries the fix
  'descriptor', // descriptors missing, truncated or malformed
  'identity', // a serial/product string was unreadable or had to be cleaned
  'disconnected', // the device went away while it was being read
  'read', // any other read failure
  'driver' // the OS reports the device or one of its interfaces in an error state (no driver, failed start)
])
export type DeviceErrorCode = z.infer<typeof DeviceErrorCode>

export const DeviceError = z.object({
  code: DeviceErrorCode,
  message: z.string()
})
export type DeviceError = z.infer<typeof DeviceError>

export const DeviceLocation = z.object({
  bus: z.number().int().nonnegative(),
  /** Port numbers from the root hub down, e.g. [2, 1] for sysfs "1-2.1". */
  ports: z.array(z.number().int().positive()).max(7),
  /** Hubs between the host's root port and the device (0 = plugged straight into the computer). */
  hubDepth: z.number().int().nonnegative()
})
export type DeviceLocation = z.infer<typeof DeviceLocation>

/** A version a part reports for one of its components (audio, video, BLE, Table Hub, …). */
export const Component = z.object({
  name: z.string(),
  version: z.string()
})
export type Component = z.infer<typeof Component>

/** Read channels that can fill `firmware`; named so support knows where a version came from. */
export const FirmwareSource = z.enum(['hid-info-report', 'rally-topology-report', 'bulk-device-info', 'uvc-device-info'])
export type FirmwareSource = z.infer<typeof FirmwareSource>

/** Id prefix of a device whose port the OS did not report (its `location` is then bus 0, no ports). */
export const UNLOCATED_ID_PREFIX = 'usb:unlocated:'
export const isUnlocated = (d: { id: string }): boolean => d.id.startsWith(UNLOCATED_ID_PREFIX)

/** Every kind of USB part the catalog names, in the order a system's card shows them: video
 *  first, then hubs and capture, then audio, then the rest. A test keeps it equal to the kinds the
 *  catalog uses, so a kind cannot be missing here nor linger after the catalog drops it. */
export const PartKind = z.enum([
  'bar',
  'camera',
  'table-hub',
  'hdmi-capture',
  'capture',
  'sensor',
  'audio',
  'speakerphone',
  'touch',
  'display',
  'aux',
  'hub',
  'base'
])
export type PartKind = z.infer<typeof PartKind>

export const Device = z.object({
  /** Stable for as long as the device stays on the same port: "usb:<bus>-<ports>". */
  id: z.string().min(1),
  vendorId: z.string().regex(HEX4),
  productId: z.string().regex(HEX4),
  /** Catalog product ("Rally", "MeetUp", …) or "Unknown Logitech device". */
  product: z.string(),
  /** The catalog's part kind, or "unknown" for a device the catalog does not list. */
  part: z.union([PartKind, z.literal('unknown')]),
  /** Human name: the catalog's part name. */
  name: z.string(),
  /** The device's own product string as it reported it (cleaned), if any. */
  usbProduct: z.string().nullable(),
  serial: z.string().nullable(),
  /** Filled only from a real firmware read channel; never guessed from bcdDevice. */
  firmware: z.string().nullable(),
  /** Which read channel `firmware` came from. */
  firmwareSource: FirmwareSource.nullable(),
  /** Per-component versions when the part reports several. */
  components: z.array(Component),
  mode: DeviceMode,
  speed: UsbSpeed.nullable(),
  /** Provenance of `speed` (null when `speed` is null). Always set by this core; optional so
   *  documents written before it existed still validate. */
  speedSource: SpeedSource.nullable().optional(),
  location: DeviceLocation,
  /** True when the VID:PID is in the catalog. */
  known: z.boolean(),
  errors: z.array(DeviceError)
})
export type Device = z.infer<typeof Device>

/** Parts of a system that are not USB devices (Mic Pods, Mic Pod hubs, speakers, Sight, …),
 *  known only from what a USB part reports about them. */
export const Peripheral = z.object({
  part: z.string(),
  name: z.string(),
  serial: z.string().nullable(),
  firmware: z.string().nullable(),
  connected: z.boolean(),
  /** The USB device that reported it. */
  reportedBy: z.string()
})
export type Peripheral = z.infer<typeof Peripheral>

export const RoomSystem = z.object({
  /** Stable while its first part stays plugged in. */
  id: z.string(),
  product: z.string(),
  /** Device ids, in catalog part order. */
  parts: z.array(z.string()),
  /** Part kinds the catalog expects for this product but which were not found. */
  missing: z.array(PartKind),
  peripherals: z.array(Peripheral)
})
export type RoomSystem = z.infer<typeof RoomSystem>

export const Snapshot = z.object({
  devices: z.array(Device),
  systems: z.array(RoomSystem)
})
export type Snapshot = z.infer<typeof Snapshot>

/** attach/detach follow the OS event at once; `update` follows when a slower read (firmware)
 *  has finished for a device that is already attached. */
export const DeviceEvent = z.discriminatedUnion('event', [
  z.object({ event: z.literal('attach'), device: Device }),
  z.object({ event: z.literal('detach'), device: Device }),
  z.object({ event: z.literal('update'), device: Device })
])
export type DeviceEvent = z.infer<typeof DeviceEvent>
