// Bundle collection cost against log volume: `logi-diag collect --yes` (the built CLI, all real
// collectors) with 100 MB and with 2 GB of logs in --logs. Collection reads only the newest
// part of each log up to the read limit, so the 2 GB run should cost about what the 100 MB run
// costs. Targets from the issue: 2 GB time ≤ 1.3 × the 100 MB time; peak RSS ≤ 300 MB.
// Printed, never asserted. BENCH_BUNDLE_RUNS (default 3) runs per size, alternating.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { logText } from '../test/bundle/fixtures'

const CLI = resolve(__dirname, '..', 'out/cli/logi-diag.js')
const MB = 1024 * 1024
const runs = Number(process.env.BENCH_BUNDLE_RUNS ?? 3)

/** `files` logs of `eachMB` real text each (a 10 MB block written repeatedly, headed per file). */
function makeLogs(dir: string, files: number, eachMB: number): void {
  mkdirSync(dir, { recursive: true })
  const block = Buffer.from(logText(10 * MB, 'bench'))
  for (let i = 0; i < files; i++) {
    const fd = openSync(join(dir, `room-${String(i).padStart(2, '0')}.log`), 'w')
    for (let written = 0; written < eachMB * MB; written += block.length) writeSync(fd, block)
    closeSync(fd)
  }
}

interface Run {
  seconds: number
  /** user + system CPU seconds: far less sensitive to other load on a shared machine than wall time */
  cpu: number
  rssMB: number
  bundleMB: number
  files: number
  omitted: number
}

function collect(logs: string, state: string, out: string): Run {
  rmSync(out, { force: true })
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M %U %S', process.execPath, CLI, 'collect', '--out', out, '--logs', logs, '--yes', '--json'],
    {
      env: { ...process.env, LOGI_DIAG_DATA_DIR: state },
      encoding: 'utf8',
      maxBuffer: 64 * MB
    }
  )
  if (r.status !== 0) throw new Error(`collect failed (${r.status}): ${r.stderr}`)
  const [seconds, kb, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number]
  const summary = JSON.parse(r.stdout) as { files: number; omitted: unknown[] }
  return {
    seconds,
    cpu: user + sys,
    rssMB: kb / 1024,
    bundleMB: statSync(out).size / MB,
    files: summary.files,
    omitted: summary.omitted.length
  }
}

/** Lower median for an even count. */
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!

function main(): void {
  if (!existsSync(CLI)) throw new Error('build first: npm run build')
  const root = mkdtempSync(join(tmpdir(), 'bundle-bench-'))
  try {
    const small = join(root, 'logs-100MB')
    const large = join(root, 'logs-2GB')
    let t = performance.now()
    makeLogs(small, 10, 10)
    makeLogs(large, 20, 100)
    console.log(`generated 100 MB and 2 GB of logs in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    const results: Record<string, Run[]> = { '100 MB': [], '2 GB': [] }
    for (let i = 0; i < runs; i++) {
      for (const [name, dir] of [
        ['100 MB', small],
        ['2 GB', large]
      ] as const) {
        t = performance.now()
        const r = collect(dir, join(root, 'state'), join(root, `out-${i}.zip`))
        results[name]!.push(r)
        console.log(
          `${name.padEnd(7)} run ${i + 1}: ${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, peak RSS ${r.rssMB.toFixed(0)} MB, bundle ${r.bundleMB.toFixed(1)} MB, ${r.files} files, ${r.omitted} cut or left out`
        )
      }
    }
    // on a shared machine the slowest runs are mostly other load: the fastest run of each size is the fairer pair
    const times = (k: string): number[] => results[k]!.map((r) => r.seconds)
    const [a, b] = [median(times('100 MB')), median(times('2 GB'))]
    const [fa, fb] = [Math.min(...times('100 MB')), Math.min(...times('2 GB'))]
    const cpu = (k: string): number => median(results[k]!.map((r) => r.cpu))
    const rss = Math.max(
      ...Object.values(results)
        .flat()
        .map((r) => r.rssMB)
    )
    console.log(`\nfastest collect: 100 MB ${fa.toFixed(2)} s, 2 GB ${fb.toFixed(2)} s → ratio ${(fb / fa).toFixed(2)}× (target ≤ 1.3×)`)
    console.log(`median collect:  100 MB ${a.toFixed(2)} s, 2 GB ${b.toFixed(2)} s → ratio ${(b / a).toFixed(2)}×`)
    console.log(
      `median CPU time: 100 MB ${cpu('100 MB').toFixed(2)} s, 2 GB ${cpu('2 GB').toFixed(2)} s → ratio ${(cpu('2 GB') / cpu('100 MB')).toFixed(2)}×`
    )
    console.log(`peak RSS over all runs: ${rss.toFixed(0)} MB (target ≤ 300 MB)`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

main()
