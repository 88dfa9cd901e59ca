// The answer before the detail: what is in the room and how it is, with the actions a person in a
// hurry wants next — re-check, copy the report into the chat with support, or save it. The
// status comes only from the health findings, the same verdict the Health screen shows.
import type { ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { roomReportText } from '../../../shared/report/room-report'
import type { Verdict } from '../../../shared/wording'
import { SummaryActions } from '../ui/SummaryActions'
import { UsbIcon } from '../icons/icons'
import type { LinkState } from '../transport/transport'
import { findingsLine, headline, type RoomView } from './room-model'
import { StatusIcon } from '../ui/StatusIcon'
import { HealthLine } from '../ui/HealthLine'
import type { Health } from '../ui/useHealth'
import { ReportActions } from '../report/ReportActions'
import { reportInput } from '../report/report-input'
import type { RoomState } from '../ui/useRoom'

/** The verdict's look: red for an error finding, amber for a warning, neutral while unchecked. */
export const VERDICT_STATUS: Record<Verdict, 'ok' | 'attention' | 'missing'> = { error: 'missing', warning: 'attention', ok: 'ok' }

export function SummaryHeader({
  view,
  info,
  link,
  health,
  room
}: {
  view: RoomView
  info: AppInfo | null
  link: LinkState
  health: Health
  room: RoomState
}): ReactElement {
  const input = reportInput(info, room, health.state)
  const status = view.empty ? 'empty' : view.verdict ? VERDICT_STATUS[view.verdict] : 'pending'
  return (
    <section className={`summary summary--${status}`} aria-labelledby="room-headline" data-verdict={view.verdict ?? 'unchecked'}>
      <span className={`summary__mark status-mark status-mark--${status === 'pending' ? 'empty' : status}`}>
        {status === 'empty' || status === 'pending' ? <UsbIcon size={28} /> : <StatusIcon status={status} size={28} />}
      </span>
      <div className="summary__text">
        <h1 id="room-headline" className="summary__headline">
          {headline(view)}
        </h1>
        <p className="summary__findings">{findingsLine(view)}</p>
        {view.empty ? null : <HealthLine health={health.state} />}
      </div>
      <SummaryActions
        link={link}
        copy={{
          value: input ? roomReportText(input) : '',
          text: 'Copy report',
          label: 'Copy the room report (parts, findings, host and app version) as plain text',
          dialogLabel: 'Room report to copy',
          rows: 12,
          disabled: view.empty
        }}
      >
        <ReportActions health={health} input={input} />
      </SummaryActions>
    </section>
  )
}
