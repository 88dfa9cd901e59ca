// Opening the served app in a fresh browser context, and the checks every e2e test ends with.
import { expect } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { watchPage, type PageWatch } from './chromium'
import type { ServedRoom } from './serve-room'

export interface OpenedApp {
  context: BrowserContext
  page: Page
  watch: PageWatch
}

/** `before` runs on the page before it loads (e.g. to route or break a request). */
export async function openApp(
  browser: Browser,
  room: ServedRoom,
  hash = '',
  before?: (page: Page) => Promise<unknown>
): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: 'light', reducedMotion: 'reduce' })
  const page = await context.newPage()
  const watch = await watchPage(page)
  await before?.(page)
  const response = await page.goto(`${room.url}${hash}`)
  expect(response?.status()).toBe(200)
  return { context, page, watch }
}

export async function expectCleanConsole(watch: PageWatch): Promise<void> {
  expect(watch.csp, 'CSP violations in the console').toEqual([])
  expect(await watch.reportedViolations(), 'securitypolicyviolation events').toEqual([])
  expect(watch.errors, 'console errors').toEqual([])
}

/** Polls generously: the device and e2e tiers share two cores when the whole suite runs. */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000, interval: 50 })
