// Step 4: who files it. JumpStart tickets come from the customer's single point of contact.
import type { ReactElement } from 'react'
import { ChoiceField, type Choice } from './ChoiceField'
import type { FormContext } from './form-context'
import { TextField } from './TextField'

const SPOC_CHOICES: readonly Choice<boolean>[] = [
  { value: true, title: 'Yes, I am', detail: 'Your organisation named you to Logitech as its single point of contact.' },
  { value: false, title: 'No, someone else is', detail: 'The app prepares a package you can hand to them.' }
]

export function StepContact({ ctx }: { ctx: FormContext }): ReactElement {
  return (
    <>
      <ChoiceField
        ctx={ctx}
        name="spoc"
        choices={SPOC_CHOICES}
        legend="Are you your organisation's single point of contact for Logitech?"
      />
      <div className="field-row">
        <TextField ctx={ctx} name="contactName" autoComplete="name" />
        <TextField ctx={ctx} name="company" autoComplete="organization" />
      </div>
      <div className="field-row">
        <TextField ctx={ctx} name="email" type="email" autoComplete="email" />
        <TextField ctx={ctx} name="phone" type="tel" autoComplete="tel" hint="With the country code, e.g. +41 21 555 01 23." />
      </div>
    </>
  )
}
