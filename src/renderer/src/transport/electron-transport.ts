// The Electron shell: the preload's `window.logiDiag` bridge. IPC is in-process and always up,
// so the link is live from the start; everything that comes back is still parsed against the
// contract, because the renderer trusts nothing it did not validate.
import {
  parseCallOutput,
  parseEvent,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
  type Unsubscribe
} from '../../../shared/contract'
import type { PreloadBridge } from './bridge-global'
import { CoreCallError } from './call-errors'
import { Listeners, type LinkState, type Transport } from './transport'

export function createElectronTransport(bridge: PreloadBridge): Transport {
  const problems = new Listeners<string>()

  return {
    kind: 'electron',
    linkState: 'live',

    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
      let raw: unknown
      try {
        raw = await bridge.call(name, input)
      } catch (err) {
        // ipcRenderer.invoke wraps the main-side error: "Error invoking remote method '…': Error: …"
        const text = err instanceof Error ? err.message : String(err)
        throw new CoreCallError(name, text.replace(/^Error invoking remote method '[^']*': (Error: )?/, ''))
      }
      return parseCallOutput(name, raw) as CallOutput<N>
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
      return bridge.on(event, (raw) => {
        let payload: EventPayload<E>
        try {
          payload = parseEvent(event, raw) as EventPayload<E>
        } catch (err) {
          problems.emit(err instanceof Error ? err.message : String(err))
          return
        }
        listener(payload)
      })
    },

    onLinkState(_listener: (state: LinkState) => void): Unsubscribe {
      return () => {}
    },

    onProblem(listener) {
      return problems.add(listener)
    }
  }
}
