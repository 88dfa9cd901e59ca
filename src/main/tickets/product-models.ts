// Which product a typed model means, and what the terms say about it. Names come from the device
// catalog (so every product the app detects is accepted) plus the warranty schedule's names and
// model numbers, which the catalog does not carry (Rally Plus is a Rally with more parts).
import { FAMILIES } from '../devices/catalog'

export interface ProductTerms {
  /** Canonical name, as the catalog and the terms spell it. */
  product: string
  /** Model number of the primary device, per the Extended Warranty Schedule A. */
  modelNumber: string | null
  /** JumpStart Schedule A. */
  jumpstart: boolean
  /** Extended Warranty Schedule A. */
  extendedWarranty: boolean
  /** Whose serial is the product's serial (EW 11); null = the product's own. */
  primaryDevice: string | null
}

const SCHEDULED: readonly ProductTerms[] = [
  { product: 'Tap', modelNumber: 'V-U0053', jumpstart: true, extendedWarranty: true, primaryDevice: null },
  { product: 'SmartDock', modelNumber: null, jumpstart: true, extendedWarranty: false, primaryDevice: null },
  { product: 'Rally', modelNumber: 'V-R0010', jumpstart: false, extendedWarranty: true, primaryDevice: 'Rally Camera' },
  { product: 'Rally Plus', modelNumber: 'V-R0010', jumpstart: false, extendedWarranty: true, primaryDevice: 'Rally Camera' },
  { product: 'Rally Camera', modelNumber: 'V-R0010', jumpstart: false, extendedWarranty: true, primaryDevice: null },
  { product: 'MeetUp', modelNumber: 'V-R0007', jumpstart: false, extendedWarranty: true, primaryDevice: null }
]

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^logi(tech)?\s+/, '')
    .replace(/[\s_-]+/g, '')

function buildTable(): Map<string, ProductTerms> {
  const table = new Map<string, ProductTerms>()
  for (const family of FAMILIES) {
    for (const p of family.products) {
      table.set(normalise(p.product), {
        product: p.product,
        modelNumber: null,
        jumpstart: false,
        extendedWarranty: false,
        primaryDevice: null
      })
    }
  }
  for (const p of SCHEDULED) table.set(normalise(p.product), p)
  // Model numbers: V-R0010 is the Rally Camera's own number (Rally and Rally Plus only name it as
  // their primary device), so the number alone means the camera.
  table.set(normalise('V-U0053'), SCHEDULED[0]!)
  table.set(normalise('V-R0010'), SCHEDULED[4]!)
  table.set(normalise('V-R0007'), SCHEDULED[5]!)
  return table
}

const TABLE = buildTable()

/** "Tap", "logitech tap", "V-U0053", "vu0053" → Tap; unknown names → null. */
export function resolveModel(name: string | undefined): ProductTerms | null {
  if (!name || !name.trim()) return null
  return TABLE.get(normalise(name.trim())) ?? null
}

/** Every accepted name, for help texts. */
export function acceptedModelNames(): string[] {
  return [...new Set([...TABLE.values()].map((p) => p.product)), 'V-U0053', 'V-R0010', 'V-R0007']
}
