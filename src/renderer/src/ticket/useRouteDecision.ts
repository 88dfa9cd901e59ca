// The route for the form as it stands, asked of the core after each change. Typing produces a
// burst of changes: wait a moment after the last one, and let only the newest answer land so an
// older, slower answer never replaces it.
import { useEffect, useRef, useState } from 'react'
import type { RouteDecision, TicketForm } from '../../../shared/contract'
import type { Transport } from '../transport/transport'

export const ROUTE_DEBOUNCE_MS = 150

export type RouteState = { decision: RouteDecision | null; error: unknown; pending: boolean }

export function useRouteDecision(transport: Transport, form: TicketForm | null): RouteState {
  const [state, setState] = useState<RouteState>({ decision: null, error: null, pending: true })
  const latest = useRef(0)
  // The form object is rebuilt on every render; compare by content.
  const key = form ? JSON.stringify(form) : null

  useEffect(() => {
    if (key === null) return
    const seq = ++latest.current
    setState((prev) => ({ ...prev, pending: true }))
    const timer = setTimeout(() => {
      transport.call('ticket.route', { form: JSON.parse(key) as TicketForm }).then(
        (decision) => {
          if (seq === latest.current) setState({ decision, error: null, pending: false })
        },
        (error: unknown) => {
          // Keep the last route on screen, marked as possibly out of date.
          if (seq === latest.current) setState((prev) => ({ ...prev, error, pending: false }))
        }
      )
    }, ROUTE_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [transport, key])

  return state
}
