// Step 3: when and where it was bought, and whether the warranty was extended. The dates decide
// JumpStart (90 days), the standard warranty (2 years) and the extension (3 years).
import type { ReactElement } from 'react'
import type { Region } from '../../../shared/contract'
import { ChoiceField, type Choice } from './ChoiceField'
import type { FormContext } from './form-context'
import { TextField } from './TextField'

const REGION_CHOICES: readonly Choice<Region>[] = [
  { value: 'na', title: 'North America' },
  { value: 'emea', title: 'Europe, Middle East and Africa' },
  { value: 'apac', title: 'Asia Pacific' }
]

export function StepPurchase({ ctx }: { ctx: FormContext }): ReactElement {
  return (
    <>
      <TextField ctx={ctx} name="purchaseDate" type="date" hint="From the invoice or the order confirmation." />
      <label className="choice">
        <input type="checkbox" checked={ctx.draft.hasExtension} onChange={(e) => ctx.setDraft({ hasExtension: e.target.checked })} />
        <span className="choice__text">
          <span className="choice__title">An extended warranty was bought for it</span>
          <span className="choice__detail">Logitech's B2B extension adds a third year when bought within 30 days of the product.</span>
        </span>
      </label>
      {ctx.draft.hasExtension ? <TextField ctx={ctx} name="extensionDate" type="date" /> : null}
      <ChoiceField ctx={ctx} name="region" choices={REGION_CHOICES} />
      <TextField ctx={ctx} name="country" hint="Two letters, e.g. JP. Products bought in Japan are covered by Logicool." maxLength={2} />
    </>
  )
}
