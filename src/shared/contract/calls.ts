// Every call the UI may make into the core, declared once. Electron's preload, the main-side
// IPC handlers, the loopback web server and the renderer's transports are all derived from this
// table, so a call that is not here cannot be made.
import { z } from 'zod'
import { Snapshot, DeviceEvent } from './device'
import { HealthReport } from './health'
import { BundleInfo, ExportInput, ExportResult, Outbox, OutboxEntry, RetryInput, RouteDecision, RouteInput, SignInInput, SignInState, SubmitInput, TicketPrefill, TicketProgress } from './ticket'
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
  /** Linux without the rule installed: the exact command that installs the shipped udev rule on
   *  this machine; else null (no access help is shown). */
  udevInstallCommand: z.string().nullable(),
  /** The host's operating system and release, e.g. "Linux 6.1.0-18-amd64", for reports. */
  os: z.string()
})
export type AppInfo = z.infer<typeof AppInfo>

const NoInput = z.undefined()

export const calls = {
  'app.info': { input: NoInput, output: AppInfo },
  'devices.snapshot': { input: NoInput, output: Snapshot },
  'health.report': { input: NoInput, output: HealthReport },
  /** Reads the room again now (failed firmware reads included) and answers the fresh report. */
  'health.recheck': { input: NoInput, output: HealthReport },
  'ticket.prefill': { input: NoInput, output: TicketPrefill },
  'ticket.route': { input: RouteInput, output: RouteDecision },
  'ticket.bundles': { input: NoInput, output: z.object({ folder: z.string(), bundles: z.array(BundleInfo) }) },
  'ticket.submit': { input: SubmitInput, output: OutboxEntry },
  'ticket.outbox': { input: NoInput, output: Outbox },
  'ticket.retry': { input: RetryInput, output: OutboxEntry },
  'ticket.export': { input: ExportInput, output: ExportResult },
  'ticket.signInState': { input: NoInput, output: SignInState },
  /** Stores (a token) or forgets (null) the help-centre sign-in; desktop app only. */
  'ticket.signIn': { input: SignInInput, output: SignInState },
  // The diagnostic bundle; the flow is described at the top of bundle.ts.
  'bundle.plan': { input: NoInput, output: CollectionPlan },
  'bundle.start': { input: StartCollectionInput, output: CollectionRef },
  'bundle.cancel': { input: CollectionRef, output: z.object({ cancelled: z.boolean() }) },
  'bundle.review': { input: CollectionRef, output: ReviewModel },
  'bundle.page': { input: PageInput, output: FilePage },
  'bundle.setIncluded': { input: SetIncludedInput, output: ReviewModel },
  'bundle.redactTerms': { input: RedactTermsInput, output: CollectionRef },
  'bundle.save': { input: SaveInput, output: SavedBundle },
  'bundle.discard': { input: CollectionRef, output: z.object({ discarded: z.boolean() }) }
} as const

/** Events the core pushes to the UI. */
export const events = {
  'devices.changed': DeviceEvent,
  'ticket.progress': TicketProgress,
  'bundle.progress': BundleProgress
} as const

export type CallName = keyof typeof calls
export type EventName = keyof typeof events
export type CallInput<N extends CallName> = z.infer<(typeof calls)[N]['input']>
export type CallOutput<N extends CallName> = z.infer<(typeof calls)[N]['output']>
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>

/** What the renderer holds: one typed method per call, plus event subscription. */
export type CoreApi = {
  [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>>
}
export type Unsubscribe = () => void
export interface CoreClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe
}
