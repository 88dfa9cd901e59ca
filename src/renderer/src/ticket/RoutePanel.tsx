// Where the ticket goes and why, in one sentence first, then the reasons with the clause of the
// terms that decides each one quoted, what to expect, and what is still needed — each missing
// field a button that takes you to it.
import type { ReactElement } from 'react'
import type { RouteDecision, TermQuote, TicketField } from '../../../shared/contract'
import { AttentionIcon } from '../icons/icons'
import { errorMessage } from '../transport/call-errors'
import { FIELD_LABEL } from './ticket-draft'

const DOCUMENT: Record<TermQuote['document'], string> = {
  jumpstart: 'JumpStart service terms',
  'extended-warranty': 'Extended Warranty B2B terms',
  app: 'This app'
}

/** The sentence that answers "what happens with my ticket?". */
export function actionSentence(decision: RouteDecision): string {
  switch (decision.action) {
    case 'file':
      return 'This will be filed with Logitech support.'
    case 'export':
      return 'Logitech does not take this ticket from here: save the ticket package and hand it on.'
    case 'triage':
      // R0: the form does not yet say enough to choose; R8: the kind of problem is unknown.
      return decision.rule === 'R0'
        ? 'Fill in the marked fields and the route appears here.'
        : 'Run the health checks first: many problems turn out to be a cable or a USB port.'
  }
}

function Quote({ term }: { term: TermQuote }): ReactElement {
  const source =
    term.document === 'app'
      ? DOCUMENT.app
      : `${DOCUMENT[term.document]}, ${/^schedule/i.test(term.clause) ? term.clause : `clause ${term.clause}`}`
  return (
    <blockquote className="route__quote">
      “{term.quote}” <cite>— {source}</cite>
    </blockquote>
  )
}

function formatDue(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
}

function RouteError({ error }: { error: unknown }): ReactElement {
  return (
    <p className="ticket-error" role="alert">
      The route could not be worked out just now: {errorMessage(error)}
    </p>
  )
}

export function RoutePanel({
  decision,
  pending,
  error,
  onGoTo
}: {
  /** The last answer; it stays shown while a newer one is on its way or could not be had. */
  decision: RouteDecision | null
  pending: boolean
  error: unknown
  onGoTo(field: TicketField): void
}): ReactElement {
  const stale = pending || error !== null
  if (!decision) {
    return (
      <section className="card route" aria-labelledby="route-title" aria-busy="true">
        <p className="route__kicker">Where this ticket goes</p>
        <h2 className="route__title" id="route-title">
          Working it out…
        </h2>
        {error ? <RouteError error={error} /> : null}
      </section>
    )
  }
  const stop = decision.action !== 'file'
  return (
    <section
      className={`card route${stop ? ' route--stop' : ''}`}
      aria-labelledby="route-title"
      aria-busy={stale}
      data-route={decision.route}
      data-rule={decision.rule}
    >
      <p className="route__kicker">Where this ticket goes</p>
      <h2 className="route__title" id="route-title" aria-live="polite">
        {decision.title}
      </h2>
      <p>{actionSentence(decision)}</p>
      {decision.reasons.length ? (
        <ul className="route__reasons" aria-label="Why">
          {decision.reasons.map((r, i) => (
            <li key={i}>
              {r.text}
              {r.term ? <Quote term={r.term} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="route__expect">
        <p>
          <strong>What to expect: </strong>
          {decision.expect.text}
        </p>
        {decision.expect.hours && !decision.expect.text.includes(decision.expect.hours) ? (
          <p className="muted">Support hours: {decision.expect.hours}</p>
        ) : null}
        {decision.expect.firstResponseBy ? (
          <p className="muted">If filed now, expect a first answer by {formatDue(decision.expect.firstResponseBy)} (not a promise).</p>
        ) : null}
      </div>
      {decision.missing.length ? (
        <div className="route__needed">
          <p className="route__needed-title">
            <AttentionIcon size={15} /> Still needed
          </p>
          <ul className="route__missing" aria-label="Still needed">
            {decision.missing.map((field) => (
              <li key={field}>
                <button type="button" className="missing-chip" onClick={() => onGoTo(field)}>
                  {FIELD_LABEL[field]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <RouteError error={error} /> : null}
      <p className="route__rule">
        Decided by rule {decision.rule} for {decision.today}
        {pending ? ' · updating…' : ''}
      </p>
    </section>
  )
}
