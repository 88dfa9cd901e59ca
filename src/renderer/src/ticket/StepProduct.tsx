// Step 2: which product, pre-filled from the detected room. The serial is the primary device's
// (for a Rally, the Rally Camera's); the findings of the health checks can go into the ticket.
import type { ReactElement } from 'react'
import type { TicketPrefill } from '../../../shared/contract'
import { SeverityIcon } from '../ui/SeverityIcon'
import type { FormContext } from './form-context'
import { TextField } from './TextField'
import { withModel } from './ticket-draft'

export function StepProduct({ ctx, prefill }: { ctx: FormContext; prefill: TicketPrefill | null }): ReactElement {
  const candidates = prefill?.candidates ?? []
  const { form } = ctx.draft
  const from = candidates.find((c) => c.product === form.model && c.serial === form.serial)?.serialFrom ?? null
  const toggle = (id: string, on: boolean): void =>
    ctx.setDraft({ findings: on ? [...ctx.draft.findings, id] : ctx.draft.findings.filter((f) => f !== id) })
  return (
    <>
      {candidates.length > 1 ? (
        <div className="field">
          <p className="field__label" id="ticket-detected">
            Detected in this room
          </p>
          <div className="button-row" role="group" aria-labelledby="ticket-detected">
            {candidates.map((c, i) => (
              <button
                key={`${c.product}-${c.serial ?? i}`}
                type="button"
                className="button button--secondary button--small"
                aria-pressed={form.model === c.product && (form.serial ?? null) === c.serial}
                onClick={() => ctx.setForm({ model: c.product, serial: c.serial ?? '', firmware: c.firmware ?? '' })}
              >
                {c.product}
                {c.serial ? ` · ${c.serial}` : ''}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="field-row">
        <TextField
          ctx={ctx}
          name="model"
          hint="The product name (“Tap”, “Rally Plus”) or its model number (“V-U0053”)."
          onChange={(model) => {
            const next = withModel(form, model, candidates)
            ctx.setForm({ model: next.model, serial: next.serial, firmware: next.firmware })
          }}
        />
        <TextField ctx={ctx} name="firmware" hint={form.firmware ? 'As read from the device.' : undefined} />
      </div>
      <div className="field-row">
        <TextField
          ctx={ctx}
          name="serial"
          hint={
            from
              ? `Read from the ${from}. Rally and Rally Plus claims carry the Rally Camera's serial only.`
              : 'From the label on the device. For a Rally or Rally Plus, the Rally Camera’s serial.'
          }
        />
        <TextField
          ctx={ctx}
          name="boxSerial"
          hint="Only if it differs from the device's; either is accepted where the terms say “device or box”."
        />
      </div>
      <TextField ctx={ctx} name="confirmationNumber" hint="From the JumpStart purchase confirmation, if you have one." />
      {prefill && prefill.findings.length ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Health check findings to include</legend>
          <div className="choice-list">
            {prefill.findings.map((f) => (
              <label key={f.id} className="choice">
                <input type="checkbox" checked={ctx.draft.findings.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
                <span className={`choice__text finding-choice finding-choice--${f.severity}`}>
                  <span className="choice__title">
                    <SeverityIcon severity={f.severity} size={15} /> {f.title}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </>
  )
}
