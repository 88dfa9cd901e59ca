// The health report (findings with fixes, USB topology) for the same discovery the inventory used.
import { formatHealth } from '../../text-report/health-text'
import { runHealth } from '../../health/run-health'
import { ok, type Collector } from './types'

export const healthCollector: Collector = {
  id: 'health',
  title: 'Health checks',
  explanation: 'Findings about link speeds, hubs, missing parts, device modes, permissions and firmware, with the USB topology.',
  timeoutMs: 60_000,
  availableOn: () => true,
  async collect(ctx) {
    const report = runHealth(await ctx.room())
    const now = Date.now()
    return ok(
      [
        { collector: 'health', bundlePath: 'room/health.json', content: { kind: 'json', value: report }, mtimeMs: now, essential: true },
        {
          collector: 'health',
          bundlePath: 'room/health.txt',
          content: { kind: 'text', text: formatHealth(report) },
          mtimeMs: now,
          essential: true
        }
      ],
      [],
      `${report.counts.error} error(s), ${report.counts.warning} warning(s)`
    )
  }
}
