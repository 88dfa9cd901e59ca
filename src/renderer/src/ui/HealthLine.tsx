// The Room screen's one line about health: the counts, as a link to the Health screen.
import type { ReactElement } from 'react'
import { sectionHref } from './sections'
import { OkIcon } from '../icons/icons'
import { countsLine, worstSeverity } from './health-model'
import { SeverityIcon } from './SeverityIcon'
import type { HealthState } from './useHealth'

export function HealthLine({ health }: { health: HealthState }): ReactElement | null {
  if (health.phase === 'loading') return <p className="health-line health-line--pending">Checking health…</p>
  if (health.phase === 'error') {
    return (
      <p className="health-line">
        <a href={sectionHref('health')}>Health check unavailable — see Health</a>
      </p>
    )
  }
  const serious = worstSeverity(health.value.findings.filter((f) => f.severity !== 'info'))
  return (
    <p className={`health-line health-line--${serious ?? 'ok'}`}>
      <a href={sectionHref('health')} aria-label={`Health: ${countsLine(health.value.counts)}. Open the Health screen`}>
        {serious ? <SeverityIcon severity={serious} size={16} /> : <OkIcon size={16} />}
        <span className="health-line__text">{countsLine(health.value.counts)}</span>
        <span className="health-line__more" aria-hidden="true">
          See Health →
        </span>
      </a>
    </p>
  )
}
