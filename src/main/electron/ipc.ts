// Main-side IPC: one handler per contract call, nothing else. Every message is checked for where
// it came from (our own top-level app:// page) and validated against the contract both ways.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { forwardContractEvents, ipcCallChannel, ipcEventChannel, serveContract } from '../../shared/contract'
import type { Core } from '../core/core'
import { APP_ORIGIN } from './app-protocol'

export interface SenderFrameLike {
  url: string
  parent: unknown
}

/** Only our own bundle, in the top frame, may call the core (VS Code's rule for sub-frames). */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false
  try {
    // URL.origin is "null" for custom schemes, so compare scheme and host explicitly.
    const u = new URL(frame.url)
    return `${u.protocol}//${u.host}` === APP_ORIGIN && u.username === '' && u.password === ''
  } catch {
    return false
  }
}

/** Serves every contract call on its own channel, through the shared adapter (serve-contract.ts). */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Core): () => void {
  return serveContract(core.handlers, (name, serve) => {
    const channel = ipcCallChannel(name)
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame as SenderFrameLike | null)) throw new Error('untrusted sender')
      const outcome = await serve(input)
      // Errors cross IPC as plain messages (the adapter already dropped stacks and objects).
      if (!outcome.ok) throw new Error(outcome.error)
      return outcome.value
    })
    return () => ipcMain.removeHandler(channel)
  })
}

/** Forwards core events to one window's renderer. An event the contract refuses is not sent;
 *  it is reported (by default on the main process's stderr), never dropped without a word. */
export function forwardEvents(
  core: Pick<Core, 'on'>,
  target: Pick<WebContents, 'send' | 'isDestroyed'>,
  onInvalid: (name: string, message: string) => void = (name, message) => console.error(`dropped invalid ${name} event: ${message}`)
): () => void {
  return forwardContractEvents(
    core,
    (name, payload) => {
      if (!target.isDestroyed()) target.send(ipcEventChannel(name), payload)
    },
    onInvalid
  )
}
