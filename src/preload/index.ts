// Sandboxed preload: exposes exactly one method per contract call (plus a dispatcher limited to
// those names) and event subscription for the contract's events. No generic ipcRenderer access.
// The names are not listed here: the build derives them from src/shared/contract/calls.ts.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { BRIDGE_GLOBAL, ipcCallChannel, ipcEventChannel, type ContractNames } from '../shared/contract/channel-names'

declare const __CONTRACT_NAMES__: ContractNames

type Listener = (payload: unknown) => void

const callSet = new Set<string>(__CONTRACT_NAMES__.calls)
const eventSet = new Set<string>(__CONTRACT_NAMES__.events)

const perCall: Record<string, (input?: unknown) => Promise<unknown>> = {}
for (const name of callSet) perCall[name] = (input?: unknown) => ipcRenderer.invoke(ipcCallChannel(name), input)

const bridge = Object.freeze({
  ...perCall,
  call(name: string, input?: unknown): Promise<unknown> {
    if (!callSet.has(name)) return Promise.reject(new Error(`unknown call: ${String(name)}`))
    return perCall[name]!(input)
  },
  on(event: string, listener: Listener): () => void {
    if (!eventSet.has(event) || typeof listener !== 'function') throw new Error(`unknown event: ${String(event)}`)
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(ipcEventChannel(event), wrapped)
    return () => {
      ipcRenderer.removeListener(ipcEventChannel(event), wrapped)
    }
  }
})

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
