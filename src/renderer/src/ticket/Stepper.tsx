// The wizard's steps as a list of buttons: any step can be opened at any time (nothing is
// locked behind "Next"), the current one is marked for assistive tech, and a step that holds a
// missing or refused field says so by icon and in words.
import type { ReactElement } from 'react'
import { AttentionIcon, CheckIcon } from '../icons/icons'

export interface StepView<Id extends string> {
  id: Id
  title: string
  /** Fields on this step that need attention (missing for the route or refused). */
  problems: number
}

export function Stepper<Id extends string>({
  steps,
  current,
  onSelect
}: {
  steps: readonly StepView<Id>[]
  current: Id
  onSelect(id: Id): void
}): ReactElement {
  const index = steps.findIndex((s) => s.id === current)
  return (
    <nav className="stepper" aria-label="Ticket steps">
      <ol className="stepper__list">
        {steps.map((step, i) => {
          const state = step.problems ? 'problem' : i < index ? 'done' : i === index ? 'current' : 'todo'
          return (
            <li key={step.id} className={`stepper__item stepper__item--${state}${i === index ? ' stepper__item--active' : ''}`}>
              <button
                type="button"
                className="stepper__button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                <span className="stepper__mark" aria-hidden="true">
                  {step.problems ? <AttentionIcon size={14} /> : i < index ? <CheckIcon size={14} /> : i + 1}
                </span>
                <span className="stepper__title">{step.title}</span>
                {step.problems ? (
                  <span className="visually-hidden">
                    , {step.problems === 1 ? '1 field needs attention' : `${step.problems} fields need attention`}
                  </span>
                ) : null}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
