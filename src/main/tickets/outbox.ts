// The outbox state machine: exactly one Zendesk request per submission, none lost.
//
//   queued → uploading → creating → filed
//                 ↘ waiting (429, 5xx, network; retried with backoff + jitter, Retry-After honoured)
//   creating, request sent, no settled answer (dropped, timed out, 5xx) = ambiguous:
//       signed in  → checking: list own requests, match the bundle id → filed, or create again
//       anonymous  → needs-decision: the user says whether it arrived ('mark-filed' / 'resend')
//   422 / 401 / 403 / refused bundle → failed (the user fixes and retries) · discarded by the user
//
// Every state is written (fsync) before the step it announces, so a process killed at any point
// resumes from the file: before the create went out it just creates; after, it treats it as
// ambiguous. Upload tokens older than UPLOAD_MAX_AGE are replaced by a fresh upload (Zendesk
// forgets unused uploads after 60 minutes).
import { randomUUID } from 'node:crypto'
import type { OutboxEntry, TicketError, TicketProgress } from '../../shared/contract'
import { readBundle, type BundleFacts } from './bundle-file'
import type { OutboxStore, StoredEntry } from './outbox-store'
import { bundleIdLine } from './ticket-text'
import { classify, type Disposition } from './zendesk-errors'
import { DEFAULT_TIMEOUTS, ZendeskClient, parseEndpoint, type RequestPayload, type ZendeskTimeouts } from './zendesk-client'

export const UPLOAD_MAX_AGE_MS = 50 * 60_000

export interface RetryPolicy {
  /** Attempts within one run before the entry is left 'waiting' for the next resume. */
  maxInlineAttempts: number
  baseMs: number
  capMs: number
  /** A Retry-After longer than this is not waited out inline. */
  maxInlineWaitMs: number
}
export const DEFAULT_RETRY: RetryPolicy = { maxInlineAttempts: 5, baseMs: 1000, capMs: 30_000, maxInlineWaitMs: 120_000 }

export interface OutboxDeps {
  store: OutboxStore
  /** The bearer token when signed in; read at each run so it is never stored with the entry. */
  token: () => Promise<string | null>
  now?: () => Date
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  timeouts?: ZendeskTimeouts
  retry?: RetryPolicy
  onProgress?: (p: TicketProgress) => void
  /**
   * Also attach the bundle's manifest.json, chained onto the zip's upload token. Off unless the
   * help centre is known to accept .json: an admin's file-type list that blocks it would refuse
   * the whole upload.
   */
  attachManifest?: boolean
}

export interface NewSubmission {
  form: StoredEntry['form']
  route: OutboxEntry['route']
  rule: OutboxEntry['rule']
  payload: StoredEntry['payload']
  bundle: BundleFacts
  endpoint: string
  auth: OutboxEntry['auth']
}

