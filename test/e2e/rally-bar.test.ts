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

describe('Rally Bar with Sight and a Mic Pod not connected', () => {
  it('is a warning on Room and Health, naming exactly those parts and the bar that reported them', async () => {
    // The recorded exchange, answering with a bar that lists Sight and two Mic Pods, one of each offline.
    const deviceInfoJson = JSON.stringify({
      payload: {
        devices: [
          {
            name: 'Rally Bar',
            type: 'HostedKong',
            serial: BAR.serial,
            sw: BAR.firmware,
            peripherals: {
              camera: { data: [{ uid: '2325LZ51XY58', type: 'Sentinel', isOnline: false }] },
              micPod: {
                data: [
                  { name: 'Mic Pod 1', sw: '2.1.3', status: 1 },
                  { name: 'Mic Pod 2', sw: '2.1.3', status: 0 }
                ]
              }
            }
          }
        ]
      }
    })
    s.served = await serveRoom([
      hub({ busnum: 2, ports: [1] }, 'super'),
      bulkControllerReplay(
        'rally-bar-089b-fwupd.emulation.json',
        { busnum: 2, ports: [1, 1] },
        { request: GET_DEVICE_INFO_PAYLOAD, deviceInfoJson }
      )
    ])
    const { context, page, watch } = await openApp(s.browser, s.served)
    s.context = context
    const headline = () => page.getByRole('heading', { level: 1 }).textContent()
    await eventually(() => headline()).toBe('Rally Bar — 1 part connected · 2 not connected')
    await eventually(() => page.locator('section.summary').getAttribute('data-verdict')).toBe('warning')
    expect(await page.locator('.health-line').textContent()).toContain('1 warning')
    const pill = page.locator('section.system-card .pill')
    expect(await pill.textContent()).toBe('2 not connected')
    expect(await pill.getAttribute('class')).toContain('pill--attention')
    // The bar itself is fine; it only reported the absent parts.
    expect(await page.getByRole('article', { name: /^Rally Bar: / }).getAttribute('data-verdict')).toBe('ok')
    await screenshot(page, 'rally-bar-peripherals-room')

    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    const finding = page.getByRole('article', { name: 'Rally Bar reports Sight and Mic Pod 2 not connected' })
    await eventually(() => finding.count()).toBe(1)
    expect(await finding.getAttribute('data-severity')).toBe('warning')
    expect(await finding.locator('.finding__parts').textContent()).toBe('ConcernsRally Bar')
    expect(await headline()).toBe('1 warning')
    // The USB picture says of the bar what its tile says: the bar itself has no problem.
    expect(await page.locator('g.topo-node--device', { hasText: 'Rally Bar' }).locator('text.topo-node__sub').textContent()).toBe(
      'No problems'
    )
    await screenshot(page, 'rally-bar-peripherals-health')
    await expectCleanConsole(watch)
  })
})
