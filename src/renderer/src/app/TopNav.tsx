// The app's sections. Only Room exists in this version; the others are shown so the shape of the
// app is visible, marked as not available yet rather than pretending to work.
import type { ReactElement } from 'react'

const LATER = ['Health', 'Collect', 'Review', 'Ticket'] as const

export function TopNav(): ReactElement {
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__name">Logi Room Diagnostics</span>
      </div>
      <nav aria-label="Sections">
        <ul className="tabs">
          <li>
            <a className="tab tab--active" href="#main" aria-current="page">
              Room
            </a>
          </li>
          {LATER.map((name) => (
            <li key={name}>
              <span className="tab tab--later" aria-disabled="true" title={`${name} comes in a later version`}>
                {name}
                <span className="visually-hidden"> (not available yet)</span>
              </span>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
