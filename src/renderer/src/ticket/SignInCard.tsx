// The help-centre sign-in. Signed in, a ticket is filed as the user and a dropped connection can be
// checked for the ticket it may have created; anonymous filing works without it. The token is
// typed here once and handed to the core, which seals it with the OS keychain (desktop app); the
// screen never reads it back. Web mode and the CLI take it from the environment instead.
import { useEffect, useState, type FormEvent, type ReactElement } from 'react'
import type { SignInState } from '../../../shared/contract'
import { errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'

type Phase = { phase: 'loading' } | { phase: 'ready'; state: SignInState } | { phase: 'error'; error: unknown; state: SignInState | null }

const SOURCE_TEXT: Record<SignInState['source'], string> = {
  keychain: 'Signed in. The token is kept encrypted by this computer’s keychain.',
  environment: 'Signed in with the token your administrator set for this computer (LOGI_DIAG_ZENDESK_TOKEN).',
  none: 'Not signed in: tickets are filed anonymously.'
}

export function SignInCard({ transport }: { transport: Transport }): ReactElement {
  const [phase, setPhase] = useState<Phase>({ phase: 'loading' })
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    transport.call('ticket.signInState', undefined).then(
      (state) => live && setPhase({ phase: 'ready', state }),
      (error: unknown) => live && setPhase({ phase: 'error', error, state: null })
    )
    return () => {
      live = false
    }
  }, [transport])

  const state = phase.phase === 'loading' ? null : phase.state
  const send = (value: string | null): void => {
    setBusy(true)
    transport.call('ticket.signIn', { token: value }).then(
      (next) => {
        setToken('')
        setPhase({ phase: 'ready', state: next })
        setBusy(false)
      },
      (error: unknown) => {
        setPhase({ phase: 'error', error, state })
        setBusy(false)
      }
    )
  }
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (token.trim().length >= 8) send(token.trim())
  }

  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h2 className="fieldset__legend" id="sign-in-title">
        Help-centre sign-in
      </h2>
      <p className="muted" role="status">
        {phase.phase === 'loading' ? 'Checking…' : state ? SOURCE_TEXT[state.source] : null}
      </p>
      {state?.canStore ? (
        <form className="sign-in__form" onSubmit={submit}>
          <label className="field__label" htmlFor="sign-in-token">
            Access token from your help-centre account
          </label>
          <div className="button-row">
            <input
              id="sign-in-token"
              className="input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(e) => setToken(e.target.value)}
              aria-describedby="sign-in-hint"
            />
            <button type="submit" className="button button--secondary" disabled={busy || token.trim().length < 8}>
              {state.source === 'keychain' ? 'Replace' : 'Sign in'}
            </button>
            {state.source === 'keychain' ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => send(null)}>
                Sign out
              </button>
            ) : null}
          </div>
          <p className="muted" id="sign-in-hint">
            It is stored encrypted on this computer and sent only to the help centre, never shown again or put in a bundle.
          </p>
        </form>
      ) : state && !state.signedIn ? (
        <p className="muted">
          To file as yourself from a browser session, ask the person running this computer to set LOGI_DIAG_ZENDESK_TOKEN.
        </p>
      ) : null}
      {phase.phase === 'error' ? (
        <p className="notice notice--warning" role="alert">
          {errorMessage(phase.error)}
        </p>
      ) : null}
    </section>
  )
}
