// What a collector is given and what it hands back. Collectors only *find* things: they return
// sources (raw content stays where it is, or in memory for small structured data and bounded
// command output) and the filter pipeline redacts each source before anything is written.
import type { CollectorId, CollectorStatus, OmittedItem } from '../../../shared/contract'
import type { DiscoveryResult } from '../../devices/discover'

export interface CollectContext {
  since: Date
  sinceHours: number
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  signal: AbortSignal
  /** Raw byte cap per source (the newest part of a longer log is kept). */
  perSourceBytes: number
  /** The room, discovered once per collection and shared by the inventory and health collectors. */
  room(): Promise<DiscoveryResult>
  /** User-added log files or folders (`--logs`). */
  extraLogPaths: readonly string[]
}

/** Where a source's content comes from; read again on every filter run (custom terms). */
export type SourceContent =
  /** Parsed structured data: goes through redactJson. */
  | { kind: 'json'; value: unknown }
  /** Text already in memory (human-readable reports, bounded command output). */
  | { kind: 'text'; text: string }
  /** A file on disk: its newest part is read as text (UTF-8/UTF-16LE/gzip) or found binary. */
  | { kind: 'file'; path: string }

export interface Source {
  collector: CollectorId
  /** Path inside the bundle before redaction ('logs/user/1-app/app.log'). */
  bundlePath: string
  content: SourceContent
  /** Newest time in the source; the budget is filled newest first. */
  mtimeMs: number
  /** Structured reports (inventory, health, host) go in before any log. */
  essential: boolean
  /** Binary known up front (crash dumps): never filtered, included only by per-file opt-in. */
  binary?: boolean
}

export interface CollectorOutcome {
  status: CollectorStatus
  /** Why skipped / what failed / a note; null for a plain success. */
  detail: string | null
  sources: Source[]
  /** Found but left out by the collector itself (outside the time window, unreadable …). */
  omitted: OmittedItem[]
}

export interface Collector {
  id: CollectorId
  title: string
  explanation: string
  /** Per-collector time limit; a collector still running then is reported failed. */
  timeoutMs: number
  /** false: nothing of this kind exists on this OS (reported as skipped). */
  availableOn(platform: NodeJS.Platform): boolean
  collect(ctx: CollectContext): Promise<CollectorOutcome>
}

export const ok = (sources: Source[], omitted: OmittedItem[] = [], detail: string | null = null): CollectorOutcome => ({
  status: 'ok',
  detail,
  sources,
  omitted
})
export const skipped = (why: string): CollectorOutcome => ({ status: 'skipped', detail: why, sources: [], omitted: [] })
