// Support tickets: routing by the service terms, filing to Zendesk through a persistent outbox,
// and offline export. What `logi-diag ticket … --json` prints and what the Ticket screen shows.
//
// The flow, as the UI drives it:
//  1. `ticket.prefill` → a draft form from the detected room (model, primary serial — for Rally
//     the Rally Camera's —, firmware) plus the health findings worth mentioning.
//  2. The user edits the draft; after each change the UI calls `ticket.route` with the draft. The
//     decision says which route applies (first matching rule wins), why (quoting the deciding
//     term), which fields the route needs, which are missing or invalid (by form field name, so
//     the UI can highlight them) and what to expect (support hours, first response).
//  3. `ticket.bundles` lists the bundles in the default bundle folder to attach (or the UI has a
//     path from elsewhere).
//  4. `decision.action` says what the route allows:
//       'file'   → `ticket.submit {form, bundlePath}`. The core validates, writes the outbox entry
//                  (fsync) before any network call, uploads the bundle, creates the request and
//                  resolves with the entry in its final state for this attempt. While it runs the
//                  core emits `ticket.progress` (state changes and upload bytes).
//       'export' → `ticket.export` builds the package for the SPOC / manual upload (spoc-handoff,
//                  vendor-rma, out-of-warranty can also export).
//       'triage' → run the health checks first (the Health screen), then route again.
//  5. `ticket.outbox` lists every submission; `ticket.retry {id, action}` retries a waiting or
//     failed one, answers the "did it arrive?" question after an ambiguous anonymous failure
//     ('resend' or 'mark-filed'), or discards it. Unfinished entries resume on start.
import { z } from 'zod'

const MAX_TEXT = 200
const MAX_DESCRIPTION = 20_000

export const Region = z.enum(['na', 'emea', 'apac'])
export type Region = z.infer<typeof Region>
export const IssueClass = z.enum(['hardware', 'incident', 'unknown'])
export type IssueClass = z.infer<typeof IssueClass>
export const PartOwner = z.enum(['logitech', 'third-party'])
export type PartOwner = z.infer<typeof PartOwner>

export const Route = z.enum(['jumpstart', 'spoc-handoff', 'rma', 'rma-extended', 'out-of-warranty', 'support', 'vendor-rma', 'triage'])
export type Route = z.infer<typeof Route>
/** R1–R8 as in the research decision table; R0 = the inputs needed to decide are missing or invalid. */
export const RuleId = z.enum(['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'])
export type RuleId = z.infer<typeof RuleId>

/**
 * The form as the user fills it in. Every field may be absent or empty while editing; `ticket.route`
 * reports what is missing or invalid. Dates are calendar dates `YYYY-MM-DD`.
 */
export const TicketForm = z.object({
  contactName: z.string().max(MAX_TEXT).optional(),
  email: z.string().max(MAX_TEXT).optional(),
  /** International (+41 21 …) or national for the region's country. */
  phone: z.string().max(MAX_TEXT).optional(),
  company: z.string().max(MAX_TEXT).optional(),
  /** Purchase region: selects support hours and the contracting entity. */
  region: Region.optional(),
  /** ISO 3166 alpha-2 country of purchase, optional: "JP" selects Logicool Co. Ltd (JumpStart terms 6 f). */
  country: z.string().max(2).optional(),
  /** A catalog name ("Tap", "Rally Plus") or model number ("V-U0053"). */
  model: z.string().max(MAX_TEXT).optional(),
  /** Serial of the product's primary device (Rally / Rally Plus: the Rally Camera), as read or from its label. */
  serial: z.string().max(MAX_TEXT).optional(),
  /** Serial printed on the box; may differ from the device's (JumpStart accepts "device or box"). */
  boxSerial: z.string().max(MAX_TEXT).optional(),
  /** Logitech confirmation number (JumpStart accepts it instead of a serial). */
  confirmationNumber: z.string().max(MAX_TEXT).optional(),
  firmware: z.string().max(MAX_TEXT).optional(),
  purchaseDate: z.string().max(32).optional(),
  issueClass: IssueClass.optional(),
  /** Short symptom for the subject line. */
  summary: z.string().max(MAX_TEXT).optional(),
  description: z.string().max(MAX_DESCRIPTION).optional(),
  /** The user is the customer's designated single point of contact (JumpStart terms 3 a). */
  spoc: z.boolean().optional(),
  /** Date the extended warranty was bought; absent = none bought. */
  extensionDate: z.string().max(32).optional(),
  component: PartOwner.optional(),
  /** Third-party vendor when component = third-party (e.g. "Intel NUC"). */
  vendor: z.string().max(MAX_TEXT).optional()
})
export type TicketForm = z.infer<typeof TicketForm>
export const TicketField = TicketForm.keyof()
export type TicketField = z.infer<typeof TicketField>

