// Files and folders the user added (`--logs`, or the Collect screen). Every file in a folder
// counts, whatever its name: the user chose it.
import { basename } from 'node:path'
import { listFiles, logSources } from '../log-files'
import { ok, skipped, type Collector, type Source } from './types'
import type { OmittedItem } from '../../../shared/contract'

export const userLogsCollector: Collector = {
  id: 'user-logs',
  title: 'Added logs',
  explanation: 'Log files or folders you add yourself, newest first within the time window.',
  timeoutMs: 60_000,
  availableOn: () => true,
  async collect(ctx) {
    if (ctx.extraLogPaths.length === 0) return skipped('no files or folders were added')
    const sources: Source[] = []
    const omitted: OmittedItem[] = []
    const problems: string[] = []
    for (const [i, root] of ctx.extraLogPaths.entries()) {
      const prefix = `logs/added/${i + 1}-${basename(root) || 'root'}`
      try {
        const found = logSources(await listFiles(root, null), 'user-logs', prefix, ctx.since)
        sources.push(...found.sources)
        omitted.push(...found.omitted)
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        problems.push(`${root}: ${code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`)
        omitted.push({ file: prefix, bytes: 0, why: code === 'ENOENT' ? 'does not exist' : 'could not be read' })
      }
    }
    if (sources.length === 0 && problems.length === ctx.extraLogPaths.length)
      return { status: 'failed', detail: problems.join('; '), sources, omitted }
    return ok(sources, omitted, problems.length ? problems.join('; ') : null)
  }
}
