// The Electron path without the Electron binary (it cannot run on the offline build machines):
// the BUILT preload runs in Chromium with a stand-in for require('electron') that refuses every
// other module (as the sandbox does); its ipcRenderer.invoke reaches the REAL main-side IPC
// handlers (sender check, contract validation) in this process; the page itself is served by the
// REAL app:// protocol handler, mapped onto a fake host that never touches the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { IpcMainInvokeEvent } from 'electron'
import { registerIpcHandlers, forwardEvents } from '../../src/main/electron/ipc'
import { serveAppRequest, APP_ORIGIN } from '../../src/main/electron/app-protocol'
import { CALL_NAMES } from '../../src/shared/contract'
import { coreWithRoom } from '../support/core-with-room'
import { makeDevice } from '../support/device'

const rallyCamera = makeDevice()
import { launchChromium, watchPage, type PageWatch } from '../e2e/support/chromium'

const OUT = resolve(__dirname, '../../out')
// localhost is a secure context like app:// is in Electron (so COOP applies); every request to it is
// answered by the route below, none reaches a socket.
const FAKE_ORIGIN = 'http://localhost:9'
type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>

let browser: Browser
let page: Page
let watch: PageWatch
const handlers = new Map<string, Handler>()
const room = coreWithRoom(
  {
    devices: [rallyCamera],
    systems: [{ id: 'system:usb:1-2', product: 'Rally', parts: ['usb:1-2'], missing: ['table-hub', 'audio'], peripherals: [] }]
  },
  'electron'
)

function preloadShim(preloadSource: string): string {
  return `(() => {
    const listeners = new Map();
    const electron = Object.freeze({
      contextBridge: { exposeInMainWorld: (name, api) => Object.defineProperty(window, name, { value: api, writable: false, configurable: false, enumerable: true }) },
      ipcRenderer: {
        invoke: (channel, input) => window.__ipcInvoke(channel, input),
        on: (channel, fn) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn) },
        removeListener: (channel, fn) => listeners.get(channel)?.delete(fn)
      }
    });
    Object.defineProperty(window, '__ipcEmit', { value: (channel, payload) => listeners.get(channel)?.forEach((fn) => fn({}, payload)) });
    const sandboxRequire = (name) => { if (name === 'electron') return electron; throw new Error('sandboxed preload may only require electron, not ' + name) };
    (function (require, module, exports) {\n${preloadSource}\n})(sandboxRequire, { exports: {} }, {});
  })();`
}

beforeAll(async () => {
  for (const f of ['preload/index.js', 'renderer/index.html']) {
    if (!existsSync(join(OUT, f))) throw new Error(`${join(OUT, f)} is missing: run "npm run build" first`)
  }
  registerIpcHandlers(
    { handle: (ch: string, fn: Handler) => void handlers.set(ch, fn), removeHandler: (ch: string) => void handlers.delete(ch) } as never,
    room.core
  )
  await room.core.start()
  browser = await launchChromium()
  page = await browser.newPage()
  watch = await watchPage(page)
  // Only the fake app host is served; anything else would be a network request and is refused.
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(FAKE_ORIGIN + '/')) return route.abort()
    const res = await serveAppRequest(join(OUT, 'renderer'), APP_ORIGIN + url.slice(FAKE_ORIGIN.length))
    await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) })
  })
  await page.exposeBinding('__ipcInvoke', async (source, channel: string, input: unknown) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    // Electron reports the frame's real URL; here the app:// page lives on the fake host.
    const url = source.frame.url().replace(FAKE_ORIGIN, APP_ORIGIN)
    return handler({ senderFrame: { url, parent: source.frame.parentFrame() } } as unknown as IpcMainInvokeEvent, input)
  })
  forwardEvents(room.core, {
    isDestroyed: () => false,
    send: (channel: string, payload: unknown) =>
      void page.evaluate(([c, p]) => (globalThis as unknown as { __ipcEmit(c: string, p: unknown): void }).__ipcEmit(c, p), [
        channel,
        payload
      ] as const)
  } as never)
  await page.addInitScript(preloadShim(readFileSync(join(OUT, 'preload/index.js'), 'utf8')))
  await page.goto(`${FAKE_ORIGIN}/index.html`)
})

afterAll(async () => {
  // Stop the core first, so no event reaches a page that is already closing, and let what it
  // began loading on use finish before the test environment goes.
  room.core.stop()
  await room.core.settled()
  // Checked here, after every test ran, so running one test alone still checks the console.
  expect(watch.errors, watch.errors.join('\n')).toEqual([])
  expect(watch.csp).toEqual([])
  expect(await watch.reportedViolations()).toEqual([])
  await browser?.close()
})

describe('built preload + real IPC handlers in Chromium', () => {
  it('the UI renders the room through the Electron bridge', async () => {
    await page.getByText('CAM1').first().waitFor({ timeout: 10_000 })
    expect(await page.getByText('CAM1').count()).toBeGreaterThan(0)
    expect(await page.getByText('Remote session').count()).toBe(0) // not web mode
  })

  it('exposes exactly one method per contract call plus call/on, frozen', async () => {
    const shape = await page.evaluate(() => {
      const b = (globalThis as unknown as Record<string, object>).logiDiag!
      return { keys: Object.keys(b).sort(), frozen: Object.isFrozen(b) }
    })
    expect(shape.keys).toEqual([...CALL_NAMES, 'call', 'on'].sort())
    expect(shape.frozen).toBe(true)
  })

  it('refuses unknown calls in the preload and hostile input in main', async () => {
    const results = await page.evaluate(async () => {
      const b = (globalThis as unknown as { logiDiag: { call(n: string, i?: unknown): Promise<unknown> } }).logiDiag
      const out: string[] = []
      for (const [name, input] of [
        ['fs.readFile', '/etc/passwd'],
        ['devices.snapshot', { path: '/etc/shadow' }]
      ] as const) {
        try {
          await b.call(name, input)
          out.push('accepted')
        } catch (e) {
          out.push(String((e as Error).message))
        }
      }
      return out
    })
    expect(results[0]).toMatch(/unknown call: fs\.readFile/)
    expect(results[1]).toMatch(/invalid input for devices\.snapshot/)
  })

  it('core events reach the page: an unplugged camera updates the screen', async () => {
    room.setRoom({ devices: [], systems: [] })
    room.watcher.schedule()
    await page.getByText('CAM1').first().waitFor({ state: 'detached', timeout: 10_000 })
  })
})
