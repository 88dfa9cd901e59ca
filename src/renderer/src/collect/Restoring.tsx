// Shown for the moment after a reload while the core confirms where the remembered collection is.
import type { ReactElement } from 'react'

export function Restoring(): ReactElement {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Finding the collection this page was working on…
    </div>
  )
}
