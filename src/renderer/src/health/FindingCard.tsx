// One finding: what is wrong (severity by icon shape and word), what to do about it in plain
// words, which parts it concerns (each one a way to find it in the USB picture), and the
// technical details (the check's detail, the library's raw error, the check id) one click away.
import type { ReactElement } from 'react'
import type { Finding } from '../../../shared/contract'
import { FixIcon, LocateIcon } from '../icons/icons'
import { SEVERITY_LABEL } from '../ui/health-model'
import { SeverityIcon } from '../ui/SeverityIcon'

export interface FindingCardProps {
  finding: Finding
  names: ReadonlyMap<string, string>
  /** Device ids that appear in the USB picture, so they can be pointed at. */
  inPicture: ReadonlySet<string>
  onLocate(deviceId: string): void
}

export function findingDomId(id: string): string {
  return `finding-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`
}

export function FindingCard({ finding, names, inPicture, onLocate }: FindingCardProps): ReactElement {
  const titleId = `${findingDomId(finding.id)}-title`
  return (
    <article
      className={`finding finding--${finding.severity}`}
      aria-labelledby={titleId}
      data-finding-id={finding.id}
      data-severity={finding.severity}
    >
      <span className={`finding__mark finding__mark--${finding.severity}`}>
        <SeverityIcon severity={finding.severity} size={20} />
      </span>
      <div className="finding__body">
        <p className="finding__severity">{SEVERITY_LABEL[finding.severity]}</p>
        <h3 className="finding__title" id={titleId}>
          {finding.title}
        </h3>
        <div className="finding__fix">
          <FixIcon size={18} className="finding__fix-icon" />
          <div>
            <p className="finding__fix-label">How to fix</p>
            <p className="finding__fix-text selectable">{finding.fix}</p>
          </div>
        </div>
        <div className="finding__foot">
          {finding.devices.length ? (
            <div className="finding__parts">
              <span className="finding__parts-label">Concerns</span>
              {finding.devices.map((id) => {
                const name = names.get(id) ?? id
                return inPicture.has(id) ? (
                  <button
                    key={id}
                    type="button"
                    className="part-link"
                    onClick={() => onLocate(id)}
                    aria-label={`Show ${name} in the USB picture`}
                    title="Show in the USB picture"
                  >
                    <LocateIcon size={14} />
                    {name}
                  </button>
                ) : (
                  <span key={id} className="part-link part-link--static">
                    {name}
                  </span>
                )
              })}
            </div>
          ) : null}
          <details className="finding__detail">
            <summary>Technical details</summary>
            <p className="selectable">{finding.detail}</p>
            {finding.technical ? <p className="finding__technical mono selectable">{finding.technical}</p> : null}
            <p className="finding__check mono">
              {finding.check} · {finding.id}
            </p>
          </details>
        </div>
      </div>
    </article>
  )
}
