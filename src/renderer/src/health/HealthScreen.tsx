// Health: what the checks found, most serious first, each with its fix; then the USB picture.
// Follows the room live, like the Room screen.
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react'
import { CoreProblem } from '../ui/CoreProblem'
import { OkIcon } from '../icons/icons'
import { useLinkState } from '../live/useLinkState'
import { RefreshNotice } from '../ui/RefreshNotice'
import type { RoomState } from '../ui/useRoom'
import type { Locate } from '../topology/TopologyBus'
import { TopologyPicture } from '../topology/TopologyPicture'
import type { Transport } from '../transport/transport'
import { FindingCard } from './FindingCard'
import { allNodes, deviceNames, GROUP_TITLE, groupFindings } from '../ui/health-model'
import { HealthSummary } from './HealthSummary'
import { SeverityIcon } from '../ui/SeverityIcon'
import type { Health } from '../ui/useHealth'
import type { AppInfo } from '../../../shared/contract'
import { documentTitle } from '../report/document-title'
import { boxFacts } from '../ui/device-format'
import { reportInput } from '../report/report-input'

export const HEALTH_TITLE = 'Health'

export function HealthScreen({
  health,
  room,
  transport,
  info = null
}: {
  health: Health
  room: RoomState
  transport: Transport
  info?: AppInfo | null
}): ReactElement {
  const { state, retry } = health
  const link = useLinkState(transport)
  const [locate, setLocate] = useState<Locate | null>(null)
  const report = state.phase === 'ready' ? state.value : null
  const snapshot = room.phase === 'ready' ? room.value : null

  const names = useMemo(() => deviceNames(snapshot, report?.topology ?? []), [snapshot, report])
  const facts = useMemo(() => new Map((snapshot?.devices ?? []).map((d) => [d.id, boxFacts(d)])), [snapshot])
  const inPicture = useMemo(() => new Set(allNodes(report?.topology ?? []).flatMap((n) => (n.deviceId ? [n.deviceId] : []))), [report])
  const onLocate = useCallback((deviceId: string) => setLocate((prev) => ({ deviceId, seq: (prev?.seq ?? 0) + 1 })), [])

  useEffect(() => {
    document.title = documentTitle(state)
  }, [state])

  if (state.phase === 'loading') {
    return (
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Checking the room…
      </div>
    )
  }
  if (state.phase === 'error' || !report)
    return (
      <CoreProblem error={state.phase === 'error' ? state.error : null} onRetry={retry} shell={transport.kind} what="The health check" />
    )

  const groups = groupFindings(report.findings)
  return (
    <div className="health">
      <HealthSummary report={report} health={health} input={reportInput(info, room, state)} link={link} />
      {state.refreshError ? <RefreshNotice error={state.refreshError} onRetry={retry} /> : null}
      {groups.length === 0 && report.topology.length === 0 ? null : groups.length === 0 ? (
        <section className="card health-ok" aria-labelledby="health-ok-title">
          <span className="status-mark status-mark--ok health-ok__mark">
            <OkIcon size={24} />
          </span>
          <div>
            <h2 className="card__title" id="health-ok-title">
              Everything checks out
            </h2>
            <p className="card__subtitle">
              Every part is on a fast enough link, nothing is missing, nothing is stuck in update mode, and every firmware version this app
              reads was read.
            </p>
          </div>
        </section>
      ) : (
        groups.map((group) => (
          <section
            key={group.severity}
            className={`finding-group finding-group--${group.severity}`}
            aria-labelledby={`group-${group.severity}`}
          >
            <h2 className="finding-group__title" id={`group-${group.severity}`}>
              <SeverityIcon severity={group.severity} size={18} />
              {GROUP_TITLE[group.severity]}
              <span className="finding-group__count">{group.findings.length}</span>
            </h2>
            <div className="finding-list">
              {group.findings.map((f) => (
                <FindingCard key={f.id} finding={f} names={names} inPicture={inPicture} onLocate={onLocate} />
              ))}
            </div>
          </section>
        ))
      )}
      {report.topology.length ? (
        <TopologyPicture topology={report.topology} findings={report.findings} locate={locate} facts={facts} />
      ) : null}
    </div>
  )
}
