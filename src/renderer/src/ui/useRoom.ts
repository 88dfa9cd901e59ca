// The room as the screen sees it: the latest snapshot, kept current by `devices.changed`
// (useLiveCall), plus which parts have just arrived, for a short highlight.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DeviceEvent, Snapshot } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { useLiveCall, type LiveState } from './useLiveCall'

export type RoomState = LiveState<Snapshot>

/** How long a newly attached part stays highlighted. Matches the CSS animation. */
export const ARRIVAL_MS = 2400

export interface Room {
  state: RoomState
  /** Ids of parts that were attached in the last couple of seconds. */
  arrived: ReadonlySet<string>
  retry(): void
}

export function useRoom(transport: Transport): Room {
  const [arrived, setArrived] = useState<ReadonlySet<string>>(() => new Set())
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())

  const markArrived = useCallback((e: DeviceEvent) => {
    if (e.event !== 'attach') return
    const id = e.device.id
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
    const pending = timers.current
    return () => {
      for (const t of pending.values()) clearTimeout(t)
      pending.clear()
    }
  }, [])

  const { state, retry } = useLiveCall(transport, 'devices.snapshot', markArrived)
  return { state, arrived, retry }
}
