// The loopback web mode's wire format, written once for the server (src/main/web) and the
// browser's transport (src/renderer/src/transport):
//   POST <CALL_PATH><name>   body {"input": …}        → WireReply as JSON, status from CALL_STATUS
//   GET  <EVENTS_PATH>?<TOKEN_QUERY>=…                → text/event-stream, one sseFrame per event
// API requests carry the access token as a Bearer header, or (the event stream, which cannot set
// headers) in the query.
import type { CallFailure } from './serve-contract'

export const API_PREFIX = '/api/'
export const CALL_PATH = '/api/call/'
export const EVENTS_PATH = '/api/events'
export const TOKEN_QUERY = 'token'

export const callPath = (name: string): string => `${CALL_PATH}${encodeURIComponent(name)}`

export interface WireRequest {
  input?: unknown
}
export const wireRequest = (input: unknown): string => JSON.stringify({ input } satisfies WireRequest)

/** Every API answer, success or failure. */
export type WireReply = { ok: true; value: unknown } | { ok: false; error: string }

export function isWireReply(v: unknown): v is WireReply {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return (r.ok === true && 'value' in r) || (r.ok === false && typeof r.error === 'string')
}

/** The HTTP status each way a served call can end. */
export const CALL_STATUS: Readonly<Record<'ok' | CallFailure, number>> = {
  ok: 200,
  'unknown-call': 404,
  'invalid-input': 400,
  'invalid-output': 500,
  failed: 500
}

/** Statuses the server answers before a call is reached (request shape, guard, capacity). */
export const WIRE_STATUS = {
  badRequest: 400,
  noToken: 401,
  notAllowed: 403,
  noSuchEndpoint: 404,
  wrongMethod: 405,
  tooLarge: 413,
  wrongContentType: 415,
  internal: 500,
  busy: 503
} as const

/** The page was refused by the guard (token, Host or Origin), not the call by the core. */
export const isRefusal = (status: number): boolean => status === WIRE_STATUS.noToken || status === WIRE_STATUS.notAllowed

/** One event on the stream, in Server-Sent Events framing (the browser's EventSource parses it). */
export const sseFrame = (name: string, payload: unknown): string => `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
export const sseComment = (text: string): string => `: ${text}\n\n`
