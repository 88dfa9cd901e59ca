// Collect and Review in Chromium against the real core (`logi-diag serve` over a simulated Rally):
// the real collectors run on this machine, the user's log folder is a temporary one planted with
// personal data, and the saved zip is opened afterwards to check it holds what the screen showed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, expectCleanConsole, openApp } from './support/app-page'
import { screenshot } from './support/artifacts'
import { readBundle } from './support/bundle-zip'
import { rally, SERIALS } from './support/rooms'
import { serveRoom } from './support/serve-room'
import { useAppSession } from './support/app-session'
import { PAGE_BYTES } from '../../src/renderer/src/review/page-size'

const s = useAppSession()

const EMAIL = 'anna.keller@example.org'
const PUBLIC_IP = '203.0.113.45'
const ROOM_NAME = 'Orion Boardroom'
const SPOOL_LINE = 'spooler queue drained'
const BUSY_LINES = 4000
const DUMP_NAME = 'c0ffee.dmp'

let tmp: string | null = null
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
  tmp = null
})

/** A temporary home, state and bundle folder for the core, and a log folder the user adds. */
function plantFolders(): { env: NodeJS.ProcessEnv; logs: string; bundles: string } {
  tmp = mkdtempSync(join(tmpdir(), 'logi-e2e-bundle-'))
  const dirs = {
    home: join(tmp, 'home'),
    data: join(tmp, 'data'),
    bundles: join(tmp, 'bundles'),
    logs: join(tmp, 'room-logs'),
    crashes: join(tmp, 'crashes')
  }
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true })
  const now = new Date().toISOString()
  writeFileSync(
    join(dirs.logs, 'sync-agent.log'),
    [
      `${now} sync-agent: meeting started in ${ROOM_NAME} by ${EMAIL}`,
      `${now} sync-agent: uploading status to ${PUBLIC_IP} failed, retrying`,
      `${now} sync-agent: Logitech Rally camera serial ${SERIALS.rallyCamera} firmware 1.2.300 ok`,
      ''
    ].join('\n')
  )
  writeFileSync(join(dirs.logs, 'print-spooler.log'), `${now} ${SPOOL_LINE}\n`)
  // Several viewer pages long, so the viewer has to page.
  const busy = Array.from({ length: BUSY_LINES }, (_, i) => `${now} media-agent: frame ${i} from 10.1.${i % 250}.7 ok\n`).join('')
  writeFileSync(join(dirs.logs, 'media-agent.log'), busy)
  // A crash dump of this app: binary, so it stays out unless the user opts in.
  writeFileSync(join(dirs.crashes, DUMP_NAME), Buffer.from([0x4d, 0x44, 0x4d, 0x50, 0x93, 0xa7, 0, 0, 1, 2, 3, 0xff, 0xfe]))
  return {
    env: {
      HOME: dirs.home,
      XDG_CONFIG_HOME: join(dirs.home, '.config'),
      XDG_STATE_HOME: join(dirs.home, '.local/state'),
      LOGI_DIAG_DATA_DIR: dirs.data,
      LOGI_DIAG_BUNDLE_DIR: dirs.bundles,
      LOGI_DIAG_CRASH_DIR: dirs.crashes
    },
    logs: dirs.logs,
    bundles: dirs.bundles
  }
}

