// Debian's Chromium driven by playwright-core (no browser download). Each page records console
// errors, uncaught exceptions and CSP violations, so a test can assert the UI ran clean.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.LOGI_E2E_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The e2e tests drive the system browser: install it (apt-get install chromium) ` +
        'or point LOGI_E2E_CHROMIUM at a Chromium binary.'
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export interface PageWatch {
  /** console.error lines and uncaught exceptions. */
  errors: string[]
  /** CSP violations as the browser logged them. */
  csp: string[]
  /** Violations reported to the page itself (securitypolicyviolation events). */
  reportedViolations(): Promise<string[]>
}

// Injected by the DevTools protocol, so the page's own CSP does not apply to it.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
  });
`

export async function watchPage(page: Page): Promise<PageWatch> {
  const errors: string[] = []
  const csp: string[] = []
  page.on('console', (msg) => {
    const text = msg.text()
    if (/Content Security Policy/i.test(text)) csp.push(text)
    else if (msg.type() === 'error') errors.push(text)
  })
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`))
  await page.addInitScript(RECORD_VIOLATIONS)
  return {
    errors,
    csp,
    reportedViolations: async () => ((await page.evaluate('window.__cspViolations ?? []')) as string[]) ?? []
  }
}
