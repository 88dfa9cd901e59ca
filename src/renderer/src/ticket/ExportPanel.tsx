// The offline alternative: the ticket, a readable summary and the bundle saved together, as one
// zip or a folder, for manual upload or for the single point of contact.
import { useState, type ReactElement } from 'react'
import type { ExportResult, TicketForm } from '../../../shared/contract'
import { CopyButton } from '../clipboard/CopyButton'
import { errorDetail, errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'

type ExportState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved'; result: ExportResult } | { phase: 'error'; error: unknown }

export function ExportPanel({
  transport,
  form,
  bundlePath,
  primary,
  lead
}: {
  transport: Transport
  form: TicketForm
  bundlePath: string
  primary: boolean
  lead: string
}): ReactElement {
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const save = (format: 'zip' | 'folder'): void => {
    setState({ phase: 'saving' })
    transport.call('ticket.export', { form, bundlePath, format }).then(
      (result) => setState({ phase: 'saved', result }),
      (error: unknown) => setState({ phase: 'error', error })
    )
  }
  const saving = state.phase === 'saving'
  return (
    <section className="wizard-step export" aria-labelledby="export-title">
      <h3 className="fieldset__legend" id="export-title">
        Ticket package
      </h3>
      <p className="muted">{lead}</p>
      <div className="button-row">
        <button
          type="button"
          className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
          disabled={saving}
          onClick={() => save('zip')}
        >
          Save the ticket package
        </button>
        <button type="button" className="button button--secondary" disabled={saving} onClick={() => save('folder')}>
          Save as a folder
        </button>
      </div>
      <div aria-live="polite">
        {state.phase === 'saving' ? <p className="muted">Saving…</p> : null}
        {state.phase === 'saved' ? (
          <div className="export__result">
            <p>
              Saved to <code className="selectable">{state.result.path}</code>
              <CopyButton value={state.result.path} label="Copy where the package was saved" />
            </p>
            <ul className="export__files" aria-label="Files in the package">
              {state.result.files.map((f) => (
                <li key={f} className="mono">
                  {f}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.phase === 'error' ? (
          <p className="ticket-error" role="alert">
            The package could not be saved: {errorMessage(state.error)} {errorDetail(state.error) ?? ''}
          </p>
        ) : null}
      </div>
    </section>
  )
}
