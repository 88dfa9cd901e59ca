// Room (home): the answer line, one card per system, then any other Logitech devices — or, with
// nothing connected, what to connect. Follows the room live.
import { useEffect, useMemo, type ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { CoreProblem } from '../ui/CoreProblem'
import { useLinkState } from '../live/useLinkState'
import type { Transport } from '../transport/transport'
import { EmptyState } from './EmptyState'
import { OtherDevices } from './OtherDevices'
import { RefreshNotice } from '../ui/RefreshNotice'
import { roomView } from './room-model'
import { SummaryHeader } from './SummaryHeader'
import { SystemCard } from './SystemCard'
import type { Room } from '../ui/useRoom'
import type { Health } from '../ui/useHealth'
import { documentTitle } from '../report/document-title'
import { errorsByDevice } from '../ui/health-model'

export { APP_TITLE } from '../report/document-title'

export function RoomScreen({
  room,
  health,
  transport,
  info
}: {
  room: Room
  health: Health
  transport: Transport
  info: AppInfo | null
}): ReactElement {
  const { state, arrived, retry } = room
  const link = useLinkState(transport)
  const findings = health.state.phase === 'ready' ? health.state.value.findings : null
  const view = useMemo(() => (state.phase === 'ready' ? roomView(state.value, findings) : null), [state, findings])
  const healthErrors = useMemo(() => errorsByDevice(findings ?? []), [findings])

  useEffect(() => {
    document.title = documentTitle(health.state)
  }, [health.state])

  if (state.phase === 'loading') {
    return (
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Looking for room devices…
      </div>
    )
  }
  if (state.phase === 'error') return <CoreProblem error={state.error} onRetry={retry} shell={transport.kind} />
  if (!view) return <></>

  return (
    <div className="room">
      <SummaryHeader view={view} info={info} link={link} health={health} room={state} />
      {state.refreshError ? <RefreshNotice error={state.refreshError} onRetry={retry} /> : null}
      {view.empty ? <EmptyState udevCommand={info?.udevInstallCommand ?? null} /> : null}
      {view.systems.map((s) => (
        <SystemCard key={s.id} system={s} arrived={arrived} findings={findings} healthErrors={healthErrors} />
      ))}
      {view.others.length ? <OtherDevices devices={view.others} arrived={arrived} findings={findings} healthErrors={healthErrors} /> : null}
    </div>
  )
}
