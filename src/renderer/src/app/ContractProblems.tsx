// Something came over the boundary that the contract does not allow. It was dropped, so the app
// keeps working, but the mismatch is shown rather than hidden.
import { useEffect, useState, type ReactElement } from 'react'
import { CloseIcon } from '../icons/icons'
import type { Transport } from '../transport/transport'

export function ContractProblems({ transport }: { transport: Transport }): ReactElement | null {
  const [problem, setProblem] = useState<{ message: string; count: number } | null>(null)
  useEffect(() => transport.onProblem((message) => setProblem((prev) => ({ message, count: (prev?.count ?? 0) + 1 }))), [transport])
  if (!problem) return null
  return (
    <div className="notice notice--warning" role="status">
      <p className="notice__text">
        <strong>An update from the diagnostics service was ignored</strong> because this version of the app does not understand it
        {problem.count > 1 ? ` (${problem.count} times)` : ''}. The screen may miss that change.
        <span className="notice__detail mono"> {problem.message}</span>
      </p>
      <button type="button" className="icon-button" onClick={() => setProblem(null)} aria-label="Dismiss this notice">
        <CloseIcon size={14} />
      </button>
    </div>
  )
}
