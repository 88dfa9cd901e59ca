// The Electron shell with a recording fake of 'electron' (its binary cannot run here): asserts the
// security settings, the IPC surface and the app:// protocol of the real src/main/electron code.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CALL_NAMES, ipcCallChannel } from '../../src/shared/contract'

const rec = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  const appListeners = new Map<string, (...a: unknown[]) => void>()
  const contentsListeners = new Map<string, (...a: unknown[]) => void>()
  const state = {
    handlers,
    appListeners,
    contentsListeners,
    windowOptions: [] as unknown[],
    loadedUrls: [] as string[],
    crash: [] as unknown[],
    schemes: [] as unknown[],
    protocolHandler: null as null | ((req: { url: string }) => Promise<Response>),
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    devicePermission: null as null | (() => boolean),
    windowOpen: null as null | (() => unknown),
    singleInstance: true,
    quit: 0
  }
  return state
})

// The real core, with its stop() counted, so quitting can be checked to stop it, and kept, so the
// file waits for the modules it loads on use (the ticket outbox resume at start) before it ends.
const coreStops = vi.hoisted(() => ({ count: 0, settled: [] as Array<() => Promise<void>> }))
vi.mock('../../src/main/core/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/core/core')>()
  return {
    ...real,
    createCore: (options: Parameters<typeof real.createCore>[0]) => {
      const core = real.createCore(options)
      coreStops.settled.push(() => core.settled())
      return {
        ...core,
        stop: () => {
          coreStops.count++
          core.stop()
        }
      }
    }
  }
})

vi.mock('electron', () => {
  const webContents = {
    on: (name: string, fn: (...a: unknown[]) => void) => rec.contentsListeners.set(name, fn),
    setWindowOpenHandler: (fn: () => unknown) => (rec.windowOpen = fn),
    send: vi.fn(),
    isDestroyed: () => false
  }
  class BrowserWindow {
    webContents = webContents
    constructor(options: unknown) {
      rec.windowOptions.push(options)
    }
    static getAllWindows = (): unknown[] => []
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      rec.loadedUrls.push(url)
      return Promise.resolve()
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => rec.singleInstance,
      quit: () => rec.quit++,
      on: (name: string, fn: (...a: unknown[]) => void) => rec.appListeners.set(name, fn),
      whenReady: () => Promise.resolve()
    },
    BrowserWindow,
    crashReporter: { start: (o: unknown) => rec.crash.push(o) },
    ipcMain: {
      handle: (ch: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => rec.handlers.set(ch, fn),
      removeHandler: (ch: string) => rec.handlers.delete(ch)
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => rec.schemes.push(s),
      handle: (_scheme: string, fn: (req: { url: string }) => Promise<Response>) => (rec.protocolHandler = fn)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof rec.permissionRequest) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof rec.permissionCheck) => (rec.permissionCheck = fn),
        setDevicePermissionHandler: (fn: typeof rec.devicePermission) => (rec.devicePermission = fn)
      }
    }
  }
})

afterAll(async () => {
  for (const settled of coreStops.settled) await settled()
})

const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } }

beforeAll(async () => {
  await import('../../src/main/electron/main')
  await vi.waitFor(() => expect(rec.loadedUrls).toHaveLength(1))
})

describe('Electron shell', () => {
  it('keeps crash reports on the machine and registers app:// as a secure standard scheme', () => {
    expect(rec.crash).toEqual([expect.objectContaining({ uploadToServer: false })])
    expect(JSON.stringify(rec.schemes)).toContain('"scheme":"app"')
    expect(rec.loadedUrls).toEqual(['app://bundle/index.html'])
  })

  it('creates the window sandboxed, isolated and without Node', () => {
    const prefs = (rec.windowOptions[0] as { webPreferences: Record<string, unknown> }).webPreferences
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/)
  })

  it('denies permissions, new windows and foreign navigation', () => {
    const cb = vi.fn()
    rec.permissionRequest!(null, 'media', cb)
    expect(cb).toHaveBeenCalledWith(false)
    expect(rec.permissionCheck!()).toBe(false)
    expect(rec.devicePermission!()).toBe(false)
    const created = rec.appListeners.get('web-contents-created')!
    created(
      {},
      {
        on: (n: string, fn: (...a: unknown[]) => void) => rec.contentsListeners.set(n, fn),
        setWindowOpenHandler: (fn: () => unknown) => (rec.windowOpen = fn)
      }
    )
    expect(rec.windowOpen!()).toEqual({ action: 'deny' })
    const prevent = vi.fn()
    rec.contentsListeners.get('will-navigate')!({ preventDefault: prevent }, 'https://evil.example/')
    expect(prevent).toHaveBeenCalledTimes(1)
    rec.contentsListeners.get('will-navigate')!({ preventDefault: prevent }, 'app://bundle/index.html')
    expect(prevent).toHaveBeenCalledTimes(1)
  })

  it('exposes exactly one IPC handler per contract call', () => {
    expect([...rec.handlers.keys()].sort()).toEqual(CALL_NAMES.map(ipcCallChannel).sort())
  })

  it('answers a trusted call with contract-valid output', async () => {
    const info = (await rec.handlers.get(ipcCallChannel('app.info'))!(trusted, undefined)) as { shell: string }
    expect(info.shell).toBe('electron')
  })

  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame of our own page', { senderFrame: { url: 'app://bundle/index.html', parent: {} } }],
    ['a missing frame', { senderFrame: null }],
    ['a file:// page', { senderFrame: { url: 'file:///etc/passwd', parent: null } }]
  ])('refuses calls from %s', async (_n, event) => {
    await expect(rec.handlers.get(ipcCallChannel('devices.snapshot'))!(event, undefined)).rejects.toThrow(/untrusted sender/)
  })

  it('refuses hostile payloads before the core sees them', async () => {
    await expect(rec.handlers.get(ipcCallChannel('devices.snapshot'))!(trusted, { path: '/etc/shadow' })).rejects.toThrow(/invalid input/)
  })

  it('serves the renderer over app:// with the CSP header and refuses escapes', async () => {
    const traversal = await rec.protocolHandler!({ url: 'app://bundle/%2e%2e/%2e%2e/package.json' })
    expect(traversal.status).toBe(404)
    const otherHost = await rec.protocolHandler!({ url: 'app://evil/index.html' })
    expect(otherHost.status).toBe(404)
  })

  it('stops the core on quit', () => {
    expect(coreStops.count).toBe(0)
    rec.appListeners.get('before-quit')!()
    expect(coreStops.count).toBe(1)
  })
})
