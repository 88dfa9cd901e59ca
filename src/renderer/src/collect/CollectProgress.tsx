// Collection under way: the whole run as one bar, then each stage with its own bar, status in
// words and icon, and what it is doing or why it was skipped; Cancel keeps nothing.
import { useEffect, useRef, type ReactElement } from 'react'
import type { BundleProgress, CollectionPhase } from '../../../shared/contract'
import { STAGE_STATUS_TEXT, formatElapsed, isCompleted, isFinished, progressFraction, progressSentence } from './stage-text'
import { StageIcon } from './StageIcon'

const HEADING: Partial<Record<CollectionPhase, string>> = {
  collecting: 'Collecting the bundle…',
  filtering: 'Filtering again with your terms…',
  cancelled: 'Collection cancelled',
  failed: 'The collection did not finish'
}

export function CollectProgress({
  phase,
  progress,
  cancelling,
  onCancel,
  level = 1
}: {
  phase: CollectionPhase
  progress: BundleProgress | null
  cancelling: boolean
  onCancel?: () => void
  /** 2 when the form follows with its own page heading. */
  level?: 1 | 2
}): ReactElement {
  const fraction = progress ? progressFraction(progress) : null
  const percent = fraction === null ? null : Math.round(fraction * 100)
  // The button that started the work is gone; keyboard and screen-reader users land on the heading.
  const heading = useRef<HTMLHeadingElement>(null)
  const Heading = level === 1 ? 'h1' : 'h2'
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus()
  }, [])
  return (
    <section className="card collect-progress" aria-labelledby="collect-progress-title" data-phase={phase}>
      <div className="collect-progress__head">
        <Heading className="collect-head__title" id="collect-progress-title" tabIndex={-1} ref={heading}>
          {HEADING[phase] ?? 'Collecting the bundle…'}
        </Heading>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : null}
      </div>
      <progress
        className="progress progress--overall"
        aria-label="Whole collection"
        max={1}
        {...(fraction === null ? {} : { value: fraction })}
        aria-valuetext={percent === null ? 'Starting' : `${percent}%`}
      />
      <p className="collect-progress__status" role="status" aria-live="polite">
        {progress ? `${percent}% · ${progressSentence(progress)}` : 'Starting…'}
      </p>
      {progress ? (
        <ol className="stages" aria-label="Steps">
          {progress.stages.map((s) => (
            <li key={s.id} className={`stage stage--${s.status}`} data-stage={s.id} data-status={s.status}>
              <span className="stage__icon">
                <StageIcon status={s.status} />
              </span>
              <div className="stage__body">
                <div className="stage__line">
                  <span className="stage__title">{s.title}</span>
                  <span className="stage__status">
                    {STAGE_STATUS_TEXT[s.status]}
                    {isFinished(s.status) && s.elapsedMs > 0 ? ` · ${formatElapsed(s.elapsedMs)}` : ''}
                  </span>
                </div>
                <progress
                  className="progress progress--stage"
                  aria-label={`${s.title}: ${STAGE_STATUS_TEXT[s.status]}`}
                  max={1}
                  {...(s.status === 'running' ? {} : { value: isCompleted(s.status) ? 1 : 0 })}
                />
                {s.detail ? <p className="stage__detail">{s.detail}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
