import { describe, expect, it } from 'vitest'
import { checkRequest, isAllowedOrigin, isLoopbackHost } from '../../src/main/web/guard'

const T = 'secret-token'
const base = { host: '127.0.0.1:8765', origin: undefined, url: '/?token=' + T, authorization: undefined, cookie: undefined }

describe('web guard', () => {
  it.each([
    ['127.0.0.1:8765', true], ['localhost:8765', true], ['[::1]:8765', true], ['LOCALHOST:8765', true],
    ['127.0.0.1:9999', false], ['evil.example:8765', false], ['127.0.0.1.evil.example:8765', false], ['', false], [undefined, false], ['127.0.0.1', false]
  ])('Host %s → %s', (host, ok) => expect(isLoopbackHost(host as string | undefined, 8765)).toBe(ok))

  it.each([
    [undefined, true], ['http://127.0.0.1:8765', true], ['http://localhost:8765', true],
    ['http://evil.example', false], ['https://127.0.0.1:8765', false], ['null', false], ['http://127.0.0.1:1', false]
  ])('Origin %s → %s', (origin, ok) => expect(isAllowedOrigin(origin, 8765)).toBe(ok))

  it('accepts the token by query, bearer header or cookie', () => {
    expect(checkRequest(base, 8765, T)).toEqual({ ok: true, viaQuery: true })
    expect(checkRequest({ ...base, url: '/api/events', authorization: `Bearer ${T}` }, 8765, T).ok).toBe(true)
    expect(checkRequest({ ...base, url: '/', cookie: `a=b; logi_diag_token=${T}` }, 8765, T).ok).toBe(true)
  })

  it.each([
    ['missing token', { url: '/' }, 401],
    ['wrong token', { url: '/?token=nope' }, 401],
    ['prefix of the token', { url: '/?token=secret' }, 401],
    ['foreign Host', { host: 'attacker.example:8765' }, 403],
    ['foreign Origin', { origin: 'http://attacker.example' }, 403]
  ])('refuses %s', (_n, patch, status) => {
    const r = checkRequest({ ...base, ...patch }, 8765, T)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.status).toBe(status)
  })
})
