// One collection, from "collect" to "saved": runs the collectors (each with its own time limit;
// one failing never fails the rest), runs the filter, answers the review calls and saves.
// Raw content never leaves this process except redacted: staging holds only filtered text.
import { randomUUID } from 'node:crypto'
import { mkdir, open, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  MANIFEST_SCHEMA_VERSION,
  MAX_PAGE_BYTES,
  Manifest,
  type BundleProgress,
  type CollectionPhase,
  type CollectorResult,
  type Consent,
  type FilePage,
  type HealthReport,
  type OmittedItem,
  type ReviewModel,
  type SavedBundle,
  type Stage
} from '../../shared/contract'
import { CATEGORIES, gatherHostIdentities, type HostIdentities } from '../privacy'
import type { DiscoveryResult } from '../devices/discover'
import { APP_VERSION } from '../app-version/app-version'
import { appLog } from '../app-log/app-log'
import type { Collector, CollectContext, Source } from './collectors/types'
import { runFilter, ZIP_OVERHEAD_BYTES, type FilterResult } from './filter-run'
import type { StagedFile } from './staged-file'
import { formatSummary } from './summary'
import { addCounts, zeroCounts } from './token-index'
import { resolveDestination, writePseudonymMap } from './destination'
import { CollectionError } from './collection-error'
import { fileEntry, writeZipAtomically, type ZipEntry } from './write-zip'
import { Readable } from 'node:stream'

export interface CollectionOptions {
  sinceHours: number
  budgetBytes: number
  extraLogPaths: readonly string[]
  customTerms: readonly string[]
  /** Raw bytes read per source (default 8 MB). */
  perSourceBytes?: number
  /** Raw bytes read over all sources (default 4 × budget). */
  totalRawBytes?: number
}

export interface CollectionDeps {
  collectors: readonly Collector[]
  stagingRoot: string
  room(): Promise<DiscoveryResult>
  hostIdentities?: HostIdentities
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  onProgress(p: BundleProgress): void
}

const DEFAULT_PER_SOURCE = 8 * 1024 * 1024

export class Collection {
  readonly id = randomUUID()
  phase: CollectionPhase = 'collecting'
  private readonly abort = new AbortController()
  private readonly stagingDir: string
  private stages: Stage[]
  private error: string | null = null
  private sources: Source[] = []
  private collectorResults: CollectorResult[] = []
  private collectorOmitted: OmittedItem[] = []
  /** The same two, with names and details redacted by the latest filter run: what the UI and the manifest show. */
  private namedCollectorOmitted: OmittedItem[] = []
  private namedCollectors: CollectorResult[] = []
  private filter: FilterResult | null = null
  private readonly included = new Map<string, boolean>()
  private room: DiscoveryResult | null = null
  private customTerms: string[]
  /** The collection, then each filter run: awaited by tests and the CLI. */
  settled: Promise<void> = Promise.resolve()

  constructor(
    readonly options: CollectionOptions,
    private readonly deps: CollectionDeps
  ) {
    this.stagingDir = join(deps.stagingRoot, this.id)
    this.customTerms = [...options.customTerms]
    this.stages = [
      ...deps.collectors.map((c): Stage => ({ id: c.id, title: c.title, status: 'pending', detail: null, elapsedMs: 0 })),
      { id: 'budget', title: 'Filter personal data and fit the budget', status: 'pending', detail: null, elapsedMs: 0 }
    ]
  }

  private emit(): void {
    const done = this.stages.filter((s) => s.status !== 'pending' && s.status !== 'running').length
    this.deps.onProgress({
      collectionId: this.id,
      phase: this.phase,
      stages: this.stages.map((s) => ({ ...s })),
      fraction: done / this.stages.length,
      error: this.error
    })
  }

  private stage(id: Stage['id']): Stage {
    return this.stages.find((s) => s.id === id)!
  }

  start(): Promise<void> {
    this.settled = this.run()
    return this.settled
  }

  private async run(): Promise<void> {
    try {
      await mkdir(this.stagingDir, { recursive: true, mode: 0o700 })
      await writeFile(join(this.stagingDir, 'owner'), String(process.pid), { mode: 0o600 })
      appLog().info(
        { collection: this.id, sinceHours: this.options.sinceHours, budgetBytes: this.options.budgetBytes },
        'collection started'
      )
      await this.collect()
      await this.runFilter()
      this.phase = 'ready'
      appLog().info({ collection: this.id, files: this.filter?.files.length }, 'collection ready for review')
      this.emit()
    } catch (err) {
      await this.fail(err)
    }
  }

