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
