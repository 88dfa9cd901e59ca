// One "Send" and what followed it. The core answers `ticket.submit` only when this attempt is
// over, and gives the submission its id; until then the entry is found as the one the outbox did
// not hold before, so its progress and state show while it is still being sent — also when the
// call itself times out or the link drops while the core carries on.
import { useCallback, useMemo, useState } from 'react'
import type { OutboxEntry, TicketForm, TicketProgress } from '../../../shared/contract'
import type { Transport } from '../transport/transport'
import type { OutboxView } from './useOutbox'

type Phase =
  | { phase: 'idle' }
  | { phase: 'sending'; before: ReadonlySet<string> }
  | { phase: 'sent'; entry: OutboxEntry; busy: boolean; error: unknown }
  | { phase: 'error'; before: ReadonlySet<string>; error: unknown }

export type RetryAction = 'retry' | 'resend' | 'mark-filed' | 'discard'

export interface Submission {
  phase: Phase['phase']
  /** The submission as the core last described it. */
  entry: OutboxEntry | null
  progress: TicketProgress | null
  /** A call that failed without an outbox answer (the core unreachable, a refused call). */
  error: unknown
  busy: boolean
  submit(form: TicketForm, bundlePath: string): void
  act(action: RetryAction, options?: { form?: TicketForm; ticketId?: number }): void
  /** Follow an outbox entry picked from the list (e.g. to answer whether it arrived). */
  adopt(entry: OutboxEntry): void
  /** Start over with a new ticket (the outbox keeps the old one). */
  reset(): void
}

const newer = (a: OutboxEntry, b: OutboxEntry | undefined): OutboxEntry => (b && b.updatedAt > a.updatedAt ? b : a)

export function useSubmission(transport: Transport, outbox: OutboxView): Submission {
  const [state, setState] = useState<Phase>({ phase: 'idle' })
  const { entries, progress, refresh } = outbox

  const entry = useMemo((): OutboxEntry | null => {
    if (state.phase === 'idle') return null
    if (state.phase === 'sent')
      return newer(
        state.entry,
        entries?.find((e) => e.id === state.entry.id)
      )
    const fresh = (entries ?? []).filter((e) => !state.before.has(e.id))
    return fresh.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
  }, [state, entries])

  const current = useMemo((): TicketProgress | null => {
    if (entry) return progress.get(entry.id) ?? null
    if (state.phase !== 'sending') return null
    // Before the outbox has been re-read: the progress of an id the outbox did not hold.
    return [...progress.values()].reverse().find((p) => !state.before.has(p.id)) ?? null
  }, [entry, progress, state])

  const submit = useCallback(
    (form: TicketForm, bundlePath: string) => {
      const before = new Set((entries ?? []).map((e) => e.id))
      for (const id of progress.keys()) before.add(id)
      setState({ phase: 'sending', before })
      transport.call('ticket.submit', { form, bundlePath }).then(
        (e) => setState({ phase: 'sent', entry: e, busy: false, error: null }),
        (error: unknown) => setState({ phase: 'error', before, error })
      )
      refresh()
    },
    [transport, entries, progress, refresh]
  )

  const act = useCallback(
    (action: RetryAction, options: { form?: TicketForm; ticketId?: number } = {}) => {
      if (!entry) return
      setState({ phase: 'sent', entry, busy: true, error: null })
      transport.call('ticket.retry', { id: entry.id, action, ...options }).then(
        (e) => setState({ phase: 'sent', entry: e, busy: false, error: null }),
        (error: unknown) => setState({ phase: 'sent', entry, busy: false, error })
      )
      refresh()
    },
    [transport, entry, refresh]
  )

  const adopt = useCallback((e: OutboxEntry) => setState({ phase: 'sent', entry: e, busy: false, error: null }), [])
  const reset = useCallback(() => setState({ phase: 'idle' }), [])

  return {
    phase: state.phase,
    entry,
    progress: current,
    // A submit call that timed out while the core carried on is no error once its entry shows up.
    error: state.phase === 'sent' ? state.error : state.phase === 'error' && !entry ? state.error : null,
    busy: state.phase === 'sending' || (state.phase === 'sent' && state.busy),
    submit,
    act,
    adopt,
    reset
  }
}
