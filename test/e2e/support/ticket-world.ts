// What a ticket test needs around the served app: the loopback Zendesk stand-in, temporary state
// and bundle folders (LOGI_DIAG_DATA_DIR / LOGI_DIAG_BUNDLE_DIR) with a stand-in bundle in the
// bundle folder — all from the ticket tests' own support (test/tickets) — and the environment
// that points `serve` at them.
import { readFileSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { makeBundle, tempEnv } from '../../tickets/support'
import { FakeZendesk, type ServerOptions } from '../../tickets/zendesk-server'

export interface TicketWorld {
  zendesk: FakeZendesk
  bundleDir: string
  bundle: { path: string; name: string; bundleId: string; bytes: Buffer }
  env: NodeJS.ProcessEnv
  stop(): Promise<void>
}

export async function ticketWorld(options: ServerOptions = { anonymous: true }): Promise<TicketWorld> {
  const dirs = tempEnv()
  const zendesk = new FakeZendesk(options)
  const url = await zendesk.start()
  // Half a megabyte of incompressible payload: big enough for the upload to report progress.
  const made = await makeBundle(dirs.LOGI_DIAG_BUNDLE_DIR, { name: 'room-bundle-e2e.zip', payloadBytes: 512 * 1024 })
  return {
    zendesk,
    bundleDir: dirs.LOGI_DIAG_BUNDLE_DIR,
    bundle: { ...made, name: basename(made.path), bytes: readFileSync(made.path) },
    // Anonymous (no token); the stand-in accepts .json, so the manifest goes up beside the zip.
    env: { ...dirs, LOGI_DIAG_ZENDESK_URL: url, LOGI_DIAG_ZENDESK_TOKEN: '', LOGI_DIAG_ZENDESK_ATTACH_MANIFEST: '1' },
    stop: async () => {
      await zendesk.stop()
      rmSync(dirname(dirs.LOGI_DIAG_DATA_DIR), { recursive: true, force: true })
    }
  }
}
