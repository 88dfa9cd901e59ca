// The room on screen may be out of date: say so quietly, keep showing it, offer a retry.
import type { ReactElement } from 'react'
import { RetryIcon } from '../icons/icons'
import { errorDetail, errorMessage } from '../transport/call-errors'

export function RefreshNotice({ error, onRetry }: { error: unknown; onRetry(): void }): ReactElement {
  const detail = errorDetail(error)
  return (
    <div className="notice notice--warning" role="status">
      <p className="notice__text">
        <strong>This view may be out of date.</strong> The latest change could not be loaded: {errorMessage(error)}
        {detail ? <span className="notice__detail"> ({detail})</span> : null}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        <RetryIcon size={14} />
        Try again
      </button>
    </div>
  )
}
