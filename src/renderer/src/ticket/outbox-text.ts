// Plain words for where a submission stands, shared by the send panel and the outbox list.
import type { OutboxEntry, OutboxState, TicketProgress } from '../../../shared/contract'

export const STATE_TEXT: Record<OutboxState, string> = {
  queued: 'Saved, about to be sent',
  uploading: 'Uploading the bundle',
  creating: 'Creating the ticket',
  checking: 'Checking whether the ticket already arrived',
  waiting: 'Waiting to try again',
  'needs-decision': 'Did it arrive? Your answer is needed',
  failed: 'Not sent',
  filed: 'Filed',
  discarded: 'Discarded'
}

/** How the list marks a state, by icon and colour together. */
export type StateTone = 'busy' | 'attention' | 'failed' | 'done' | 'muted'

export function stateTone(state: OutboxState): StateTone {
  switch (state) {
    case 'queued':
    case 'uploading':
    case 'creating':
    case 'checking':
      return 'busy'
    case 'waiting':
    case 'needs-decision':
      return 'attention'
    case 'failed':
      return 'failed'
    case 'filed':
      return 'done'
    case 'discarded':
      return 'muted'
  }
}

/** "Ticket #1234", or what stands in for the number. */
export function ticketNumberText(entry: Extract<OutboxEntry, { state: 'filed' }>): string {
  return entry.ticketId === null ? 'Filed (number not known)' : `Ticket #${entry.ticketId}`
}

function clock(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/** One line under the state: the reason it stopped, or when it tries again. */
export function entryDetail(entry: OutboxEntry): string | null {
  if (entry.state === 'waiting') return `${entry.error ? `${entry.error.message} ` : ''}Next try at ${clock(entry.nextAttemptAt)}.`
  if (entry.state === 'filed' || entry.state === 'discarded') return null
  return entry.error?.message ?? null
}

/** Upload share 0–1 from a progress event, or null when it does not say. */
export function uploadShare(p: TicketProgress | undefined): number | null {
  if (!p || p.uploadedBytes === null || !p.totalBytes) return null
  return Math.min(1, p.uploadedBytes / p.totalBytes)
}
