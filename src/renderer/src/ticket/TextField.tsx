// A text, date, e-mail or phone input (or a text area) bound to one form field.
import type { ReactElement, ReactNode } from 'react'
import type { TicketField, TicketForm } from '../../../shared/contract'
import { Field } from './Field'
import type { FormContext } from './form-context'
import { FIELD_LABEL } from './ticket-draft'

/** The form fields that hold free text (not a choice or a yes/no). */
type TextFieldName = {
  [K in TicketField]: NonNullable<TicketForm[K]> extends string ? (string extends NonNullable<TicketForm[K]> ? K : never) : never
}[TicketField]

export interface TextFieldProps {
  ctx: FormContext
  name: TextFieldName
  label?: string
  hint?: ReactNode
  type?: 'text' | 'date' | 'email' | 'tel'
  multiline?: boolean
  autoComplete?: string
  readOnly?: boolean
  maxLength?: number
  /** Replaces the plain "set this field" when a change has consequences for other fields. */
  onChange?(value: string): void
}

export function TextField({
  ctx,
  name,
  label,
  hint,
  type = 'text',
  multiline,
  autoComplete,
  readOnly,
  maxLength,
  onChange: custom
}: TextFieldProps): ReactElement {
  const value = (ctx.draft.form[name] as string | undefined) ?? ''
  const onChange = custom ?? ((v: string): void => ctx.setForm({ [name]: v }))
  return (
    <Field name={name} label={label ?? FIELD_LABEL[name]} hint={hint} problem={ctx.problems.get(name)} required={ctx.required?.has(name)}>
      {(p) =>
        multiline ? (
          <textarea
            {...p}
            className="input"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            maxLength={maxLength}
            readOnly={readOnly}
          />
        ) : (
          <input
            {...p}
            className="input"
            type={type}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            autoComplete={autoComplete}
            readOnly={readOnly}
            maxLength={maxLength}
          />
        )
      }
    </Field>
  )
}
