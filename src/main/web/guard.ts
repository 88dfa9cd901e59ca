// Who may talk to the loopback server. It binds 127.0.0.1 only, and still checks every request:
// the Host header (DNS-rebinding) and the Origin (other local web pages). The API also needs a
// random per-run token that only the person who started `serve` has (other local users and
// processes). The token is never put in a cookie: cookies are not isolated by port, so every
// other service on 127.0.0.1 would receive it.
import { timingSafeEqual, randomBytes } from 'node:crypto'
import { WIRE_STATUS } from '../../shared/contract'

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

export type GuardResult = { ok: true } | { ok: false; status: typeof WIRE_STATUS.noToken | typeof WIRE_STATUS.notAllowed; reason: string }

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  /** The request's query parameters (the URL is parsed once, by the caller). */
  query: URLSearchParams
  authorization: string | undefined
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The Host header must name loopback (this defeats DNS rebinding). Its port is not checked:
 *  an SSH tunnel (`ssh -L 9000:127.0.0.1:8765`) legitimately presents another local port. */
export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim().toLowerCase())
  return m !== null && LOOPBACK_HOSTS.has(m[1]!)
}

/** A browser's Origin, when sent, must be this very page: http://<the Host it asked for>. */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true // same-origin GETs and non-browser clients send none
  if (!hostHeader || !isLoopbackHost(hostHeader)) return false
  return origin.toLowerCase() === `http://${hostHeader.trim().toLowerCase()}`
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Every request: loopback Host, own Origin. */
export function checkOrigin(input: Pick<GuardInput, 'host' | 'origin'>): GuardResult {
  if (!isLoopbackHost(input.host)) return { ok: false, status: WIRE_STATUS.notAllowed, reason: 'host not allowed' }
  if (!isAllowedOrigin(input.origin, input.host)) return { ok: false, status: WIRE_STATUS.notAllowed, reason: 'origin not allowed' }
  return { ok: true }
}

/** API requests: the origin checks plus the token, as a Bearer header or (for the event stream,
 *  which cannot set headers) a `token` query parameter. */
export function checkRequest(input: GuardInput, token: string): GuardResult {
  const origin = checkOrigin(input)
  if (!origin.ok) return origin
  const bearer = input.authorization?.startsWith('Bearer ') ? input.authorization.slice(7) : null
  if (bearer !== null && tokensEqual(bearer, token)) return { ok: true }
  const query = input.query.get('token')
  if (query !== null && tokensEqual(query, token)) return { ok: true }
  return { ok: false, status: WIRE_STATUS.noToken, reason: 'missing or wrong token' }
}
