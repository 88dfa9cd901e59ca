import type { Command } from 'commander'
import { createCore, type Core } from '../../core/core'

interface DetectOptions {
  json?: boolean
  watch?: boolean
}

const write = (s: string): void => {
  process.stdout.write(s)
}

const warn = (w: string): void => {
  process.stderr.write(`logi-diag: warning: ${w}\n`)
}

async function watch(core: Core, json: boolean): Promise<void> {
  const [{ DeviceEvent, Snapshot }, { formatEvent, formatSnapshot }] = await Promise.all([
    import('../../../shared/contract'),
    import('../../text-report/devices-text')
  ])
  core.on('devices.changed', (e) => {
    write(json ? JSON.stringify(DeviceEvent.parse(e)) + '\n' : formatEvent(e) + '\n')
  })
  // Handlers go in before the first line is printed: whoever reads that line may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      core.stop()
      resolve()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    process.stdout.once('error', stop) // reader went away (EPIPE)
  })
  const first = await core.handlers['devices.snapshot'](undefined)
  write(
    json
      ? JSON.stringify(Snapshot.parse(first)) + '\n'
      : formatSnapshot(first, await core.handlers['health.report'](undefined)) + 'Watching for changes (Ctrl+C to stop)…\n'
  )
  await stopped
}

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('list the Logitech room devices and systems connected to this computer')
    .option('--json', 'print the machine-readable JSON contract (see README)')
    .option('--watch', 'keep running and report devices as they are plugged and unplugged')
    .action(async (opts: DetectOptions) => {
      const core = createCore({ shell: 'cli', warnings: warn })
      if (opts.watch) return watch(core, !!opts.json)
      try {
        const snapshot = await core.handlers['devices.snapshot'](undefined)
        // The JSON is the core's snapshot as is: the contract schema is checked against this
        // command's real output by the device tests, which keeps zod out of the cold start.
        if (opts.json) return write(JSON.stringify(snapshot, null, 2) + '\n')
        // The text gives the same verdict as the Room screen, which comes from the health findings.
        const [report, { formatSnapshot }] = await Promise.all([
          core.handlers['health.report'](undefined),
          import('../../text-report/devices-text')
        ])
        write(formatSnapshot(snapshot, report))
      } finally {
        core.stop()
      }
    })
}
