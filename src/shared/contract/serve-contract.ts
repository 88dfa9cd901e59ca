// One adapter that serves the contract for any shell, as VS Code's ProxyChannel does: a shell
// (Electron IPC, the loopback web server) only says how it registers a handler and how it sends
// an event. Validating the request, calling the core, validating its reply and turning errors
// into plain messages happen here, once, so the shells cannot drift apart.
import { CALL_NAMES, EVENT_NAMES, type CallName, type CoreApi, type CoreClient, type EventName } from './calls'
import { ContractError, parseCallInput, parseCallOutput, parseEvent, unknownCall } from './validate'

/** How a served call can fail; each shell maps these onto its own wire (see wire.ts for HTTP). */
export type CallFailure = 'unknown-call' | 'invalid-input' | 'invalid-output' | 'failed'
export type CallOutcome = { ok: true; value: unknown } | { ok: false; failure: CallFailure; error: string }

/** What serves the contract: the core (src/main/core), or any stand-in with the same shape. */
export interface ContractProvider {
  readonly handlers: CoreApi
  on: CoreClient['on']
}

/** One declared call, ready to serve: never throws, always answers an outcome. */
export type ServeCall = (input: unknown) => Promise<CallOutcome>

function failed(err: unknown): CallOutcome {
  // Only the message crosses to the UI: never a stack, never the error object itself.
  if (err instanceof ContractError && err.kind !== 'invalid-event') return { ok: false, failure: err.kind, error: err.message }
  return { ok: false, failure: 'failed', error: err instanceof Error ? err.message : String(err) }
}

/** Validate → call → validate for one call by (untrusted) name. */
export async function serveCall(handlers: CoreApi, name: unknown, input: unknown): Promise<CallOutcome> {
  try {
    const call = parseCallInput(name, input)
    const handler = handlers[call.name] as (input: unknown) => Promise<unknown>
    return { ok: true, value: parseCallOutput(call.name, await handler(call.input)) }
  } catch (err) {
    return failed(err)
  }
}

/** The answer for a name a shell has no handler for. */
export const notServed = (name: unknown): CallOutcome => failed(unknownCall(name))

/** Registers every declared call with a shell; answers the function that removes them all. */
export function serveContract(handlers: CoreApi, register: (name: CallName, serve: ServeCall) => () => void): () => void {
  const removals = CALL_NAMES.map((name) => register(name, (input) => serveCall(handlers, name, input)))
  return () => removals.forEach((remove) => remove())
}

/** Sends every declared event, validated, through a shell. An event the contract does not allow
 *  is not sent; `onInvalid` hears why. */
export function forwardContractEvents(
  provider: Pick<ContractProvider, 'on'>,
  send: (name: EventName, payload: unknown) => void,
  onInvalid: (name: EventName, message: string) => void = () => {}
): () => void {
  const offs = EVENT_NAMES.map((name) =>
    provider.on(name, (payload: unknown) => {
      let checked: unknown
      try {
        checked = parseEvent(name, payload)
      } catch (err) {
        onInvalid(name, err instanceof Error ? err.message : String(err))
        return
      }
      send(name, checked)
    })
  )
  return () => offs.forEach((off) => off())
}
