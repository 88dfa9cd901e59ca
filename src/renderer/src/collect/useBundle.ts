// The bundle this tab is building, shared by the Collect and Review screens (App owns it, so
// switching sections keeps it): the core's plan, the current collection and its latest progress,
// and the custom terms applied to it. Progress arrives as `bundle.progress` events; because events
// can be missed (the stream reconnects, or the page loaded after the collection began), the phase
// is also read back from `bundle.review` on every return to `live` and, while work is running,
// every few seconds.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { BundleProgress, CollectionPhase, CollectionPlan, SavedBundle, StartCollectionInput } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { rememberCollection, rememberedCollection } from './collection-memory'
import { isUnknownCollection } from './core-refusal'

export type PlanState = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready'; plan: CollectionPlan }

export interface Collection {
  collectionId: string
  phase: CollectionPhase
  /** The latest progress event for it; null until one arrives (e.g. after a reload). */
  progress: BundleProgress | null
  /** Set when a save finished. */
  saved: SavedBundle | null
  /** Remembered from before a reload and not yet confirmed by the core: the phase is a guess. */
  restoring: boolean
}

export interface BundleFlow {
  plan: PlanState
  retryPlan(): void
  collection: Collection | null
  /** Why the collection could not be started, or was lost (the core restarted). */
  problem: unknown
  start(input: StartCollectionInput): Promise<void>
  /** false when the request did not reach the core (the reason is in `problem`). */
  cancel(): Promise<boolean>
  /** Drop the collection (and its staging data in the core) to begin again. */
  discard(): Promise<void>
  /** The custom terms applied to the current collection, as the user typed them. */
  terms: readonly string[]
  applyTerms(terms: string[]): Promise<void>
  /** Record a finished save (the Review screen shows where it went). */
  setSaved(saved: SavedBundle): void
  /** Bumped whenever the review content may have changed (collection ready, filter re-run). */
  revision: number
}

const POLL_MS = 3000
const WORKING: ReadonlySet<CollectionPhase> = new Set(['collecting', 'filtering', 'saving'])

