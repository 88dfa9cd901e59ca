// Who may talk to the loopback server. It binds 127.0.0.1 only, and still checks every request:
// the Host header (DNS-rebinding), the Origin (other local web pages), and a random token that
// only the person who started `serve` has (other local users and processes).
import { timingSafeEqual, randomBytes } from 'node:crypto'

export const TOKEN_COOKIE = 'logi_diag_token'

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

export type GuardResult = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403; reason: string }

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  /** Full request URL path with query. */
  url: string
  authorization: string | undefined
  cookie: string | undefined
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase())
  if (!m) return false
  if (!LOOPBACK_HOSTS.has(m[1]!)) return false
  return m[2] === undefined ? port === 80 : Number(m[2]) === port
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true // same-origin GETs and non-browser clients send none
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && isLoopbackHost(u.host, port)
  } catch {
    return false
  }
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieToken(cookie: string | undefined): string | null {
  if (!cookie) return null
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === TOKEN_COOKIE) return v.join('=')
  }
  return null
}

export function checkRequest(input: GuardInput, port: number, token: string): GuardResult {
  if (!isLoopbackHost(input.host, port)) return { ok: false, status: 403, reason: 'host not allowed' }
  if (!isAllowedOrigin(input.origin, port)) return { ok: false, status: 403, reason: 'origin not allowed' }
  const query = new URL(input.url, 'http://x').searchParams.get('token')
  if (query !== null && tokensEqual(query, token)) return { ok: true, viaQuery: true }
  const bearer = input.authorization?.startsWith('Bearer ') ? input.authorization.slice(7) : null
  if (bearer !== null && tokensEqual(bearer, token)) return { ok: true, viaQuery: false }
  const fromCookie = cookieToken(input.cookie)
  if (fromCookie !== null && tokensEqual(fromCookie, token)) return { ok: true, viaQuery: false }
  return { ok: false, status: 401, reason: 'missing or wrong token' }
}