export const FieldProblem = z.object({ field: TicketField, message: z.string() })
export type FieldProblem = z.infer<typeof FieldProblem>

/** A quoted clause that decides a route. */
export const TermQuote = z.object({
  document: z.enum(['jumpstart', 'extended-warranty', 'app']),
  /** e.g. "2 a", "Schedule A", "4". */
  clause: z.string(),
  quote: z.string()
})
export type TermQuote = z.infer<typeof TermQuote>

export const Reason = z.object({ text: z.string(), term: TermQuote.nullable() })
export type Reason = z.infer<typeof Reason>

export const Expectation = z.object({
  region: Region.nullable(),
  /** e.g. "Monday to Friday 09:00–21:00 Eastern Standard Time (UTC−5)". */
  hours: z.string().nullable(),
  /** Plain words: "a first response within one business day …", or what happens instead. */
  text: z.string(),
  /** Latest expected first response (ISO timestamp) when a ticket is filed now; an expectation, not a promise. */
  firstResponseBy: z.string().nullable()
})
export type Expectation = z.infer<typeof Expectation>

export const RouteDecision = z.object({
  route: Route,
  rule: RuleId,
  /** 'file' = submit to Logitech, 'export' = build the package for someone else, 'triage' = run checks first. */
  action: z.enum(['file', 'export', 'triage']),
  /** Short title, e.g. "JumpStart incident". */
  title: z.string(),
  reasons: z.array(Reason),
  required: z.array(TicketField),
  missing: z.array(TicketField),
  invalid: z.array(FieldProblem),
  /** Contracting entity by purchase region (null when the region is unknown or no terms apply). */
  contractingEntity: z.string().nullable(),
  /** Catalog product the model resolved to, e.g. "Tap"; null when not recognised. */
  product: z.string().nullable(),
  expect: Expectation,
  /** The calendar date the decision was made for. */
  today: z.string()
})
export type RouteDecision = z.infer<typeof RouteDecision>

export const RouteInput = z.object({
  form: TicketForm,
  /** Override "today" (YYYY-MM-DD) — for previews and tests; defaults to the local date. */
  today: z.string().max(32).optional()
})

export const PrefillCandidate = z.object({
  product: z.string(),
  serial: z.string().nullable(),
  firmware: z.string().nullable(),
  /** Where the serial comes from, e.g. "Rally Camera". */
  serialFrom: z.string().nullable()
})
export const TicketPrefill = z.object({
  /** Draft built from the first (or only) detected system. */
  form: TicketForm,
  /** Every detected system, so the UI can offer a choice when there are several. */
  candidates: z.array(PrefillCandidate),
  /** Health findings (errors and warnings) worth putting in the description. */
  findings: z.array(z.object({ id: z.string(), severity: z.enum(['error', 'warning', 'info']), title: z.string() }))
})
export type TicketPrefill = z.infer<typeof TicketPrefill>

export const BundleInfo = z.object({
  path: z.string(),
  name: z.string(),
  bundleId: z.string(),
  size: z.number().int().nonnegative(),
  modifiedAt: z.string()
})
export type BundleInfo = z.infer<typeof BundleInfo>

export const OutboxState = z.enum([
  'queued',
  'uploading',
  'creating',
  'checking',
  'waiting',
  'needs-decision',
  'failed',
  'filed',
  'discarded'
])
export type OutboxState = z.infer<typeof OutboxState>

export const TicketErrorKind = z.enum(['invalid', 'auth', 'rate-limited', 'server', 'network', 'ambiguous', 'bundle', 'config'])
export const TicketError = z.object({
  kind: TicketErrorKind,
  /** Plain words; never contains a token. */
  message: z.string(),
  /** 422 RecordInvalid details mapped onto form fields (unmappable ones under `other`). */
  fields: z.array(FieldProblem),
  other: z.array(z.string()),
  status: z.number().int().nullable()
})
export type TicketError = z.infer<typeof TicketError>

