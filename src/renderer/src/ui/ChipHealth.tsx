// A part's error findings on its chip on the Room screen: titles only, with the fixes and detail
// one click away on the Health screen.
import type { ReactElement } from 'react'
import type { Finding } from '../../../shared/contract'
import { sectionHref } from './sections'
import { ErrorIcon } from '../icons/icons'

export function ChipHealth({ findings, deviceName }: { findings: Finding[]; deviceName: string }): ReactElement {
  return (
    <div className="chip-health">
      <ul className="chip-health__list" aria-label={`Health problems of ${deviceName}`}>
        {findings.map((f) => (
          <li key={f.id} className="chip-health__item" data-finding-id={f.id}>
            <ErrorIcon size={15} className="chip-health__icon" />
            <span>{f.title}</span>
          </li>
        ))}
      </ul>
      <a className="chip-health__link" href={sectionHref('health')}>
        How to fix{findings.length > 1 ? ' these' : ' this'} →
      </a>
    </div>
  )
}
