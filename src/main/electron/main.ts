// Electron entry. This folder is the only main-side code that imports 'electron'; everything it
// does with devices, health, privacy or tickets goes through the same core as the CLI.
import { app, BrowserWindow, crashReporter, ipcMain, protocol, session } from 'electron'
import { join } from 'node:path'
import { createCore } from '../core/core'
import { APP_ENTRY, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol'
import { forwardEvents, registerIpcHandlers } from './ipc'
import { denyAllPermissions, lockDownContents, windowOptions } from './window'
import { safeStorageTokenStore } from './token-store'
import { appDataDir } from '../app-paths/app-paths'
import { envTokenSource, TOKEN_ENV } from '../tickets/token-source'

// Crash dumps stay on this machine; they only leave inside a bundle the user reviewed.
crashReporter.start({ uploadToServer: false, compress: true })
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // The help-centre token: sealed with the OS keychain; an administrator's environment variable
  // is the fallback for managed rooms.
  const token = safeStorageTokenStore(join(appDataDir(), 'zendesk-token.bin'), undefined, envTokenSource(TOKEN_ENV))
  const core = createCore({ shell: 'electron', tickets: { token } })
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_e, contents) => lockDownContents(contents))

  const createWindow = (): void => {
    const win = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js')))
    mainWindow = win
    const stopForwarding = forwardEvents(core, win.webContents)
    win.once('ready-to-show', () => win.show())
    win.on('closed', () => {
      stopForwarding()
      mainWindow = null
    })
    void win.loadURL(APP_ENTRY)
  }

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    registerAppProtocol(protocol, join(__dirname, '../renderer'))
    registerIpcHandlers(ipcMain, core)
    // The window comes first: the first discovery (with firmware reads) takes a moment, and the
    // UI shows its own progress. A failed start is reported by the calls the UI makes, not lost.
    createWindow()
    core.start().catch((err: unknown) => console.error('core start-up failed:', err))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', () => core.stop())
}