const EntryBase = {
  /** Submission id (UUID), one per user "Send". */
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  route: Route,
  rule: RuleId,
  subject: z.string(),
  bundleId: z.string(),
  bundlePath: z.string(),
  /** Where it is filed (origin only). */
  endpoint: z.string(),
  auth: z.enum(['anonymous', 'bearer']),
  /** Network attempts so far. */
  attempts: z.number().int().nonnegative(),
  /** Last error, if any (kept after recovery for the record). */
  error: TicketError.nullable()
}
export const OutboxEntry = z.discriminatedUnion('state', [
  z.object({ ...EntryBase, state: z.literal('queued') }),
  z.object({ ...EntryBase, state: z.literal('uploading') }),
  z.object({ ...EntryBase, state: z.literal('creating') }),
  /** After an ambiguous failure, authenticated: looking the request up by bundle id. */
  z.object({ ...EntryBase, state: z.literal('checking') }),
  /** A transient failure (429, 5xx, timeout); retried at `nextAttemptAt`. */
  z.object({ ...EntryBase, state: z.literal('waiting'), nextAttemptAt: z.string() }),
  /** Anonymous and the server may have created it: ask the user ('resend' or 'mark-filed'). */
  z.object({ ...EntryBase, state: z.literal('needs-decision') }),
  /** Needs the user (fix fields, sign in, pick another bundle); `ticket.retry` tries again. */
  z.object({ ...EntryBase, state: z.literal('failed') }),
  z.object({
    ...EntryBase,
    state: z.literal('filed'),
    /** Zendesk request id; null when the user marked it filed without a number. */
    ticketId: z.number().int().nullable(),
    ticketUrl: z.string().nullable(),
    filedAt: z.string()
  }),
  z.object({ ...EntryBase, state: z.literal('discarded') })
])
export type OutboxEntry = z.infer<typeof OutboxEntry>

export const Outbox = z.object({ entries: z.array(OutboxEntry) })
export type Outbox = z.infer<typeof Outbox>

/** The help-centre sign-in as the UI may know it: never the token itself. */
export const SignInState = z.object({
  signedIn: z.boolean(),
  /** Where a token comes from: the OS keychain (desktop app) or an environment variable. */
  source: z.enum(['keychain', 'environment', 'none']),
  /** The user can sign in from the app (desktop app with a working keychain store). */
  canStore: z.boolean()
})
export type SignInState = z.infer<typeof SignInState>
export const SignInInput = z.object({ token: z.string().trim().min(8).max(4096).nullable() })
export type SignInInput = z.infer<typeof SignInInput>

export const SubmitInput = z.object({ form: TicketForm, bundlePath: z.string().min(1).max(4096) })
export const RetryInput = z.object({
  id: z.string().max(64),
  /** 'retry' a waiting/failed entry (optionally with a corrected form), 'resend' / 'mark-filed' answer
   * the ambiguous-anonymous question, 'discard' drops it. */
  action: z.enum(['retry', 'resend', 'mark-filed', 'discard']),
  form: TicketForm.optional(),
  /** With 'mark-filed': the ticket number from the confirmation e-mail, if the user has it. */
  ticketId: z.number().int().positive().optional()
})

export const ExportInput = z.object({
  form: TicketForm,
  bundlePath: z.string().min(1).max(4096),
  /** 'zip' = one file, 'folder' = a folder with the files; saved in the default bundle folder. */
  format: z.enum(['zip', 'folder']),
  today: z.string().max(32).optional()
})
export const ExportResult = z.object({
  /** Folder or zip written. */
  path: z.string(),
  files: z.array(z.string()),
  decision: RouteDecision
})
export type ExportResult = z.infer<typeof ExportResult>

export const TicketProgress = z.object({
  id: z.string(),
  state: OutboxState,
  /** Upload progress of the bundle; null outside uploads. */
  uploadedBytes: z.number().int().nonnegative().nullable(),
  totalBytes: z.number().int().nonnegative().nullable(),
  message: z.string()
})
export type TicketProgress = z.infer<typeof TicketProgress>
