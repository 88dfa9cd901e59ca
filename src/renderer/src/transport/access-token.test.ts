import { describe, expect, it } from 'vitest'
import { takeAccessToken, TOKEN_KEY } from './access-token'

function fakeWindow(href: string, stored: string | null = null) {
  const store = new Map<string, string>(stored ? [[TOKEN_KEY, stored]] : [])
  const replaced: string[] = []
  const win = {
    location: { href },
    sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) }
  } as unknown as Window
  return { win, store, replaced }
}

describe('takeAccessToken', () => {
  it('takes the token from the address, keeps it for this tab, and removes it from the address bar', () => {
    const f = fakeWindow('http://127.0.0.1:8765/?token=abc&x=1#/health')
    expect(takeAccessToken(f.win)).toBe('abc')
    expect(f.store.get(TOKEN_KEY)).toBe('abc')
    expect(f.replaced).toEqual(['/?x=1#/health'])
  })
  it('after a reload, uses the token kept for this tab', () => {
    const f = fakeWindow('http://127.0.0.1:8765/#/room', 'kept')
    expect(takeAccessToken(f.win)).toBe('kept')
    expect(f.replaced).toEqual([])
  })
  it('no token anywhere: null (the server will refuse and the page says how to get one)', () => {
    expect(takeAccessToken(fakeWindow('http://127.0.0.1:8765/').win)).toBeNull()
  })
})
