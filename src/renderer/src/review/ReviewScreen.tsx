// Review: every file that would be saved beside a viewer of the selected one with its redactions
// highlighted; what was hidden per category; words to hide; what was left out; then consent and
// Save. Nothing here is raw: the core only ever hands over filtered text.
import { useEffect, useState, type ReactElement } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { CoreProblem } from '../ui/CoreProblem'
import { sectionHref } from '../ui/sections'
import { CollectProgress } from '../collect/CollectProgress'
import type { BundleFlow } from '../collect/useBundle'
import { Restoring } from '../collect/Restoring'
import { InfoIcon } from '../icons/icons'
import type { Transport } from '../transport/transport'
import { formatBytes } from './byte-size'
import { CategoryCounts } from './CategoryCounts'
import { CustomTerms } from './CustomTerms'
import { FileList } from './FileList'
import { FileViewer } from './FileViewer'
import { LeftOut } from './LeftOut'
import { SavePanel } from './SavePanel'
import { useReview } from './useReview'

export const REVIEW_TITLE = 'Review'

function Empty({ title, children }: { title: string; children: ReactElement | string }): ReactElement {
  return (
    <section className="card review-empty" aria-labelledby="review-empty-title">
      <span className="status-mark status-mark--empty">
        <InfoIcon size={22} />
      </span>
      <div>
        <h1 className="collect-head__title" id="review-empty-title">
          {title}
        </h1>
        <p className="muted">{children}</p>
      </div>
    </section>
  )
}

export function ReviewScreen({
  bundle,
  transport,
  info
}: {
  bundle: BundleFlow
  transport: Transport
  info: AppInfo | null
}): ReactElement {
  const review = useReview(transport, bundle)
  const [selected, setSelected] = useState<string | null>(null)
  const collection = bundle.collection
  const model = review.state.phase === 'ready' ? review.state.model : null

  useEffect(() => {
    document.title = `${REVIEW_TITLE} · Logi Room Diagnostics`
  }, [])

  // Keep a selection that still exists; otherwise the first file.
  useEffect(() => {
    if (!model) return
    if (!selected || !model.files.some((f) => f.fileId === selected)) setSelected(model.files[0]?.fileId ?? null)
  }, [model, selected])

  if (collection?.restoring) return <Restoring />
  if (!collection) {
    return (
      <Empty title="Nothing to review yet">
        <>
          Collect a bundle first: <a href={sectionHref('collect')}>go to Collect</a>. You will see every file here before anything is saved.
        </>
      </Empty>
    )
  }
  if (collection.phase === 'collecting') {
    return (
      <Empty title="Still collecting">
        <>
          The files appear here as soon as collection is done. <a href={sectionHref('collect')}>See the progress</a>.
        </>
      </Empty>
    )
  }
  if (collection.phase === 'cancelled' || collection.phase === 'failed') {
    return (
      <Empty title={collection.phase === 'cancelled' ? 'The collection was cancelled' : 'The collection did not finish'}>
        <>
          Nothing was kept{collection.progress?.error ? `: ${collection.progress.error}` : '.'}{' '}
          <a href={sectionHref('collect')}>Start a new collection</a>.
        </>
      </Empty>
    )
  }
  if (collection.phase === 'filtering') {
    return <CollectProgress phase="filtering" progress={collection.progress} cancelling={false} />
  }
  if (review.state.phase === 'error')
    return <CoreProblem error={review.state.error} onRetry={review.retry} shell={transport.kind} what="The review" />
  if (!model) {
    return (
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading the files…
      </div>
    )
  }

  const file = model.files.find((f) => f.fileId === selected) ?? null
  const redactions = Object.values(model.totals.redactions).reduce((a, b) => a + b, 0)
  const plan = bundle.plan.phase === 'ready' ? bundle.plan.plan : null
  // Saving removes the core's working copy: a saved bundle's files can no longer be viewed or
  // changed here, so the result comes first and the editing tools go.
  const saved = collection.phase === 'saved'
  const savePanel = (
    <SavePanel
      model={model}
      defaultFolder={plan?.defaultFolder ?? null}
      shell={info?.shell ?? null}
      saved={collection.saved}
      onSave={async (destination) => {
        const result = await transport.call('bundle.save', {
          collectionId: collection.collectionId,
          ...(destination ? { destination } : {})
        })
        bundle.setSaved(result)
      }}
    />
  )

  return (
    <div className="review">
      <header className="review-head">
        <h1 className="collect-head__title">{saved ? 'Bundle ready for support' : 'Review before saving'}</h1>
        <p className="review-head__summary" data-summary>
          {model.totals.files} of {model.files.length} files included · {formatBytes(model.totals.compressedBytes)} compressed of a{' '}
          {formatBytes(model.totals.budgetBytes)} limit · {redactions.toLocaleString('en-US')} redactions
        </p>
      </header>
      {saved && collection.saved ? savePanel : null}
      {saved && !collection.saved ? (
        // Saved before this page was reloaded: the core keeps no second copy to write.
        <section className="card review-card" aria-labelledby="saved-before-title">
          <h2 className="card__title" id="saved-before-title">
            This bundle is already saved
          </h2>
          <p className="muted">
            It was saved before this page was reloaded. To save another, <a href={sectionHref('collect')}>start a new collection</a>.
          </p>
        </section>
      ) : null}
      <CategoryCounts counts={model.totals.redactions} />
      {saved ? null : model.files.length === 0 ? (
        <section className="card review-card">
          <p>The collection found no files to include. The bundle will hold only the summary and the manifest.</p>
        </section>
      ) : (
        <div className="review-split">
          <FileList files={model.files} selected={selected} onSelect={setSelected} onSetIncluded={review.setIncluded} />
          {file ? (
            <FileViewer
              key={file.fileId}
              transport={transport}
              collectionId={collection.collectionId}
              file={file}
              revision={bundle.revision}
            />
          ) : null}
        </div>
      )}
      {saved ? null : (
        <CustomTerms
          key={`${bundle.revision}:${bundle.terms.join('\n')}`}
          applied={bundle.terms}
          appliedCount={model.customTermCount}
          onApply={bundle.applyTerms}
        />
      )}
      <LeftOut model={model} />
      {saved ? null : savePanel}
    </div>
  )
}