  private async fail(err: unknown): Promise<void> {
    // staging goes first: the phase announces a state that must already be true
    await rm(this.stagingDir, { recursive: true, force: true })
    if (this.abort.signal.aborted) {
      this.phase = 'cancelled'
      for (const s of this.stages) if (s.status === 'pending' || s.status === 'running') s.status = 'cancelled'
      appLog().info({ collection: this.id }, 'collection cancelled')
    } else {
      this.phase = 'failed'
      this.error = err instanceof Error ? err.message : String(err)
      appLog().error({ collection: this.id, err: this.error }, 'collection failed')
    }
    this.emit()
  }

  private async collect(): Promise<void> {
    const platform = this.deps.platform ?? process.platform
    let roomOnce: Promise<DiscoveryResult> | undefined
    const ctx: CollectContext = {
      since: new Date(Date.now() - this.options.sinceHours * 3600_000),
      sinceHours: this.options.sinceHours,
      platform,
      env: this.deps.env ?? process.env,
      signal: this.abort.signal,
      perSourceBytes: this.options.perSourceBytes ?? DEFAULT_PER_SOURCE,
      extraLogPaths: this.options.extraLogPaths,
      room: () =>
        (roomOnce ??= this.deps.room().then((r) => {
          this.room = r
          return r
        }))
    }
    this.emit()
    const results = await Promise.all(
      this.deps.collectors.map(async (c): Promise<CollectorResult> => {
        const st = this.stage(c.id)
        const t0 = performance.now()
        st.status = 'running'
        this.emit()
        let result: CollectorResult
        if (!c.availableOn(platform)) {
          result = { id: c.id, status: 'skipped', detail: `not available on ${platform}`, ms: 0, files: 0 }
        } else {
          let timer: NodeJS.Timeout | undefined
          try {
            const timeout = new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new CollectionError(`timed out after ${c.timeoutMs / 1000} s`)), c.timeoutMs)
            })
            const out = await Promise.race([c.collect(ctx), timeout])
            this.sources.push(...out.sources)
            this.collectorOmitted.push(...out.omitted)
            result = { id: c.id, status: out.status, detail: out.detail, ms: 0, files: out.sources.length }
          } catch (err) {
            this.abort.signal.throwIfAborted()
            result = { id: c.id, status: 'failed', detail: err instanceof Error ? err.message : String(err), ms: 0, files: 0 }
          } finally {
            clearTimeout(timer)
          }
        }
        result.ms = Math.round(performance.now() - t0)
        st.status = result.status
        // A collector's detail can hold paths and names from this machine, and progress reaches
        // web-mode viewers before anything is filtered: it is shown once the filter has run.
        st.detail = null
        st.elapsedMs = result.ms
        this.emit()
        return result
      })
    )
    this.abort.signal.throwIfAborted()
    this.collectorResults = results
    // sources in collector order, whatever order the collectors finished in
    const order = new Map(this.deps.collectors.map((c, i) => [c.id, i]))
    this.sources.sort((a, b) => order.get(a.collector)! - order.get(b.collector)!)
  }

  private deviceSerials(): string[] {
    const snap = this.room?.snapshot
    if (!snap) return []
    return [...snap.devices.map((d) => d.serial), ...snap.systems.flatMap((s) => s.peripherals.map((p) => p.serial))].filter(
      (s): s is string => !!s
    )
  }

  private async runFilter(): Promise<void> {
    const st = this.stage('budget')
    const t0 = performance.now()
    st.status = 'running'
    this.emit()
    let lastEmit = 0
    this.filter = await runFilter(this.sources, {
      stagingDir: this.stagingDir,
      budgetBytes: this.options.budgetBytes,
      perSourceBytes: this.options.perSourceBytes ?? DEFAULT_PER_SOURCE,
      totalRawBytes: this.options.totalRawBytes ?? this.options.budgetBytes * 4,
      customTerms: this.customTerms,
      deviceSerials: this.deviceSerials(),
      hostIdentities: this.deps.hostIdentities ?? gatherHostIdentities(),
      signal: this.abort.signal,
      onProgress: (done, total, detail) => {
        st.detail = `${done + 1} of ${total}: ${detail}`
        st.elapsedMs = Math.round(performance.now() - t0)
        if (performance.now() - lastEmit > 100) {
          lastEmit = performance.now()
          this.emit()
        }
      }
    })
    const { name, redact } = this.filter
    this.namedCollectorOmitted = this.collectorOmitted.map((o) => ({ ...o, file: name(o.file), why: redact(o.why) }))
    this.namedCollectors = this.collectorResults.map((c) => ({ ...c, detail: c.detail === null ? null : redact(c.detail) }))
    for (const c of this.namedCollectors) this.stage(c.id).detail = c.detail
    for (const f of this.filter.files) if (!this.included.has(f.fileId)) this.included.set(f.fileId, !f.binary)
    st.status = 'ok'
    st.detail = `${this.filter.files.length} file(s)`
    st.elapsedMs = Math.round(performance.now() - t0)
  }

  get lastError(): string | null {
    return this.error
  }

  /** Binary files found on disk, for per-file opt-in by source path (CLI --include-binary). */
  binarySources(): Array<{ fileId: string; sourcePath: string }> {
    return this.ready()
      .files.filter((f) => f.binary && f.source.content.kind === 'file')
      .map((f) => ({ fileId: f.fileId, sourcePath: (f.source.content as { path: string }).path }))
  }

  cancel(): boolean {
    if (this.phase !== 'collecting' && this.phase !== 'filtering') return false
    this.abort.abort()
    return true
  }

  private ready(): FilterResult {
    if (this.phase !== 'ready' || !this.filter) throw new CollectionError(`the collection is ${this.phase}, not ready for review`)
    return this.filter
  }

  private file(fileId: string): StagedFile {
    const f = this.ready().files.find((x) => x.fileId === fileId)
    if (!f) throw new CollectionError(`no file ${fileId} in this collection`)
    return f
  }

  private isIncluded(f: StagedFile): boolean {
    return this.included.get(f.fileId) ?? !f.binary
  }

  review(): ReviewModel {
    const files = this.filter?.files ?? []
    const inc = files.filter((f) => this.isIncluded(f))
    const redactions = zeroCounts()
    for (const f of inc) addCounts(redactions, f.counts)
    return {
      collectionId: this.id,
      phase: this.phase,
      files: files.map((f) => ({
        fileId: f.fileId,
        path: f.path,
        collector: f.collector,
        bytes: f.bytes,
        compressedBytes: f.compressedBytes,
        redactionCount: f.redactionCount,
        counts: { ...f.counts },
        included: this.isIncluded(f),
        binary: f.binary,
        cutBytes: f.cutBytes
      })),
      omitted: [...this.namedCollectorOmitted, ...(this.filter?.omitted ?? [])],
      collectors: this.namedCollectors,
      totals: {
        files: inc.length,
        bytes: inc.reduce((n, f) => n + f.bytes, 0),
        compressedBytes: inc.reduce((n, f) => n + f.compressedBytes, 0) + ZIP_OVERHEAD_BYTES,
        budgetBytes: this.options.budgetBytes,
        redactions
      },
      customTermCount: this.customTerms.length,
      sinceHours: this.options.sinceHours
    }
  }

  async page(fileId: string, offset: number, maxBytes = 64 * 1024): Promise<FilePage> {
    const f = this.file(fileId)
    if (!f.stagingPath) {
      return {
        fileId,
        offset: 0,
        nextOffset: null,
        totalBytes: f.bytes,
        text: `Binary file (${f.bytes} bytes), not filtered: it may hold memory contents with personal data. It is left out unless you include it yourself.`,
        spans: []
      }
    }
    const size = Math.min(maxBytes, MAX_PAGE_BYTES)
    const fh = await open(f.stagingPath, 'r')
    try {
      const total = (await fh.stat()).size
      const buf = Buffer.alloc(Math.min(size + 4, Math.max(0, total - offset)))
      const { bytesRead } = await fh.read(buf, 0, buf.length, offset)
      let start = 0
      while (start < bytesRead && (buf[start]! & 0xc0) === 0x80) start++ // not inside a UTF-8 character
      let end = Math.min(bytesRead, size)
      if (offset + end < total) {
        const nl = buf.lastIndexOf(0x0a, end - 1)
        if (nl >= start) end = nl + 1
        else while (end > start && (buf[end]! & 0xc0) === 0x80) end--
      }
      const text = buf.subarray(start, end).toString('utf8')
      const next = offset + end
      return {
        fileId,
        offset: offset + start,
        nextOffset: next < total ? next : null,
        totalBytes: total,
        text,
        spans: this.filter!.tokens.spans(text)
      }
    } finally {
      await fh.close()
    }
  }

  setIncluded(fileId: string, included: boolean): ReviewModel {
    this.file(fileId)
    this.included.set(fileId, included)
    appLog().info({ collection: this.id, fileId, included }, 'file inclusion changed')
    return this.review()
  }

  /** Replaces the custom terms and filters every source again with a new session. */
  redactTerms(terms: readonly string[]): void {
    this.ready()
    this.customTerms = [...new Set(terms.map((t) => t.trim()).filter(Boolean))]
    this.phase = 'filtering'
    this.stage('budget').status = 'pending'
    this.emit()
    this.settled = (async () => {
      try {
        await rm(this.stagingDir, { recursive: true, force: true })
        await mkdir(this.stagingDir, { recursive: true, mode: 0o700 })
        await writeFile(join(this.stagingDir, 'owner'), String(process.pid), { mode: 0o600 })
        await this.runFilter()
        this.phase = 'ready'
        appLog().info({ collection: this.id, terms: this.customTerms.length }, 'filter re-run with custom terms')
        this.emit()
      } catch (err) {
        await this.fail(err)
      }
    })()
  }

  /** Writes the bundle; `consent` says how the user approved it. */
  async save(destination: string | undefined, method: Consent['method']): Promise<SavedBundle & { manifest: Manifest }> {
    const filter = this.ready()
    this.phase = 'saving'
    this.emit()
    try {
      const bundleId = randomUUID()
      const createdAt = new Date().toISOString()
      const finalPath = await resolveDestination(destination, createdAt, bundleId)
      const session = filter.session
      const inc = filter.files.filter((f) => this.isIncluded(f))
      const redactions = zeroCounts()
      for (const f of inc) addCounts(redactions, f.counts)
      const collectors = this.namedCollectors
      const omitted = this.review().omitted
      const health = this.sources.find((s) => s.collector === 'health' && s.content.kind === 'json')?.content
      const summary = filter.redact(
        formatSummary({
          bundleId,
          createdAt,
          appVersion: APP_VERSION,
          platform: `${process.platform}-${process.arch}`,
          snapshot: this.room?.snapshot ?? null,
          health: health?.kind === 'json' ? (health.value as HealthReport) : null,
          collectors,
          files: inc.length + 1,
          omitted
        })
      )
      const entries: ZipEntry[] = [{ path: 'summary.txt', open: () => Readable.from([Buffer.from(summary, 'utf8')]) }]
      for (const f of inc) {
        const src = f.stagingPath ?? (f.source.content.kind === 'file' ? f.source.content.path : null)
        if (src) entries.push(fileEntry(f.path, src))
      }
      const consent: Consent = {
        method,
        at: createdAt,
        includedFiles: inc.length,
        excludedFiles: filter.files.filter((f) => !this.isIncluded(f)).map((f) => f.path),
        binaryOptIns: inc.filter((f) => f.binary).map((f) => f.path),
        categories: [...CATEGORIES],
        customTerms: this.customTerms.length
      }
      let manifest: Manifest | undefined
      const { bytes } = await writeZipAtomically(finalPath, entries, (written) => {
        const byPath = new Map(inc.map((f) => [f.path, f]))
        manifest = Manifest.parse({
          schemaVersion: MANIFEST_SCHEMA_VERSION,
          appVersion: APP_VERSION,
          bundleId,
          createdAt,
          platform: `${process.platform}-${process.arch}`,
          sinceHours: this.options.sinceHours,
          budgetBytes: this.options.budgetBytes,
          consent,
          collectors,
          files: written.map((w) => {
            const f = byPath.get(w.path)
            return {
              path: w.path,
              collector: f?.collector ?? null,
              bytes: w.bytes,
              sha256: w.sha256,
              redactions: f?.redactionCount ?? 0,
              binary: f?.binary ?? false,
              cutBytes: f?.cutBytes ?? 0
            }
          }),
          redactions,
          omitted
        })
        return { path: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n') }
      })
      const mapPath = await writePseudonymMap(finalPath, bundleId, createdAt, session.pseudonymMap())
      this.phase = 'saved'
      appLog().info({ collection: this.id, bundleId, bytes, files: inc.length }, 'bundle saved')
      this.emit()
      await rm(this.stagingDir, { recursive: true, force: true })
      return { path: finalPath, bundleId, bytes, mapPath, manifest: manifest! }
    } catch (err) {
      this.phase = 'ready'
      appLog().error({ collection: this.id, err: err instanceof Error ? err.message : String(err) }, 'bundle save failed')
      this.emit()
      throw err
    }
  }

  async discard(): Promise<void> {
    this.abort.abort()
    await this.settled.catch(() => undefined)
    await rm(this.stagingDir, { recursive: true, force: true })
  }
}
