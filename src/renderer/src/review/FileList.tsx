// Every file in the bundle: path, size, redactions and an include switch. Selecting a row shows
// the file beside the list. Including a binary file (a crash dump) is an explicit opt-in after a
// warning, because its contents cannot be filtered.
import { useState, type ReactElement } from 'react'
import type { ReviewFile } from '../../../shared/contract'
import { AttentionIcon } from '../icons/icons'
import { errorMessage } from '../transport/call-errors'
import { formatBytes } from './byte-size'

export function FileList({
  files,
  selected,
  onSelect,
  onSetIncluded
}: {
  files: readonly ReviewFile[]
  selected: string | null
  onSelect(fileId: string): void
  onSetIncluded(fileId: string, included: boolean): Promise<void>
}): ReactElement {
  const [confirming, setConfirming] = useState<string | null>(null)
  // The switch moves at once; the core's answer confirms it (or it moves back, with the reason).
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map())
  const [error, setError] = useState<string | null>(null)

  const toggle = async (file: ReviewFile, included: boolean): Promise<void> => {
    if (included && file.binary && confirming !== file.fileId) {
      setConfirming(file.fileId)
      return
    }
    setConfirming(null)
    setPending((prev) => new Map(prev).set(file.fileId, included))
    setError(null)
    try {
      await onSetIncluded(file.fileId, included)
    } catch (err) {
      setError(`"${file.path}" could not be ${included ? 'included' : 'left out'}: ${errorMessage(err)}`)
    } finally {
      setPending((prev) => {
        const next = new Map(prev)
        next.delete(file.fileId)
        return next
      })
    }
  }

  return (
    <div className="file-list">
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="file-list__items" aria-label="Files in the bundle">
        {files.map((f) => (
          <li
            key={f.fileId}
            className={`file-row${f.fileId === selected ? ' file-row--selected' : ''}${f.included ? '' : ' file-row--excluded'}`}
            data-file-id={f.fileId}
          >
            <input
              type="checkbox"
              className="file-row__include"
              checked={pending.get(f.fileId) ?? f.included}
              disabled={pending.has(f.fileId)}
              aria-label={`Include ${f.path}`}
              onChange={(e) => void toggle(f, e.target.checked)}
            />
            <button
              type="button"
              className="file-row__select"
              aria-current={f.fileId === selected ? 'true' : undefined}
              onClick={() => onSelect(f.fileId)}
            >
              <span className="file-row__path mono">{f.path}</span>
              <span className="file-row__meta">
                {formatBytes(f.bytes)}
                {' · '}
                <span className="file-row__count" data-count={f.redactionCount}>
                  {f.redactionCount === 1 ? '1 redaction' : `${f.redactionCount.toLocaleString('en-US')} redactions`}
                </span>
                {f.binary ? ' · binary' : ''}
                {f.included ? '' : ' · left out'}
              </span>
            </button>
            {confirming === f.fileId ? (
              <div className="file-row__confirm" role="alertdialog" aria-label={`Include ${f.path}?`}>
                <p>
                  <AttentionIcon size={16} /> This is a binary file, such as a crash dump. It can hold pieces of memory (documents, names,
                  passwords) that cannot be filtered. Include it only if support asked for it.
                </p>
                <div className="file-row__confirm-actions">
                  <button type="button" className="button button--primary button--small" onClick={() => void toggle(f, true)}>
                    Include anyway
                  </button>
                  <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(null)}>
                    Keep it out
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
