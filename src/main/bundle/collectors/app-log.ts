// This app's own rotating log (src/main/app-log), newest generation first.
import { appLogDir } from '../../app-log/app-log'
import { listFiles, LOG_NAME, logSources } from '../log-files'
import { ok, skipped, type Collector } from './types'

export const appLogCollector: Collector = {
  id: 'app-log',
  title: "This app's log",
  explanation: 'What Logi Room Diagnostics itself did: detections, checks, collections and errors.',
  timeoutMs: 20_000,
  availableOn: () => true,
  async collect(ctx) {
    const dir = appLogDir(ctx.env)
    let files
    try {
      files = await listFiles(dir, LOG_NAME)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return skipped('the app has not written a log on this machine yet')
      throw err
    }
    const { sources, omitted } = logSources(files, 'app-log', 'logs/app', ctx.since)
    return ok(sources, omitted)
  }
}
