// Every call the UI may make into the core and every event it pushes, declared once: name,
// request and reply schemas, and whether the call may run for minutes. The channel names, the
// preload's methods, both shells' handlers (serve-contract.ts) and the renderer's transports are
// all derived from these tables, so a call that is not here cannot be made.
import { z } from 'zod'
import { Snapshot, DeviceEvent } from './device'
import { HealthReport } from './health'
import {
  BundleInfo,
  ExportInput,
  ExportResult,
  Outbox,
  OutboxEntry,
  RetryInput,
  RouteDecision,
  RouteInput,
  SignInInput,
  SignInState,
  SubmitInput,
  TicketPrefill,
  TicketProgress
} from './ticket'
import {
  BundleProgress,
  CollectionPlan,
  CollectionRef,
  FilePage,
  PageInput,
  RedactTermsInput,
  ReviewModel,
  SaveInput,
  SavedBundle,
  SetIncludedInput,
  StartCollectionInput
} from './bundle'

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** Which front end the core is serving. */
  shell: z.enum(['electron', 'web']),
  /** Web mode: how many browsers are connected to the live event stream (including this one). */
  remoteClients: z.number().int().nonnegative(),
  /** Linux, the rule not installed and this user unable to open the device nodes (discovery was
   *  refused): the exact command that installs the shipped udev rule on this machine; else null
   *  (no access help is shown). */
  udevInstallCommand: z.string().nullable(),
  /** The host's operating system and release, e.g. "Linux 6.1.0-18-amd64", for reports. */
  os: z.string()
})
export type AppInfo = z.infer<typeof AppInfo>

const NoInput = z.undefined()

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** The work legitimately runs long (zipping a 20 MB bundle, uploading it, re-reading every
   *  part): a client must give it minutes, not seconds, before calling the core unreachable. */
  slow: boolean
}

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, opts: { slow?: true } = {}): CallSpec<I, O> {
  return { input, output, slow: opts.slow === true }
}

export const calls = {
  'app.info': call(NoInput, AppInfo),
  'devices.snapshot': call(NoInput, Snapshot),
  'health.report': call(NoInput, HealthReport),
  /** Reads the room again now (failed firmware reads included) and answers the fresh report. */
  'health.recheck': call(NoInput, HealthReport, { slow: true }),
  'ticket.prefill': call(NoInput, TicketPrefill),
  'ticket.route': call(RouteInput, RouteDecision),
  'ticket.bundles': call(NoInput, z.object({ folder: z.string(), bundles: z.array(BundleInfo) })),
  'ticket.submit': call(SubmitInput, OutboxEntry, { slow: true }),
  'ticket.outbox': call(NoInput, Outbox),
  'ticket.retry': call(RetryInput, OutboxEntry, { slow: true }),
  'ticket.export': call(ExportInput, ExportResult, { slow: true }),
  'ticket.signInState': call(NoInput, SignInState),
  /** Stores (a token) or forgets (null) the help-centre sign-in; desktop app only. */
  'ticket.signIn': call(SignInInput, SignInState),
  // The diagnostic bundle; the flow is described at the top of bundle.ts.
  'bundle.plan': call(NoInput, CollectionPlan),
  'bundle.start': call(StartCollectionInput, CollectionRef),
  'bundle.cancel': call(CollectionRef, z.object({ cancelled: z.boolean() })),
  'bundle.review': call(CollectionRef, ReviewModel),
  'bundle.page': call(PageInput, FilePage),
  'bundle.setIncluded': call(SetIncludedInput, ReviewModel),
  'bundle.redactTerms': call(RedactTermsInput, CollectionRef),
  'bundle.save': call(SaveInput, SavedBundle, { slow: true }),
  'bundle.discard': call(CollectionRef, z.object({ discarded: z.boolean() }))
} as const satisfies Record<string, CallSpec>

/** Events the core pushes to the UI. */
export const events = {
  'devices.changed': DeviceEvent,
  'ticket.progress': TicketProgress,
  'bundle.progress': BundleProgress
} as const satisfies Record<string, z.ZodType>

export type CallName = keyof typeof calls
export type EventName = keyof typeof events
export type CallInput<N extends CallName> = z.infer<(typeof calls)[N]['input']>
export type CallOutput<N extends CallName> = z.infer<(typeof calls)[N]['output']>
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>

export const CALL_NAMES = Object.keys(calls) as CallName[]
export const EVENT_NAMES = Object.keys(events) as EventName[]

/** What the renderer holds: one typed method per call, plus event subscription. */
export type CoreApi = {
  [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>>
}
export type Unsubscribe = () => void
export interface CoreClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe
}
