// Words the filter cannot know are personal (the room's name, the company, a project): the user
// adds them, and applying re-runs the filter over everything so each becomes <term-N>. The terms
// stay in this page's memory; the bundle records only how many there were.
import { useId, useState, type ReactElement } from 'react'
import { CloseIcon } from '../icons/icons'
import { errorMessage } from '../transport/call-errors'

const MAX_TERMS = 100
const MAX_TERM_LENGTH = 200

export function CustomTerms({
  applied,
  appliedCount,
  onApply
}: {
  /** The terms this page applied last (empty after a reload). */
  applied: readonly string[]
  /** How many terms the core has applied (from the review model). */
  appliedCount: number
  onApply(terms: string[]): Promise<void>
}): ReactElement {
  const ids = useId()
  const [terms, setTerms] = useState<string[]>(() => [...applied])
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const changed = terms.length !== applied.length || terms.some((t, i) => t !== applied[i])

  const add = (): void => {
    const term = draft.trim()
    if (!term) return setError('Type a word or name first.')
    if (term.length > MAX_TERM_LENGTH) return setError(`A term can be at most ${MAX_TERM_LENGTH} characters.`)
    if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) return setError('That term is already in the list.')
    if (terms.length >= MAX_TERMS) return setError(`At most ${MAX_TERMS} terms can be added.`)
    setTerms([...terms, term])
    setDraft('')
    setError(null)
  }

  const apply = async (): Promise<void> => {
    setError(null)
    try {
      await onApply(terms)
    } catch (err) {
      setError(`The filter could not be run again: ${errorMessage(err)}`)
    }
  }

  return (
    <section className="card review-card" aria-labelledby={`${ids}-title`}>
      <h2 className="card__title" id={`${ids}-title`}>
        Hide more words
      </h2>
      <p className="card__subtitle">
        Names the filter cannot know, such as the room, your company or a project. Each becomes <code>&lt;term-1&gt;</code>,{' '}
        <code>&lt;term-2&gt;</code>… in every file. The words themselves never go into the bundle.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-term`}>
          Word or name to hide
        </label>
        <div className="field__row">
          <input
            id={`${ids}-term`}
            className="field__input"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_TERM_LENGTH + 20}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={add}>
            Add
          </button>
        </div>
        {error ? (
          <p className="field__error" id={`${ids}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {terms.length ? (
        <ul className="term-list" aria-label="Words to hide">
          {terms.map((t) => (
            <li key={t} className="term">
              <span className="term__text">{t}</span>
              <button
                type="button"
                className="icon-button term__remove"
                aria-label={`Remove ${t}`}
                title="Remove"
                onClick={() => setTerms(terms.filter((x) => x !== t))}
              >
                <CloseIcon size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {appliedCount > 0 && applied.length === 0 ? (
        <p className="muted term-note">
          {appliedCount === 1 ? '1 word added earlier is' : `${appliedCount} words added earlier are`} still hidden. Applying a new list
          replaces them.
        </p>
      ) : null}
      <div className="term-actions">
        <button type="button" className="button button--primary" onClick={() => void apply()} disabled={!changed}>
          Apply and filter again
        </button>
        <span className="muted" aria-live="polite">
          {changed ? 'Not applied yet.' : terms.length ? `${terms.length === 1 ? '1 word' : `${terms.length} words`} hidden.` : ''}
        </span>
      </div>
    </section>
  )
}
