// The lifecycle every browser test file shares: one Chromium per file, and per test a served
// room and a browser context that are torn down after it, whatever the test did.
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { launchChromium } from './chromium'
import { requireBuiltApp, type ServedRoom } from './serve-room'

export interface AppSession {
  browser: Browser
  /** Set by a test; stopped after it. */
  served: ServedRoom | null
  /** Set by a test; closed after it. */
  context: BrowserContext | null
}

export function useAppSession(): AppSession {
  const s = { served: null, context: null } as AppSession
  beforeAll(async () => {
    requireBuiltApp()
    s.browser = await launchChromium()
  })
  afterAll(async () => {
    await s.browser?.close()
  })
  afterEach(async () => {
    await s.context?.close()
    s.context = null
    await s.served?.stop()
    s.served = null
  })
  return s
}
