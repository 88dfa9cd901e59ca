import type { ReactElement } from 'react'
import { Toasts } from '../live/Toasts'
import { useAnnouncements } from '../live/useAnnouncements'
import { RoomScreen } from '../room/RoomScreen'
import type { Transport } from '../transport/transport'
import { ContractProblems } from './ContractProblems'
import { RemoteBanner } from './RemoteBanner'
import { TopNav } from './TopNav'
import { useAppInfo } from './useAppInfo'

export function App({ transport }: { transport: Transport }): ReactElement {
  const info = useAppInfo(transport)
  const announcements = useAnnouncements(transport)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the room
      </a>
      <RemoteBanner info={info} />
      <TopNav />
      <main id="main" className="page" tabIndex={-1}>
        <ContractProblems transport={transport} />
        <RoomScreen transport={transport} info={info} />
      </main>
      <footer className="footer">
        {info ? (
          <span>
            {info.name} {info.version} · {info.platform} · {info.shell === 'web' ? 'web mode' : 'desktop app'}
          </span>
        ) : null}
      </footer>
      <Toasts items={announcements.items} dismiss={announcements.dismiss} />
    </div>
  )
}
