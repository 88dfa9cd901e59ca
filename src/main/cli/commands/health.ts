import type { Command } from 'commander'
import { HealthReport } from '../../../shared/contract'
import { discover } from '../../room/discover-room'
import { runHealth } from '../../health/run-health'
import { EXIT } from '../exit-codes'
import { formatHealth } from '../../text-report/health-text'

export function registerHealth(program: Command): void {
  program
    .command('health')
    .description('check link speeds, hubs, missing parts, device modes, permissions and firmware; exit 3 on any error finding')
    .option('--json', 'print the findings and USB topology as JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await discover()
      for (const w of result.warnings) process.stderr.write(`logi-diag: warning: ${w}\n`)
      const report = HealthReport.parse(runHealth(result))
      process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatHealth(report, result.snapshot))
      process.exitCode = report.counts.error > 0 ? EXIT.healthError : EXIT.ok
    })
}
