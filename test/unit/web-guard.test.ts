import { describe, expect, it } from 'vitest'
import { checkRequest, isAllowedOrigin, isLoopbackHost, type GuardInput } from '../../src/main/web/guard'

const T = 'secret-token'
const q = (s: string): URLSearchParams => new URLSearchParams(s)
const base: GuardInput = { host: '127.0.0.1:8765', origin: undefined, query: q(`token=${T}`), authorization: undefined }

describe('web guard', () => {
  it.each([
    ['127.0.0.1:8765', true],
    ['localhost:8765', true],
    ['[::1]:8765', true],
    ['LOCALHOST:9000', true],
    ['127.0.0.1', true],
    ['evil.example:8765', false],
    ['127.0.0.1.evil.example:8765', false],
    ['localhost.evil.example', false],
    ['', false],
    [undefined, false],
    ['127.0.0.1:8765\r\nX: y', false],
    ['127.0.0.2:8765', false]
  ])('Host %s → %s', (host, ok) => expect(isLoopbackHost(host as string | undefined)).toBe(ok))

  it.each([
    [undefined, '127.0.0.1:8765', true],
    ['http://127.0.0.1:8765', '127.0.0.1:8765', true],
    ['http://localhost:9000', 'localhost:9000', true], // SSH tunnel on another local port
    ['http://evil.example', '127.0.0.1:8765', false],
    ['https://127.0.0.1:8765', '127.0.0.1:8765', false],
    ['null', '127.0.0.1:8765', false],
    ['http://127.0.0.1:1', '127.0.0.1:8765', false], // another local page
    ['http://evil.example:8765', 'evil.example:8765', false]
  ])('Origin %s with Host %s → %s', (origin, host, ok) => expect(isAllowedOrigin(origin, host)).toBe(ok))

  it('accepts the token by bearer header or query, and nothing else', () => {
    expect(checkRequest(base, T)).toEqual({ ok: true })
    expect(checkRequest({ ...base, query: q(''), authorization: `Bearer ${T}` }, T).ok).toBe(true)
    expect(checkRequest({ ...base, query: q(''), authorization: `Basic ${T}` }, T).ok).toBe(false)
  })

  it.each<[string, Partial<GuardInput>, number]>([
    ['missing token', { query: q('') }, 401],
    ['wrong token', { query: q('token=nope') }, 401],
    ['prefix of the token', { query: q('token=secret') }, 401],
    ['foreign Host', { host: 'attacker.example:8765' }, 403],
    ['foreign Origin', { origin: 'http://attacker.example' }, 403]
  ])('refuses %s', (_n, patch, status) => {
    const r = checkRequest({ ...base, ...patch }, T)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.status).toBe(status)
  })
})
