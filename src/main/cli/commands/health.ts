import type { Command } from 'commander'
import { createCore } from '../../core/core'
import { EXIT } from '../exit-codes'

export function registerHealth(program: Command): void {
  program
    .command('health')
    .description('check link speeds, hubs, missing parts, device modes, permissions and firmware; exit 3 on any error finding')
    .option('--json', 'print the findings and USB topology as JSON')
    .action(async (opts: { json?: boolean }) => {
      const core = createCore({ shell: 'cli', warnings: (w) => process.stderr.write(`logi-diag: warning: ${w}\n`) })
      try {
        const [{ HealthReport }, { formatHealth }] = await Promise.all([
          import('../../../shared/contract'),
          import('../../text-report/health-text')
        ])
        const report = HealthReport.parse(await core.handlers['health.report'](undefined))
        process.stdout.write(
          opts.json ? JSON.stringify(report, null, 2) + '\n' : formatHealth(report, await core.handlers['devices.snapshot'](undefined))
        )
        process.exitCode = report.counts.error > 0 ? EXIT.healthError : EXIT.ok
      } finally {
        core.stop()
      }
    })
}
