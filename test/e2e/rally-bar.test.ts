// A Rally Bar on the Room screen, in Chromium against the real core over the replayed real
// recording: what the admin compares with Logi Sync (release, then CollabOS) comes first on the
// bar's tile, labelled, above serial and firmware; the other components stay under technical details.
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { eventually, expectCleanConsole, openApp } from './support/app-page'
import { screenshot } from './support/artifacts'
import { serveRoom } from './support/serve-room'
import { useAppSession } from './support/app-session'
import { hub } from '../support/sim-parts'
import { bulkControllerReplay } from '../support/bulk-controller-replay'
import { GET_DEVICE_INFO_PAYLOAD } from '../../src/main/usb-io/sync-framing'

const s = useAppSession()

// What the recording answers to GetDeviceInfo (test/device/replays/ holds the same).
const BAR = { serial: '2313FD1N08Z2', firmware: '1.9.556', release: '10.12.556', collabOS: '0.917.642', audio: '1.0.763' }

/** The tile's visible label → value rows, in screen order. */
async function visibleFacts(tile: Locator): Promise<string[]> {
  const rows = tile.locator(':scope > dl.facts > .facts__row')
  const out: string[] = []
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    if (!(await row.isVisible())) continue
    out.push(`${(await row.locator('dt').innerText()).trim()} ${(await row.locator('dd').innerText()).trim()}`)
  }
  return out
}

async function expectLabelledVersions(page: Page, tile: Locator): Promise<void> {
  const facts = await visibleFacts(tile)
  expect(facts.slice(0, 4)).toEqual([
    `Release ${BAR.release}`,
    `CollabOS ${BAR.collabOS}`,
    `Serial ${BAR.serial}`,
    `Firmware ${BAR.firmware}`
  ])
  for (const value of [BAR.release, BAR.collabOS]) await expect(tile.getByText(value, { exact: true }).isVisible()).resolves.toBe(true)
  // Nothing runs off the side at this width.
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(page.viewportSize()!.width)
}

describe('Rally Bar on the Room screen', () => {
  it('shows release and CollabOS first, labelled, at 1280 and 420 px in light and dark', async () => {
    s.served = await serveRoom([
      hub({ busnum: 2, ports: [1] }, 'super'),
      bulkControllerReplay('rally-bar-089b-fwupd.emulation.json', { busnum: 2, ports: [1, 1] }, { request: GET_DEVICE_INFO_PAYLOAD })
    ])
    const { context, page, watch } = await openApp(s.browser, s.served)
    s.context = context
    const tile = page.getByRole('article', { name: /^Rally Bar: / })
    await eventually(() => tile.getByText(BAR.release, { exact: true }).count()).toBe(1)
    await eventually(() => page.locator('section.system-card').getAttribute('data-product')).toBe('Rally Bar')

    // The other components are technical detail, shown only when asked for; release is not repeated there.
    const details = tile.locator('details.chip__more')
    expect(await details.getByText(BAR.audio, { exact: true }).isVisible()).toBe(false)

    for (const width of [1280, 420]) {
      await page.setViewportSize({ width, height: 860 })
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        await expectLabelledVersions(page, tile)
        await screenshot(page, `rally-bar-room-${width}-${colorScheme}`)
      }
    }

    await details.locator('summary').click()
    const technical = await details.locator('.facts__row').allInnerTexts()
    expect(technical.map((t) => t.replace(/\s+/g, ' ').trim())).toContain(`audio ${BAR.audio}`)
    expect(technical.join('\n')).not.toMatch(/release|CollabOS/i)
    await expectCleanConsole(watch)
  })
})
