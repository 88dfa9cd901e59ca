// A second copy of the app must hand over to the first and quit, before creating anything.
import { describe, expect, it, vi } from 'vitest'

const rec = vi.hoisted(() => ({ quit: 0, windows: 0, handlers: 0 }))

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => false,
    quit: () => rec.quit++,
    on: () => undefined,
    whenReady: () => new Promise(() => undefined)
  },
  BrowserWindow: class {
    constructor() {
      rec.windows++
    }
  },
  crashReporter: { start: () => undefined },
  ipcMain: { handle: () => rec.handlers++, removeHandler: () => undefined },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  session: { defaultSession: {} }
}))

describe('Electron single instance', () => {
  it('quits at once when another instance holds the lock', async () => {
    await import('../../src/main/electron/main')
    expect(rec.quit).toBe(1)
    expect(rec.windows).toBe(0)
    expect(rec.handlers).toBe(0)
  })
})
