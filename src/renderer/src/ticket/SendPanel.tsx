// The last step's action and everything that follows it: send (or, where Logitech does not take
// the ticket from here, save the package), the upload's progress, the ticket number, and what to
// do when it did not go through — fix the fields the server refused, wait for the retry, or say
// whether an anonymous ticket arrived before it is sent again.
import type { ReactElement } from 'react'
import type { RouteDecision, TicketForm } from '../../../shared/contract'
import { sectionHref } from '../ui/sections'
import { RetryIcon } from '../icons/icons'
import { errorDetail, errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'
import { AmbiguousPrompt } from './AmbiguousPrompt'
import { ExportPanel } from './ExportPanel'
import { entryDetail, STATE_TEXT, uploadShare } from './outbox-text'
import { sizeText } from './size-text'
import { TicketFiled } from './TicketFiled'
import type { Submission } from './useSubmission'

export interface SendPanelProps {
  transport: Transport
  decision: RouteDecision | null
  form: TicketForm
  bundlePath: string
  submission: Submission
  /** Whether anything still stops a send (missing or refused fields, no bundle). */
  blocked: boolean
  /** Called instead of sending when something is still needed: flags it and moves to it. */
  onBlocked(): void
}

function Progress({ submission }: { submission: Submission }): ReactElement {
  const state = submission.entry?.state ?? submission.progress?.state ?? 'queued'
  const share = uploadShare(submission.progress ?? undefined)
  const total = submission.progress?.totalBytes
  return (
    <div className="progress" role="status" aria-live="polite">
      <p>
        <strong>{STATE_TEXT[state]}</strong>
        {share !== null && total ? ` · ${Math.round(share * 100)} % of ${sizeText(total)}` : ''}
      </p>
      <progress className="progress__bar" max={1} value={share ?? undefined} aria-label="Sending the ticket" />
    </div>
  )
}

export function SendPanel({ transport, decision, form, bundlePath, submission, blocked, onBlocked }: SendPanelProps): ReactElement {
  const entry = submission.entry
  const send = (): void => {
    if (blocked) onBlocked()
    else if (entry && (entry.state === 'failed' || entry.state === 'waiting')) submission.act('retry', { form })
    else submission.submit(form, bundlePath)
  }

  if (entry?.state === 'filed') return <TicketFiled entry={entry} expect={decision?.expect.text ?? null} onNew={submission.reset} />

  const exportLead =
    decision?.action === 'export'
      ? 'Save it and hand it to the person who files it, or upload it yourself on the support site.'
      : 'No network here, or you prefer to upload it yourself? Save everything the ticket would carry.'
  // R0 (not enough to choose a route yet) keeps the button, so pressing it shows what is missing.
  const canSend = decision?.action === 'file' || decision?.rule === 'R0'
  const inFlight = submission.busy || (entry !== null && ['queued', 'uploading', 'creating', 'checking'].includes(entry.state))

  return (
    <div className="wizard-step send">
      {submission.error ? (
        <div className="ticket-notice ticket-notice--error" role="alert">
          <p>
            <strong>The ticket could not be handed to the app's outbox.</strong> {errorMessage(submission.error)}
          </p>
          {errorDetail(submission.error) ? <p className="muted">{errorDetail(submission.error)}</p> : null}
        </div>
      ) : null}
      {inFlight ? <Progress submission={submission} /> : null}
      {entry?.state === 'needs-decision' ? (
        <AmbiguousPrompt
          email={form.email ?? null}
          busy={submission.busy}
          onArrived={(ticketId) => submission.act('mark-filed', ticketId === undefined ? {} : { ticketId })}
          onResend={() => submission.act('resend')}
        />
      ) : null}
      {entry && (entry.state === 'failed' || entry.state === 'waiting') ? (
        <div className={`ticket-notice${entry.state === 'failed' ? ' ticket-notice--error' : ''}`} role="alert">
          <p>
            <strong>{STATE_TEXT[entry.state]}.</strong> {entryDetail(entry)}
          </p>
          {entry.error?.fields.length ? <p>The fields the ticket server refused are marked; correct them and send again.</p> : null}
          {entry.error?.other.map((m) => (
            <p key={m} className="muted">
              {m}
            </p>
          ))}
        </div>
      ) : null}
      {entry?.state === 'discarded' ? (
        <p role="status">
          That ticket was discarded.{' '}
          <button type="button" className="link-button" onClick={submission.reset}>
            Start a new one
          </button>
        </p>
      ) : null}
      {decision?.rule === 'R8' ? (
        <div className="ticket-notice" role="status">
          <p>Not sure what kind of problem it is? The health checks often tell a loose cable or a slow USB port from a broken part.</p>
          <a className="button button--secondary" href={sectionHref('health')}>
            Open the health checks
          </a>
        </div>
      ) : null}
      {canSend && !inFlight && entry?.state !== 'needs-decision' ? (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={send} aria-describedby={blocked ? 'send-blocked' : undefined}>
            {entry && entry.state !== 'discarded' ? (
              <>
                <RetryIcon size={16} /> {entry.state === 'waiting' ? 'Try again now' : 'Send again'}
              </>
            ) : (
              'Send to Logitech support'
            )}
          </button>
          {blocked ? (
            <p className="muted" id="send-blocked">
              Some details are still needed; they are marked.
            </p>
          ) : null}
        </div>
      ) : null}
      {bundlePath && decision && !inFlight ? (
        <ExportPanel transport={transport} form={form} bundlePath={bundlePath} primary={!canSend} lead={exportLead} />
      ) : null}
    </div>
  )
}
