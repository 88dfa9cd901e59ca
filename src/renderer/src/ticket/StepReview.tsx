// The last step: everything the ticket will say, in one list, with what is still needed marked
// and one click away.
import type { ReactElement } from 'react'
import type { TicketField, TicketForm } from '../../../shared/contract'
import type { FieldProblem } from './Field'
import { FIELD_LABEL, STEPS } from './ticket-draft'

const CHOICE_TEXT: Partial<Record<TicketField, Record<string, string>>> = {
  issueClass: { hardware: 'A part is broken', incident: 'Something does not work as it should', unknown: 'Not sure' },
  component: { logitech: 'A Logitech device', 'third-party': 'Another maker’s part' },
  region: { na: 'North America', emea: 'Europe, Middle East and Africa', apac: 'Asia Pacific' },
  spoc: { true: 'Yes', false: 'No' }
}

function valueText(field: TicketField, value: TicketForm[TicketField]): string | null {
  if (value === undefined || value === '') return null
  return CHOICE_TEXT[field]?.[String(value)] ?? String(value)
}

export function StepReview({
  form,
  bundleName,
  problems,
  onGoTo
}: {
  /** The form as it will be sent. */
  form: TicketForm
  bundleName: string | null
  problems: ReadonlyMap<TicketField, FieldProblem>
  onGoTo(field: TicketField | 'bundlePath'): void
}): ReactElement {
  const fields = STEPS.flatMap((s) => s.fields).filter((f) => form[f] !== undefined || problems.has(f))
  return (
    <dl className="label-list review-list" aria-label="What the ticket will say">
      {fields.map((f) => {
        const text = valueText(f, form[f])
        const problem = problems.get(f)
        return (
          <div key={f} className="review-list__row" data-field={f}>
            <dt>{FIELD_LABEL[f]}</dt>
            <dd className={problem ? `review-list__problem review-list__problem--${problem.kind}` : undefined}>
              {text ? <span className={f === 'description' ? 'review-list__long' : undefined}>{text}</span> : null}
              {problem ? (
                <>
                  {text ? ' · ' : null}
                  <button type="button" className="link-button" onClick={() => onGoTo(f)}>
                    {problem.message}
                  </button>
                </>
              ) : null}
            </dd>
          </div>
        )
      })}
      <div className="review-list__row">
        <dt>Bundle</dt>
        <dd className={bundleName ? undefined : 'review-list__problem review-list__problem--missing'}>
          {bundleName ?? (
            <button type="button" className="link-button" onClick={() => onGoTo('bundlePath')}>
              Choose the bundle to attach
            </button>
          )}
        </dd>
      </div>
    </dl>
  )
}
