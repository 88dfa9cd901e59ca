// The loopback web mode: calls are POSTed, events arrive on one Server-Sent Events stream, in the
// wire format of src/shared/contract/wire.ts. Every API request carries the page's access token:
// as a Bearer header on calls, and in the query of the event stream (EventSource cannot set headers).
import {
  EVENT_NAMES,
  EVENTS_PATH,
  TOKEN_QUERY,
  callPath,
  calls,
  isRefusal,
  isWireReply,
  parseCallOutput,
  parseEvent,
  wireRequest,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
  type Unsubscribe
} from '../../../shared/contract'
import { CoreCallError, CoreRefusedError, CoreUnreachableError } from './call-errors'
import { Listeners, type LinkState, type Transport } from './transport'

export const CALL_TIMEOUT_MS = 15_000
/** For the calls the contract marks `slow` (their work legitimately runs long). */
export const SLOW_CALL_TIMEOUT_MS = 300_000
/** Manual reconnect delays once the browser has given up on the stream (e.g. a 401 or 5xx). */
export const RECONNECT_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const

export interface WebTransportOptions {
  /** Base URL the API lives under; the page's own origin by default. */
  base?: string
  fetch?: typeof fetch
  EventSource?: typeof EventSource
  /** The access token `logi-diag serve` printed (see access-token.ts); null sends none. */
  token?: string | null
}

export function createWebTransport(options: WebTransportOptions = {}): Transport {
  const base = options.base ?? ''
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const ES = options.EventSource ?? globalThis.EventSource
  const token = options.token ?? null
  const authHeaders: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const eventsUrl = `${base}${EVENTS_PATH}${token ? `?${TOKEN_QUERY}=${encodeURIComponent(token)}` : ''}`
  const problems = new Listeners<string>()
  const linkListeners = new Listeners<LinkState>()
  const eventListeners = new Map<EventName, Listeners<unknown>>()
  let source: EventSource | null = null
  let state: LinkState = 'connecting'
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  function setState(next: LinkState): void {
    if (next === state) return
    state = next
    linkListeners.emit(next)
  }

  function dispatch(name: EventName, data: string): void {
    let payload: unknown
    try {
      payload = parseEvent(name, JSON.parse(data) as unknown)
    } catch (err) {
      problems.emit(err instanceof SyntaxError ? `event ${name} was not valid JSON` : err instanceof Error ? err.message : String(err))
      return
    }
    eventListeners.get(name)?.emit(payload)
  }

  function connect(): void {
    retryTimer = null
    const es = new ES(eventsUrl)
    source = es
    es.onopen = () => {
      attempt = 0
      setState('live')
    }
    es.onerror = () => {
      if (source !== es) return
      setState('reconnecting')
      // CONNECTING: the browser retries on its own. CLOSED: it gave up (non-200 answer), so we retry.
      if (es.readyState === ES.CLOSED) {
        es.close()
        source = null
        const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]
        attempt++
        retryTimer = setTimeout(connect, delay)
      }
    }
    for (const name of EVENT_NAMES) {
      es.addEventListener(name, (e) => dispatch(name, (e as MessageEvent<string>).data))
    }
  }

  function ensureConnected(): void {
    if (!source && !retryTimer) connect()
  }

  return {
    kind: 'web',
    get linkState() {
      return state
    },

    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
      const limit = calls[name].slow ? SLOW_CALL_TIMEOUT_MS : CALL_TIMEOUT_MS
      let res: Response
      try {
        res = await doFetch(`${base}${callPath(name)}`, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json', ...authHeaders },
          body: wireRequest(input),
          signal: AbortSignal.timeout(limit)
        })
      } catch (err) {
        const timedOut = err instanceof DOMException && err.name === 'TimeoutError'
        throw new CoreUnreachableError(
          timedOut ? `no answer to "${name}" within ${limit / 1000} s` : err instanceof Error ? err.message : String(err)
        )
      }
      let body: unknown
      try {
        body = await res.json()
      } catch {
        // A proxy or a dead SSH tunnel answers with its own page, not with the contract.
        if (res.status >= 500) throw new CoreUnreachableError(`HTTP ${res.status} ${res.statusText}`.trim())
        throw new CoreCallError(name, `HTTP ${res.status}: the answer was not JSON`)
      }
      if (!isWireReply(body)) throw new CoreCallError(name, `HTTP ${res.status}: the answer did not have the {ok, value|error} shape`)
      if (!body.ok) {
        if (isRefusal(res.status)) throw new CoreRefusedError(res.status, body.error)
        throw new CoreCallError(name, body.error)
      }
      return parseCallOutput(name, body.value) as CallOutput<N>
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
      let set = eventListeners.get(event)
      if (!set) {
        set = new Listeners<unknown>()
        eventListeners.set(event, set)
      }
      const off = set.add(listener as (payload: unknown) => void)
      ensureConnected()
      return off
    },

    onLinkState(listener) {
      const off = linkListeners.add(listener)
      ensureConnected()
      return off
    },

    onProblem(listener) {
      return problems.add(listener)
    }
  }
}
