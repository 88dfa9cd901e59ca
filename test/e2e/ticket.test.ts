// The Ticket wizard in Chromium against the real core (`logi-diag serve` in a simulated room),
// filing to the loopback Zendesk stand-in (test/tickets/zendesk-server.ts): no Logitech help
// centre is reachable from tests, so the stand-in speaks its Requests and Uploads APIs on
// 127.0.0.1 and records what it received.
import { existsSync, readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { eventually, expectCleanConsole, openApp } from './support/app-page'
import { useAppSession } from './support/app-session'
import { screenshot } from './support/artifacts'
import { FIRMWARE, meetupAtUsb2, rally, SERIALS } from './support/rooms'
import { serveRoom } from './support/serve-room'
import { ticketWorld, type TicketWorld } from './support/ticket-world'
import { expectBundleAttached } from '../tickets/support'

const s = useAppSession()
let world: TicketWorld | null = null
afterEach(async () => {
  await world?.stop()
  world = null
})

/** A calendar date `days` before today, as the core's local "today" sees it. */
function daysAgo(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() - days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const route = (page: Page) => page.locator('section.route')
const field = (page: Page, name: string) => page.locator(`.wizard-step [data-field="${name}"]`)
/** Inputs by their form field; that each is labelled is asserted where it matters. */
const input = (page: Page, name: string) => page.locator(`#ticket-${name}`)
const step = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Ticket steps' }).getByRole('button', { name: new RegExp(`^${title}`) })

async function openStep(page: Page, title: string): Promise<void> {
  await step(page, title).click()
  await eventually(() => page.locator('#wizard-step-title').textContent()).toContain(title)
}

const fill = (locator: Locator, value: string): Promise<void> => locator.fill(value)

const USB2_FINDING = 'MeetUp Camera is running at USB 2 speed'

/** An incident with a product bought over a year ago: plain business support, nothing missing. */
async function fillSupportTicket(page: Page): Promise<void> {
  await openStep(page, 'What happened')
  await page.getByRole('radio', { name: /Something does not work as it should/ }).check()
  await page.getByRole('radio', { name: /A Logitech device/ }).check()
  await fill(input(page, 'description'), 'Far-end participants hear an echo.')
  await openStep(page, 'Purchase')
  await fill(input(page, 'purchaseDate'), daysAgo(400))
  await page.getByRole('radio', { name: 'North America' }).check()
  await openStep(page, 'Contact')
  await fill(input(page, 'contactName'), 'Ada Example')
  await fill(input(page, 'company'), 'Example AG')
  await fill(input(page, 'email'), 'ada@example.com')
  await eventually(() => route(page).getAttribute('data-route')).toBe('support')
  await eventually(() => route(page).locator('.route__missing').count()).toBe(0)
}

async function startTicket(
  world: TicketWorld,
  devices = rally().devices
): Promise<{ page: Page; watch: Awaited<ReturnType<typeof openApp>>['watch'] }> {
  s.served = await serveRoom(devices, {}, { env: world.env })
  const opened = await openApp(s.browser, s.served, '#/ticket')
  s.context = opened.context
  await eventually(() => opened.page.locator('#ticket-headline').textContent()).toBe('File a support ticket')
  return opened
}

describe('Ticket wizard', () => {
  it('pre-fills the Rally, follows the route as fields change, marks what is missing, shows a 422 at its field, and files exactly one request with the bundle', async () => {
    world = await ticketWorld()
    const { page, watch } = await startTicket(world)
    expect(await page.getByRole('link', { name: 'Ticket', exact: true }).getAttribute('aria-current')).toBe('page')

    // The product comes from the room: the Rally's serial is the camera's, not the Table Hub's.
    await openStep(page, 'Product')
    await eventually(() => input(page, 'model').inputValue()).toBe('Rally')
    expect(await input(page, 'serial').inputValue()).toBe(SERIALS.rallyCamera)
    expect(await input(page, 'firmware').inputValue()).toBe(FIRMWARE.rallyVideo)
    expect(await field(page, 'serial').locator('.field__hint').textContent()).toContain('Read from the Rally Camera')

    // A Tap incident within 90 days, filed by the SPOC: JumpStart, with the clause quoted.
    await openStep(page, 'What happened')
    await page.getByRole('radio', { name: /Something does not work as it should/ }).check()
    await page.getByRole('radio', { name: /A Logitech device/ }).check()
    await openStep(page, 'Product')
    await fill(input(page, 'model'), 'Tap')
    // The Rally's serial and firmware do not belong to a Tap.
    expect(await input(page, 'serial').inputValue()).toBe('')
    expect(await input(page, 'firmware').inputValue()).toBe('')
    await openStep(page, 'Purchase')
    await fill(input(page, 'purchaseDate'), daysAgo(30))
    await page.getByRole('radio', { name: 'Europe, Middle East and Africa' }).check()
    await openStep(page, 'Contact')
    await page.getByRole('radio', { name: /Yes, I am/ }).check()
    await eventually(() => route(page).getAttribute('data-route')).toBe('jumpstart')
    expect(await route(page).locator('#route-title').textContent()).toBe('JumpStart incident')
    expect(await route(page).locator('blockquote').allTextContents()).toContainEqual(
      expect.stringContaining('90 (ninety) days from the purchase date')
    )
    expect(await route(page).locator('.route__expect').textContent()).toContain('Central European Time')
    await screenshot(page, 'ticket-route-jumpstart')

    // The same Tap bought 120 days ago: past JumpStart's 90 days, plain business support.
    await openStep(page, 'Purchase')
    await fill(input(page, 'purchaseDate'), daysAgo(120))
    await eventually(() => route(page).getAttribute('data-route')).toBe('support')

    // The Rally's camera broken, bought 200 days ago: an RMA under the standard warranty.
    await openStep(page, 'Product')
    await fill(input(page, 'model'), 'Rally')
    expect(await input(page, 'serial').inputValue()).toBe(SERIALS.rallyCamera)
    await openStep(page, 'What happened')
    await page.getByRole('radio', { name: /A part is broken/ }).check()
    await openStep(page, 'Purchase')
    await fill(input(page, 'purchaseDate'), daysAgo(200))
    await eventually(() => route(page).getAttribute('data-route')).toBe('rma')
    expect(await route(page).getAttribute('data-rule')).toBe('R2')
    expect(await route(page).locator('#route-title').textContent()).toBe('RMA under the standard warranty')

    // Send with contact details still empty: nothing is sent, each missing field is marked
    // where it is, and focus lands on the first one.
    await openStep(page, 'Review and send')
    await page.getByRole('button', { name: 'Send to Logitech support' }).click()
    await eventually(() => page.evaluate('document.activeElement?.id')).toBe('ticket-contactName')
    expect(await page.locator('#wizard-step-title').textContent()).toContain('Contact')
    const nameField = field(page, 'contactName')
    expect(await nameField.getAttribute('class')).toContain('field--missing')
    expect(await nameField.locator('.field__problem').textContent()).toBe('Needed for “RMA under the standard warranty”.')
    expect(await page.getByRole('textbox', { name: 'Your name' }).getAttribute('aria-describedby')).toContain('ticket-contactName-problem')
    expect(await step(page, 'What happened').textContent()).toContain('needs attention')
    expect(world.zendesk.hits).toEqual([])
    await screenshot(page, 'ticket-missing-fields')

    // The missing chips in the route panel lead to their field.
    await route(page).getByRole('button', { name: 'What happened' }).click()
    await eventually(() => page.evaluate('document.activeElement?.id')).toBe('ticket-description')
    await fill(input(page, 'description'), 'The camera shows no picture since Monday; replugging did not help.')
    await fill(input(page, 'summary'), 'No picture from the camera')
    await openStep(page, 'Contact')
    await fill(input(page, 'contactName'), 'Ada Example')
    await fill(input(page, 'company'), 'Example AG')
    await fill(input(page, 'email'), 'ada@example.test')
    await fill(input(page, 'phone'), '+41 21 555 01 23')
    await eventually(() => route(page).locator('.route__missing').count()).toBe(0)

    // The bundle: the one saved in the bundle folder is chosen.
    await openStep(page, 'Bundle')
    expect(await page.getByRole('radio', { name: new RegExp(world.bundle.name) }).isChecked()).toBe(true)

    // The help centre refuses the e-mail (422 RecordInvalid): shown against the e-mail field.
    world.zendesk.inject('create', {
      kind: 'record-invalid',
      details: { requester: [{ description: 'Requester: Email is not a valid address for this help centre', error: 'InvalidValue' }] }
    })
    await openStep(page, 'Review and send')
    await page.getByRole('button', { name: 'Send to Logitech support' }).click()
    await eventually(() => page.locator('.ticket-notice--error').textContent()).toContain('The fields the ticket server refused are marked')
    await eventually(() => step(page, 'Contact').textContent()).toContain('1 field needs attention')
    expect(await page.locator('.review-list [data-field="email"] .link-button').textContent()).toBe(
      'The ticket server refused this: Requester: Email is not a valid address for this help centre'
    )
    await page.locator('.review-list [data-field="email"] .link-button').click()
    await eventually(() => page.evaluate('document.activeElement?.id')).toBe('ticket-email')
    const email = field(page, 'email')
    expect(await email.getAttribute('class')).toContain('field--invalid')
    expect(await input(page, 'email').getAttribute('aria-invalid')).toBe('true')
    expect(await email.locator('.field__problem').textContent()).toContain('Email is not a valid address')
    expect(world.zendesk.requests).toEqual([])
    await screenshot(page, 'ticket-422-email')

    // Corrected, sent again: the ticket number, and exactly one request with its attachment.
    await fill(input(page, 'email'), 'ada@example.com')
    await eventually(() => email.getAttribute('class')).not.toContain('field--invalid')
    await openStep(page, 'Review and send')
    await page.getByRole('button', { name: /Send again/ }).click()
    await eventually(() => page.locator('#ticket-done-title').textContent()).toBe('Ticket #1000')
    expect(world.zendesk.requests).toHaveLength(1)
    const [request] = world.zendesk.requests
    expect(request!.requester).toEqual({ name: 'Ada Example', email: 'ada@example.com' })
    expect(request!.description).toContain(world.bundle.bundleId)
    expectBundleAttached(request!.attachments, world.bundle.path)
    expect(world.zendesk.hits.filter((h) => h.operation === 'create')).toHaveLength(2)

    // The outbox lists it as filed, with its number.
    const item = page.locator('.outbox__item').first()
    await eventually(() => item.getAttribute('data-state')).toBe('filed')
    expect(await item.locator('.outbox__state').first().textContent()).toContain('Ticket #1000')
    await screenshot(page, 'ticket-filed-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'ticket-filed-dark')
    await page.setViewportSize({ width: 420, height: 900 })
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'ticket-filed-420-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await expectCleanConsole(watch)
  })

  it('asks before sending again when an anonymous ticket may have arrived, and never files it twice', async () => {
    world = await ticketWorld()
    const { page, watch } = await startTicket(world, meetupAtUsb2().devices)
    // Web mode cannot keep a sign-in: the card says filing is anonymous and offers no token field.
    const signIn = page.getByRole('region', { name: 'Help-centre sign-in' })
    await eventually(() => signIn.getByRole('status').textContent()).toBe('Not signed in: tickets are filed anonymously.')
    expect(await signIn.locator('input').count()).toBe(0)
    await fillSupportTicket(page)
    // The health checks' error is offered and ticked; it goes into the description.
    await openStep(page, 'Product')
    expect(await page.getByRole('checkbox', { name: USB2_FINDING }).isChecked()).toBe(true)
    expect(await input(page, 'model').inputValue()).toBe('MeetUp')
    await eventually(() => route(page).locator('.route__missing').count()).toBe(0)

    // The upload is answered slowly, so its progress is on screen; then the stand-in stores the
    // request and drops the connection before answering.
    world.zendesk.inject('upload', { kind: 'slow', ms: 2500 })
    world.zendesk.inject('create', { kind: 'drop-after-create' })
    await openStep(page, 'Review and send')
    await page.getByRole('button', { name: 'Send to Logitech support' }).click()
    const progress = page.locator('.progress')
    await eventually(() => progress.textContent()).toMatch(/^Uploading the bundle · \d+ % of \d+\.\d KB$/)
    expect(await progress.getAttribute('role')).toBe('status')
    await eventually(() => page.locator('.outbox__item').first().getAttribute('data-state')).toBe('uploading')
    await screenshot(page, 'ticket-uploading')
    const prompt = page.getByRole('alert').filter({ hasText: 'Did your ticket arrive?' })
    await eventually(() => prompt.count()).toBe(1)
    expect(await prompt.textContent()).toContain('ada@example.com')
    await eventually(() => page.locator('.outbox__item').first().getAttribute('data-state')).toBe('needs-decision')
    await screenshot(page, 'ticket-ambiguous-anonymous')
    expect(world.zendesk.requests).toHaveLength(1)

    // The person finds the confirmation e-mail: the ticket is marked filed with its number,
    // and nothing is sent again.
    await fill(prompt.getByLabel(/Ticket number/), '1000')
    await prompt.getByRole('button', { name: 'It arrived' }).click()
    await eventually(() => page.locator('#ticket-done-title').textContent()).toBe('Ticket #1000')
    expect(world.zendesk.requests).toHaveLength(1)
    expect(world.zendesk.hits.filter((h) => h.operation === 'create')).toHaveLength(1)
    expect(world.zendesk.requests[0]!.description).toContain(`- [Error] ${USB2_FINDING}`)
    await eventually(() => page.locator('.outbox__item').first().getAttribute('data-state')).toBe('filed')

    await expectCleanConsole(watch)
  })

  it('hands a Tap incident to the SPOC as an exported ticket package, with the keyboard alone', async () => {
    world = await ticketWorld()
    const { page, watch } = await startTicket(world)
    const keys = page.keyboard
    // Tab (never the mouse) until the wanted element has focus; fails if it is not reachable.
    const tabTo = async (selector: string): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        if ((await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) === true) return
        await keys.press('Tab')
      }
      throw new Error(`${selector} cannot be reached with Tab`)
    }
    const next = async (title: string): Promise<void> => {
      await tabTo('.wizard-step__nav .button--primary')
      await keys.press('Enter')
      await eventually(() => page.evaluate('document.activeElement?.id')).toBe('wizard-step-title')
      expect(await page.locator('#wizard-step-title').textContent()).toContain(title)
    }

    // Radios: Tab into the group, arrows pick.
    await tabTo('input[name="issueClass"]')
    await keys.press('ArrowDown')
    expect(await page.getByRole('radio', { name: /Something does not work as it should/ }).isChecked()).toBe(true)
    await tabTo('input[name="component"]')
    await keys.press('Space')
    expect(await page.getByRole('radio', { name: /A Logitech device/ }).isChecked()).toBe(true)
    await tabTo('#ticket-description')
    await keys.type('The Tap does not wake up when someone walks in.')
    await next('Product')
    await tabTo('#ticket-model')
    await keys.press('ControlOrMeta+A')
    await keys.type('V-U0053')
    await next('Purchase')
    await tabTo('#ticket-purchaseDate')
    await input(page, 'purchaseDate').fill(daysAgo(10)) // a date input's segments are typed per locale; the value is what matters here
    await next('Contact')
    await tabTo('input[name="spoc"]')
    await keys.press('ArrowDown')
    expect(await page.getByRole('radio', { name: /No, someone else is/ }).isChecked()).toBe(true)
    await tabTo('#ticket-contactName')
    await keys.type('Ada Example')
    await tabTo('#ticket-email')
    await keys.type('ada@example.com')
    await eventually(() => route(page).getAttribute('data-route')).toBe('spoc-handoff')
    expect(await route(page).locator('#route-title').textContent()).toBe('Hand the JumpStart ticket to your SPOC')
    await next('Bundle')
    await next('Review and send')
    expect(await page.getByRole('button', { name: 'Send to Logitech support' }).count()).toBe(0)
    await tabTo('.export .button--primary')
    await keys.press('Enter')
    const saved = page.locator('.export__result code')
    await eventually(() => saved.count()).toBe(1)
    const path = (await saved.textContent()) ?? ''
    expect(path.startsWith(world.bundleDir)).toBe(true)
    expect(existsSync(path)).toBe(true)
    expect(readdirSync(world.bundleDir).length).toBeGreaterThan(1)
    expect(await page.locator('.export__files li').count()).toBeGreaterThan(0)
    expect(world.zendesk.hits).toEqual([])
    await screenshot(page, 'ticket-spoc-export')

    await expectCleanConsole(watch)
  })

  it('keeps a rate-limited ticket waiting in the outbox and files it when Retry is pressed', async () => {
    world = await ticketWorld()
    const { page, watch } = await startTicket(world)
    await fillSupportTicket(page)
    // Ten minutes is longer than the core waits inline: the ticket stays queued for later.
    world.zendesk.inject('create', { kind: 'rate-limit', retryAfter: '600' })
    await openStep(page, 'Review and send')
    await page.getByRole('button', { name: 'Send to Logitech support' }).click()
    const item = page.locator('.outbox__item').first()
    await eventually(() => item.getAttribute('data-state')).toBe('waiting')
    expect(await item.textContent()).toContain('Next try at')
    await eventually(() => page.locator('.ticket-notice').first().textContent()).toContain('Waiting to try again.')
    expect(world.zendesk.requests).toHaveLength(0)
    await screenshot(page, 'ticket-outbox-waiting')

    await item.getByRole('button', { name: /^Retry/ }).click()
    await eventually(() => item.getAttribute('data-state')).toBe('filed')
    await eventually(() => page.locator('#ticket-done-title').textContent()).toBe('Ticket #1000')
    expect(world.zendesk.requests).toHaveLength(1)
    expectBundleAttached(world.zendesk.requests[0]!.attachments, world.bundle.path)

    await expectCleanConsole(watch)
  })
})
