import { createInterface } from 'node:readline/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { BundleProgress, ReviewModel } from '../../../shared/contract'
import type { Collection } from '../../bundle/collection'
import { humanBytes } from '../../bundle/human-bytes'
import { EXIT } from '../exit-codes'
import { parseBudget, parseSince } from '../format/bundle-sizes'
import { repeatable } from '../repeatable'

interface CollectOptions {
  out: string
  logs?: string[]
  since?: number
  budget?: number
  includeBinary?: string[]
  redact?: string[]
  yes?: boolean
  json?: boolean
}

/** One line on stderr, redrawn in place; only when stderr is a terminal. */
function progressBar(p: BundleProgress): void {
  const width = 24
  const filled = Math.round(p.fraction * width)
  const running = p.stages.find((s) => s.status === 'running')
  const what = running ? `${running.title}${running.detail ? `: ${running.detail}` : ''}` : p.phase
  const cols = process.stderr.columns || 80
  process.stderr.write(
    `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(p.fraction * 100)}% ${what}`.slice(0, cols + 4)
  )
}

function listing(r: ReviewModel): string {
  const lines = r.files.map(
    (f) =>
      `  ${f.included ? '[x]' : '[ ]'} ${humanBytes(f.bytes).padStart(9)} ${String(f.redactionCount).padStart(5)} redacted  ${f.path}${f.binary ? '  (binary: left out unless --include-binary)' : ''}`
  )
  const cats = Object.entries(r.totals.redactions)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  return (
    [
      'Files in the bundle (personal data already replaced by <tokens>):',
      ...lines,
      `Redactions: ${cats || 'none'}`,
      `Total: ${r.totals.files} file(s), about ${humanBytes(r.totals.compressedBytes)} compressed of a ${humanBytes(r.totals.budgetBytes)} budget; ${r.omitted.length} item(s) cut or left out (listed in the manifest).`
    ].join('\n') + '\n'
  )
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim())
  } finally {
    rl.close()
  }
}

async function waitReady(c: Collection): Promise<void> {
  await c.settled
  if (c.phase !== 'ready')
    throw new Error(c.review().phase === 'cancelled' ? 'collection cancelled' : `collection failed: ${c.lastError ?? 'unknown error'}`)
}

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('gather devices, health, host facts, logs and crash reports into a privacy-filtered support bundle (.zip)')
    .requiredOption('--out <path>', 'the bundle .zip to write, or a folder to write it in')
    .option('--logs <path>', 'also collect this log file or folder (repeatable)', repeatable)
    .option('--since <time>', 'time window, e.g. 72h, 7d (default 72h)', parseSince)
    .option('--budget <size>', 'size limit of the compressed bundle, e.g. 20MB (default 20MB)', parseBudget)
    .option('--include-binary <path>', 'include this binary file (a crash dump) unfiltered (repeatable)', repeatable)
    .option('--redact <term>', 'also replace this term (room or company name) everywhere (repeatable)', repeatable)
    .option('--yes', 'write without showing the file list and asking first')
    .option('--json', 'print the result (path, bundle id, manifest summary) as JSON')
    .action(async (opts: CollectOptions) => {
      const interactive = !!process.stdin.isTTY && !!process.stderr.isTTY
      if (!opts.yes && !interactive) {
        process.stderr.write('logi-diag: there is no terminal to review the files on; run with --yes to write the bundle without review\n')
        process.exitCode = EXIT.usage
        return
      }
      const showProgress = !!process.stderr.isTTY && !opts.json
      // Loaded on use: collecting pulls in the bundle writer, the logger and systeminformation,
      // which every other command (a cold `detect` above all) would otherwise pay for.
      const [{ BundleService }, { discover }, { appLog }] = await Promise.all([
        import('../../bundle/bundle-service'),
        import('../../room/discover-room'),
        import('../../app-log/app-log')
      ])
      const service = new BundleService({ room: () => discover(), onProgress: showProgress ? progressBar : () => undefined })
      appLog().info({ command: 'collect' }, 'command started')
      const c = await service.start({
        sinceHours: opts.since,
        budgetBytes: opts.budget,
        extraLogPaths: (opts.logs ?? []).map((p) => resolve(p)),
        customTerms: opts.redact ?? []
      })
      const stop = (): void => {
        c.cancel()
      }
      process.once('SIGINT', stop)
      try {
        await waitReady(c)
      } finally {
        process.off('SIGINT', stop)
        if (showProgress) process.stderr.write('\n')
      }
      const wanted = new Set((opts.includeBinary ?? []).map((p) => resolve(p)))
      for (const f of c.binarySources()) {
        if (wanted.delete(f.sourcePath)) c.setIncluded(f.fileId, true)
      }
      for (const p of wanted)
        process.stderr.write(`logi-diag: warning: --include-binary ${p}: no binary file with this path was collected\n`)
      if (!opts.yes) {
        process.stderr.write(listing(c.review()))
        if (!(await confirm(`Write the bundle to ${resolve(opts.out)}? [y/N] `))) {
          await service.dispose()
          process.stderr.write('Nothing was written.\n')
          process.exitCode = EXIT.failure
          return
        }
      }
      try {
        const saved = await c.save(opts.out, opts.yes ? 'yes-flag' : 'review')
        const m = saved.manifest
        if (opts.json) {
          const summary = {
            path: saved.path,
            bundleId: saved.bundleId,
            bytes: saved.bytes,
            mapPath: saved.mapPath,
            files: m.files.length,
            redactions: m.redactions,
            omitted: m.omitted,
            collectors: m.collectors
          }
          process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
        } else {
          process.stdout.write(`Saved ${saved.path} (${humanBytes(saved.bytes)}, ${m.files.length} files, bundle id ${saved.bundleId})\n`)
          process.stdout.write(`The pseudonym map (which real value each token stands for) stays on this machine: ${saved.mapPath}\n`)
        }
      } finally {
        await service.dispose()
      }
    })
}
