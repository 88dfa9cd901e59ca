// The room as the screen sees it: the latest snapshot, kept current by `devices.changed`.
// Events only say *that* something changed; the snapshot says what the room now is, so every
// event (or a reconnect, after which events may have been missed) leads to one coalesced refetch.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Snapshot } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { coalesce } from './coalesce'

export type RoomState =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; snapshot: Snapshot; refreshError: unknown }

/** How long a newly attached part stays highlighted. Matches the CSS animation. */
export const ARRIVAL_MS = 2400

export interface Room {
  state: RoomState
  /** Ids of parts that were attached in the last couple of seconds. */
  arrived: ReadonlySet<string>
  retry(): void
}

export function useRoom(transport: Transport): Room {
  const [state, setState] = useState<RoomState>({ phase: 'loading' })
  const [arrived, setArrived] = useState<ReadonlySet<string>>(() => new Set())
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())

  const refetch = useMemo(
    () =>
      coalesce(async () => {
        try {
          const snapshot = await transport.call('devices.snapshot', undefined)
          setState({ phase: 'ready', snapshot, refreshError: null })
        } catch (error) {
          // Keep showing the last good room; say calmly that it may be out of date.
          setState((prev) => (prev.phase === 'ready' ? { ...prev, refreshError: error } : { phase: 'error', error }))
        }
      }),
    [transport]
  )

  const markArrived = useCallback((id: string) => {
    setArrived((prev) => new Set(prev).add(id))
    const pending = timers.current.get(id)
    if (pending) clearTimeout(pending)
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id)
        setArrived((prev) => {
          const next = new Set(prev)
          next.delete(id)
          return next
        })
      }, ARRIVAL_MS)
    )
  }, [])

  useEffect(() => {
    const offEvent = transport.on('devices.changed', (e) => {
      if (e.event === 'attach') markArrived(e.device.id)
      refetch.trigger()
    })
    const offLink = transport.onLinkState((s) => {
      if (s === 'live') refetch.trigger()
    })
    refetch.trigger()
    const pending = timers.current
    return () => {
      offEvent()
      offLink()
      for (const t of pending.values()) clearTimeout(t)
      pending.clear()
    }
  }, [transport, refetch, markArrived])

  const retry = useCallback(() => {
    setState((prev) => (prev.phase === 'error' ? { phase: 'loading' } : prev))
    refetch.trigger()
  }, [refetch])

  return { state, arrived, retry }
}
