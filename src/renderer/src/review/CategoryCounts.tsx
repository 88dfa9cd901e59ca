// What was hidden, per category, over the files that will be saved. Categories with nothing
// hidden are listed too (as "none"), so the list also says what was looked for.
import type { ReactElement } from 'react'
import type { CategoryCounts as Counts, RedactionCategory } from '../../../shared/contract'
import { CATEGORY_TEXT } from './redaction-categories'

export function CategoryCounts({ counts }: { counts: Counts }): ReactElement {
  const entries = (Object.keys(CATEGORY_TEXT) as RedactionCategory[]).map((c) => [c, counts[c] ?? 0] as const)
  const found = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  const none = entries.filter(([, n]) => n === 0)
  return (
    <section className="card review-card" aria-labelledby="counts-title">
      <h2 className="card__title" id="counts-title">
        What was hidden
      </h2>
      <ul className="category-counts">
        {found.map(([c, n]) => (
          <li key={c} className="category-count" data-category={c} data-count={n}>
            <span className={`category-count__swatch redaction--${c}`} aria-hidden="true" />
            <span className="category-count__label" title={CATEGORY_TEXT[c].explanation}>
              {CATEGORY_TEXT[c].label}
            </span>
            <span className="category-count__n">{n.toLocaleString('en-US')}</span>
          </li>
        ))}
      </ul>
      {found.length === 0 ? <p className="muted">Nothing personal was found in the included files.</p> : null}
      {none.length ? (
        <p className="category-counts__none muted">None found: {none.map(([c]) => CATEGORY_TEXT[c].label).join(', ')}.</p>
      ) : null}
    </section>
  )
}