/** Full jitter: a random delay up to the exponential backoff, so clients do not retry in step. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt))
}

const ACTIVE: ReadonlySet<OutboxEntry['state']> = new Set(['queued', 'uploading', 'creating', 'checking', 'waiting'])

export class Outbox {
  private readonly now: () => Date
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number
  private readonly retry: RetryPolicy

  constructor(private readonly deps: OutboxDeps) {
    this.now = deps.now ?? (() => new Date())
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    this.random = deps.random ?? Math.random
    this.retry = deps.retry ?? DEFAULT_RETRY
  }

  /** Persists a new submission before anything touches the network. */
  async enqueue(s: NewSubmission): Promise<StoredEntry> {
    const at = this.now().toISOString()
    const record: StoredEntry = {
      entry: {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        route: s.route,
        rule: s.rule,
        subject: s.payload.subject,
        bundleId: s.bundle.bundleId,
        bundlePath: s.bundle.path,
        endpoint: new URL(s.endpoint).origin,
        auth: s.auth,
        attempts: 0,
        error: null,
        state: 'queued'
      },
      form: s.form,
      payload: s.payload,
      endpointUrl: s.endpoint,
      upload: null,
      createSent: false,
      resume: null,
      uploadRetries: 0
    }
    await this.deps.store.write(record)
    this.progress(record, null, null)
    return record
  }

  async list(): Promise<{ entries: OutboxEntry[]; problems: string[] }> {
    const { records, problems } = await this.deps.store.list()
    return { entries: records.map((r) => r.entry), problems }
  }

  /** Carries every unfinished entry forward (on start, and when a wait is over). */
  async resumeAll(): Promise<OutboxEntry[]> {
    const { records } = await this.deps.store.list()
    const out: OutboxEntry[] = []
    for (const r of records) if (ACTIVE.has(r.entry.state)) out.push(await this.run(r.entry.id))
    return out
  }

  private async save(
    rec: StoredEntry,
    patch: Partial<StoredEntry>,
    entry: Partial<OutboxEntry> & { state?: OutboxEntry['state'] }
  ): Promise<StoredEntry> {
    const next = { ...rec, ...patch, entry: { ...rec.entry, ...entry, updatedAt: this.now().toISOString() } as OutboxEntry }
    // Only a waiting entry carries a time; only a filed one its ticket.
    if (next.entry.state !== 'waiting') delete (next.entry as { nextAttemptAt?: string }).nextAttemptAt
    await this.deps.store.write(next)
    this.progress(next, null, null)
    return next
  }

  private progress(rec: StoredEntry, uploaded: number | null, total: number | null): void {
    const messages: Record<OutboxEntry['state'], string> = {
      queued: 'Saved; about to send',
      uploading: 'Uploading the bundle',
      creating: 'Creating the ticket',
      checking: 'Checking whether the ticket arrived',
      waiting: rec.entry.error?.message ?? 'Waiting to retry',
      'needs-decision': 'The ticket may have arrived; please check',
      failed: rec.entry.error?.message ?? 'Failed',
      filed: 'Ticket filed',
      discarded: 'Discarded'
    }
    this.deps.onProgress?.({
      id: rec.entry.id,
      state: rec.entry.state,
      uploadedBytes: uploaded,
      totalBytes: total,
      message: messages[rec.entry.state]
    })
  }

  private async client(rec: StoredEntry): Promise<ZendeskClient | TicketError> {
    if (rec.entry.auth === 'anonymous')
      return new ZendeskClient(parseEndpoint(rec.endpointUrl), { kind: 'anonymous' }, this.deps.timeouts ?? DEFAULT_TIMEOUTS)
    const token = await this.deps.token()
    if (!token)
      return {
        kind: 'auth',
        message: 'This ticket is filed signed in, and no sign-in token is available now. Sign in again, then retry.',
        status: null,
        fields: [],
        other: []
      }
    return new ZendeskClient(parseEndpoint(rec.endpointUrl), { kind: 'bearer', token }, this.deps.timeouts ?? DEFAULT_TIMEOUTS)
  }

  /** Drives one entry as far as it can go now; returns its state afterwards. */
  async run(id: string): Promise<OutboxEntry> {
    const unlock = await this.deps.store.lock(id)
    const current = await this.deps.store.read(id)
    if (!current) throw new Error(`no outbox entry ${id}`)
    if (!unlock) return current.entry // another process is sending it right now
    try {
      return (await this.drive(current)).entry
    } finally {
      await unlock()
    }
  }

  private async drive(start: StoredEntry): Promise<StoredEntry> {
    let rec = start
    let inline = 0
    const client = await this.client(rec)
    if (!(client instanceof ZendeskClient)) return this.save(rec, {}, { state: 'failed', error: client })

    // Resumed after a kill while a create was out: that is the ambiguous case.
    if (rec.entry.state === 'creating' && rec.createSent) rec = await this.ambiguous(rec, rec.entry.error ?? null)

    for (;;) {
      const state = rec.entry.state
      if (state === 'waiting') {
        const wait = Date.parse((rec.entry as { nextAttemptAt: string }).nextAttemptAt) - this.now().getTime()
        if (inline > this.retry.maxInlineAttempts || wait > this.retry.maxInlineWaitMs) return rec
        if (wait > 0) await this.sleep(wait)
        rec = await this.save(rec, { resume: null }, { state: rec.resume ?? 'uploading' })
        continue
      }
      if (state === 'queued' || state === 'uploading') {
        rec = await this.uploadStep(rec, client)
      } else if (state === 'creating') {
        rec = await this.createStep(rec, client)
      } else if (state === 'checking') {
        rec = await this.checkStep(rec, client)
      } else return rec
      if (rec.entry.state === 'waiting') inline++
    }
  }

  private async uploadStep(rec: StoredEntry, client: ZendeskClient): Promise<StoredEntry> {
    if (rec.upload && this.now().getTime() - Date.parse(rec.upload.at) < UPLOAD_MAX_AGE_MS)
      return this.save(rec, { createSent: false }, { state: 'creating' })
    rec = await this.save(rec, { upload: null }, { state: 'uploading', attempts: rec.entry.attempts + 1 })
    // Read again at upload time: the file must still be the bundle this ticket names.
    const bundle = await readBundle(rec.entry.bundlePath).catch((e: Error) => e)
    if (bundle instanceof Error || bundle.bundleId !== rec.entry.bundleId) {
      const why = bundle instanceof Error ? bundle.message : `${rec.entry.bundlePath} is now a different bundle`
      return this.save(
        rec,
        {},
        {
          state: 'failed',
          error: { kind: 'bundle', message: `${why}; pick the bundle again or export.`, status: null, fields: [], other: [] }
        }
      )
    }
    const size = bundle.size
    try {
      // At most about a hundred progress events per upload, however large the bundle.
      let reported = 0
      const onBytes = (n: number): void => {
        if (n - reported < size / 100 && n < size) return
        reported = n
        this.progress(rec, n, size)
      }
      const token = await client.upload({ path: bundle.path, name: bundle.name, size, contentType: 'application/zip' }, null, onBytes)
      if (this.deps.attachManifest)
        await client.upload({ bytes: bundle.manifest, name: 'manifest.json', contentType: 'application/json' }, token)
      return this.save(rec, { upload: { token, at: this.now().toISOString() }, createSent: false }, { state: 'creating' })
    } catch (failure) {
      return this.failed(rec, classify(failure, 'upload', rec.entry.auth === 'anonymous', this.now()), 'uploading')
    }
  }

  private payloadOf(rec: StoredEntry): RequestPayload {
    const p = rec.payload
    return {
      request: {
        subject: p.subject,
        comment: { body: p.body, uploads: rec.upload ? [rec.upload.token] : [] },
        ...(rec.entry.auth === 'anonymous' ? { requester: p.requester } : {}),
        ...(p.customFields.length ? { custom_fields: p.customFields } : {})
      }
    }
  }

  private async createStep(rec: StoredEntry, client: ZendeskClient): Promise<StoredEntry> {
    if (!rec.upload || this.now().getTime() - Date.parse(rec.upload.at) >= UPLOAD_MAX_AGE_MS)
      return this.save(rec, { upload: null }, { state: 'uploading' })
    // The mark goes to disk before the request goes out: from here on a resend could duplicate.
    rec = await this.save(rec, { createSent: true }, { attempts: rec.entry.attempts + 1 })
    try {
      const { id } = await client.createRequest(this.payloadOf(rec))
      return this.filed(rec, id, client.requestUrl(id))
    } catch (failure) {
      const d = classify(failure, 'create', rec.entry.auth === 'anonymous', this.now())
      if (d.kind === 'ambiguous') return this.ambiguous(rec, d.error)
      if (d.kind === 'upload-expired') {
        if (rec.uploadRetries >= 2)
          return this.save(
            rec,
            { createSent: false },
            { state: 'failed', error: { ...d.error, message: 'The server keeps refusing fresh uploads of the bundle.' } }
          )
        return this.save(
          rec,
          { createSent: false, upload: null, uploadRetries: rec.uploadRetries + 1 },
          { state: 'uploading', error: d.error }
        )
      }
      // Any other answer is a definite "not created".
      return this.failed({ ...rec, createSent: false }, d, 'creating')
    }
  }

  private async checkStep(rec: StoredEntry, client: ZendeskClient): Promise<StoredEntry> {
    try {
      const mine = await client.recentRequests()
      const needle = bundleIdLine(rec.entry.bundleId)
      const hit = mine.find((r) => r.description.includes(needle) || r.customFields.some((f) => f.value === rec.entry.bundleId))
      if (hit) return this.filed(rec, hit.id, client.requestUrl(hit.id))
      // Not there: the earlier attempt did not create it, so creating now is the only copy.
      return this.save(rec, { createSent: false }, { state: 'creating' })
    } catch (failure) {
      return this.failed(rec, classify(failure, 'lookup', false, this.now()), 'checking')
    }
  }

  private async ambiguous(rec: StoredEntry, error: TicketError | null): Promise<StoredEntry> {
    const e = error ?? {
      kind: 'ambiguous' as const,
      message: 'The app stopped while the ticket was being created; it may have arrived.',
      status: null,
      fields: [],
      other: []
    }
    if (rec.entry.auth === 'bearer') return this.save(rec, {}, { state: 'checking', error: e })
    return this.save(
      rec,
      {},
      {
        state: 'needs-decision',
        error: {
          ...e,
          message: `${e.message} Anonymous tickets cannot be looked up: check the inbox of ${rec.payload.requester.email} for Logitech’s confirmation, then say whether it arrived.`
        }
      }
    )
  }

  private filed(rec: StoredEntry, ticketId: number | null, ticketUrl: string | null): Promise<StoredEntry> {
    return this.save(rec, { createSent: false }, {
      state: 'filed',
      ticketId,
      ticketUrl,
      filedAt: this.now().toISOString()
    } as Partial<OutboxEntry>)
  }

  private failed(rec: StoredEntry, d: Disposition, resume: NonNullable<StoredEntry['resume']>): Promise<StoredEntry> {
    if (d.kind === 'retry') {
      const delay = d.retryAfterMs ?? backoffMs(rec.entry.attempts, this.retry, this.random)
      // A little jitter on top of Retry-After too, so many rooms do not return in the same second.
      const jitter = d.retryAfterMs !== null ? Math.round(this.random() * 250) : 0
      const at = new Date(this.now().getTime() + delay + jitter).toISOString()
      return this.save(rec, { resume }, { state: 'waiting', nextAttemptAt: at, error: d.error } as Partial<OutboxEntry>)
    }
    return this.save(rec, {}, { state: 'failed', error: d.error })
  }

  /** The user's answer for an entry: retry it, resend or mark an ambiguous one, or discard it. */
  async act(
    id: string,
    action: 'retry' | 'resend' | 'mark-filed' | 'discard',
    change?: { ticketId?: number; payload?: StoredEntry['payload']; form?: StoredEntry['form'] }
  ): Promise<OutboxEntry> {
    const unlock = await this.deps.store.lock(id)
    if (!unlock) throw new Error('this ticket is being sent by another window or process right now')
    let rec: StoredEntry | null
    try {
      rec = await this.deps.store.read(id)
      if (!rec) throw new Error(`no outbox entry ${id}`)
      const state = rec.entry.state
      if (state === 'filed' || state === 'discarded') throw new Error(`this ticket is already ${state}`)
      if (action === 'discard') return (await this.save(rec, {}, { state: 'discarded' })).entry
      if (action === 'mark-filed') {
        if (state !== 'needs-decision') throw new Error('only a ticket that may have arrived can be marked as filed')
        return (await this.filed(rec, change?.ticketId ?? null, null)).entry
      }
      if (action === 'resend') {
        if (state !== 'needs-decision') throw new Error('only a ticket that may have arrived can be resent')
        rec = await this.save(rec, { createSent: false }, { state: 'creating' })
      } else {
        if (state === 'needs-decision')
          throw new Error('this ticket may have arrived: answer whether it did (mark-filed or resend) instead of retrying')
        if (state === 'checking' || (state === 'creating' && rec.createSent)) {
          // Never blindly: resolve the ambiguity the same way a resume does.
        } else {
          const patch: Partial<StoredEntry> = { createSent: false, resume: null }
          if (change?.payload) Object.assign(patch, { payload: change.payload, form: change.form ?? rec.form })
          rec = await this.save(rec, patch, {
            state: rec.upload ? 'creating' : 'uploading',
            ...(change?.payload ? { subject: change.payload.subject } : {})
          })
        }
      }
    } finally {
      await unlock()
    }
    return this.run(id)
  }
}
