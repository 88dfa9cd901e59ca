// The diagnostic bundle: collect → review → save. Same schemas for the UI calls, the CLI's
// `collect --json` and the manifest.json inside every bundle.
//
// Flow (every call is in calls.ts; all ids come from the core):
//  1. `bundle.plan`      → what would be gathered (categories with one-line explanations, which
//                          apply on this OS), the default time window, budget and save folder.
//  2. `bundle.start`     → { collectionId }. Collection runs in the background on the machine the
//                          core runs on (the room PC in web mode). The core pushes
//                          `bundle.progress` events for it: one entry per stage with its status.
//                          `bundle.cancel` stops it (phase becomes 'cancelled'; nothing is kept).
//  3. phase 'ready'      → `bundle.review` returns the review model: every file (path inside the
//                          bundle, size, redaction counts per category, included flag, binary
//                          flag), what was cut or left out and why, the collectors' statuses.
//                          Everything here is already redacted; raw text never reaches the UI.
//  4. `bundle.page`      → one page of a file's *redacted* text plus the redaction spans inside
//                          that page (offset/length in UTF-16 code units of `text`, category) for
//                          highlighting. Pages are at most 256 KiB; ask again with `nextOffset`.
//                          Large files must be paged, never loaded whole.
//  5. `bundle.setIncluded` toggles a file (binary files start excluded: including one is an
//                          explicit per-file opt-in, show a warning). Returns the new review.
//  6. `bundle.redactTerms` sets the custom terms (the whole list, not a delta) and re-runs the
//                          filter over all sources with one new session: phase goes 'filtering'
//                          (progress events) then 'ready'; call `bundle.review` again. Terms
//                          become <term-N> tokens.
//  7. `bundle.save`      → writes the zip atomically; destination optional (default: the plan's
//                          `defaultFolder`). Returns the saved path, bundle id and size. The
//                          pseudonym map is written beside it (mode 0600), never inside it.
//  8. `bundle.discard`   → drops a collection and its staging data.
import { z } from 'zod'

/** The privacy engine's categories (src/main/privacy/categories.ts; a unit test keeps them equal). */
export const RedactionCategory = z.enum([
  'contact',
  'person',
  'account',
  'credential',
  'network-identifier',
  'device-identifier',
  'network-activity',
  'wifi',
  'location',
  'financial',
  'custom'
])
export type RedactionCategory = z.infer<typeof RedactionCategory>

/** Counts per redaction category (every category present, zero when none). */
export const CategoryCounts = z.record(RedactionCategory, z.number().int().nonnegative())
export type CategoryCounts = z.infer<typeof CategoryCounts>

/** What a collector gathers; one collector per id (src/main/bundle/collectors/). */
export const CollectorId = z.enum(['inventory', 'health', 'host', 'app-log', 'os-log', 'vendor-logs', 'user-logs', 'crash-reports'])
export type CollectorId = z.infer<typeof CollectorId>

export const CollectorStatus = z.enum(['ok', 'skipped', 'failed'])
export type CollectorStatus = z.infer<typeof CollectorStatus>

export const PlanCategory = z.object({
  id: CollectorId,
  title: z.string(),
  /** One line for the Collect screen. */
  explanation: z.string(),
  /** false when this OS has nothing of this kind (it will be reported as skipped). */
  available: z.boolean()
})
export type PlanCategory = z.infer<typeof PlanCategory>

export const MAX_BUDGET_BYTES = 200 * 1024 * 1024
export const MIN_BUDGET_BYTES = 256 * 1024
export const MAX_SINCE_HOURS = 24 * 90

export const CollectionPlan = z.object({
  categories: z.array(PlanCategory),
  sinceHours: z.number().positive().max(MAX_SINCE_HOURS),
  /** Compressed size limit of the whole bundle. */
  budgetBytes: z.number().int().min(MIN_BUDGET_BYTES).max(MAX_BUDGET_BYTES),
  /** Where `bundle.save` writes without a destination (on the machine the core runs on). */
  defaultFolder: z.string()
})
export type CollectionPlan = z.infer<typeof CollectionPlan>

