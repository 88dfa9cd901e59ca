// The core could not be reached or refused us: a calm explanation, what to check, the technical
// reason one click away, and a retry. Never a blank screen.
import type { ReactElement } from 'react'
import { AttentionIcon, RetryIcon } from '../icons/icons'
import { CoreRefusedError, CoreUnreachableError, errorDetail, errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'

function advice(error: unknown, shell: Transport['kind']): string {
  if (error instanceof CoreRefusedError)
    return 'Start a new session: run "logi-diag serve" on the room computer and open the address it prints.'
  if (error instanceof CoreUnreachableError) {
    return shell === 'web'
      ? 'Check that "logi-diag serve" is still running on the room computer, and that the SSH tunnel (if you use one) is still open.'
      : 'If this keeps happening, quit and reopen the app.'
  }
  return shell === 'web'
    ? 'Try again. If it keeps happening, restart "logi-diag serve".'
    : 'Try again. If it keeps happening, quit and reopen the app.'
}

export function CoreProblem({
  error,
  onRetry,
  shell,
  what = 'The room'
}: {
  error: unknown
  onRetry(): void
  shell: Transport['kind']
  /** What could not be shown, e.g. "The health check". */
  what?: string
}): ReactElement {
  const detail = errorDetail(error)
  const title = error instanceof CoreRefusedError ? 'This page is not allowed to see the room' : `${what} cannot be shown right now`
  return (
    <section className="card core-problem" role="alert" aria-labelledby="core-problem-title">
      <span className="status-mark status-mark--attention core-problem__mark">
        <AttentionIcon size={28} />
      </span>
      <div className="core-problem__body">
        <h1 className="core-problem__title" id="core-problem-title">
          {title}
        </h1>
        <p>{errorMessage(error)}</p>
        <p className="muted">{advice(error, shell)}</p>
        {detail ? (
          <details className="core-problem__detail">
            <summary>Technical detail</summary>
            <pre className="mono selectable">{detail}</pre>
          </details>
        ) : null}
        <button type="button" className="button button--primary" onClick={onRetry}>
          <RetryIcon size={16} />
          Try again
        </button>
      </div>
    </section>
  )
}
