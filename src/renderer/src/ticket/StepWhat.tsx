// Step 1: what kind of problem it is and what happened. The kind decides most of the route.
import type { ReactElement } from 'react'
import type { IssueClass, PartOwner } from '../../../shared/contract'
import { ChoiceField, type Choice } from './ChoiceField'
import type { FormContext } from './form-context'
import { TextField } from './TextField'

const ISSUE_CHOICES: readonly Choice<IssueClass>[] = [
  {
    value: 'hardware',
    title: 'A part is broken',
    detail: 'It is physically faulty: dead, damaged, no picture or no sound whatever you try.'
  },
  { value: 'incident', title: 'Something does not work as it should', detail: 'Set-up, software, connection or how-to questions.' },
  { value: 'unknown', title: 'Not sure', detail: 'The health checks often tell a cable problem from a broken part.' }
]

const OWNER_CHOICES: readonly Choice<PartOwner>[] = [
  { value: 'logitech', title: 'A Logitech device', detail: 'Camera, Table Hub, Tap, Rally Bar, Mic Pods and other Logitech parts.' },
  { value: 'third-party', title: 'Another maker’s part', detail: 'For example the room computer (Intel NUC, Surface Pro) or a display.' }
]

export function StepWhat({ ctx }: { ctx: FormContext }): ReactElement {
  return (
    <>
      <ChoiceField ctx={ctx} name="issueClass" choices={ISSUE_CHOICES} />
      <ChoiceField ctx={ctx} name="component" choices={OWNER_CHOICES} />
      {ctx.draft.form.component === 'third-party' ? (
        <TextField ctx={ctx} name="vendor" hint="Its maker handles repairs of that part." />
      ) : null}
      <TextField ctx={ctx} name="summary" hint="A few words for the ticket's subject, e.g. “No picture from the camera”." maxLength={200} />
      <TextField ctx={ctx} name="description" multiline hint="What you see, since when, and what you already tried." maxLength={20_000} />
    </>
  )
}
