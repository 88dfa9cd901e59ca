// The outbox as the core keeps it, and the live progress of whatever is being sent. Every
// `ticket.progress` event updates the progress at once and leads to one coalesced re-read of
// the outbox, so states shown in the list are always the core's own.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { OutboxEntry, TicketProgress } from '../../../shared/contract'
import { coalesce } from '../ui/coalesce'
import type { Transport } from '../transport/transport'

export interface OutboxView {
  entries: OutboxEntry[] | null
  error: unknown
  /** Latest progress event per submission id. */
  progress: ReadonlyMap<string, TicketProgress>
  refresh(): void
}

export function useOutbox(transport: Transport): OutboxView {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [progress, setProgress] = useState<ReadonlyMap<string, TicketProgress>>(new Map())

  const reload = useMemo(
    () =>
      coalesce(async () => {
        try {
          const outbox = await transport.call('ticket.outbox', undefined)
          setEntries(outbox.entries)
          setError(null)
        } catch (err) {
          setError(err)
        }
      }),
    [transport]
  )

  useEffect(() => {
    const offProgress = transport.on('ticket.progress', (p) => {
      setProgress((prev) => new Map(prev).set(p.id, p))
      reload.trigger()
    })
    const offLink = transport.onLinkState((s) => {
      if (s === 'live') reload.trigger()
    })
    reload.trigger()
    return () => {
      offProgress()
      offLink()
    }
  }, [transport, reload])

  const refresh = useCallback(() => reload.trigger(), [reload])
  return { entries, error, progress, refresh }
}
