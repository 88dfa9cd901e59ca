// What is not in the bundle and why (left out by the user, cut for the size limit, unreadable,
// skipped), and how each collector did: the same facts the manifest records, for the person
// deciding to save.
import type { ReactElement } from 'react'
import type { ReviewModel } from '../../../shared/contract'
import { formatElapsed } from '../collect/stage-text'
import { formatBytes } from './byte-size'

const STATUS_TEXT = { ok: 'Collected', skipped: 'Skipped', failed: 'Failed' } as const

export function LeftOut({ model }: { model: ReviewModel }): ReactElement {
  const cut = model.files.filter((f) => f.cutBytes > 0 && f.included)
  const excluded = model.files.filter((f) => !f.included)
  return (
    <section className="card review-card" aria-labelledby="left-out-title">
      <h2 className="card__title" id="left-out-title">
        What is not in the bundle
      </h2>
      {model.omitted.length === 0 && cut.length === 0 && excluded.length === 0 ? (
        <p className="muted">Nothing was left out: every file collected fits within the size limit.</p>
      ) : (
        <ul className="omitted">
          {model.omitted.map((o, i) => (
            <li key={`${o.file}:${i}`} className="omitted__item">
              <span className="mono omitted__file">{o.file}</span>
              <span className="muted">
                {formatBytes(o.bytes)} · {o.why}
              </span>
            </li>
          ))}
          {excluded.map((f) => (
            <li key={f.fileId} className="omitted__item" data-left-out="by-you">
              <span className="mono omitted__file">{f.path}</span>
              <span className="muted">
                {formatBytes(f.bytes)} · {f.binary ? 'binary file, left out unless you include it' : 'left out by you'}
              </span>
            </li>
          ))}
          {cut.map((f) => (
            <li key={f.fileId} className="omitted__item">
              <span className="mono omitted__file">{f.path}</span>
              <span className="muted">older {formatBytes(f.cutBytes)} left out to fit the size limit</span>
            </li>
          ))}
        </ul>
      )}
      <details className="collectors">
        <summary>How each part of the collection went</summary>
        <ul className="collectors__list">
          {model.collectors.map((c) => (
            <li key={c.id} className={`collectors__item collectors__item--${c.status}`} data-collector={c.id}>
              <span className="collectors__status">{STATUS_TEXT[c.status]}</span>
              <span className="mono">{c.id}</span>
              <span className="muted">
                {c.files === 1 ? '1 file' : `${c.files} files`} · {formatElapsed(c.ms)}
                {c.detail ? ` · ${c.detail}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
