// The end of the road: the ticket number, big, copyable, and what happens next.
import type { ReactElement } from 'react'
import type { OutboxEntry } from '../../../shared/contract'
import { CopyButton } from '../clipboard/CopyButton'
import { OkIcon } from '../icons/icons'
import { ticketNumberText } from './outbox-text'

export function TicketFiled({
  entry,
  expect,
  onNew
}: {
  entry: Extract<OutboxEntry, { state: 'filed' }>
  expect: string | null
  onNew(): void
}): ReactElement {
  const number = ticketNumberText(entry)
  return (
    <section className="ticket-done" role="status" aria-labelledby="ticket-done-title">
      <span className="status-mark status-mark--ok">
        <OkIcon size={22} />
      </span>
      <div className="wizard-step">
        <h3 className="ticket-done__number" id="ticket-done-title">
          {number}
          {entry.ticketId !== null ? <CopyButton value={String(entry.ticketId)} label="Copy the ticket number" /> : null}
        </h3>
        <p>Your ticket and its bundle reached Logitech support. Quote this number when you are contacted.</p>
        {expect ? <p className="muted">{expect}</p> : null}
        {entry.ticketUrl ? (
          <p>
            <a href={entry.ticketUrl} target="_blank" rel="noreferrer">
              Open the ticket
            </a>
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onNew}>
            Start a new ticket
          </button>
        </div>
      </div>
    </section>
  )
}
