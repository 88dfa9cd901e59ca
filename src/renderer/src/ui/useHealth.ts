// The health report, kept current the same way as the room (useLiveCall), since findings change
// when parts come and go. "Re-check" asks the core to read the room again now, including reads
// that failed.
import { useCallback, useState } from 'react'
import type { HealthReport } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import { useLiveCall, type LiveState } from './useLiveCall'

export type HealthState = LiveState<HealthReport>

export interface Health {
  state: HealthState
  /** True while a Re-check is running. */
  rechecking: boolean
  retry(): void
  recheck(): Promise<void>
}

export function useHealth(transport: Transport): Health {
  const [rechecking, setRechecking] = useState(false)
  const { state, retry, replace } = useLiveCall(transport, 'health.report')

  const recheck = useCallback(async () => {
    setRechecking(true)
    try {
      await replace(() => transport.call('health.recheck', undefined))
    } finally {
      setRechecking(false)
    }
  }, [transport, replace])

  return { state, rechecking, retry, recheck }
}
