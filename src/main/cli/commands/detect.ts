import type { Command } from 'commander'
import { DeviceEvent, Snapshot } from '../../../shared/contract'
import { discover } from '../../room/discover-room'
import { DeviceWatcher } from '../../room/watch'
import { runHealth } from '../../health/run-health'
import { formatEvent, formatSnapshot } from '../../text-report/devices-text'

interface DetectOptions {
  json?: boolean
  watch?: boolean
}

const write = (s: string): void => {
  process.stdout.write(s)
}

async function watch(json: boolean): Promise<void> {
  const watcher = new DeviceWatcher()
  watcher.on('warning', (w) => process.stderr.write(`logi-diag: warning: ${w}\n`))
  watcher.on('event', (e) => {
    write(json ? JSON.stringify(DeviceEvent.parse(e)) + '\n' : formatEvent(e) + '\n')
  })
  // Handlers go in before the first line is printed: whoever reads that line may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      watcher.stop()
      resolve()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    process.stdout.once('error', stop) // reader went away (EPIPE)
  })
  const first = await watcher.start()
  write(json ? JSON.stringify(Snapshot.parse(first)) + '\n' : formatSnapshot(first, runHealth(watcher.latest)) + 'Watching for changes (Ctrl+C to stop)…\n')
  await stopped
}

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('list the Logitech room devices and systems connected to this computer')
    .option('--json', 'print the machine-readable JSON contract (see README)')
    .option('--watch', 'keep running and report devices as they are plugged and unplugged')
    .action(async (opts: DetectOptions) => {
      if (opts.watch) return watch(!!opts.json)
      const result = await discover()
      for (const w of result.warnings) process.stderr.write(`logi-diag: warning: ${w}\n`)
      // The text gives the same verdict as the Room screen, which comes from the health findings.
      write(opts.json ? JSON.stringify(Snapshot.parse(result.snapshot), null, 2) + '\n' : formatSnapshot(result.snapshot, runHealth(result)))
    })
}
