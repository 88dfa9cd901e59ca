// Main-side IPC: one handler per contract call, nothing else. Every message is checked for where
// it came from (our own top-level app:// page) and validated against the contract both ways.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import {
  CALL_NAMES,
  EVENT_NAMES,
  ContractError,
  ipcCallChannel,
  ipcEventChannel,
  parseCallInput,
  parseCallOutput,
  parseEvent,
  type EventName
} from '../../shared/contract'
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

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Core): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcCallChannel(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame as SenderFrameLike | null)) throw new Error('untrusted sender')
      const call = parseCallInput(name, input)
      const handler = core.handlers[call.name] as (i: unknown) => Promise<unknown>
      try {
        return parseCallOutput(call.name, await handler(call.input))
      } catch (err) {
        // Errors cross IPC as plain messages; never leak stacks or objects into the renderer.
        throw new Error(err instanceof ContractError || err instanceof Error ? err.message : String(err))
      }
    })
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(ipcCallChannel(name))
  }
}

/** Forwards core events to one window's renderer. */
export function forwardEvents(core: Core, target: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  const offs = EVENT_NAMES.map((name) =>
    core.on(name as EventName, (payload) => {
      if (target.isDestroyed()) return
      target.send(ipcEventChannel(name), parseEvent(name as EventName, payload))
    })
  )
  return () => offs.forEach((off) => off())
}
