import type { PartKind } from '../../../shared/contract'
// The shape of device knowledge. Each product family is one folder holding a `family.ts` made
// only of data in this shape, plus a README on its protocol. Code never special-cases a PID.
import type { DeviceMode, UsbSpeed } from '../../../shared/contract'
import type { ReadChannelId } from './read-channels'

export interface PartDef {
  vendorId: string // lower-case hex
  productId: string
  /** Stable machine name: "camera", "table-hub", "audio", "speakerphone", "touch", … */
  part: PartKind
  /** What a person calls it. */
  name: string
  mode: DeviceMode
  /** Fastest link the part can negotiate, when known from real descriptors or vendor docs. */
  maxSpeed?: UsbSpeed
  /** Link speed below which the part cannot work as intended (e.g. 4K video needs SuperSpeed). */
  wantsSpeed?: UsbSpeed
  /** The channels the firmware reader runs on this part, by id (see read-channels.ts). Nothing
   *  else is sent to it; identity strings are read for every part regardless. */
  readChannels: ReadChannelId[]
  /** A non-Logitech chip that is only listed when a Logitech part of the same product is present. */
  companion?: boolean
  /** Oldest firmware known to be good, and where that fact comes from. */
  minFirmware?: { version: string; source: string }
  /** Facts we could not confirm from a source; shown in the README and kept out of checks. */
  unconfirmed?: string
}

/**
 * A part of a system that is not a USB device (Mic Pod, speaker, Sight) and that one of the
 * product's USB parts reports, connected or not. Any reported peripheral that is not connected
 * gets a finding; this says how much the system needs it and what to say about it.
 */
export interface PeripheralDef {
  /** The peripheral's `part` as its reporter gives it: "mic-pod", "speaker", "camera" (Sight). */
  part: string
  /** What a person calls one ("Mic Pod"), for "no Mic Pod connected". */
  name: string
  /** required: a complete system has at least one connected, so none is a finding even when none
   *  is listed. optional: an add-on the system works without; never paired, it is not listed and
   *  nothing is said, listed but not connected, it is a warning. */
  expected: 'required' | 'optional'
  /** What the room loses without it: "the room has no sound". */
  without: string
  /** Where it connects, as the start of the fix: "Connect the speakers to the Display Hub". */
  connect: string
}

export interface ProductPeripherals {
  /** Where the reporting part lists them, for "The Rally's topology report lists …". */
  report: string
  parts: PeripheralDef[]
}

export interface ProductDef {
  /** "Rally", "MeetUp", "Tap", … — what `product` says in the JSON contract. */
  product: string
  /** Parts a complete system has (by part name). Parts not listed here are optional. */
  requiredParts: PartKind[]
  parts: PartDef[]
  /** The non-USB parts its USB parts report, when the catalog knows what to expect of them. */
  peripherals?: ProductPeripherals
}

export interface FamilyDef {
  /** Folder name, e.g. "rally". */
  id: string
  products: ProductDef[]
}
