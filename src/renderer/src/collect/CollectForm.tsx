// What will be gathered, and the few choices a person makes before starting: the time window, the
// size limit, and extra log files or folders. Everything is collected on the machine the core runs
// on, so in web mode the paths are paths on the room computer.
import { useId, useState, type FormEvent, type ReactElement } from 'react'
import type { AppInfo, CollectionPlan, StartCollectionInput } from '../../../shared/contract'
import { CloseIcon, InfoIcon } from '../icons/icons'
import { BUDGET_MAX_MB, BUDGET_MIN_MB, budgetMb, parseBudget, windowChoices } from './collect-options'

const MAX_EXTRA_PATHS = 32

export function CollectForm({
  plan,
  shell,
  busy,
  onStart
}: {
  plan: CollectionPlan
  shell: AppInfo['shell'] | null
  busy: boolean
  onStart(input: StartCollectionInput): void
}): ReactElement {
  const ids = useId()
  const [hours, setHours] = useState(plan.sinceHours)
  const [budget, setBudget] = useState(String(budgetMb(plan.budgetBytes)))
  const [budgetError, setBudgetError] = useState<string | null>(null)
  const [paths, setPaths] = useState<string[]>([])
  const [pathDraft, setPathDraft] = useState('')
  const [pathError, setPathError] = useState<string | null>(null)
  const where = shell === 'web' ? 'the room computer' : 'this computer'

  const addPath = (): void => {
    const path = pathDraft.trim()
    if (!path) return setPathError('Type the full path of a log file or folder first.')
    if (paths.includes(path)) return setPathError('That path is already in the list.')
    if (paths.length >= MAX_EXTRA_PATHS) return setPathError(`At most ${MAX_EXTRA_PATHS} extra paths can be added.`)
    setPaths([...paths, path])
    setPathDraft('')
    setPathError(null)
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const parsed = parseBudget(budget)
    if (!parsed.ok) {
      setBudgetError(parsed.error)
      document.getElementById(`${ids}-budget`)?.focus()
      return
    }
    setBudgetError(null)
    onStart({ sinceHours: hours, budgetBytes: parsed.bytes, ...(paths.length ? { extraLogPaths: paths } : {}) })
  }

  return (
    <form className="collect-form" onSubmit={submit} aria-labelledby="collect-title">
      <header className="collect-head">
        <h1 className="collect-head__title" id="collect-title">
          Collect a diagnostic bundle
        </h1>
        <p className="collect-head__lead">
          Everything is gathered on {where} and filtered for personal data. You see every file, with what was hidden, before anything is
          saved; nothing is sent anywhere from here.
        </p>
      </header>

      <section className="card collect-card" aria-labelledby={`${ids}-what`}>
        <h2 className="card__title" id={`${ids}-what`}>
          What will be gathered
        </h2>
        <ul className="collect-categories">
          {plan.categories.map((c) => (
            <li key={c.id} className={`collect-category${c.available ? '' : ' collect-category--unavailable'}`} data-category={c.id}>
              <span className="collect-category__title">{c.title}</span>
              <span className="collect-category__explanation">{c.explanation}</span>
              {c.available ? null : (
                <span className="badge badge--unknown collect-category__badge">
                  <InfoIcon size={12} />
                  Not on this system
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card collect-card" aria-labelledby={`${ids}-options`}>
        <h2 className="card__title" id={`${ids}-options`}>
          Choices
        </h2>
        <div className="collect-fields">
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-window`}>
              Time window for logs
            </label>
            <select id={`${ids}-window`} className="field__input" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
              {windowChoices(plan.sinceHours).map((w) => (
                <option key={w.hours} value={w.hours}>
                  {w.label}
                  {w.hours === plan.sinceHours ? ' (recommended)' : ''}
                </option>
              ))}
            </select>
            <p className="field__hint">Older log lines are left out.</p>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-budget`}>
              Size limit (MB)
            </label>
            <input
              id={`${ids}-budget`}
              className="field__input field__input--number"
              inputMode="numeric"
              value={budget}
              aria-invalid={budgetError ? true : undefined}
              aria-describedby={`${ids}-budget-hint${budgetError ? ` ${ids}-budget-error` : ''}`}
              onChange={(e) => setBudget(e.target.value)}
            />
            <p className="field__hint" id={`${ids}-budget-hint`}>
              {BUDGET_MIN_MB}–{BUDGET_MAX_MB} MB, compressed. Newest logs are kept first; what does not fit is listed in the bundle. Most
              ticket systems accept attachments up to 50 MB.
            </p>
            {budgetError ? (
              <p className="field__error" id={`${ids}-budget-error`} role="alert">
                {budgetError}
              </p>
            ) : null}
          </div>
        </div>

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-path`}>
            Extra log files or folders <span className="field__optional">(optional)</span>
          </label>
          <div className="field__row">
            <input
              id={`${ids}-path`}
              className="field__input mono"
              value={pathDraft}
              placeholder={shell === 'web' ? 'A path on the room computer' : '/path/to/logs'}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${ids}-path-hint${pathError ? ` ${ids}-path-error` : ''}`}
              onChange={(e) => setPathDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  addPath()
                }
              }}
            />
            <button type="button" className="button button--secondary" onClick={addPath}>
              Add
            </button>
          </div>
          <p className="field__hint" id={`${ids}-path-hint`}>
            A file or folder on {where}, e.g. logs an app keeps in an unusual place. They are filtered like everything else.
          </p>
          {pathError ? (
            <p className="field__error" id={`${ids}-path-error`} role="alert">
              {pathError}
            </p>
          ) : null}
          {paths.length ? (
            <ul className="path-list" aria-label="Extra log files or folders">
              {paths.map((p) => (
                <li key={p} className="path-list__item">
                  <span className="mono path-list__path">{p}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${p}`}
                    title="Remove"
                    onClick={() => setPaths(paths.filter((x) => x !== p))}
                  >
                    <CloseIcon size={14} />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <div className="collect-actions">
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {busy ? 'Starting…' : 'Start collecting'}
        </button>
        <p className="muted">Takes a minute or two. You can cancel at any time.</p>
      </div>
    </form>
  )
}
