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

export interface ProductDef {
  /** "Rally", "MeetUp", "Tap", … — what `product` says in the JSON contract. */
  product: string
  /** Parts a complete system has (by part name). Parts not listed here are optional. */
  requiredParts: PartKind[]
  parts: PartDef[]
}

export interface FamilyDef {
  /** Folder name, e.g. "rally". */
  id: string
  products: ProductDef[]
}
