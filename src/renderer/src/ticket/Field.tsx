// One labelled form field with its hint and, when something is wrong, the message right under
// it. The message is tied to the input (aria-describedby, aria-invalid), so a screen reader reads
// it with the field, and it is marked by an icon and words, not by a red border alone.
import type { ReactElement, ReactNode } from 'react'
import { AttentionIcon, ErrorIcon } from '../icons/icons'

/** Why a field is flagged: still missing for the chosen route, or refused (by the form or the server). */
export type FieldProblem = { kind: 'missing'; message: string } | { kind: 'invalid'; message: string }

export interface FieldProps {
  /** The form field's name; also the DOM id of its input. */
  name: string
  label: string
  hint?: ReactNode
  problem?: FieldProblem | null
  /** Whether the chosen route needs it; undefined while that is not known. */
  required?: boolean
  /** Renders the input; spread the given props onto it. */
  children(props: FieldInputProps): ReactElement
}

export interface FieldInputProps {
  id: string
  name: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  'aria-required': boolean
}

/** The message under a flagged field (or group of choices). */
export function ProblemMessage({ id, problem }: { id: string; problem: FieldProblem }): ReactElement {
  return (
    <p className="field__problem" id={id}>
      {problem.kind === 'invalid' ? <ErrorIcon size={15} /> : <AttentionIcon size={15} />}
      <span>{problem.message}</span>
    </p>
  )
}

export function fieldId(name: string): string {
  return `ticket-${name}`
}

export function Field({ name, label, hint, problem, required, children }: FieldProps): ReactElement {
  const id = fieldId(name)
  const hintId = hint ? `${id}-hint` : null
  const problemId = problem ? `${id}-problem` : null
  const describedBy = [problemId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${problem ? ` field--${problem.kind}` : ''}`} data-field={name}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required === false ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {children({
        id,
        name,
        'aria-invalid': problem?.kind === 'invalid',
        'aria-describedby': describedBy,
        'aria-required': required === true
      })}
      {problem && problemId ? <ProblemMessage id={problemId} problem={problem} /> : null}
      {hint ? (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
