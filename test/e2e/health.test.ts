// The Health screen and the USB picture in Chromium against the real core over simulated rooms.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, expectCleanConsole, expectNoSideScroll, openApp } from './support/app-page'
import { screenshot, screenshotsAt } from './support/artifacts'
import { meetup, meetupAtUsb2, rally, twoBusRoom } from './support/rooms'
import { serveRoom } from './support/serve-room'
import { useAppSession } from './support/app-session'

const USB2_TITLE = 'MeetUp Camera is running at USB 2 speed'

const s = useAppSession()

const headline = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()
const finding = (page: Page, title: string | RegExp) => page.getByRole('article', { name: title })
const node = (page: Page, deviceId: string) => page.locator(`g.topo-node[data-device-id="${deviceId}"]`)
const link = (page: Page, nodeId: string) => page.locator(`g.topo-link[data-link-to="${nodeId}"]`)

describe('Health screen', () => {
  it('shows a MeetUp camera at USB 2 as an error with its fix, and marks that link in the USB picture', async () => {
    s.served = await serveRoom(meetupAtUsb2().devices)
    const opened = await openApp(s.browser, s.served, '#/health')
    s.context = opened.context
    const { page, watch } = opened

    await eventually(() => headline(page)).toBe('1 problem needs fixing · 1 note')
    expect(await page.title()).toBe('1 problem · Logi Room Diagnostics')
    expect(await page.getByRole('link', { name: /^Health/ }).getAttribute('aria-current')).toBe('page')

    // Errors first, each with its severity in words (the icon's shape says it too).
    const groups = page.locator('section.finding-group h2')
    expect(await groups.allTextContents()).toEqual(['Needs fixing1', 'Notes1'])
    const card = finding(page, USB2_TITLE)
    expect(await card.getAttribute('data-severity')).toBe('error')
    expect(await card.locator('.finding__severity').textContent()).toBe('Error')
    expect(await card.locator('.finding__fix-text').textContent()).toMatch(
      /^Move the MeetUp Camera's USB cable to a USB 3 port on the computer/
    )
    // The technical detail is one click away.
    const detail = card.getByText(/negotiated USB 2 High Speed \(480 Mbit\/s\)/)
    expect(await detail.isVisible()).toBe(false)
    await card.getByText('Technical details').click()
    await eventually(() => detail.isVisible()).toBe(true)
    // The library's raw error of a read problem sits there too, and the keyboard opens it.
    const note = finding(page, 'MeetUp Camera: some details could not be read')
    const technical = note.locator('.finding__technical')
    expect(await technical.isVisible()).toBe(false)
    await note.locator('summary', { hasText: 'Technical details' }).focus()
    await page.keyboard.press('Enter')
    await eventually(() => technical.isVisible()).toBe(true)
    expect(await technical.textContent()).toMatch(/LIBUSB_TRANSFER_STALL/)

    // The picture: the camera's link is a problem link, the speakerphone's is not.
    const camera = page.getByRole('img', {
      name: `MeetUp Camera, USB 2 480 Mbit/s link, 1 problem: ${USB2_TITLE}, also 1 finding: MeetUp Camera: some details could not be read`
    })
    expect(await camera.count()).toBe(1)
    expect(await camera.getAttribute('data-problem')).toBe('true')
    expect(await link(page, 'usb:1-3').getAttribute('data-problem')).toBe('true')
    expect(await link(page, 'usb:1-3').textContent()).toBe('USB 2 · 480 Mbit/s')
    expect(await link(page, 'usb:1-4').getAttribute('data-problem')).toBe('false')
    expect(await link(page, 'usb:1-4').textContent()).toBe('USB 1 · 12 Mbit/s')
    expect(await page.getByRole('img', { name: 'MeetUp Speakerphone, USB 1 12 Mbit/s link, no problems' }).count()).toBe(1)
    expect(await page.getByRole('group', { name: 'USB bus 1 (USB 2 bus): 2 parts, 1 problem link' }).count()).toBe(1)

    // From the finding to the part in the picture: highlighted and focused, its findings shown.
    await card.getByRole('button', { name: 'Show MeetUp Camera in the USB picture' }).click()
    await eventually(() => node(page, 'usb:1-3').getAttribute('data-highlighted')).toBe('true')
    expect(await page.evaluate('document.activeElement.getAttribute("data-device-id")')).toBe('usb:1-3')
    await eventually(() => page.locator('.topo-tip').textContent()).toContain(USB2_TITLE)
    await screenshot(page, 'health-meetup-usb2-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'health-meetup-usb2-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    // At 420 px the findings and their fixes fit the window; only the USB picture may scroll
    // sideways, inside its own box.
    await screenshotsAt(page, 'health-meetup-usb2', 420, async () => {
      await expectNoSideScroll(page)
      expect(await card.locator('.finding__fix-text').isVisible()).toBe(true)
    })

    // Copy report: the room, then the findings with their fixes and the USB tree.
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.served.origin })
    const copy = page.getByRole('button', { name: /^Copy the room report/ })
    await copy.click()
    await eventually(() => copy.textContent()).toContain('Copied')
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string
    expect(copied.split('\n')[2]).toBe('MeetUp — 2 parts connected')
    expect(copied).toContain('Room health: 1 problem needs fixing · 1 note')
    expect(copied).toContain(`✖ Error: ${USB2_TITLE}`)
    expect(copied).toContain("  Fix: Move the MeetUp Camera's USB cable")
    expect(copied).toMatch(new RegExp(`─ MeetUp Camera — USB 2 · 480 Mbit/s\\n│ +problem: ${USB2_TITLE}`))

    // The section is in the address bar: a reload stays, back returns to the Room screen.
    await page.reload()
    await eventually(() => headline(page)).toBe('1 problem needs fixing · 1 note')
    await page.getByRole('link', { name: 'Room', exact: true }).click()
    await eventually(() => headline(page)).toBe('MeetUp — 2 parts connected')
    expect(new URL(page.url()).hash).toBe('#/room')
    await page.goBack()
    await eventually(() => headline(page)).toBe('1 problem needs fixing · 1 note')
    await page.goForward()
    await eventually(() => headline(page)).toBe('MeetUp — 2 parts connected')

    // The Room screen: the counts as a link to Health, the error on the camera's chip.
    expect(await page.locator('.health-line').textContent()).toContain('1 problem needs fixing · 1 note')
    const chip = page.getByRole('article', { name: /^MeetUp Camera:/ })
    expect(await chip.getByRole('list', { name: 'Health problems of MeetUp Camera' }).textContent()).toBe(USB2_TITLE)
    expect(
      await page
        .getByRole('article', { name: /^MeetUp Speakerphone:/ })
        .locator('.chip-health')
        .count()
    ).toBe(0)
    await screenshot(page, 'health-room-line-light')
    await page.getByRole('link', { name: /^Health: 1 problem needs fixing/ }).click()
    await eventually(() => headline(page)).toBe('1 problem needs fixing · 1 note')
    expect(new URL(page.url()).hash).toBe('#/health')

    await expectCleanConsole(watch)
  })

  it('follows hotplug: an unplugged speakerphone is an incomplete MeetUp until it is back', async () => {
    const m = meetup()
    s.served = await serveRoom(m.devices)
    const opened = await openApp(s.browser, s.served, '#/health')
    s.context = opened.context
    const { page, watch } = opened
    await eventually(() => headline(page)).toBe('No problems found')
    await eventually(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1)
    await page.evaluate('window.__sameDocument = true')

    await s.served.running.remove(m.speakerphone)
    const incomplete = page.locator('article.finding[data-finding-id^="incomplete-system:"]')
    await eventually(() => incomplete.count()).toBe(1)
    expect(await incomplete.getAttribute('data-severity')).toBe('error')
    expect(await incomplete.locator('h3').textContent()).toBe('MeetUp: the speakerphone not found')
    expect(await incomplete.locator('.finding__fix-text').textContent()).toContain('Connect the MeetUp speakerphone cable')
    await eventually(() => headline(page)).toBe('1 problem needs fixing')
    expect(await page.locator('.tab__badge').textContent()).toBe('1, 1 problem')
    expect(await page.locator('g.topo-node[data-device-id="usb:1-4"]').count()).toBe(0)
    await screenshot(page, 'health-hotplug-speakerphone-removed')

    await s.served.running.add([m.speakerphone])
    await eventually(() => incomplete.count()).toBe(0)
    await eventually(() => headline(page)).toBe('No problems found')
    expect(await page.locator('g.topo-node[data-device-id="usb:1-4"]').count()).toBe(1)
    expect(await page.evaluate('window.__sameDocument')).toBe(true)
    await expectCleanConsole(watch)
  })

  it('says "No problems found" for a healthy Rally and draws a clean picture', async () => {
    s.served = await serveRoom(rally().devices)
    const opened = await openApp(s.browser, s.served, '#/health')
    s.context = opened.context
    const { page, watch } = opened
    await eventually(() => headline(page)).toBe('No problems found')
    expect(await page.getByRole('heading', { name: 'Everything checks out' }).count()).toBe(1)
    expect(await page.locator('article.finding').count()).toBe(0)
    await eventually(() => page.locator('g.topo-node').count()).toBe(5)
    expect(await page.locator('[data-problem="true"]').count()).toBe(0)
    expect(await page.getByRole('img', { name: 'Rally Camera, USB 3 5 Gbit/s link, no problems' }).count()).toBe(1)
    expect(await page.getByRole('img', { name: 'USB3.0 Hub (USB hub), USB 3 5 Gbit/s link, no problems' }).count()).toBe(1)
    expect(await page.getByRole('img', { name: 'Rally Table Hub, USB 2 480 Mbit/s link, no problems' }).count()).toBe(1)
    expect(await link(page, 'usb:1-2.1').getAttribute('data-speed')).toBe('usb3')
    expect(await link(page, 'usb:1-2.2').getAttribute('data-speed')).toBe('usb2')
    expect(await link(page, 'usb:1-2.3').getAttribute('data-speed')).toBe('usb1')

    // Every box is reachable by keyboard, in order, after the page's actions.
    await page.getByRole('button', { name: 'Save JSON' }).focus()
    const order: string[] = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      order.push((await page.evaluate('document.activeElement.getAttribute("data-node-id")')) as string)
    }
    expect(order).toEqual(['bus:1', 'usb:1-2', 'usb:1-2.1', 'usb:1-2.2', 'usb:1-2.3'])
    await eventually(() => page.locator('.topo-tip').textContent()).toContain('No problems found here')

    await screenshot(page, 'health-healthy-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'health-healthy-dark')
    await expectCleanConsole(watch)
  })

  it('with nothing plugged in, says there is nothing to check and where to start', async () => {
    s.served = await serveRoom([])
    const opened = await openApp(s.browser, s.served, '#/health')
    s.context = opened.context
    const { page, watch } = opened
    await eventually(() => headline(page)).toBe('Nothing connected to check')
    // One answer, not two cards saying the same thing; nothing to copy or save yet.
    expect(await page.locator('section.card').count()).toBe(0)
    for (const name of [/^Copy the room report/, 'Save report', 'Save JSON'])
      expect(await page.getByRole('button', { name }).isDisabled()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Everything checks out' }).count()).toBe(0)
    expect(await page.locator('section.topo-card').count()).toBe(0)
    await page.getByRole('link', { name: 'Room screen' }).click()
    await eventually(() => headline(page)).toBe('No room devices found')
    await expectCleanConsole(watch)
  })

  it("draws a controller's USB 2 and USB 3 buses side by side, with a camera four levels deep", async () => {
    const room = twoBusRoom()
    s.served = await serveRoom(room.devices, { rootHubs: room.rootHubs })
    const opened = await openApp(s.browser, s.served, '#/health')
    s.context = opened.context
    const { page, watch } = opened
    await eventually(() => page.locator('figure.topo-bus').count()).toBe(2)
    expect(await page.getByRole('group', { name: /^USB bus 1 \(USB 2 bus\)/ }).count()).toBe(1)
    expect(await page.getByRole('group', { name: /^USB bus 2 \(USB 3 bus\)/ }).count()).toBe(1)
    const camera = page.getByRole('img', { name: /^Rally Camera, USB 3 5 Gbit\/s link, 1 problem: Rally Camera is behind 3 hubs/ })
    expect(await camera.count()).toBe(1)
    expect(await link(page, 'usb:2-1.1.1.1').getAttribute('data-problem')).toBe('true')
    expect(await finding(page, 'Rally Camera is behind 3 hubs').getAttribute('data-severity')).toBe('warning')
    expect(await finding(page, USB2_TITLE).count()).toBe(1)

    // Side by side when they fit, and nothing overflows the page.
    const [a, b] = await page
      .locator('figure.topo-bus')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { top: number }))
    expect(Math.abs(a!.top - b!.top)).toBeLessThan(2)
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true)

    await page.locator('section.topo-card').scrollIntoViewIfNeeded()
    await screenshot(page, 'health-two-buses-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'health-two-buses-dark')

    // A narrow window: the buses stack and scale down rather than spill off the page.
    await page.setViewportSize({ width: 720, height: 900 })
    await eventually(() => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true)
    await page.locator('section.topo-card').scrollIntoViewIfNeeded()
    await screenshot(page, 'health-two-buses-narrow-dark')
    await expectCleanConsole(watch)
  })
})