export function useBundle(transport: Transport): BundleFlow {
  const [plan, setPlan] = useState<PlanState>({ phase: 'loading' })
  const [collection, setCollection] = useState<Collection | null>(() => {
    const id = rememberedCollection()
    return id ? { collectionId: id, phase: 'collecting', progress: null, saved: null, restoring: true } : null
  })
  const [problem, setProblem] = useState<unknown>(null)
  const [terms, setTerms] = useState<readonly string[]>([])
  const [revision, setRevision] = useState(0)
  const current = useRef<string | null>(collection?.collectionId ?? null)
  // Events can arrive before `bundle.start` has told us the new id: keep the last one per id.
  const early = useRef(new Map<string, BundleProgress>())
  const eventCount = useRef(0)

  const update = useCallback((id: string, change: (c: Collection) => Collection) => {
    setCollection((prev) => (prev && prev.collectionId === id ? change(prev) : prev))
  }, [])

  // Each arrival at 'ready' (collected, or filtered again) means new review content.
  const phase = collection?.phase ?? null
  const lastPhase = useRef(phase)
  useEffect(() => {
    if (phase === 'ready' && lastPhase.current !== 'ready') setRevision((r) => r + 1)
    lastPhase.current = phase
  }, [phase])

  const loadPlan = useCallback(async () => {
    try {
      setPlan({ phase: 'ready', plan: await transport.call('bundle.plan', undefined) })
    } catch (error) {
      setPlan({ phase: 'error', error })
    }
  }, [transport])

  const retryPlan = useCallback(() => {
    setPlan({ phase: 'loading' })
    void loadPlan()
  }, [loadPlan])

  useEffect(() => {
    void loadPlan()
  }, [loadPlan])

  // Read the phase back from the core; an unknown id means the core no longer has it.
  const sync = useCallback(async () => {
    const id = current.current
    if (!id) return
    const eventsBefore = eventCount.current
    try {
      const review = await transport.call('bundle.review', { collectionId: id })
      // An event that arrived while this call was under way is newer than its answer.
      if (eventCount.current !== eventsBefore) return
      update(id, (c) => ({ ...c, restoring: false, phase: c.phase === 'saved' ? c.phase : review.phase }))
    } catch (error) {
      if (current.current !== id) return
      // Only the core saying it does not know this collection loses it; an unreachable core or
      // any other failure is passing and shown elsewhere.
      if (isUnknownCollection(error)) {
        current.current = null
        rememberCollection(null)
        setCollection(null)
        setProblem(
          new Error(
            'The diagnostics service no longer has the collection this page was working on (it may have been restarted). Start a new one.'
          )
        )
      }
    }
  }, [transport, update])

  useEffect(() => {
    const offProgress = transport.on('bundle.progress', (p) => {
      eventCount.current++
      if (p.collectionId !== current.current) {
        early.current.set(p.collectionId, p)
        if (early.current.size > 8) early.current.delete(early.current.keys().next().value as string)
        return
      }
      update(p.collectionId, (c) => ({ ...c, restoring: false, phase: c.phase === 'saved' ? c.phase : p.phase, progress: p }))
    })
    const offLink = transport.onLinkState((s) => {
      if (s === 'live') void sync()
    })
    void sync()
    return () => {
      offProgress()
      offLink()
    }
  }, [transport, sync, update])

  const working = collection ? WORKING.has(collection.phase) : false
  useEffect(() => {
    if (!working) return
    const timer = setInterval(() => void sync(), POLL_MS)
    return () => clearInterval(timer)
  }, [working, sync])

  const start = useCallback(
    async (input: StartCollectionInput) => {
      setProblem(null)
      // A cancelled, failed or saved collection still holds staging data in the core.
      const previous = current.current
      if (previous) transport.call('bundle.discard', { collectionId: previous }).catch(() => undefined)
      try {
        const { collectionId } = await transport.call('bundle.start', input)
        current.current = collectionId
        rememberCollection(collectionId)
        const seen = early.current.get(collectionId) ?? null
        early.current.clear()
        setTerms(input.customTerms ?? [])
        setCollection({ collectionId, phase: seen?.phase ?? 'collecting', progress: seen, saved: null, restoring: false })
      } catch (error) {
        setProblem(error)
      }
    },
    [transport]
  )

  const cancel = useCallback(async () => {
    const id = current.current
    if (!id) return false
    try {
      // The core says 'cancelled' (event and review) once it has stopped and cleaned up; claiming
      // it here first would flip back to 'collecting' on the next read-back. Too late to cancel
      // means it just finished: either way, ask where it is now.
      await transport.call('bundle.cancel', { collectionId: id })
      await sync()
      return true
    } catch (error) {
      setProblem(error)
      return false
    }
  }, [transport, sync])

  const discard = useCallback(async () => {
    const id = current.current
    current.current = null
    rememberCollection(null)
    setCollection(null)
    setTerms([])
    setProblem(null)
    if (!id) return
    try {
      await transport.call('bundle.discard', { collectionId: id })
    } catch {
      // Nothing to lose: the core drops staging data of abandoned collections itself.
    }
  }, [transport])

  const applyTerms = useCallback(
    async (next: string[]) => {
      const id = current.current
      if (!id) return
      // Filtering before the call: the core's 'ready' event may come before the call returns.
      const before = terms
      update(id, (c) => ({ ...c, phase: 'filtering' }))
      setTerms(next)
      try {
        await transport.call('bundle.redactTerms', { collectionId: id, customTerms: next })
      } catch (error) {
        update(id, (c) => ({ ...c, phase: 'ready' }))
        setTerms(before)
        throw error
      }
    },
    [transport, update, terms]
  )

  const setSaved = useCallback(
    (saved: SavedBundle) => {
      const id = current.current
      if (id) update(id, (c) => ({ ...c, phase: 'saved', saved }))
    },
    [update]
  )

  return useMemo(
    () => ({ plan, retryPlan, collection, problem, start, cancel, discard, terms, applyTerms, setSaved, revision }),
    [plan, retryPlan, collection, problem, start, cancel, discard, terms, applyTerms, setSaved, revision]
  )
}
