// The review model of the current collection: loaded when it is ready (and again after every
// re-filter), replaced by the answer of each include toggle.
import { useCallback, useEffect, useState } from 'react'
import type { ReviewModel } from '../../../shared/contract'
import type { BundleFlow } from '../collect/useBundle'
import type { Transport } from '../transport/transport'

export type ReviewState =
  { phase: 'idle' } | { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; model: ReviewModel }

export interface Review {
  state: ReviewState
  retry(): void
  setIncluded(fileId: string, included: boolean): Promise<void>
}

export function useReview(transport: Transport, bundle: BundleFlow): Review {
  const [state, setState] = useState<ReviewState>({ phase: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const id = bundle.collection?.collectionId ?? null
  // Loaded when there are files to show; while a save runs the last model stays on screen.
  const ready = bundle.collection?.phase === 'ready' || bundle.collection?.phase === 'saved'

  useEffect(() => {
    if (!id) {
      setState({ phase: 'idle' })
      return
    }
    if (!ready) {
      setState((prev) => (prev.phase === 'ready' && prev.model.collectionId === id ? prev : { phase: 'idle' }))
      return
    }
    let alive = true
    setState((prev) => (prev.phase === 'ready' && prev.model.collectionId === id ? prev : { phase: 'loading' }))
    transport.call('bundle.review', { collectionId: id }).then(
      (model) => alive && setState({ phase: 'ready', model }),
      (error: unknown) => alive && setState({ phase: 'error', error })
    )
    return () => {
      alive = false
    }
  }, [transport, id, ready, bundle.revision, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  const setIncluded = useCallback(
    async (fileId: string, included: boolean) => {
      if (!id) return
      const model = await transport.call('bundle.setIncluded', { collectionId: id, fileId, included })
      setState({ phase: 'ready', model })
    },
    [transport, id]
  )

  return { state, retry, setIncluded }
}
