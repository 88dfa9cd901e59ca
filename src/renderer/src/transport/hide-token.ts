// The web mode is opened as /?token=…; the server has already traded it for an HttpOnly cookie
// by the time this script runs, so the address bar no longer needs it — and a screen share or a
// screenshot of the window should not show it.
export function hideTokenFromAddressBar(win: Window = window): void {
  const url = new URL(win.location.href)
  if (!url.searchParams.has('token')) return
  url.searchParams.delete('token')
  win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash)
}
