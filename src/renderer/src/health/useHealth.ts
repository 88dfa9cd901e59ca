// The health report, kept current the same way as the room: every `devices.changed` (and every
// return to `live`) leads to one coalesced refetch, since findings change when parts come and go.
// "Re-check" asks the core to read the room again now, including reads that failed.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { HealthReport } from '../../../shared/contract'
import { coalesce } from '../room/coalesce'
import type { Transport } from '../transport/transport'

export type HealthState =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; report: HealthReport; refreshError: unknown; checkedAt: Date }

export interface Health {
  state: HealthState
  /** True while a Re-check is running. */
  rechecking: boolean
  retry(): void
  recheck(): Promise<void>
}

export function useHealth(transport: Transport): Health {
  const [state, setState] = useState<HealthState>({ phase: 'loading' })
  const [rechecking, setRechecking] = useState(false)

  const apply = useCallback((load: () => Promise<HealthReport>) => async () => {
    try {
      const report = await load()
      setState({ phase: 'ready', report, refreshError: null, checkedAt: new Date() })
    } catch (error) {
      // Keep the last good report on screen; say it may be out of date.
      setState((prev) => (prev.phase === 'ready' ? { ...prev, refreshError: error } : { phase: 'error', error }))
    }
  }, [])

  const refetch = useMemo(() => coalesce(apply(() => transport.call('health.report', undefined))), [transport, apply])

  useEffect(() => {
    const offEvent = transport.on('devices.changed', () => refetch.trigger())
    const offLink = transport.onLinkState((s) => {
      if (s === 'live') refetch.trigger()
    })
    refetch.trigger()
    return () => {
      offEvent()
      offLink()
    }
  }, [transport, refetch])

  const retry = useCallback(() => {
    setState((prev) => (prev.phase === 'error' ? { phase: 'loading' } : prev))
    refetch.trigger()
  }, [refetch])

  const recheck = useCallback(async () => {
    setRechecking(true)
    try {
      await apply(() => transport.call('health.recheck', undefined))()
    } finally {
      setRechecking(false)
    }
  }, [transport, apply])

  return { state, rechecking, retry, recheck }
}
