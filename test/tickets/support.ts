// Shared ground for the ticket tests: temporary app folders, stand-in bundles (zips whose
// manifest.json carries a bundleId, as the bundle format promises) and a complete form.
import { randomBytes, randomUUID } from 'node:crypto'
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { expect } from 'vitest'
import type { TicketForm } from '../../src/shared/contract'

export function tempEnv(): NodeJS.ProcessEnv & { LOGI_DIAG_DATA_DIR: string; LOGI_DIAG_BUNDLE_DIR: string } {
  const root = mkdtempSync(join(tmpdir(), 'tickets-'))
  return { LOGI_DIAG_DATA_DIR: join(root, 'state'), LOGI_DIAG_BUNDLE_DIR: join(root, 'bundles') }
}

/** A stand-in bundle: manifest.json plus some incompressible payload. */
export async function makeBundle(
  dir: string,
  options: { bundleId?: string; payloadBytes?: number; manifest?: unknown; name?: string } = {}
): Promise<{ path: string; bundleId: string }> {
  const { mkdir } = await import('node:fs/promises')
  await mkdir(dir, { recursive: true })
  const bundleId = options.bundleId ?? randomUUID()
  const path = join(dir, options.name ?? `bundle-${bundleId.slice(0, 8)}.zip`)
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(JSON.stringify(options.manifest ?? { bundleId, schemaVersion: 1, files: [] })), 'manifest.json')
  zip.addBuffer(randomBytes(options.payloadBytes ?? 64 * 1024), 'logs/payload.bin')
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
  return { path, bundleId }
}

/** A Tap hardware failure in its first year: routes to a standard RMA with every field filled. */
export const rmaForm: TicketForm = {
  contactName: 'Jane Admin',
  email: 'jane@customer.example',
  phone: '+41 21 555 01 23',
  company: 'Customer AG',
  region: 'emea',
  model: 'Tap',
  serial: '2043LZ0ABC12',
  purchaseDate: new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10),
  issueClass: 'hardware',
  summary: 'touch screen dead',
  description: 'The touch screen no longer reacts; a cable swap and a restart did not help.',
  spoc: true,
  component: 'logitech'
}

/** The request carries the bundle, byte for byte, and its manifest.json beside it on one upload token. */
export function expectBundleAttached(
  attachments: { fileName: string; contentType: string; bytes: Buffer; token: string }[],
  bundlePath: string
): void {
  expect(attachments.map((a) => [a.fileName, a.contentType])).toEqual([
    [bundlePath.split('/').pop(), 'application/zip'],
    ['manifest.json', 'application/json']
  ])
  expect(attachments[0]!.bytes.equals(readFileSync(bundlePath))).toBe(true)
  expect(JSON.parse(attachments[1]!.bytes.toString()).bundleId).toBeTruthy()
  expect(new Set(attachments.map((a) => a.token)).size).toBe(1)
}
