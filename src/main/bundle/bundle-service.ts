// The bundle feature behind the contract: the plan, the collections by id, progress events.
// One instance per core (Electron, web mode) or per CLI run.
import { join } from 'node:path'
import type { BundleProgress, CollectionPlan, StartCollectionInput } from '../../shared/contract'
import { appDataDir, defaultBundleDir } from '../app-paths/app-paths'
import type { DiscoveryResult } from '../devices/discover'
import type { HostIdentities } from '../privacy'
import { Collection, type CollectionOptions } from './collection'
import { CollectionError } from './collection-error'
import { defaultCollectors } from './collectors'
import type { Collector } from './collectors/types'
import { cleanStaging } from './stale-files'

export const DEFAULT_SINCE_HOURS = 72
export const DEFAULT_BUDGET_BYTES = 20 * 1024 * 1024
/** Collections kept at once; the oldest finished one is dropped beyond this. */
const MAX_COLLECTIONS = 4

export interface BundleServiceOptions {
  room(): Promise<DiscoveryResult>
  onProgress(p: BundleProgress): void
  collectors?: readonly Collector[]
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  hostIdentities?: HostIdentities
  /** Limits for tests and the bench; the defaults suit a real room. */
  limits?: Pick<CollectionOptions, 'perSourceBytes' | 'totalRawBytes'>
}

export class BundleService {
  private readonly collections = new Map<string, Collection>()
  private readonly collectors: readonly Collector[]
  private cleaned: Promise<unknown> | null = null

  constructor(private readonly opts: BundleServiceOptions) {
    this.collectors = opts.collectors ?? defaultCollectors()
  }

  get stagingRoot(): string {
    return join(appDataDir(this.opts.env), 'staging')
  }

  plan(): CollectionPlan {
    const platform = this.opts.platform ?? process.platform
    return {
      categories: this.collectors.map((c) => ({
        id: c.id,
        title: c.title,
        explanation: c.explanation,
        available: c.availableOn(platform)
      })),
      sinceHours: DEFAULT_SINCE_HOURS,
      budgetBytes: DEFAULT_BUDGET_BYTES,
      defaultFolder: defaultBundleDir(this.opts.env)
    }
  }

  /** Starts a collection in the background; progress arrives through `onProgress`. */
  async start(input: StartCollectionInput): Promise<Collection> {
    // staging left by a killed run goes first (once per process)
    await (this.cleaned ??= cleanStaging(this.stagingRoot))
    const c = new Collection(
      {
        sinceHours: input.sinceHours ?? DEFAULT_SINCE_HOURS,
        budgetBytes: input.budgetBytes ?? DEFAULT_BUDGET_BYTES,
        extraLogPaths: input.extraLogPaths ?? [],
        customTerms: input.customTerms ?? [],
        ...this.opts.limits
      },
      {
        collectors: this.collectors,
        stagingRoot: this.stagingRoot,
        room: this.opts.room,
        hostIdentities: this.opts.hostIdentities,
        env: this.opts.env,
        platform: this.opts.platform,
        onProgress: this.opts.onProgress
      }
    )
    this.collections.set(c.id, c)
    void c.start()
    await this.prune()
    return c
  }

  get(id: string): Collection {
    const c = this.collections.get(id)
    if (!c) throw new CollectionError('unknown collection (it was discarded, or the app was restarted)')
    return c
  }

  async discard(id: string): Promise<boolean> {
    const c = this.collections.get(id)
    if (!c) return false
    this.collections.delete(id)
    await c.discard()
    return true
  }

  private async prune(): Promise<void> {
    for (const [id, c] of this.collections) {
      if (this.collections.size <= MAX_COLLECTIONS) return
      if (c.phase !== 'collecting' && c.phase !== 'filtering' && c.phase !== 'saving') await this.discard(id)
    }
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.collections.keys()].map((id) => this.discard(id)))
  }
}
