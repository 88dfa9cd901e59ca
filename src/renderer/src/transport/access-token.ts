// The web mode is opened as /?token=…. The token is kept in this tab's sessionStorage, which is
// scoped to this exact origin (port included) — unlike a cookie, which every other service on
// 127.0.0.1 would also receive — and removed from the address bar, where a screen share or a
// screenshot would show it.
export const TOKEN_KEY = 'logi-diag-token'

export function takeAccessToken(win: Window = window): string | null {
  if (!win.location) return null // not a page (tests, workers)
  const url = new URL(win.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl !== null) {
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromUrl)
    } catch {
      // storage disabled: the token still works for this page load
    }
    url.searchParams.delete('token')
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  try {
    return win.sessionStorage.getItem(TOKEN_KEY)
  } catch {
    return null
  }
}
