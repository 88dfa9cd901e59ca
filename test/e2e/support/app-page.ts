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

/** Nothing runs off the side of the page at its current width (a USB bus that scrolls sideways
 *  inside its own box does not widen the page, so it is allowed). */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })'
  )) as { scrollWidth: number; innerWidth: number }
  expect(scrollWidth, `page ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth)
}

/** Every shell command shown (the udev fix) wraps only between words and after a path's slashes:
 *  each piece between those points lies on one line, however narrow the window, and the command
 *  is not cut off inside its box; an inline name marked whole (the rule's file name) is never
 *  split either. Returns how many pieces were checked. */
export async function expectCommandsUnbroken(page: Page): Promise<number> {
  const pieces = (await page.evaluate(`[...document.querySelectorAll('code.command__text .command__piece, code.whole')].map((p) => {
    const range = document.createRange()
    range.selectNodeContents(p)
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    return { text: p.textContent, lines, whiteSpace: getComputedStyle(p).whiteSpace }
  })`)) as { text: string; lines: number; whiteSpace: string }[]
  for (const p of pieces) {
    expect(p.whiteSpace, p.text).toBe('nowrap')
    expect(p.lines, `"${p.text}" is split over ${p.lines} lines`).toBe(1)
  }
  // (polled: right after a viewport or colour-scheme change a loaded machine can measure the box
  // before its relayout; a command that really overflows still fails after the wait)
  await expect
    .poll(
      () =>
        page.evaluate(
          `[...document.querySelectorAll('code.command__text')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)`
        ) as Promise<string[]>,
      { message: 'commands wider than their box', timeout: 3000 }
    )
    .toEqual([])
  return pieces.length
}
