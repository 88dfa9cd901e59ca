// Anyone looking at this screen should know when the room is also being looked at from elsewhere.
import type { ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { RemoteIcon } from '../icons/icons'

export function showsRemoteBanner(info: AppInfo | null): info is AppInfo {
  return info !== null && (info.shell === 'web' || info.remoteClients > 0)
}

export function RemoteBanner({ info }: { info: AppInfo | null }): ReactElement | null {
  if (!showsRemoteBanner(info)) return null
  const n = info.remoteClients
  const viewers = n > 0 ? `${n} ${n === 1 ? 'viewer' : 'viewers'} connected` : null
  return (
    <aside className="remote-banner" aria-label="Remote session">
      <RemoteIcon size={18} />
      <p className="remote-banner__text">
        <strong>Remote session:</strong> this room's diagnostics are being viewed through the web mode
      </p>
      {viewers ? <span className="remote-banner__count">{viewers}</span> : null}
    </aside>
  )
}
