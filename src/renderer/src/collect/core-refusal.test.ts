// What the screens rely on from the real bundle service: `bundle.review` answers in every phase
// (the screens read the phase back from it after missed events), and an unknown id is refused
// with words the screen recognises (a wording change must show up here, not as a stuck screen).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BundleService } from '../../../main/bundle/bundle-service'
import type { Collector } from '../../../main/bundle/collectors/types'
import { CoreCallError, CoreUnreachableError } from '../transport/call-errors'
import { isUnknownCollection } from './core-refusal'

/** A collector that runs until the collection is cancelled. */
const waitsForCancel: Collector = {
  id: 'inventory',
  title: 'Waits',
  explanation: 'Runs until cancelled',
  timeoutMs: 30_000,
  availableOn: () => true,
  collect: (ctx) =>
    new Promise((_, reject) => {
      const stop = (): void => reject(ctx.signal.reason as Error)
      if (ctx.signal.aborted) stop()
      else ctx.signal.addEventListener('abort', stop, { once: true })
    })
}

/** What the renderer receives when the core's handler throws. */
function refusal(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return new CoreCallError('bundle.review', (err as Error).message)
  }
  throw new Error('the core did not refuse')
}

let tmp: string | null = null
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
  tmp = null
})

describe('what the screens rely on from the bundle service', () => {
  it('answers bundle.review in every phase, and refuses an unknown id in words the screens recognise', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'logi-refusal-'))
    const service = new BundleService({
      room: () => Promise.reject(new Error('no room in this test')),
      onProgress: () => undefined,
      collectors: [waitsForCancel],
      env: { LOGI_DIAG_DATA_DIR: join(tmp, 'data'), LOGI_DIAG_BUNDLE_DIR: join(tmp, 'bundles') },
      hostIdentities: {}
    })
    const c = await service.start({})
    expect(c.review().phase).toBe('collecting')
    c.cancel()
    await c.settled
    expect(c.review().phase).toBe('cancelled')
    expect(isUnknownCollection(refusal(() => service.get('00000000-0000-4000-8000-000000000000')))).toBe(true)
    await service.dispose()
  }, 20_000)

  it('reads nothing into other failures', () => {
    expect(isUnknownCollection(new CoreUnreachableError('unknown collection'))).toBe(false)
    expect(isUnknownCollection(new CoreCallError('bundle.review', 'HTTP 500: the answer was not JSON'))).toBe(false)
    expect(isUnknownCollection(new Error('unknown collection'))).toBe(false)
  })
})
