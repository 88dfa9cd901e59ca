// Room and Health as an IT admin meets them, in Chromium against the real core over simulated
// rooms: one verdict on both screens, two of the same product told apart, a Tap that does not
// claim to have read every firmware, Re-check, Copy and Save report, and narrow windows.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, expectCleanConsole, openApp } from './support/app-page'
import { screenshot } from './support/artifacts'
import { meetupAtUsb2, rally, rallyWithoutSpeakers, SERIALS, twoRallies } from './support/rooms'
import { serveRoom } from './support/serve-room'
import { useAppSession } from './support/app-session'
import { hub, tapParts } from '../support/sim-parts'

const s = useAppSession()

async function open(
  devices: Parameters<typeof serveRoom>[0],
  hash = ''
): Promise<{ page: Page; watch: Awaited<ReturnType<typeof openApp>>['watch'] }> {
  s.served = await serveRoom(devices)
  const opened = await openApp(s.browser, s.served, hash)
  s.context = opened.context
  return opened
}

const verdict = (page: Page) => page.locator('section.summary').getAttribute('data-verdict')
const headline = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()

/** 1280 and 420 px, light and dark, each kept under test-artifacts/screenshots. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 420]) {
    await page.setViewportSize({ width, height: 860 })
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await screenshot(page, `${name}-${width}-${colorScheme}`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.emulateMedia({ colorScheme: 'light' })
}

describe('one verdict on both screens', () => {
  it('a MeetUp camera at USB 2 is an error on Room, on its card, on Health and in the title', async () => {
    const { page, watch } = await open(meetupAtUsb2().devices)
    await eventually(() => verdict(page)).toBe('error')
    expect(await page.locator('section.system-card .pill').textContent()).toBe('Needs fixing')
    // The camera's own tile says the same as its link-speed finding: an error, not "needs attention".
    const camera = page.getByRole('article', { name: /^MeetUp Camera: / })
    expect(await camera.getAttribute('data-verdict')).toBe('error')
    expect(await camera.getAttribute('aria-label')).toBe('MeetUp Camera: Needs fixing')
    expect(await camera.locator('.chip__state').textContent()).toBe('Needs fixing')
    expect(await camera.locator('.chip-health').textContent()).toContain('USB 2')
    expect(await page.title()).toBe('1 problem · Logi Room Diagnostics')
    // The tab has the app's own icon (inline, so the CSP's img-src 'self' data: allows it).
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/)
    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    await eventually(() => headline(page)).toBe('1 problem needs fixing · 1 note')
    expect(await verdict(page)).toBe('error')
    expect(await page.title()).toBe('1 problem · Logi Room Diagnostics')
    await expectCleanConsole(watch)
  })

  it('a Rally without speakers is a warning on both screens, and the finding speaks of speakers only, from the part that reported it', async () => {
    const { page, watch } = await open(rallyWithoutSpeakers())
    await eventually(() => verdict(page)).toBe('warning')
    expect(await headline(page)).toBe('Rally — 3 parts connected · 2 not connected')
    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    const finding = page.getByRole('article', { name: 'Rally reports no speaker connected' })
    await eventually(() => finding.count()).toBe(1)
    expect(await verdict(page)).toBe('warning')
    expect(await finding.getAttribute('data-severity')).toBe('warning')
    const text = (await finding.textContent()) ?? ''
    expect(text).not.toMatch(/Mic Pod|microphone/)
    expect(await finding.locator('.finding__parts').textContent()).toBe('ConcernsRally Audio (Display Hub)')
    await screenshots(page, 'admin-rally-no-speakers-health')
    await expectCleanConsole(watch)
  })
})

describe('two of the same', () => {
  it('labels each Rally by its camera serial and USB place on the cards and in the findings', async () => {
    const room = twoRallies()
    const { page, watch } = await open(room.devices)
    const titles = page.locator('section.system-card h2')
    await eventually(() => titles.allTextContents()).toEqual([
      `Rally · camera ${SERIALS.rallyCamera} · bus 1 port 2.1`,
      `Rally · camera ${room.second.camera} · bus 1 port 3.1`
    ])
    await eventually(() => verdict(page)).toBe('ok')
    await screenshots(page, 'admin-two-rallies-room')

    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    await eventually(() => headline(page)).toBe('No problems found')
    // The USB picture tells the two cameras apart by the serial in each box, no hover needed.
    const facts = page.locator('text.topo-node__facts')
    await eventually(() => facts.allTextContents()).toContain('fw 1.2.300')
    expect(await facts.allTextContents()).toEqual(expect.arrayContaining([SERIALS.rallyCamera, room.second.camera]))
    await screenshots(page, 'admin-two-rallies-health')
    await expectCleanConsole(watch)
  })
})

describe('what this app does not read', () => {
  it('a Tap says once which firmware it does not read, and never that every part was read', async () => {
    const { page, watch } = await open([hub({ busnum: 1, ports: [5] }), hub({ busnum: 1, ports: [5, 4] }), ...tapParts(1, 5)], '#/health')
    const note = page.getByRole('article', { name: /^Tap: firmware not read for / })
    await eventually(() => note.count()).toBe(1)
    expect(await note.getAttribute('data-severity')).toBe('info')
    expect(await page.getByText('every part could be read').count()).toBe(0)
    expect(await headline(page)).toMatch(/^No problems found · \d notes?$/)
    await screenshots(page, 'admin-tap-health')
    await expectCleanConsole(watch)
  })
})

describe('Re-check, Copy report and Save report', () => {
  it('re-checks on request, then saves the same report as text and as JSON', async () => {
    const { page, watch } = await open(rally().devices)
    const when = page.locator('.report-actions time')
    await eventually(() => when.count()).toBe(1)
    const before = await when.getAttribute('datetime')
    await page.getByRole('button', { name: 'Re-check' }).click()
    await eventually(() => when.getAttribute('datetime')).not.toBe(before)
    expect(await page.getByRole('button', { name: 'Re-check' }).isEnabled()).toBe(true)

    const [textDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save report' }).click()])
    expect(textDownload.suggestedFilename()).toMatch(/^logi-room-report-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.txt$/)
    const text = await readFile((await textDownload.path()) as string, 'utf8')
    expect(text.split('\n')[0]).toMatch(/^Logi Room Diagnostics \S+ · Linux /)
    expect(text).toContain('Rally — 3 parts connected')
    expect(text).toContain('Room health: No problems found')
    expect(text).toContain(`serial ${SERIALS.rallyCamera}`)

    // The same from the Health screen, as JSON.
    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save JSON' }).click()])
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/)
    const doc = JSON.parse(await readFile((await jsonDownload.path()) as string, 'utf8')) as {
      app: { name: string; os: string }
      room: { devices: { serial: string | null }[] }
      health: { counts: Record<string, number> }
      generatedAt: string
    }
    expect(doc.app.name).toBe('Logi Room Diagnostics')
    expect(doc.app.os).toMatch(/^Linux /)
    expect(doc.room.devices.map((d) => d.serial)).toContain(SERIALS.rallyCamera)
    expect(doc.health.counts).toEqual({ error: 0, warning: 0, info: 0 })
    expect(doc.generatedAt).toMatch(/Z$/)
    await expectCleanConsole(watch)
  })

  it('with nothing connected, there is nothing to copy or save', async () => {
    const { page, watch } = await open([])
    await eventually(() => headline(page)).toBe('No room devices found')
    for (const name of [/^Copy the room report/, 'Save report', 'Save JSON'])
      expect(await page.getByRole('button', { name }).isDisabled()).toBe(true)
    await expectCleanConsole(watch)
  })
})

describe('narrow windows', () => {
  it('at 420 px nothing runs off the side, the banner is one line and the USB picture keeps readable text', async () => {
    const { page, watch } = await open(twoRallies().devices, '#/health')
    await eventually(() => page.locator('g.topo-node').count()).toBeGreaterThan(4)
    await page.setViewportSize({ width: 420, height: 860 })
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(420)
    const banner = await page.getByRole('complementary', { name: 'Remote session' }).boundingBox()
    expect(banner!.height).toBeLessThanOrEqual(44)
    // Every bus is drawn at its own size (scrolling sideways if it must), never scaled down.
    const scales = (await page.$$eval('svg.topo-svg', (svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')))
    )) as number[]
    for (const scale of scales) expect(scale).toBeCloseTo(1, 2)
    await expectCleanConsole(watch)
  })
})
