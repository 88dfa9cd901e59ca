// The app's sections; only screens that work are shown. Tabs are links to "#/section", so history
// and reloads keep the section.
import type { ReactElement } from 'react'
import type { HealthState } from '../ui/useHealth'
import { SECTION_LABEL, SECTIONS, sectionHref, type Section } from '../ui/sections'

function HealthBadge({ health }: { health: HealthState }): ReactElement | null {
  if (health.phase !== 'ready') return null
  const { error, warning } = health.value.counts
  if (!error && !warning) return null
  const n = error + warning
  return (
    <span className={`tab__badge tab__badge--${error ? 'error' : 'warning'}`}>
      <span aria-hidden="true">{n}</span>
      <span className="visually-hidden">, {n === 1 ? '1 problem' : `${n} problems`}</span>
    </span>
  )
}

export function TopNav({ section, health }: { section: Section; health: HealthState }): ReactElement {
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__name">Logi Room Diagnostics</span>
      </div>
      <nav aria-label="Sections">
        <ul className="tabs">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                className={`tab${s === section ? ' tab--active' : ''}`}
                href={sectionHref(s)}
                aria-current={s === section ? 'page' : undefined}
              >
                {SECTION_LABEL[s]}
                {s === 'health' ? <HealthBadge health={health} /> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
