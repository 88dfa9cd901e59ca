// Tickets as the core offers them: route, prefill, list bundles, submit through the outbox,
// retry, export. Shared by the Electron app, web mode (through the core) and the CLI.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  BundleInfo,
  ExportResult,
  FieldProblem,
  OutboxEntry,
  RouteDecision,
  SignInState,
  TicketField,
  TicketForm
} from '../../shared/contract'
import { appDataDir, defaultBundleDir } from '../app-paths/app-paths'
import { readBundle } from './bundle-file'
import { decideRoute, parseToday } from './decide-route'
import { writePackage } from './export-package'
import { Outbox, type OutboxDeps } from './outbox'
import { OutboxStore, type StoredEntry } from './outbox-store'
import { ticketBody, ticketSubject } from './ticket-text'
import {
  ATTACH_MANIFEST_ENV,
  BUNDLE_FIELD_ENV,
  ENDPOINT_ENV,
  TOKEN_ENV,
  envTokenSource,
  isTokenStore,
  type TokenSource
} from './token-source'
import { parseEndpoint } from './zendesk-client'

/** The form cannot be sent as it is; `fields` say where. */
export class TicketFormError extends Error {
  constructor(
    message: string,
    readonly missing: TicketField[],
    readonly invalid: FieldProblem[]
  ) {
    super(message)
    this.name = 'TicketFormError'
  }
}

/** Test hooks (clock, sleep, randomness, timeouts, retry policy) and progress pass through to the outbox. */
export interface TicketServiceOptions extends Omit<OutboxDeps, 'store' | 'token'> {
  env?: NodeJS.ProcessEnv
  /** Help centre base URL; default from LOGI_DIAG_ZENDESK_URL. */
  endpoint?: string | null
  token?: TokenSource
  /** Send anonymously even when a token is available. */
  anonymous?: boolean
  /** Zendesk custom field that receives the bundle id; default from LOGI_DIAG_ZENDESK_BUNDLE_FIELD. */
  bundleIdFieldId?: number | null
}

