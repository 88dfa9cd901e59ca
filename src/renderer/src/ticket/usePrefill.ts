// What the core can fill in from the room. Re-read when parts come and go, so the detected
// products and findings offered stay current; the draft itself is only seeded once, so nothing
// the person typed is overwritten.
import { useEffect, useMemo, useState } from 'react'
import type { TicketPrefill } from '../../../shared/contract'
import { coalesce } from '../ui/coalesce'
import type { Transport } from '../transport/transport'

export type PrefillState = { phase: 'loading' } | { phase: 'ready'; prefill: TicketPrefill } | { phase: 'error'; error: unknown }

export function usePrefill(transport: Transport): PrefillState {
  const [state, setState] = useState<PrefillState>({ phase: 'loading' })
  const reload = useMemo(
    () =>
      coalesce(async () => {
        try {
          setState({ phase: 'ready', prefill: await transport.call('ticket.prefill', undefined) })
        } catch (error) {
          setState((prev) => (prev.phase === 'ready' ? prev : { phase: 'error', error }))
        }
      }),
    [transport]
  )
  useEffect(() => {
    const off = transport.on('devices.changed', () => reload.trigger())
    reload.trigger()
    return off
  }, [transport, reload])
  return state
}
