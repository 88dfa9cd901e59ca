// Says whether the screen is following the room live, or has lost the event stream for a moment.
import type { ReactElement } from 'react'
import type { LinkState } from '../transport/transport'

const TEXT: Record<LinkState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…'
}

const TITLE: Record<LinkState, string> = {
  connecting: 'Connecting to live updates',
  live: 'Plugging or unplugging a device updates this screen by itself',
  reconnecting: 'Live updates are paused; the app is reconnecting'
}

export function LiveIndicator({ state }: { state: LinkState }): ReactElement {
  return (
    <span className={`live live--${state}`} title={TITLE[state]} role="status">
      <span className="live__dot" aria-hidden="true" />
      {TEXT[state]}
    </span>
  )
}
