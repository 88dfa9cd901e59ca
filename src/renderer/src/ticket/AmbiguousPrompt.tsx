// Sent anonymously and the connection broke after the server may have created the ticket: the
// app cannot look it up, so it asks rather than risk filing it twice.
import { useState, type ReactElement } from 'react'
import { AttentionIcon } from '../icons/icons'

export function AmbiguousPrompt({
  email,
  busy,
  onArrived,
  onResend
}: {
  email: string | null
  busy: boolean
  onArrived(ticketId: number | undefined): void
  onResend(): void
}): ReactElement {
  const [number, setNumber] = useState('')
  const parsed = /^\s*#?(\d{1,12})\s*$/.exec(number)
  const bad = number.trim() !== '' && !parsed
  return (
    <section className="ticket-notice" role="alert" aria-labelledby="ambiguous-title">
      <h3 id="ambiguous-title" className="wizard-step__title">
        <AttentionIcon size={18} /> Did your ticket arrive?
      </h3>
      <p>
        The connection broke after the ticket may already have been created. Before sending it again, check{' '}
        {email ? <strong>{email}</strong> : 'your e-mail'} for a confirmation from Logitech support: sending again when it did arrive files
        the same problem twice.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="ambiguous-number">
          Ticket number from the confirmation <span className="field__optional">(optional)</span>
        </label>
        <input
          id="ambiguous-number"
          className="input"
          inputMode="numeric"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          aria-invalid={bad}
          aria-describedby={bad ? 'ambiguous-number-problem' : undefined}
        />
        {bad ? (
          <p className="field__problem" id="ambiguous-number-problem">
            A ticket number is digits only, e.g. 12345.
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || bad}
          onClick={() => onArrived(parsed ? Number(parsed[1]) : undefined)}
        >
          It arrived
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onResend}>
          It did not arrive: send it again
        </button>
      </div>
    </section>
  )
}
