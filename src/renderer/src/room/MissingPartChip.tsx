// A part the system should have but that is not on USB: drawn as a dashed outline where the part
// would be, so the card still shows the whole physical system.
import type { ReactElement } from 'react'
import { StatusIcon } from '../ui/StatusIcon'

export function MissingPartChip({ product, label }: { product: string; label: string }): ReactElement {
  return (
    <article className="chip chip--missing" aria-label={`${product} ${label}: not found`}>
      <header className="chip__head">
        <span className="status-mark status-mark--missing">
          <StatusIcon status="missing" />
        </span>
        <div className="chip__title">
          <h3 className="chip__name">
            {label} <span className="chip__name-suffix">— not found</span>
          </h3>
          <p className="chip__state">Expected part of {product}</p>
        </div>
      </header>
      <p className="chip__hint">
        This {product} part is not showing up on USB. Check that it is powered and that its cable is firmly plugged in at both ends.
      </p>
    </article>
  )
}
