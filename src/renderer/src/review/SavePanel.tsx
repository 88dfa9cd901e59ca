// The consent summary (what will be saved, what was hidden, what was left out) and Save. After
// saving: where the file is, its bundle id and size, and where the key to the pseudonyms is kept
// (on this machine only).
import { useId, useState, type ReactElement } from 'react'
import type { AppInfo, ReviewModel, SavedBundle } from '../../../shared/contract'
import { CopyButton } from '../clipboard/CopyButton'
import { AttentionIcon, OkIcon } from '../icons/icons'
import { errorDetail, errorMessage } from '../transport/call-errors'
import { formatBytes } from './byte-size'

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

export function consentSentence(model: ReviewModel, termsApplied: number): string {
  const excluded = model.files.filter((f) => !f.included).length
  const redactions = Object.values(model.totals.redactions).reduce((a, b) => a + b, 0)
  const categories = Object.values(model.totals.redactions).filter((n) => n > 0).length
  return [
    `${plural(model.totals.files, 'file', 'files')}, about ${formatBytes(model.totals.compressedBytes)} compressed (limit ${formatBytes(model.totals.budgetBytes)})`,
    `${plural(redactions, 'redaction', 'redactions')} in ${plural(categories, 'category', 'categories')}`,
    excluded ? `${plural(excluded, 'file', 'files')} left out by you` : 'no files left out by you',
    `${plural(termsApplied, 'custom term', 'custom terms')}`
  ].join(' · ')
}

function CopyableFact({ term, field, value, copyLabel }: { term: string; field: string; value: string; copyLabel: string }): ReactElement {
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <span className="mono selectable" data-field={field}>
          {value}
        </span>
        <CopyButton value={value} label={copyLabel} />
      </dd>
    </>
  )
}

export function SavePanel({
  model,
  defaultFolder,
  shell,
  saved,
  onSave
}: {
  model: ReviewModel
  defaultFolder: string | null
  shell: AppInfo['shell'] | null
  saved: SavedBundle | null
  onSave(destination: string | null): Promise<void>
}): ReactElement {
  const ids = useId()
  const [folder, setFolder] = useState(defaultFolder ?? '')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const nothing = model.totals.files === 0
  const where = shell === 'web' ? 'on the room computer' : 'on this computer'

  const save = async (): Promise<void> => {
    setSaving(true)
    setError(null)
    try {
      const destination = folder.trim()
      await onSave(destination && destination !== defaultFolder ? destination : null)
    } catch (err) {
      setError(err)
    } finally {
      setSaving(false)
    }
  }

  if (saved) {
    return (
      <section className="card review-card save-done" aria-labelledby={`${ids}-saved`} role="status">
        <span className="status-mark status-mark--ok">
          <OkIcon size={22} />
        </span>
        <div className="save-done__body">
          <h2 className="card__title" id={`${ids}-saved`}>
            Bundle saved
          </h2>
          <dl className="label-list save-facts">
            <CopyableFact term={`Saved to (${where})`} field="path" value={saved.path} copyLabel="Copy where the bundle was saved" />
            <CopyableFact term="Bundle id" field="bundle-id" value={saved.bundleId} copyLabel="Copy the bundle id" />
            <dt>Size</dt>
            <dd data-field="size" data-bytes={saved.bytes}>
              {formatBytes(saved.bytes)}
            </dd>
          </dl>
          <p className="muted">
            Attach it to your support ticket. The key to the pseudonyms (which real name each <code>&lt;host-1&gt;</code>-style token stands
            for) stays {where}, never in the bundle: <span className="mono">{saved.mapPath}</span>
          </p>
        </div>
      </section>
    )
  }

  return (
    <section className="card review-card save-panel" aria-labelledby={`${ids}-title`}>
      <h2 className="card__title" id={`${ids}-title`}>
        Save the bundle
      </h2>
      <p className="save-panel__consent" data-consent>
        You are about to save: {consentSentence(model, model.customTermCount)}.
      </p>
      {model.totals.compressedBytes > model.totals.budgetBytes ? (
        <p className="notice notice--warning">
          <AttentionIcon size={16} /> The included files are estimated above the size limit; the oldest log lines are cut while saving.
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-folder`}>
          Folder {where}
        </label>
        <input
          id={`${ids}-folder`}
          className="field__input mono"
          value={folder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setFolder(e.target.value)}
        />
      </div>
      {error ? (
        <div className="notice notice--warning" role="alert">
          <p className="notice__text">
            The bundle was not saved: {errorDetail(error) ?? errorMessage(error)} Nothing was left behind; you can try again or choose
            another folder.
          </p>
        </div>
      ) : null}
      <div className="save-panel__actions">
        <button type="button" className="button button--primary button--large" onClick={() => void save()} disabled={saving || nothing}>
          {saving ? 'Saving…' : 'Save bundle'}
        </button>
        {nothing ? <span className="muted">Include at least one file to save a bundle.</span> : null}
      </div>
    </section>
  )
}
