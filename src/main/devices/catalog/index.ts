// The catalog: every family folder's data, indexed by VID:PID. Adding a product is adding a folder.
import type { FamilyDef, PartDef, ProductDef } from './types'
import { rally } from './rally/family'
import { meetup } from './meetup/family'
import { tap } from './tap/family'
import { rallyBar } from './rally-bar/family'
import { scribe } from './scribe/family'
import { ptz } from './ptz/family'
import { group } from './group/family'
import { smartdock } from './smartdock/family'
import { conferencecam } from './conferencecam/family'

export type { FamilyDef, PartDef, PeripheralDef, ProductDef, ProductPeripherals } from './types'
export { READ_CHANNELS, READ_CHANNEL_IDS, type ReadChannelId } from './read-channels'

export const LOGITECH_VENDOR_ID = '046d'
export const FAMILIES: readonly FamilyDef[] = [rally, meetup, tap, rallyBar, scribe, ptz, group, smartdock, conferencecam]

export interface CatalogMatch {
  family: FamilyDef
  product: ProductDef
  part: PartDef
}

const key = (vendorId: string, productId: string): string => `${vendorId}:${productId}`

function buildIndex(families: readonly FamilyDef[]): Map<string, CatalogMatch> {
  const index = new Map<string, CatalogMatch>()
  for (const family of families) {
    for (const product of family.products) {
      for (const part of product.parts) {
        const k = key(part.vendorId, part.productId)
        if (index.has(k)) throw new Error(`catalog: ${k} is declared twice`)
        index.set(k, { family, product, part })
      }
    }
  }
  return index
}

const INDEX = buildIndex(FAMILIES)

export function lookup(vendorId: string, productId: string): CatalogMatch | undefined {
  return INDEX.get(key(vendorId.toLowerCase(), productId.toLowerCase()))
}

export function findProduct(product: string): ProductDef | undefined {
  for (const family of FAMILIES) for (const p of family.products) if (p.product === product) return p
  return undefined
}

/** Order of parts within a product, for stable output. */
export function partOrder(product: ProductDef, part: string): number {
  const i = product.parts.findIndex((p) => p.part === part)
  return i < 0 ? Number.MAX_SAFE_INTEGER : i
}

export { buildIndex as _buildIndexForTests }
