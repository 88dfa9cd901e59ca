// Screenshots kept after a run (test-artifacts/ is gitignored) so a person can look at the UI.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-artifacts/screenshots')

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true, animations: 'disabled' })
  return path
}

/** Light and dark screenshots at `width` px (`<name>-<width>-light`, `-dark`), each after `check` has
 *  passed at that width and scheme; the page is left at 1280 px in light, as openApp opened it. */
export async function screenshotsAt(page: Page, name: string, width: number, check?: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width, height: 860 })
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await check?.()
    await screenshot(page, `${name}-${width}-${colorScheme}`)
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.emulateMedia({ colorScheme: 'light' })
}
