// Room (home): the answer line, one card per system, then any other Logitech devices — or, with
// nothing connected, what to connect. Follows the room live.
import { useEffect, useMemo, type ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { CoreProblem } from '../app/CoreProblem'
import { useLinkState } from '../live/useLinkState'
import type { Transport } from '../transport/transport'
import { EmptyState } from './EmptyState'
import { OtherDevices } from './OtherDevices'
import { RefreshNotice } from './RefreshNotice'
import { headline, roomView } from './room-model'
import { SummaryHeader } from './SummaryHeader'
import { SystemCard } from './SystemCard'
import type { Room } from './useRoom'
import type { HealthState } from '../health/useHealth'
import { errorsByDevice } from '../health/health-model'

export const APP_TITLE = 'Logi Room Diagnostics'

export function RoomScreen({ room, health, transport, info }: { room: Room; health: HealthState; transport: Transport; info: AppInfo | null }): ReactElement {
  const { state, arrived, retry } = room
  const link = useLinkState(transport)
  const view = useMemo(() => (state.phase === 'ready' ? roomView(state.snapshot) : null), [state])
  const healthErrors = useMemo(() => errorsByDevice(health.phase === 'ready' ? health.report.findings : []), [health])

  useEffect(() => {
    document.title = view ? `${headline(view)} · ${APP_TITLE}` : APP_TITLE
  }, [view])

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
      <SummaryHeader view={view} info={info} link={link} health={health} />
      {state.refreshError ? <RefreshNotice error={state.refreshError} onRetry={retry} /> : null}
      {view.empty ? <EmptyState udevCommand={info?.udevInstallCommand ?? null} /> : null}
      {view.systems.map((s) => (
        <SystemCard key={s.id} system={s} arrived={arrived} healthErrors={healthErrors} />
      ))}
      {view.others.length ? <OtherDevices devices={view.others} arrived={arrived} healthErrors={healthErrors} /> : null}
    </div>
  )
}
