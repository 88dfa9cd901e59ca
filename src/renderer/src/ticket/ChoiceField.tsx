// A set of radio choices bound to one form field, as a fieldset with its legend, each choice with
// a line of explanation; its problem message is tied to the group.
import type { ReactElement } from 'react'
import type { TicketField, TicketForm } from '../../../shared/contract'
import { fieldId, ProblemMessage } from './Field'
import type { FormContext } from './form-context'
import { FIELD_LABEL } from './ticket-draft'

export interface Choice<V> {
  value: V
  title: string
  detail?: string
}

export function ChoiceField<K extends TicketField>({
  ctx,
  name,
  choices,
  legend
}: {
  ctx: FormContext
  name: K
  choices: readonly Choice<NonNullable<TicketForm[K]>>[]
  legend?: string
}): ReactElement {
  const id = fieldId(name)
  const problem = ctx.problems.get(name)
  const problemId = `${id}-problem`
  const current = ctx.draft.form[name]
  return (
    <fieldset
      className={`fieldset field${problem ? ` field--${problem.kind}` : ''}`}
      data-field={name}
      id={id}
      tabIndex={-1}
      aria-describedby={problem ? problemId : undefined}
    >
      <legend className="fieldset__legend">
        {legend ?? FIELD_LABEL[name]}
        {ctx.required && !ctx.required.has(name) ? <span className="field__optional"> (optional)</span> : null}
      </legend>
      {problem ? <ProblemMessage id={problemId} problem={problem} /> : null}
      <div className="choice-list">
        {choices.map((c) => (
          <label key={String(c.value)} className="choice">
            <input
              type="radio"
              name={name}
              checked={current === c.value}
              onChange={() => ctx.setForm({ [name]: c.value } as Partial<TicketForm>)}
            />
            <span className="choice__text">
              <span className="choice__title">{c.title}</span>
              {c.detail ? <span className="choice__detail">{c.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
