// Step 5: the diagnostic bundle that goes with the ticket: one of those saved in the bundle
// folder (newest first), or a file named by path.
import { useCallback, useEffect, useState, type ReactElement } from 'react'
import type { BundleInfo } from '../../../shared/contract'
import { RetryIcon } from '../icons/icons'
import { errorMessage } from '../transport/call-errors'
import type { Transport } from '../transport/transport'
import { Field } from './Field'
import type { FormContext } from './form-context'
import { sizeText } from './size-text'

type Listing = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; folder: string; bundles: BundleInfo[] }

export function useBundles(transport: Transport): { listing: Listing; reload(): void } {
  const [listing, setListing] = useState<Listing>({ phase: 'loading' })
  const reload = useCallback(() => {
    transport.call('ticket.bundles', undefined).then(
      (r) =>
        setListing({ phase: 'ready', folder: r.folder, bundles: [...r.bundles].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)) }),
      (error: unknown) => setListing({ phase: 'error', error })
    )
  }, [transport])
  useEffect(reload, [reload])
  return { listing, reload }
}

export function StepBundle({
  ctx,
  listing,
  reload,
  problem
}: {
  ctx: FormContext
  listing: Listing
  reload(): void
  problem: string | null
}): ReactElement {
  const choose = (path: string): void => ctx.setDraft({ bundlePath: path })
  const listed = listing.phase === 'ready' && listing.bundles.some((b) => b.path === ctx.draft.bundlePath)
  return (
    <>
      {listing.phase === 'loading' ? (
        <p className="muted" role="status">
          Looking for saved bundles…
        </p>
      ) : listing.phase === 'error' ? (
        <div className="ticket-notice" role="status">
          <p>The saved bundles could not be listed: {errorMessage(listing.error)}</p>
          <button type="button" className="button button--secondary button--small" onClick={reload}>
            <RetryIcon size={14} /> Try again
          </button>
        </div>
      ) : listing.bundles.length === 0 ? (
        <p className="muted">
          No bundle is saved in <code>{listing.folder}</code> yet. Name a bundle file below.
        </p>
      ) : (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Saved bundles</legend>
          <p className="field__hint">
            In <code>{listing.folder}</code>, newest first.
          </p>
          <div className="choice-list">
            {listing.bundles.map((b) => (
              <label key={b.path} className="choice">
                <input type="radio" name="bundle" checked={ctx.draft.bundlePath === b.path} onChange={() => choose(b.path)} />
                <span className="choice__text">
                  <span className="choice__title">{b.name}</span>
                  <span className="choice__detail">
                    {sizeText(b.size)} · saved {new Date(b.modifiedAt).toLocaleString()} · bundle {b.bundleId}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Field
        name="bundlePath"
        label={listed ? 'Or another bundle file' : 'Bundle file'}
        hint="The full path of a bundle on this computer."
        problem={problem ? { kind: 'invalid', message: problem } : null}
        required
      >
        {(p) => (
          <input
            {...p}
            className="input mono"
            value={listed ? '' : ctx.draft.bundlePath}
            onChange={(e) => choose(e.target.value)}
            spellCheck={false}
          />
        )}
      </Field>
    </>
  )
}
