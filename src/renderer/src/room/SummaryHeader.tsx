// The answer before the detail: what is in the room and whether anything needs doing, with the
// one action a person in a hurry wants next — copy it into the chat with support.
import type { ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { SummaryActions } from '../app/SummaryActions'
import { UsbIcon } from '../icons/icons'
import type { LinkState } from '../transport/transport'
import { findingsLine, headline, type RoomView } from './room-model'
import { StatusIcon } from './StatusIcon'
import { roomSummaryText } from './summary-text'
import { HealthLine } from '../health/HealthLine'
import type { HealthState } from '../health/useHealth'

function overall(view: RoomView): 'ok' | 'attention' | 'missing' | 'empty' {
  if (view.empty) return 'empty'
  if (view.missing || view.unplugged.length) return 'missing'
  if (view.problems) return 'attention'
  return 'ok'
}

export function SummaryHeader({ view, info, link, health }: { view: RoomView; info: AppInfo | null; link: LinkState; health: HealthState }): ReactElement {
  const summary = roomSummaryText(view, info)
  const status = overall(view)
  return (
    <section className={`summary summary--${status}`} aria-labelledby="room-headline">
      <span className={`summary__mark status-mark status-mark--${status}`}>
        {status === 'empty' ? <UsbIcon size={28} /> : <StatusIcon status={status} size={28} />}
      </span>
      <div className="summary__text">
        <h1 id="room-headline" className="summary__headline">
          {headline(view)}
        </h1>
        <p className="summary__findings">{findingsLine(view)}</p>
        {view.empty ? null : <HealthLine health={health} />}
      </div>
      <SummaryActions link={link} copy={{ value: summary, text: 'Copy summary', label: 'Copy a plain-text summary of this room', dialogLabel: 'Room summary to copy', rows: 8 }} />
    </section>
  )
}
