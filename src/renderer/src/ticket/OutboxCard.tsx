// Every ticket this computer has sent or is sending, newest first, each with its state in words
// and by icon, and the one action that moves it on: retry a waiting or failed one, answer for an
// anonymous one that may have arrived.
import type { ReactElement } from 'react'
import type { OutboxEntry, TicketProgress } from '../../../shared/contract'
import { AttentionIcon, ErrorIcon, OkIcon, RetryIcon } from '../icons/icons'
import { errorMessage } from '../transport/call-errors'
import { entryDetail, STATE_TEXT, stateTone, ticketNumberText, uploadShare, type StateTone } from './outbox-text'
import type { RetryAction } from './useSubmission'

function ToneIcon({ tone }: { tone: StateTone }): ReactElement {
  switch (tone) {
    case 'done':
      return <OkIcon size={20} />
    case 'failed':
      return <ErrorIcon size={20} />
    case 'attention':
      return <AttentionIcon size={20} />
    case 'busy':
      return <span className="spinner" aria-hidden="true" />
    case 'muted':
      return <span className="outbox__dot" aria-hidden="true" />
  }
}

function when(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
}

export function OutboxCard({
  entries,
  error,
  progress,
  onAct,
  onDecide
}: {
  entries: OutboxEntry[] | null
  error: unknown
  progress: ReadonlyMap<string, TicketProgress>
  onAct(entry: OutboxEntry, action: RetryAction): void
  /** An anonymous ticket that may have arrived: open it in the wizard to ask. */
  onDecide(entry: OutboxEntry): void
}): ReactElement {
  const shown = [...(entries ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className="card outbox" aria-labelledby="outbox-title">
      <h2 className="card__title" id="outbox-title">
        Outbox
      </h2>
      <p className="card__subtitle">Tickets are kept here until they are filed, so none is lost when the network or the app stops.</p>
      {error ? <p className="ticket-error">The outbox could not be read: {errorMessage(error)}</p> : null}
      {entries !== null && shown.length === 0 ? <p className="muted outbox__empty">No tickets sent from this computer yet.</p> : null}
      {shown.length ? (
        <ul className="outbox__list">
          {shown.map((e) => {
            const tone = stateTone(e.state)
            const detail = entryDetail(e)
            const share = e.state === 'uploading' ? uploadShare(progress.get(e.id)) : null
            return (
              <li key={e.id} className={`outbox__item outbox__item--${tone}`} data-entry-id={e.id} data-state={e.state}>
                <span className="outbox__icon">
                  <ToneIcon tone={tone} />
                </span>
                <div className="outbox__text">
                  <p className="outbox__what">{e.subject}</p>
                  <p className="outbox__state">
                    <strong>{e.state === 'filed' ? ticketNumberText(e) : STATE_TEXT[e.state]}</strong>
                    {share !== null ? ` · ${Math.round(share * 100)} %` : ''} · {when(e.createdAt)}
                    {e.attempts > 1 ? ` · ${e.attempts} tries` : ''}
                  </p>
                  {detail ? <p className="outbox__state">{detail}</p> : null}
                </div>
                {e.state === 'waiting' || e.state === 'failed' ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onAct(e, 'retry')}
                    aria-label={`Retry “${e.subject}”`}
                  >
                    <RetryIcon size={14} /> Retry
                  </button>
                ) : e.state === 'needs-decision' ? (
                  <button type="button" className="button button--secondary button--small" onClick={() => onDecide(e)}>
                    Did it arrive?
                  </button>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
