// Collect: what will be gathered and the choices, then the progress of each stage with Cancel;
// when the collection is ready the Review screen takes over. A collection already under way (or
// ready) in this tab is shown instead of the form.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { AppInfo, StartCollectionInput } from '../../../shared/contract'
import { CoreProblem } from '../ui/CoreProblem'
import { sectionHref } from '../ui/sections'
import { AttentionIcon, OkIcon } from '../icons/icons'
import { errorDetail, errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'
import { CollectForm } from './CollectForm'
import { CollectProgress } from './CollectProgress'
import { Restoring } from './Restoring'
import type { BundleFlow } from './useBundle'

export const COLLECT_TITLE = 'Collect'

function Problem({ error }: { error: unknown }): ReactElement {
  const detail = errorDetail(error)
  return (
    <div className="notice notice--warning" role="alert">
      <AttentionIcon size={18} />
      <p className="notice__text">
        {errorMessage(error)}
        {detail ? <span className="notice__detail"> ({detail})</span> : null}
      </p>
    </div>
  )
}

export function CollectScreen({
  bundle,
  transport,
  info
}: {
  bundle: BundleFlow
  transport: Transport
  info: AppInfo | null
}): ReactElement {
  const { plan, collection, problem } = bundle
  const [starting, setStarting] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const phase = collection?.phase ?? null

  useEffect(() => {
    document.title = `${COLLECT_TITLE} · Logi Room Diagnostics`
  }, [])

  // A collection that finishes while this screen is open continues in Review.
  const seen = useRef(phase)
  useEffect(() => {
    if (phase === 'ready' && seen.current === 'collecting') window.location.hash = sectionHref('review')
    seen.current = phase
  }, [phase])

  const start = async (input: StartCollectionInput): Promise<void> => {
    setStarting(true)
    await bundle.start(input)
    setStarting(false)
  }

  // "Cancelling…" lasts until the core reports the collection stopped (or finished after all).
  const cancel = (): void => {
    setCancelling(true)
    void bundle.cancel().then((reached) => {
      if (!reached) setCancelling(false)
    })
  }
  useEffect(() => {
    if (phase !== 'collecting') setCancelling(false)
  }, [phase])

  if (collection?.restoring) return <Restoring />
  if (collection && (phase === 'collecting' || phase === 'filtering')) {
    return (
      <div className="collect">
        <CollectProgress
          phase={collection.phase}
          progress={collection.progress}
          cancelling={cancelling}
          onCancel={phase === 'collecting' ? cancel : undefined}
        />
        {problem ? <Problem error={problem} /> : null}
      </div>
    )
  }

  if (collection && phase !== 'cancelled' && phase !== 'failed') {
    return (
      <div className="collect">
        <section className="card collect-done" aria-labelledby="collect-done-title">
          <span className="status-mark status-mark--ok">
            <OkIcon size={22} />
          </span>
          <div className="collect-done__body">
            <h1 className="collect-head__title" id="collect-done-title">
              {phase === 'saved' ? 'The bundle is saved' : 'A bundle is waiting for your review'}
            </h1>
            <p className="muted">
              {phase === 'saved'
                ? 'Review shows where it was saved. Start a new collection to gather everything again.'
                : 'Look through it in Review, then save it. Starting again throws this one away.'}
            </p>
            <div className="collect-done__actions">
              <a className="button button--primary" href={sectionHref('review')}>
                Go to Review
              </a>
              <button type="button" className="button button--secondary" onClick={() => void bundle.discard()}>
                Start a new collection
              </button>
            </div>
          </div>
        </section>
      </div>
    )
  }

  return (
    <div className="collect">
      {collection && (phase === 'cancelled' || phase === 'failed') ? (
        <>
          <CollectProgress phase={collection.phase} progress={collection.progress} cancelling={false} level={2} />
          <div className={`notice ${phase === 'failed' ? 'notice--warning' : ''}`} role={phase === 'failed' ? 'alert' : 'status'}>
            <p className="notice__text">
              {phase === 'failed'
                ? `Nothing was kept. ${collection.progress?.error ?? 'The diagnostics service stopped the collection.'} You can start again below.`
                : 'Nothing was kept. You can start again below.'}
            </p>
          </div>
        </>
      ) : null}
      {problem ? <Problem error={problem} /> : null}
      {plan.phase === 'loading' ? (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Asking what can be collected…
        </div>
      ) : plan.phase === 'error' ? (
        <CoreProblem error={plan.error} onRetry={bundle.retryPlan} shell={transport.kind} what="The collection plan" />
      ) : (
        <CollectForm plan={plan.plan} shell={info?.shell ?? null} busy={starting} onStart={(input) => void start(input)} />
      )}
    </div>
  )
}
