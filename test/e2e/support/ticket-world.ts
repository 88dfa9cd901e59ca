// What a ticket test needs around the served app: the loopback Zendesk stand-in from
// test/tickets, temporary state and bundle folders (LOGI_DIAG_DATA_DIR / LOGI_DIAG_BUNDLE_DIR),
// a small stand-in bundle in the bundle folder, and the environment that points `serve` at them.
import { randomBytes, randomUUID } from 'node:crypto'
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import { FakeZendesk, type ServerOptions } from '../../tickets/zendesk-server'

export interface TicketWorld {
  zendesk: FakeZendesk
  dataDir: string
  bundleDir: string
  bundle: { path: string; name: string; bundleId: string; bytes: Buffer }
  env: NodeJS.ProcessEnv
  stop(): Promise<void>
}

/** A zip shaped like a diagnostics bundle: a manifest with its id and one log file. */
async function writeStandInBundle(dir: string): Promise<TicketWorld['bundle']> {
  const bundleId = randomUUID()
  const name = 'room-bundle-e2e.zip'
  const path = join(dir, name)
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(JSON.stringify({ schemaVersion: 1, bundleId, createdAt: new Date().toISOString() })), 'manifest.json')
  zip.addBuffer(Buffer.from('2026-12-04 09:00:01 camera: stream started\n'.repeat(200)), 'logs/app.log')
  // Incompressible, so the upload is big enough to report progress along the way.
  zip.addBuffer(randomBytes(512 * 1024), 'captures/usb.bin', { compress: false })
  zip.end()
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject))
  return { path, name, bundleId, bytes: readFileSync(path) }
}

export async function ticketWorld(options: ServerOptions = { anonymous: true }): Promise<TicketWorld> {
  const root = mkdtempSync(join(tmpdir(), 'logi-ticket-e2e-'))
  const dataDir = join(root, 'state')
  const bundleDir = join(root, 'bundles')
  mkdirSync(dataDir)
  mkdirSync(bundleDir)
  const zendesk = new FakeZendesk(options)
  const url = await zendesk.start()
  const bundle = await writeStandInBundle(bundleDir)
  return {
    zendesk,
    dataDir,
    bundleDir,
    bundle,
    env: { LOGI_DIAG_DATA_DIR: dataDir, LOGI_DIAG_BUNDLE_DIR: bundleDir, LOGI_DIAG_ZENDESK_URL: url, LOGI_DIAG_ZENDESK_TOKEN: '' },
    stop: async () => {
      await zendesk.stop()
      rmSync(root, { recursive: true, force: true })
    }
  }
}