const Term = z.string().trim().min(1).max(200)
const PathString = z.string().min(1).max(4096)

export const StartCollectionInput = z
  .object({
    sinceHours: z.number().positive().max(MAX_SINCE_HOURS).optional(),
    budgetBytes: z.number().int().min(MIN_BUDGET_BYTES).max(MAX_BUDGET_BYTES).optional(),
    /** Extra log files or folders the user added. */
    extraLogPaths: z.array(PathString).max(32).optional(),
    /** Custom terms to redact (room, company names); become <term-N>. */
    customTerms: z.array(Term).max(100).optional()
  })
  .strict()
export type StartCollectionInput = z.infer<typeof StartCollectionInput>

export const CollectionId = z.uuid()
export const CollectionRef = z.object({ collectionId: CollectionId }).strict()
export type CollectionRef = z.infer<typeof CollectionRef>

/** Where a collection is. 'filtering': re-running the filter after new custom terms. */
export const CollectionPhase = z.enum(['collecting', 'filtering', 'ready', 'saving', 'saved', 'cancelled', 'failed'])
export type CollectionPhase = z.infer<typeof CollectionPhase>

export const StageId = z.union([CollectorId, z.enum(['budget'])])
export type StageId = z.infer<typeof StageId>

export const StageStatus = z.enum(['pending', 'running', 'ok', 'skipped', 'failed', 'cancelled'])
export type StageStatus = z.infer<typeof StageStatus>

export const Stage = z.object({
  id: StageId,
  title: z.string(),
  status: StageStatus,
  /** Why skipped/failed, or what is being read now; null when there is nothing to say. */
  detail: z.string().nullable(),
  elapsedMs: z.number().nonnegative()
})
export type Stage = z.infer<typeof Stage>

/** Event `bundle.progress`: the whole stage list each time (small), so a late subscriber is current. */
export const BundleProgress = z.object({
  collectionId: CollectionId,
  phase: CollectionPhase,
  stages: z.array(Stage),
  /** 0..1 over all stages. */
  fraction: z.number().min(0).max(1),
  /** Set when phase is 'failed'. */
  error: z.string().nullable()
})
export type BundleProgress = z.infer<typeof BundleProgress>

export const FileId = z.string().regex(/^f[0-9]{1,6}$/)

export const ReviewFile = z.object({
  fileId: FileId,
  /** Path inside the bundle (already redacted). */
  path: z.string(),
  collector: CollectorId,
  /** Size of the redacted content in the bundle (bytes, UTF-8 for text). */
  bytes: z.number().int().nonnegative(),
  /** Estimated compressed size. */
  compressedBytes: z.number().int().nonnegative(),
  redactionCount: z.number().int().nonnegative(),
  counts: CategoryCounts,
  included: z.boolean(),
  /** Binary content (crash dumps): not filtered, left out unless the user opts in. */
  binary: z.boolean(),
  /** Bytes of the source left out of this file (older part cut for the budget or the per-file cap); 0 when whole. */
  cutBytes: z.number().int().nonnegative()
})
export type ReviewFile = z.infer<typeof ReviewFile>

export const OmittedItem = z.object({
  /** Redacted source name. */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  why: z.string()
})
export type OmittedItem = z.infer<typeof OmittedItem>

export const CollectorResult = z.object({
  id: CollectorId,
  status: CollectorStatus,
  /** skipped: why; failed: the error; ok: null or a note. */
  detail: z.string().nullable(),
  ms: z.number().nonnegative(),
  files: z.number().int().nonnegative()
})
export type CollectorResult = z.infer<typeof CollectorResult>

export const ReviewModel = z.object({
  collectionId: CollectionId,
  phase: CollectionPhase,
  files: z.array(ReviewFile),
  omitted: z.array(OmittedItem),
  collectors: z.array(CollectorResult),
  /** Totals over included files. */
  totals: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    compressedBytes: z.number().int().nonnegative(),
    budgetBytes: z.number().int().nonnegative(),
    redactions: CategoryCounts
  }),
  customTermCount: z.number().int().nonnegative(),
  sinceHours: z.number().positive()
})
export type ReviewModel = z.infer<typeof ReviewModel>

