// The catalog checked as fwupd checks its quirk files: every family README has the fixed outline,
// every read channel a part declares has a reader, and every request a reader sends is on the
// allow-list and on none of the never-send entries. The checker is run on the real catalog and,
// to show it can fail, on broken in-memory ones.
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAMILIES, READ_CHANNEL_IDS, type FamilyDef } from '../../src/main/devices/catalog'
import { allowedBy, describeRequest, NEVER_SEND, type NeverSend, type OutgoingRequest } from '../../src/main/usb-io/allow-list'
import { CHANNEL_READERS } from '../../src/main/firmware/read-firmware'

const CATALOG_DIR = join(__dirname, '../../src/main/devices/catalog')

/** The `## ` headings every family README has, in this order (catalog/README.md, "Layout"). */
const README_HEADINGS = ['Parts', 'How the parts form a system', 'Identity', 'Read channels', 'Never send', 'Link speed', 'Sources']

interface CatalogUnderCheck {
  families: readonly FamilyDef[]
  /** Channel ids the catalog defines (catalog/read-channels.ts). */
  channelIds: readonly string[]
  readers: Readonly<Record<string, { sends: readonly OutgoingRequest[] }>>
  readme(familyId: string): string | undefined
  never: readonly NeverSend[]
}

function checkCatalog(c: CatalogUnderCheck): string[] {
  const problems: string[] = []
  for (const family of c.families) {
    const text = c.readme(family.id)
    if (text === undefined) {
      problems.push(`${family.id}/README.md is missing`)
      continue
    }
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim())
    if (headings.join('|') !== README_HEADINGS.join('|'))
      problems.push(`${family.id}/README.md has the headings [${headings.join(', ')}], expected [${README_HEADINGS.join(', ')}]`)
    for (const product of family.products) {
      for (const part of product.parts) {
        for (const id of part.readChannels) {
          if (!c.channelIds.includes(id))
            problems.push(`${part.vendorId}:${part.productId} declares channel "${id}", which the catalog does not define`)
          if (!Object.hasOwn(c.readers, id))
            problems.push(`${part.vendorId}:${part.productId} declares channel "${id}", which has no reader`)
        }
      }
    }
  }
  for (const id of c.channelIds) if (!Object.hasOwn(c.readers, id)) problems.push(`channel "${id}" has no reader`)
  for (const [id, reader] of Object.entries(c.readers)) {
    if (reader.sends.length === 0) problems.push(`channel "${id}" declares nothing it sends`)
    for (const r of reader.sends) {
      if (!allowedBy(r)) problems.push(`channel "${id}" sends ${describeRequest(r)}, which the allow-list refuses`)
      for (const n of c.never)
        if (n.matches(r)) problems.push(`channel "${id}" sends ${describeRequest(r)}, which is never to be sent (${n.id})`)
    }
  }
  return problems
}

const readmeOnDisk = (familyId: string): string | undefined => {
  const path = join(CATALOG_DIR, familyId, 'README.md')
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

const real: CatalogUnderCheck = {
  families: FAMILIES,
  channelIds: READ_CHANNEL_IDS,
  readers: CHANNEL_READERS,
  readme: readmeOnDisk,
  never: NEVER_SEND
}

describe('catalog check', () => {
  it('passes on the catalog as it is', () => {
    expect(checkCatalog(real)).toEqual([])
  })

  it('covers every channel id and every family folder', () => {
    // Guards the check itself against silently checking nothing.
    expect(READ_CHANNEL_IDS.length).toBeGreaterThan(0)
    expect(Object.keys(CHANNEL_READERS).sort()).toEqual([...READ_CHANNEL_IDS].sort())
    expect(FAMILIES.flatMap((f) => f.products.flatMap((p) => p.parts.flatMap((x) => x.readChannels)))).toEqual(
      expect.arrayContaining([...READ_CHANNEL_IDS])
    )
  })

  it('flags a declared channel with no reader', () => {
    const bad: FamilyDef = {
      id: 'rally',
      products: [
        {
          product: 'X',
          requiredParts: [],
          parts: [
            {
              vendorId: '046d',
              productId: '0885',
              part: 'audio',
              name: 'A',
              mode: 'normal',
              readChannels: ['hid-info', 'hid-identity' as never]
            }
          ]
        }
      ]
    }
    expect(checkCatalog({ ...real, families: [bad] })).toEqual([
      '046d:0885 declares channel "hid-identity", which the catalog does not define',
      '046d:0885 declares channel "hid-identity", which has no reader'
    ])
  })

  it('flags a reader that would send the Rally identity request (0x28)', () => {
    const identity: OutgoingRequest = {
      kind: 'hid-set-feature',
      data: Uint8Array.from([0x28, 0x85, 0x08, 0xbb, 0x1b, 0x00, 0x01, 0x30, 0, 0, 0, 0x0c, 0])
    }
    const problems = checkCatalog({
      ...real,
      channelIds: [...READ_CHANNEL_IDS, 'hid-identity'],
      readers: { ...CHANNEL_READERS, 'hid-identity': { sends: [identity] } }
    })
    expect(problems).toEqual([
      'channel "hid-identity" sends hid-set-feature 288508bb1b0001300000000c00, which the allow-list refuses',
      'channel "hid-identity" sends hid-set-feature 288508bb1b0001300000000c00, which is never to be sent (rally-identity-request)'
    ])
  })

  it('flags a README without the "Never send" heading', () => {
    const withoutNever = (id: string): string | undefined => readmeOnDisk(id)?.replace(/^## Never send$/m, '## Things to avoid')
    const problems = checkCatalog({ ...real, readme: withoutNever })
    expect(problems).toHaveLength(FAMILIES.length)
    expect(problems[0]).toMatch(/^rally\/README\.md has the headings \[.*Things to avoid.*\], expected \[.*Never send.*\]$/)
  })

  it('flags a missing README', () => {
    expect(checkCatalog({ ...real, readme: (id) => (id === 'group' ? undefined : readmeOnDisk(id)) })).toEqual([
      'group/README.md is missing'
    ])
  })
})
