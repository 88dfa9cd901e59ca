// Who is serving us and how (Electron or web mode, platform, remote viewers). The viewer count
// changes without an event, so it is re-read now and then and whenever the link comes back.
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/contract'
import type { Transport } from '../transport/transport'

export const APP_INFO_REFRESH_MS = 10_000

export function useAppInfo(transport: Transport): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let alive = true
    // Calls can overlap (a timer tick and a reconnect); only the newest answer may land.
    let latest = 0
    const load = (): void => {
      const seq = ++latest
      transport.call('app.info', undefined).then(
        (next) => {
          if (alive && seq === latest) setInfo(next)
        },
        () => {
          // The room screen reports an unreachable core; the banner just keeps its last state.
        }
      )
    }
    load()
    const timer = setInterval(load, APP_INFO_REFRESH_MS)
    const off = transport.onLinkState((s) => {
      if (s === 'live') load()
    })
    return () => {
      alive = false
      clearInterval(timer)
      off()
    }
  }, [transport])
  return info
}
