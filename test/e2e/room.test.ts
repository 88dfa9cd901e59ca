// The Room screen in Chromium against the real core (`logi-diag serve`) over simulated USB rooms.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot, screenshotsAt } from './support/artifacts'
import type { PageWatch } from './support/chromium'
import { eventually, expectCleanConsole, expectCommandsUnbroken, expectNoSideScroll, openApp as openAppPage } from './support/app-page'
import { FIRMWARE, meetup, rally, SERIALS, troubledRally } from './support/rooms'
import { serveRoom, type ServedRoom } from './support/serve-room'
import { useAppSession } from './support/app-session'

const s = useAppSession()

/** Opens the app in a fresh browser context that the session closes after the test. */
async function openApp(room: ServedRoom, before?: (page: Page) => Promise<unknown>): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await openAppPage(s.browser, room, '', before)
  s.context = opened.context
  return opened
}

const card = (page: Page, product: string) => page.locator(`section.system-card[data-product="${product}"]`)

describe('Room screen', () => {
  it('shows a Rally room as one card with its three parts, serials, links and places', async () => {
    const { devices } = rally()
    s.served = await serveRoom(devices)
    const { page, watch } = await openApp(s.served)

    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rally — 3 parts connected')
    await eventually(() => page.locator('section.system-card').count()).toBe(1)
    const rallyCard = card(page, 'Rally')
    await eventually(() => rallyCard.locator('article.chip:not(.chip--compact)').count()).toBe(3)
    expect(await rallyCard.locator('article.chip--missing').count()).toBe(0)

    const text = (await rallyCard.textContent()) ?? ''
    for (const serial of [SERIALS.rallyCamera, SERIALS.tableHub, SERIALS.rallyAudio]) expect(text).toContain(serial)
    const camera = rallyCard.getByRole('article', { name: /^Rally Camera: Connected/ })
    expect(await camera.textContent()).toContain('USB 3 · 5 Gbit/s')
    expect(await camera.textContent()).toContain('bus 1 · port 2.1 · 1 hub')
    // Firmware comes from a slower read that follows the first listing.
    await eventually(() => camera.textContent()).toContain(`Firmware${FIRMWARE.rallyVideo}`)
    await eventually(() => rallyCard.getByRole('article', { name: /^Rally Audio/ }).textContent()).toContain(FIRMWARE.rallyAudio)

    // Mic Pods, the Mic Pod hub and the speakers are not USB devices: the audio part reports them.
    const peripherals = rallyCard.getByRole('group', { name: 'Also part of this Rally' })
    await eventually(() => peripherals.getByRole('article').count()).toBe(5)
    await eventually(() => peripherals.getByRole('article', { name: 'Mic Pod 1: Connected' }).textContent()).toContain(FIRMWARE.micPod)
    expect(await peripherals.textContent()).toContain('reported by Rally Audio (Display Hub)')
    expect(await rallyCard.getByRole('article', { name: /^Rally Table Hub/ }).textContent()).toContain('USB 2 · 480 Mbit/s')
    expect(await page.getByRole('button', { name: `Copy serial of Rally Camera` }).count()).toBe(1)

    // Web mode: the token left the address bar, the banner says the session is remote and
    // counts this browser once its event stream is connected.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false)
    await eventually(() => page.getByRole('complementary', { name: 'Remote session' }).textContent()).toContain('1 viewer connected')
    await eventually(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1)
    // The title carries the health verdict, so a glance at the tab strip answers it.
    await eventually(() => page.title()).toBe('No problems · Logi Room Diagnostics')
    expect(await page.locator('section.summary').getAttribute('data-verdict')).toBe('ok')

    await screenshot(page, 'room-rally-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'room-rally-dark')

    // The health line says the room is healthy and leads to the Health screen.
    await eventually(() => page.locator('.health-line').textContent()).toContain('No problems found')

    // Keyboard: skip link, the sections, the health line, then the first action of the screen.
    const focused = (): Promise<unknown> =>
      page.evaluate('document.activeElement.getAttribute("aria-label") || document.activeElement.textContent')
    const copyReport = 'Copy the room report (parts, findings, host and app version) as plain text'
    const steps = [
      'Skip to the room',
      'Room',
      'Health',
      'Collect',
      'Review',
      'Ticket',
      'Health: No problems found. Open the Health screen',
      copyReport,
      'Re-check',
      'Save report',
      'Save JSON',
      'Copy serial of Rally Camera'
    ]
    for (const expected of steps) {
      await page.keyboard.press('Tab')
      expect(await focused()).toBe(expected)
    }

    // The token kept for this tab (sessionStorage, scoped to this origin and port) keeps the
    // session across a reload; no cookie is ever set, so no other 127.0.0.1 service receives it.
    await page.reload()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rally — 3 parts connected')
    expect(await page.context().cookies()).toEqual([])

    await expectCleanConsole(watch)
  })

  it('copies a plain-text room report with the serials, the findings, the host and the app version', async () => {
    s.served = await serveRoom(rally().devices)
    const { page, watch } = await openApp(s.served)
    await s.context!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.served.origin })
    await eventually(() => page.locator('section.system-card').textContent()).toContain(FIRMWARE.tableHub)
    await eventually(() => page.locator('.health-line').textContent()).toContain('No problems found')
    // the host and app version come with the app's info, fetched apart from the room: on a slow run
    // the copy could be made before it arrived (the report then says `unknown host`, as it should)
    await eventually(() => page.locator('footer').textContent()).toContain('web mode')
    const copy = page.getByRole('button', { name: 'Copy the room report (parts, findings, host and app version) as plain text' })
    await copy.click()
    await eventually(() => copy.textContent()).toContain('Copied')
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string
    const lines = copied.split('\n')
    expect(lines[0]).toMatch(/^Logi Room Diagnostics \d+\.\d+\.\d+ · Linux \S+ \(linux-\w+\) · \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(lines[2]).toBe('Rally — 3 parts connected')
    // The headline appears once; the health verdict and its findings are in it too.
    expect(lines.filter((l) => l.startsWith('Rally — '))).toHaveLength(1)
    expect(copied).toContain('Health: No problems found')
    expect(copied).toContain('Room health: No problems found')
    for (const serial of Object.values(SERIALS).slice(0, 3)) expect(copied).toContain(`serial ${serial}`)
    expect(copied).toContain(`firmware ${FIRMWARE.tableHub}`)
    expect(copied).toMatch(/Mic Pod 1 +connected · serial not reported · firmware 2\.1\.3 · reported by Rally Audio \(Display Hub\)/)
    await expectCleanConsole(watch)
  })

  it('without a clipboard, shows the report in a modal dialog that keeps focus, closes on Escape and hands focus back', async () => {
    s.served = await serveRoom(rally().devices)
    const noClipboard = (page: Page) =>
      page.addInitScript(`Object.defineProperty(navigator, 'clipboard', { value: undefined }); document.execCommand = () => false`)
    const { page, watch } = await openApp(s.served, noClipboard)
    await eventually(() => page.locator('.health-line').textContent()).toContain('No problems found')
    const copy = page.getByRole('button', { name: 'Copy the room report (parts, findings, host and app version) as plain text' })
    await copy.click()

    const dialog = page.getByRole('dialog')
    await eventually(() => dialog.count()).toBe(1)
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true)
    expect(await dialog.locator('textarea').inputValue()).toContain('Rally — 3 parts connected')
    const focusedTag = (): Promise<unknown> =>
      page.evaluate('document.activeElement.closest("dialog") ? document.activeElement.tagName : "outside"')
    expect(await focusedTag()).toBe('TEXTAREA')
    // The rest of the page is inert while the dialog is open: Tab stays inside it.
    await page.keyboard.press('Tab')
    expect(await focusedTag()).toBe('BUTTON')
    await page.keyboard.press('Shift+Tab')
    expect(await focusedTag()).toBe('TEXTAREA')

    await page.keyboard.press('Escape')
    await eventually(() => dialog.count()).toBe(0)
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(
      'Copy the room report (parts, findings, host and app version) as plain text'
    )
    await expectCleanConsole(watch)
  })

  it('follows hotplug without a reload: a MeetUp appears, an unplugged Rally camera becomes a placeholder', async () => {
    const r = rally()
    s.served = await serveRoom(r.devices)
    const { page, watch } = await openApp(s.served)
    await eventually(() => card(page, 'Rally').locator('article.chip:not(.chip--compact)').count()).toBe(3)
    await eventually(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1)
    await page.evaluate('window.__sameDocument = true')

    const m = meetup()
    await s.served.running.add(m.devices)
    await eventually(() => card(page, 'MeetUp').locator('article.chip:not(.chip--missing):not(.chip--compact)').count()).toBe(2)
    expect(await card(page, 'MeetUp').locator('article.chip--missing').count()).toBe(0)
    expect(await card(page, 'MeetUp').textContent()).toContain(SERIALS.meetupCamera)
    await eventually(() =>
      card(page, 'MeetUp')
        .getByRole('article', { name: /^MeetUp Camera/ })
        .textContent()
    ).toContain(FIRMWARE.meetupCamera)
    expect(await page.locator('.toasts').textContent()).toMatch(/MeetUp (Camera|Speakerphone) connected/)
    // The firmware that arrived after the attach is an update, never announced as an unplug.
    expect(await page.locator('.toasts').textContent()).not.toMatch(/MeetUp (Camera|Speakerphone) disconnected/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('2 systems, 5 parts')
    await screenshot(page, 'room-hotplug-meetup-added')

    await s.served.running.remove(r.camera)
    const placeholder = card(page, 'Rally').getByRole('article', { name: 'Rally Camera: not found' })
    await eventually(() => placeholder.count()).toBe(1)
    expect(await placeholder.textContent()).toContain('Camera — not found')
    expect(await card(page, 'Rally').locator('article.chip:not(.chip--missing):not(.chip--compact)').count()).toBe(2)
    expect(await card(page, 'Rally').textContent()).not.toContain(SERIALS.rallyCamera)
    await eventually(() => page.locator('.toasts').textContent()).toContain('Rally Camera disconnected')
    expect(await page.locator('.summary__findings').textContent()).toBe('1 part not found')
    await screenshot(page, 'room-hotplug-camera-removed')

    expect(await page.evaluate('window.__sameDocument')).toBe(true)
    await expectCleanConsole(watch)
  })

  it('shows each problem on its part with the fix, and devices outside any system', async () => {
    // Without root the core sees the closed device node, as on a machine without the udev rule.
    s.served = await serveRoom(troubledRally(), {}, { asUser: 'nobody' })
    const { page, watch } = await openApp(s.served)
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rally — 3 parts connected · 1 other device')
    const rallyCard = card(page, 'Rally')

    // Each tile's status is the verdict of the findings about that part, as on the Health screen:
    // no access is an error, update mode a warning, an unreadable name only a note.
    const camera = rallyCard.getByRole('article', { name: 'Rally Camera: Needs fixing' })
    await eventually(() => camera.getAttribute('data-verdict')).toBe('error')
    const command = (await camera.locator('code.command__text').textContent()) ?? ''
    // The exact path of the rule shipped on this machine, ready to paste.
    expect(command).toMatch(/^sudo cp \/\S*resources\/linux\/70-logi-room-diagnostics\.rules \/etc\/udev\/rules\.d\//)
    expect(command).toMatch(/sudo udevadm control --reload-rules$/)
    expect(await camera.getByRole('button', { name: 'Copy the command that fixes access to Rally Camera' }).count()).toBe(1)
    expect(await camera.textContent()).toContain('Then unplug the device and plug it back in.')

    const audio = rallyCard.getByRole('article', { name: 'Rally Audio (firmware update mode): Worth checking, Update mode' })
    expect(await audio.locator('.badge--mode').textContent()).toBe('Update mode')
    const tableHub = rallyCard.getByRole('article', { name: 'Rally Table Hub: Connected' })
    expect(await tableHub.textContent()).toContain('Name or serial was unreadable')
    // Drawn as the note it is on the Health screen, not as a warning.
    expect(await tableHub.locator('.device-error--note').count()).toBe(1)

    const others = page.getByRole('region', { name: 'Other Logitech devices' })
    expect(await others.textContent()).toContain('USB Receiver')
    expect(await others.textContent()).toContain('046d:c52b')
    // Whether anything needs doing is the findings' verdict, the same on the Room screen, its
    // card and the Health screen.
    expect(await page.locator('.summary__findings').textContent()).toBe('All expected parts are connected.')
    await eventually(() => page.locator('.health-line').textContent()).toContain('1 problem needs fixing')
    await eventually(() => page.locator('section.summary').getAttribute('data-verdict')).toBe('error')
    expect(await rallyCard.locator('.pill').textContent()).toBe('Needs fixing')
    expect(await rallyCard.locator('.chip-health').count()).toBe(0)

    await screenshot(page, 'room-problems-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'room-problems-dark')
    // A narrow window (a phone, a remote session side by side): nothing runs off the side and the
    // fix's command breaks only between words and after a path's slashes.
    await screenshotsAt(page, 'room-problems', 420, async () => {
      await expectNoSideScroll(page)
      expect(await expectCommandsUnbroken(page)).toBeGreaterThan(5)
    })
    await expectCleanConsole(watch)
  })

  /** The empty Room screen once app.info (which decides on the access help) has answered. */
  async function emptyRoom(page: Page) {
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('No room devices found')
    // The viewer count comes from app.info too: once it shows, the access help has been decided.
    await eventually(() => page.getByRole('complementary', { name: 'Remote session' }).textContent()).toContain('1 viewer connected')
    const empty = page.locator('section.empty-state')
    const text = (await empty.textContent()) ?? ''
    expect(text).toContain('Table Hub')
    expect(text).toContain('MeetUp')
    expect(text).toContain('USB mode')
    return empty
  }
  const accessHelp = 'On Linux: let this app read the devices'

  it('with nothing plugged in, says what to connect, and no access help when the app can already open the devices', async () => {
    // Root opens every node, udev rule or not: the root hub's node here.
    s.served = await serveRoom([], { rootHubs: { 1: 'usb2' } })
    const { page, watch } = await openApp(s.served)
    const empty = await emptyRoom(page)
    expect(await empty.getByRole('heading', { name: accessHelp }).count()).toBe(0)
    expect(await empty.textContent()).not.toContain('udevadm')
    // The Health screen has nothing to check and no help of its own either.
    await page
      .getByRole('link', { name: /^Health/ })
      .first()
      .click()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nothing connected to check')
    expect(await page.getByText('udevadm').count()).toBe(0)
    await screenshot(page, 'room-empty-access-light')
    await expectCleanConsole(watch)
  })

  it('with nothing plugged in and no access to the device nodes, says how Linux grants it', async () => {
    // Without root the core is refused the root hub's node, as on a machine without the udev rule.
    s.served = await serveRoom([], { rootHubs: { 1: 'usb2' } }, { asUser: 'nobody' })
    const { page, watch } = await openApp(s.served)
    const empty = await emptyRoom(page)
    await eventually(() => empty.getByRole('heading', { name: accessHelp }).count()).toBe(1)
    const text = (await empty.textContent()) ?? ''
    expect(text).toContain('resources/linux/70-logi-room-diagnostics.rules')
    expect(text).toContain('/etc/udev/rules.d/')
    expect(text).toContain('sudo udevadm control --reload-rules')
    expect(text).toMatch(/unplug the devices and plug them back in/)
    await screenshot(page, 'room-empty-linux-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'room-empty-linux-dark')
    await screenshotsAt(page, 'room-empty-linux', 420, async () => {
      await expectNoSideScroll(page)
      expect(await expectCommandsUnbroken(page)).toBeGreaterThan(5)
    })
    await expectCleanConsole(watch)
  })

  it('shows a calm, retryable error when the core cannot be reached, then recovers', async () => {
    s.served = await serveRoom(rally().devices)
    const snapshotCall = '**/api/call/devices.snapshot'
    let refused = 0
    const { page, watch } = await openApp(s.served, (p) =>
      p.route(snapshotCall, (route) => {
        refused++
        return route.abort('connectionrefused')
      })
    )
    const alert = page.getByRole('alert')
    await eventually(() => alert.textContent()).toContain('The diagnostics service is not answering.')
    expect(await alert.getByRole('heading', { level: 1 }).textContent()).toBe('The room cannot be shown right now')
    await screenshot(page, 'room-core-unreachable')
    // The room is fetched once on load and once more when the event stream opens. Only after both
    // were refused is "Try again" the one thing that can bring the room back; lifting the route
    // earlier lets the second fetch recover on its own and the button vanish under the click.
    await eventually(() => refused).toBeGreaterThanOrEqual(2)
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1)

    await page.unroute(snapshotCall)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rally — 3 parts connected')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(watch.csp).toEqual([])
    expect(watch.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([])
  })

  it('shows an answer the contract does not allow as an error, not a crash', async () => {
    s.served = await serveRoom(rally().devices)
    const bogus = { ok: true, value: { devices: [{ id: 'usb:1-1', vendorId: 'LOGI' }], systems: [] } }
    const { page, watch } = await openApp(s.served, (p) =>
      p.route('**/api/call/devices.snapshot', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bogus) })
      )
    )
    const alert = page.getByRole('alert')
    await eventually(() => alert.textContent()).toContain('sent data this version of the app does not understand')
    expect(await alert.locator('details pre').textContent()).toContain('invalid output from devices.snapshot')
    await screenshot(page, 'room-contract-mismatch')
    await expectCleanConsole(watch)
  })

  it('says so when live updates are lost', async () => {
    s.served = await serveRoom(rally().devices)
    const { page } = await openApp(s.served)
    await eventually(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1)
    await s.served.stop()
    s.served = null
    await eventually(() => page.getByRole('status').filter({ hasText: 'Reconnecting…' }).count()).toBe(1)
    // The last known room stays on screen.
    expect(await card(page, 'Rally').locator('article.chip:not(.chip--compact)').count()).toBe(3)
  })

  it('refuses a wrong token', async () => {
    s.served = await serveRoom([])
    s.context = await s.browser.newContext()
    const page = await s.context.newPage()
    // The page itself is the public build; the room's data is what the token guards.
    const response = await page.goto(`${s.served.origin}/?token=not-the-token`)
    expect(response?.status()).toBe(200)
    await eventually(() => page.getByRole('alert').textContent()).toContain('access token is missing or no longer valid')
    expect(await page.textContent('body')).not.toContain('Rally')
    const status = (auth: string) =>
      page.evaluate(
        `fetch('/api/call/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json'${auth} }, body: '{}' }).then((r) => r.status)`
      )
    expect(await status('')).toBe(401)
    expect(await status(", Authorization: 'Bearer not-the-token'")).toBe(401)
    expect(await status(`, Authorization: 'Bearer ${s.served.token}'`)).toBe(200)
  })
})
