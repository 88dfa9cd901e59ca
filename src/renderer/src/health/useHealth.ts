// The health report, kept current the same way as the room: every `devices.changed` (and every
// return to `live`) leads to one coalesced refetch, since findings change when parts come and go.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { HealthReport } from '../../../shared/contract'
import { coalesce } from '../room/coalesce'
import type { Transport } from '../transport/transport'

export type HealthState =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; report: HealthReport; refreshError: unknown }

export interface Health {
  state: HealthState
  retry(): void
}

export function useHealth(transport: Transport): Health {
  const [state, setState] = useState<HealthState>({ phase: 'loading' })

  const refetch = useMemo(
    () =>
      coalesce(async () => {
        try {
          const report = await transport.call('health.report', undefined)
          setState({ phase: 'ready', report, refreshError: null })
        } catch (error) {
          // Keep the last good report on screen; say it may be out of date.
          setState((prev) => (prev.phase === 'ready' ? { ...prev, refreshError: error } : { phase: 'error', error }))
        }
      }),
    [transport]
  )

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

  return { state, retry }
}