export const MAX_PAGE_BYTES = 256 * 1024

export const PageInput = z
  .object({
    collectionId: CollectionId,
    fileId: FileId,
    /** Byte offset into the redacted file; from 0 or a previous page's nextOffset. */
    offset: z.number().int().nonnegative(),
    maxBytes: z.number().int().min(1024).max(MAX_PAGE_BYTES).optional()
  })
  .strict()
export type PageInput = z.infer<typeof PageInput>

export const PageSpan = z.object({
  /** UTF-16 code units into `text`. */
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  category: RedactionCategory
})
export type PageSpan = z.infer<typeof PageSpan>

export const FilePage = z.object({
  fileId: FileId,
  offset: z.number().int().nonnegative(),
  /** Byte offset of the next page, null at the end. Pages end at a line break when possible. */
  nextOffset: z.number().int().nonnegative().nullable(),
  totalBytes: z.number().int().nonnegative(),
  /** Redacted text; for a binary file a plain description instead of its bytes. */
  text: z.string(),
  spans: z.array(PageSpan)
})
export type FilePage = z.infer<typeof FilePage>

export const SetIncludedInput = z.object({ collectionId: CollectionId, fileId: FileId, included: z.boolean() }).strict()
export type SetIncludedInput = z.infer<typeof SetIncludedInput>

export const RedactTermsInput = z.object({ collectionId: CollectionId, customTerms: z.array(Term).max(100) }).strict()
export type RedactTermsInput = z.infer<typeof RedactTermsInput>

export const SaveInput = z
  .object({
    collectionId: CollectionId,
    /** A folder (the file name is chosen) or a path ending in .zip; default: the plan's folder. */
    destination: PathString.optional()
  })
  .strict()
export type SaveInput = z.infer<typeof SaveInput>

export const SavedBundle = z.object({
  /** Absolute path of the zip on the machine the core runs on. */
  path: z.string(),
  bundleId: z.uuid(),
  bytes: z.number().int().nonnegative(),
  /** The pseudonym map beside the bundle (mode 0600; never inside it). */
  mapPath: z.string()
})
export type SavedBundle = z.infer<typeof SavedBundle>

// ---- manifest.json inside the bundle ----

export const MANIFEST_SCHEMA_VERSION = 1

export const Consent = z.object({
  /** 'review': the user reviewed in the app or the CLI prompt; 'yes-flag': CLI --yes without review. */
  method: z.enum(['review', 'yes-flag']),
  at: z.iso.datetime(),
  includedFiles: z.number().int().nonnegative(),
  excludedFiles: z.array(z.string()),
  /** Binary files included by explicit per-file opt-in. */
  binaryOptIns: z.array(z.string()),
  /** Redaction categories applied (all of them; the engine has no off switch). */
  categories: z.array(RedactionCategory),
  /** How many custom terms; never the terms themselves. */
  customTerms: z.number().int().nonnegative()
})
export type Consent = z.infer<typeof Consent>

export const ManifestFile = z.object({
  path: z.string(),
  /** null for summary.txt, which the bundle writer makes itself. */
  collector: CollectorId.nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  redactions: z.number().int().nonnegative(),
  binary: z.boolean(),
  cutBytes: z.number().int().nonnegative()
})
export type ManifestFile = z.infer<typeof ManifestFile>

export const Manifest = z.object({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  appVersion: z.string(),
  /** UUID; the ticket feature quotes exactly this field. */
  bundleId: z.uuid(),
  createdAt: z.iso.datetime(),
  platform: z.string(),
  sinceHours: z.number().positive(),
  budgetBytes: z.number().int().nonnegative(),
  consent: Consent,
  collectors: z.array(CollectorResult),
  /** Every entry of the zip except manifest.json itself (summary.txt included). */
  files: z.array(ManifestFile),
  redactions: CategoryCounts,
  omitted: z.array(OmittedItem)
})
export type Manifest = z.infer<typeof Manifest>
