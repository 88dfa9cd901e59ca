// The selected file as it will be saved: its redacted text one page at a time (never the whole
// file), the redactions highlighted, and buttons to move between pages and between redactions.
import { useRef, useState, type ReactElement } from 'react'
import type { ReviewFile } from '../../../shared/contract'
import { RetryIcon } from '../icons/icons'
import { errorDetail, errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'
import { formatBytes } from './byte-size'
import { RedactedText, type RedactedTextHandle } from './RedactedText'
import { useFilePage } from './useFilePage'

const count = (n: number): string => n.toLocaleString('en-US')

export function FileViewer({
  transport,
  collectionId,
  file,
  revision
}: {
  transport: Transport
  collectionId: string
  file: ReviewFile
  revision: number
}): ReactElement {
  // Offsets of the pages before this one, so "Previous page" needs no guessing at byte positions.
  const [trail, setTrail] = useState<number[]>([])
  const [offset, setOffset] = useState(0)
  const [attempt, setAttempt] = useState(0)
  const [stepNote, setStepNote] = useState<string | null>(null)
  const text = useRef<RedactedTextHandle>(null)
  const state = useFilePage(transport, collectionId, file.fileId, offset, revision, attempt)
  const page = state.phase === 'ready' ? state.page : null

  const go = (next: number, back: boolean): void => {
    setTrail(back ? trail.slice(0, -1) : [...trail, offset])
    setOffset(next)
    setStepNote(null)
  }

  const step = (direction: 1 | -1): void => {
    const moved = text.current?.step(direction) ?? false
    setStepNote(moved ? null : direction === 1 ? 'No more redactions on this page.' : 'No earlier redactions on this page.')
  }

  const end = page ? (page.nextOffset ?? page.totalBytes) : 0
  const paged = page ? page.offset > 0 || page.nextOffset !== null : false
  const pageLabel = page
    ? paged
      ? `bytes ${count(page.offset + 1)}–${count(end)} of ${count(page.totalBytes)}`
      : `all ${formatBytes(page.totalBytes)}`
    : ''

  return (
    <section className="viewer" aria-labelledby="viewer-title" data-file-id={file.fileId}>
      <header className="viewer__head">
        <h2 className="viewer__title mono" id="viewer-title">
          {file.path}
        </h2>
        <p className="viewer__meta">
          {formatBytes(file.bytes)} · {file.redactionCount === 1 ? '1 redaction' : `${count(file.redactionCount)} redactions`}
          {file.cutBytes > 0 ? ` · older ${formatBytes(file.cutBytes)} left out to fit the size limit` : ''}
          {file.included ? '' : ' · not included'}
        </p>
      </header>
      <div className="viewer__bar">
        <div className="viewer__pages" role="group" aria-label="Pages">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!trail.length || !page}
            onClick={() => go(trail[trail.length - 1] ?? 0, true)}
          >
            Previous page
          </button>
          <span className="viewer__range" aria-live="polite">
            {page ? `Showing ${pageLabel}` : ''}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={page?.nextOffset == null}
            onClick={() => page?.nextOffset != null && go(page.nextOffset, false)}
          >
            Next page
          </button>
        </div>
        {page && page.spans.length ? (
          <div className="viewer__steps" role="group" aria-label="Redactions on this page">
            <button type="button" className="button button--secondary button--small" onClick={() => step(-1)}>
              Previous redaction
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => step(1)}>
              Next redaction
            </button>
          </div>
        ) : null}
      </div>
      {stepNote ? (
        <p className="viewer__note" role="status">
          {stepNote}
        </p>
      ) : null}
      {state.phase === 'loading' ? (
        <div className="loading viewer__loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading the file…
        </div>
      ) : state.phase === 'error' ? (
        <div className="notice notice--warning viewer__error" role="alert">
          <p className="notice__text">
            This page of the file could not be loaded: {errorMessage(state.error)}
            {errorDetail(state.error) ? <span className="notice__detail"> ({errorDetail(state.error)})</span> : null}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={() => setAttempt((n) => n + 1)}>
            <RetryIcon size={14} />
            Try again
          </button>
        </div>
      ) : page && page.text.length === 0 ? (
        <p className="viewer__empty muted">This file is empty.</p>
      ) : page ? (
        <RedactedText
          key={`${page.offset}:${revision}`}
          ref={text}
          text={page.text}
          spans={page.spans}
          label={`Contents of ${file.path}, ${pageLabel}`}
        />
      ) : null}
    </section>
  )
}
