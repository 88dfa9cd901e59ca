import { useEffect, useRef, type MouseEvent, type ReactElement } from 'react'
import { CollectScreen } from '../collect/CollectScreen'
import { useBundle } from '../collect/useBundle'
import { HealthScreen } from '../health/HealthScreen'
import { useHealth } from '../ui/useHealth'
import { Toasts } from '../live/Toasts'
import { useAnnouncements } from '../live/useAnnouncements'
import { ReviewScreen } from '../review/ReviewScreen'
import { RoomScreen } from '../room/RoomScreen'
import { TicketScreen } from '../ticket/TicketScreen'
import { useRoom } from '../ui/useRoom'
import type { Transport } from '../transport/transport'
import { ContractProblems } from './ContractProblems'
import { RemoteBanner } from './RemoteBanner'
import { TopNav } from './TopNav'
import { useAppInfo } from './useAppInfo'
import { useSection } from './useSection'

export function App({ transport }: { transport: Transport }): ReactElement {
  const info = useAppInfo(transport)
  const announcements = useAnnouncements(transport)
  // Both screens follow the room; keeping the data here means switching sections shows the
  // current state at once instead of loading again.
  const room = useRoom(transport)
  const health = useHealth(transport)
  // The bundle being built outlives a switch between Collect and Review.
  const bundle = useBundle(transport)
  const section = useSection()
  const main = useRef<HTMLElement>(null)
  const shown = useRef(section)

  // After a switch (not on the first load), move focus to the new content so keyboard and
  // screen-reader users land where the page changed.
  useEffect(() => {
    if (shown.current === section) return
    shown.current = section
    main.current?.focus()
    window.scrollTo(0, 0)
  }, [section])

  // The skip link moves focus without touching the address bar, whose hash names the section.
  const skip = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault()
    main.current?.focus()
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skip}>
        {section === 'health'
          ? 'Skip to the findings'
          : section === 'ticket'
            ? 'Skip to the ticket form'
            : section === 'collect' || section === 'review'
              ? 'Skip to the content'
              : 'Skip to the room'}
      </a>
      <RemoteBanner info={info} />
      <TopNav section={section} health={health.state} />
      <main id="main" className="page" tabIndex={-1} ref={main}>
        <ContractProblems transport={transport} />
        {section === 'health' ? (
          <HealthScreen health={health} room={room.state} transport={transport} info={info} />
        ) : section === 'ticket' ? (
          <TicketScreen transport={transport} />
        ) : section === 'collect' ? (
          <CollectScreen bundle={bundle} transport={transport} info={info} />
        ) : section === 'review' ? (
          <ReviewScreen bundle={bundle} transport={transport} info={info} />
        ) : (
          <RoomScreen room={room} health={health} transport={transport} info={info} />
        )}
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