export class TicketService {
  readonly outbox: Outbox
  readonly store: OutboxStore
  private readonly env: NodeJS.ProcessEnv
  private readonly token: TokenSource
  private readonly now: () => Date
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly options: TicketServiceOptions = {}) {
    this.env = options.env ?? process.env
    this.now = options.now ?? (() => new Date())
    this.token = options.token ?? envTokenSource(TOKEN_ENV, this.env)
    this.store = new OutboxStore(join(appDataDir(this.env), 'outbox'))
    const { env: _env, endpoint: _endpoint, token: _token, anonymous, bundleIdFieldId: _field, ...hooks } = options
    this.outbox = new Outbox({
      attachManifest: this.env[ATTACH_MANIFEST_ENV] === '1',
      ...hooks,
      store: this.store,
      token: () => (anonymous ? Promise.resolve(null) : this.token.read())
    })
  }

  /** Carries unfinished entries forward (on start) and wakes again for the earliest waiting one. */
  async resume(): Promise<void> {
    await this.outbox.resumeAll()
    await this.schedule()
  }

  private async schedule(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const times = (await this.outbox.list()).entries.flatMap((e) => (e.state === 'waiting' ? [Date.parse(e.nextAttemptAt)] : []))
    if (!times.length) return
    const delay = Math.max(1000, Math.min(...times) - this.now().getTime())
    this.timer = setTimeout(() => void this.resume().catch(() => undefined), Math.min(delay, 2 ** 31 - 1))
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  route(form: TicketForm, today?: string): RouteDecision {
    return decideRoute(form, { today: parseToday(today), now: this.now() })
  }

  /** Whether filing is signed in, and where the token comes from; never the token itself. */
  async signInState(): Promise<SignInState> {
    const token = await this.token.read()
    const fromEnv = this.env[TOKEN_ENV]?.trim()
    return {
      signedIn: !!token,
      source: !token ? 'none' : fromEnv && token === fromEnv ? 'environment' : isTokenStore(this.token) ? 'keychain' : 'environment',
      canStore: isTokenStore(this.token)
    }
  }

  /** Stores the help-centre token (or forgets it with null) where the shell keeps secrets. */
  async signIn(token: string | null): Promise<SignInState> {
    if (!isTokenStore(this.token))
      throw new Error(`this front end cannot store a sign-in; set ${TOKEN_ENV} in the environment of logi-diag instead`)
    if (token === null) await this.token.clear()
    else await this.token.save(token)
    return this.signInState()
  }

  async bundles(): Promise<{ folder: string; bundles: BundleInfo[] }> {
    const folder = defaultBundleDir(this.env)
    const names = await readdir(folder).catch(() => [] as string[])
    const bundles: BundleInfo[] = []
    for (const name of names.filter((n) => n.toLowerCase().endsWith('.zip'))) {
      // Anything that is not a bundle (another zip, a half-written file) is simply not offered.
      const b = await readBundle(join(folder, name)).catch(() => null)
      if (b) bundles.push({ path: b.path, name: b.name, bundleId: b.bundleId, size: b.size, modifiedAt: b.modifiedAt })
    }
    bundles.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
    return { folder, bundles }
  }

  private endpoint(): string {
    const text = this.options.endpoint ?? this.env[ENDPOINT_ENV]
    if (!text) throw new Error(`no help centre is configured (set ${ENDPOINT_ENV}); export the ticket package instead`)
    return parseEndpoint(text).toString()
  }

  private bundleField(): number | null {
    if (this.options.bundleIdFieldId !== undefined) return this.options.bundleIdFieldId
    const v = Number(this.env[BUNDLE_FIELD_ENV])
    return Number.isInteger(v) && v > 0 ? v : null
  }

  /** Decision for a form that must be complete and valid for its route. */
  private fileable(form: TicketForm): RouteDecision {
    const decision = this.route(form)
    if (decision.action !== 'file') {
      throw new TicketFormError(
        `${decision.title}: this route is not filed with Logitech — ${decision.expect.text}`,
        decision.missing,
        decision.invalid
      )
    }
    if (decision.missing.length || decision.invalid.length) {
      const parts = [
        decision.missing.length ? `missing: ${decision.missing.join(', ')}` : '',
        ...decision.invalid.map((p) => `${p.field}: ${p.message}`)
      ].filter(Boolean)
      throw new TicketFormError(`the form is not complete for ${decision.title} (${parts.join('; ')})`, decision.missing, decision.invalid)
    }
    return decision
  }

  private payload(form: TicketForm, decision: RouteDecision, bundleId: string): StoredEntry['payload'] {
    const field = this.bundleField()
    return {
      subject: ticketSubject(form, decision),
      body: ticketBody(form, decision, bundleId),
      requester: { name: form.contactName!.trim(), email: form.email!.trim() },
      customFields: field ? [{ id: field, value: bundleId }] : []
    }
  }

  async submit(form: TicketForm, bundlePath: string): Promise<OutboxEntry> {
    const decision = this.fileable(form)
    const endpoint = this.endpoint()
    const bundle = await readBundle(bundlePath)
    const existing = (await this.store.list()).records.find((r) => r.entry.bundleId === bundle.bundleId && r.entry.state !== 'discarded')
    if (existing) {
      throw new Error(
        `this bundle was already submitted (outbox entry ${existing.entry.id}, ${existing.entry.state}); retry or discard that entry instead`
      )
    }
    const auth = !this.options.anonymous && (await this.token.read()) ? 'bearer' : 'anonymous'
    const record = await this.outbox.enqueue({
      form,
      route: decision.route,
      rule: decision.rule,
      payload: this.payload(form, decision, bundle.bundleId),
      bundle,
      endpoint,
      auth
    })
    const entry = await this.outbox.run(record.entry.id)
    await this.schedule()
    return entry
  }

  async retry(input: {
    id: string
    action: 'retry' | 'resend' | 'mark-filed' | 'discard'
    form?: TicketForm
    ticketId?: number
  }): Promise<OutboxEntry> {
    let change: Parameters<Outbox['act']>[2] = { ticketId: input.ticketId }
    if (input.form && input.action === 'retry') {
      const rec = await this.store.read(input.id)
      if (!rec) throw new Error(`no outbox entry ${input.id}`)
      const decision = this.fileable(input.form)
      change = { payload: this.payload(input.form, decision, rec.entry.bundleId), form: input.form }
    }
    const entry = await this.outbox.act(input.id, input.action, change)
    await this.schedule()
    return entry
  }

  async export(form: TicketForm, bundlePath: string, format: 'zip' | 'folder', outDir?: string, today?: string): Promise<ExportResult> {
    const decision = this.route(form, today)
    const bundle = await readBundle(bundlePath)
    const written = await writePackage({ form, decision, bundle }, outDir ?? defaultBundleDir(this.env), format)
    return { ...written, decision }
  }
}