/** Records every status each stage row shows, so a fast stage's "running" is not missed. */
async function recordStages(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__stages = new Set();
    const note = () => document.querySelectorAll('li.stage').forEach((li) => window.__stages.add(li.dataset.stage + ':' + li.dataset.status));
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  })()`)
}

const row = (page: Page, name: string) => page.locator('li.file-row').filter({ hasText: name })
const viewerText = (page: Page) => page.locator('.viewer pre.redacted__text')

describe('Collect and Review', () => {
  it('collects with progress, shows redactions, leaves a file out, hides a custom term and saves a bundle that reflects all of it', async () => {
    const planted = plantFolders()
    s.served = await serveRoom(rally().devices, {}, { env: planted.env, timeoutMs: 170_000 })
    const opened = await openApp(s.browser, s.served, '#/collect')
    s.context = opened.context
    const { page, watch } = opened

    // Collect: the plan, the choices, a folder added by hand.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Collect a diagnostic bundle')
    expect(await page.getByRole('link', { name: 'Collect', exact: true }).getAttribute('aria-current')).toBe('page')
    const categories = page.locator('.collect-category')
    expect(await categories.count()).toBeGreaterThanOrEqual(6)
    expect(await categories.filter({ hasText: 'Added logs' }).locator('.collect-category__explanation').textContent()).toMatch(/\w/)
    await page.getByLabel(/Extra log files or folders/).fill(planted.logs)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    expect(await page.getByRole('list', { name: 'Extra log files or folders' }).textContent()).toContain(planted.logs)
    await screenshot(page, 'bundle-collect-light')

    // Progress: one bar per stage, every stage ends in a final status, then Review takes over.
    await recordStages(page)
    await page.getByRole('button', { name: 'Start collecting' }).click()
    await eventually(() => page.locator('li.stage').count()).toBeGreaterThan(1)
    const stageCount = await page.locator('li.stage').count()
    expect(await page.locator('li.stage progress').count()).toBe(stageCount)
    await screenshot(page, 'bundle-collect-progress')
    await expect.poll(() => new URL(page.url()).hash, { timeout: 150_000, interval: 200 }).toBe('#/review')
    const seen = (await page.evaluate('[...window.__stages]')) as string[]
    expect(seen).toContain('user-logs:ok')
    expect(
      seen.some((x) => x.endsWith(':running')),
      `stage states seen: ${seen.join(', ')}`
    ).toBe(true)

    // Review: the planted file with its redactions highlighted, category on hover and on focus.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Review before saving')
    await row(page, 'sync-agent.log').locator('.file-row__select').click()
    await eventually(() => viewerText(page).textContent()).toContain('sync-agent: uploading status')
    const text = (await viewerText(page).textContent()) ?? ''
    expect(text).not.toContain(EMAIL)
    expect(text).not.toContain(PUBLIC_IP)
    expect(text).toContain(SERIALS.rallyCamera)
    const contact = viewerText(page).locator('mark[data-category="contact"]').first()
    expect(await contact.textContent()).toMatch(/^<email-\d+>$/)
    const ip = viewerText(page).locator('mark[data-category="network-identifier"]').first()
    expect(await ip.textContent()).toMatch(/^<ip-public-\d+>$/)
    await contact.hover()
    await eventually(() => page.getByRole('tooltip').textContent()).toContain('Contact details')
    // Keyboard: the text is one tab stop, the highlights the next; arrows move between them.
    await viewerText(page).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.tagName + ":" + document.activeElement.dataset.index')).toBe('MARK:0')
    await eventually(() => page.getByRole('tooltip').count()).toBe(1)
    const firstTip = await page.getByRole('tooltip').textContent()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate('document.activeElement.dataset.index')).toBe('1')
    const secondCategory = (await page.evaluate('document.activeElement.dataset.category')) as string
    await eventually(() => page.getByRole('tooltip').getAttribute('class')).toContain(`redaction-tip--${secondCategory}`)
    // Scrolling the text (arrow keys scroll a highlight into view) keeps the keyboard user's tip.
    await viewerText(page).evaluate((el) => el.dispatchEvent(new Event('scroll')))
    await eventually(() => page.getByRole('tooltip').getAttribute('class')).toContain(`redaction-tip--${secondCategory}`)
    expect(firstTip).toBeTruthy()
    expect(Number(await page.locator('.category-count[data-category="contact"]').getAttribute('data-count'))).toBeGreaterThanOrEqual(1)
    await screenshot(page, 'bundle-review-light')

    // A file several pages long is shown one page at a time, and pages back and forth.
    await row(page, 'media-agent.log').locator('.file-row__select').click()
    await eventually(() => page.locator('.viewer__range').textContent()).toMatch(/^Showing bytes 1–[\d,]+ of [\d,]+$/)
    const firstPage = (await viewerText(page).textContent()) ?? ''
    expect(firstPage).toContain('frame 0 from <ip-10/8-')
    expect(firstPage).not.toContain(`frame ${BUSY_LINES - 1} `)
    expect(firstPage.length).toBeLessThanOrEqual(PAGE_BYTES)
    await page.getByRole('button', { name: 'Next page' }).click()
    await eventually(() => page.locator('.viewer__range').textContent()).not.toMatch(/bytes 1–/)
    expect(await viewerText(page).textContent()).not.toContain('frame 0 from')
    await page.getByRole('button', { name: 'Previous page' }).click()
    await eventually(() => viewerText(page).textContent()).toContain('frame 0 from')

    // Leave the spooler log out.
    const spooler = row(page, 'print-spooler.log')
    const includedBefore = await page.locator('.file-row__include:checked').count()
    await spooler.getByRole('checkbox').uncheck()
    await eventually(() => spooler.getAttribute('class')).toContain('file-row--excluded')
    expect(await page.locator('.file-row__include:checked').count()).toBe(includedBefore - 1)

    // The crash dump is out until the user confirms a warning; "Keep it out" keeps it out.
    const dump = row(page, DUMP_NAME)
    expect(await dump.locator('.file-row__meta').textContent()).toContain('binary')
    expect(await dump.getByRole('checkbox').isChecked()).toBe(false)
    await dump.getByRole('checkbox').click()
    const warning = dump.getByRole('alertdialog')
    expect(await warning.textContent()).toContain('cannot be filtered')
    await warning.getByRole('button', { name: 'Keep it out' }).click()
    expect(await dump.getByRole('alertdialog').count()).toBe(0)
    expect(await dump.getByRole('checkbox').isChecked()).toBe(false)
    await dump.getByRole('checkbox').click()
    await dump.getByRole('alertdialog').getByRole('button', { name: 'Include anyway' }).click()
    await eventually(() => dump.getByRole('checkbox').isChecked()).toBe(true)
    await eventually(() => dump.getAttribute('class')).not.toContain('file-row--excluded')

    // Hide the room's name: the filter runs again and the name becomes <term-1> everywhere.
    expect(text).toContain(ROOM_NAME)
    await page.getByLabel('Word or name to hide').fill(ROOM_NAME)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByRole('button', { name: 'Apply and filter again' }).click()
    await expect
      .poll(() => page.locator('.category-count[data-category="custom"]').getAttribute('data-count'), { timeout: 60_000, interval: 100 })
      .toBe('1')
    await row(page, 'sync-agent.log').locator('.file-row__select').click()
    await eventually(() => viewerText(page).locator('mark[data-category="custom"]').first().textContent()).toBe('<term-1>')
    expect(await viewerText(page).textContent()).not.toContain(ROOM_NAME)
    // The exclusion survived the new filter run.
    expect(await row(page, 'print-spooler.log').getByRole('checkbox').isChecked()).toBe(false)
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'bundle-review-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 420, height: 860 })
    await screenshot(page, 'bundle-review-420')
    await page.setViewportSize({ width: 1280, height: 860 })

    // Save: where, which id, how big.
    expect(await page.locator('[data-consent]').textContent()).toMatch(/1 file left out by you · 1 custom term\.$/)
    await page.getByRole('button', { name: 'Save bundle' }).click()
    await eventually(() => page.getByRole('heading', { name: 'Bundle saved' }).count()).toBe(1)
    expect(await page.locator('[data-left-out="by-you"]').textContent()).toMatch(/print-spooler\.log.*left out by you/)
    const savedPath = (await page.locator('[data-field="path"]').textContent()) ?? ''
    const bundleId = (await page.locator('[data-field="bundle-id"]').textContent()) ?? ''
    const shownBytes = Number(await page.locator('[data-field="size"]').getAttribute('data-bytes'))
    expect(savedPath.startsWith(planted.bundles)).toBe(true)
    expect(statSync(savedPath).size).toBe(shownBytes)
    await screenshot(page, 'bundle-saved')

    // The bundle itself: the manifest records the review, nothing personal or left out is inside.
    const bundle = await readBundle(savedPath)
    const m = bundle.manifest
    expect(m.bundleId).toBe(bundleId)
    expect(m.consent.method).toBe('review')
    expect(m.consent.customTerms).toBe(1)
    expect(m.consent.excludedFiles.some((f) => f.endsWith('print-spooler.log'))).toBe(true)
    expect(m.redactions.custom).toBeGreaterThanOrEqual(1)
    expect(m.redactions.contact).toBeGreaterThanOrEqual(1)
    expect(m.files.some((f) => f.path.endsWith('print-spooler.log'))).toBe(false)
    expect(m.consent.binaryOptIns.some((f) => f.endsWith(DUMP_NAME))).toBe(true)
    expect([...bundle.entries.keys()].some((name) => name.endsWith(DUMP_NAME))).toBe(true)
    const agent = [...bundle.entries.entries()].find(([name]) => name.endsWith('sync-agent.log'))
    expect(agent, `entries: ${[...bundle.entries.keys()].join(', ')}`).toBeTruthy()
    expect(agent![1].toString('utf8')).toContain('<term-1>')
    for (const [name, bytes] of bundle.entries) {
      const utf8 = bytes.toString('utf8')
      for (const secret of [EMAIL, PUBLIC_IP, ROOM_NAME, SPOOL_LINE]) expect(utf8.includes(secret), `${secret} in ${name}`).toBe(false)
    }

    // A reload finds the same collection again, saved: no second save form.
    await page.reload()
    await eventually(() => page.getByRole('heading', { name: 'This bundle is already saved' }).count()).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bundle ready for support')
    expect(await page.getByRole('button', { name: 'Save bundle' }).count()).toBe(0)
    expect(await page.locator('.review-split').count()).toBe(0)
    await expectCleanConsole(watch)
  }, 180_000)

  it('cancels a collection: the stages say so, no staging or bundle is left, and the form is back', async () => {
    const planted = plantFolders()
    s.served = await serveRoom(rally().devices, {}, { env: planted.env, timeoutMs: 110_000 })
    const opened = await openApp(s.browser, s.served, '#/collect')
    s.context = opened.context
    const { page, watch } = opened
    await page.getByRole('button', { name: 'Start collecting' }).focus()
    await page.keyboard.press('Enter')
    // The form is gone: focus lands on the progress heading, not on the page body.
    await eventually(() => page.evaluate('document.activeElement.id')).toBe('collect-progress-title')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await eventually(() => page.getByRole('heading', { name: 'Collection cancelled' }).count()).toBe(1)
    expect(await page.getByRole('status').filter({ hasText: 'Nothing was kept' }).count()).toBe(1)
    // The core's last word on the stages: whatever had not finished is marked cancelled.
    const statuses = async (): Promise<string[]> =>
      page.locator('li.stage').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''))
    await eventually(async () => {
      const now = await statuses()
      return now.includes('cancelled') && !now.includes('running') && !now.includes('pending')
    }).toBe(true)
    await eventually(() => page.locator('.collect-progress__status').textContent()).toMatch(/^\d+% · Stopped after \d+ of \d+ steps$/)
    await screenshot(page, 'bundle-cancelled')
    // Review says so in words; the form is back for a new start.
    await page.getByRole('link', { name: 'Review', exact: true }).click()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('The collection was cancelled')
    await page.getByRole('link', { name: 'Collect', exact: true }).click()
    await eventually(() => page.getByRole('button', { name: 'Start collecting' }).count()).toBe(1)
    expect(readdirSync(planted.bundles)).toEqual([])
    const staging = join(planted.env.LOGI_DIAG_DATA_DIR!, 'staging')
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([])
    await expectCleanConsole(watch)
  }, 120_000)
})
