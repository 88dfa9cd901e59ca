// The shared canary kit (`../shared/privacy-eval`: gen.mjs + score.mjs, see its README) run
// against this engine: generate canary lines over base corpora, redact them in one session,
// score with the kit's own probe semantics. Used by test/privacy/eval-kit.test.ts,
// `npm run eval:privacy -- --kit` and the bench. Nothing of the kit is copied: it is read
// where it lives, and a missing kit is an error naming the path.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRedactionSession } from '../session'

export interface KitRecord {
  src: string
  line: string
  canaries: Array<{ type: string; value: string; probes: Array<{ kind: string; value: string }> }>
  keep: Array<{ type: string; value: string }>
}

export interface KitScore {
  seeds: number[]
  corpora: string[]
  records: number
  leak: Record<string, { n: number; leaked: number }>
  keep: Record<string, { n: number; lost: number }>
  cleanLines: number
  cleanChanged: number
  examples: string[]
}

type ProbeHit = (text: string, probe: { kind: string; value: string }) => boolean

const REPO = resolve(__dirname, '..', '..', '..', '..')

/** The kit's folder: PRIVACY_EVAL_KIT, else `../shared/privacy-eval` next to the repository. */
export function kitDir(): string {
  return resolve(process.env['PRIVACY_EVAL_KIT'] ?? join(REPO, '..', 'shared', 'privacy-eval'))
}

export function assertKit(dir = kitDir()): void {
  for (const f of ['gen.mjs', 'score.mjs']) {
    if (!existsSync(join(dir, f))) {
      throw new Error(
        `privacy evaluation kit not found: ${join(dir, f)} is missing (set PRIVACY_EVAL_KIT to the folder holding gen.mjs and score.mjs)`
      )
    }
  }
}

/**
 * Base corpora: every `*.log` in PRIVACY_EVAL_CORPORA when set (e.g. the eight public 2k-line
 * sample logs the kit's README measures on), else the real OS captures in `../shared/fixtures/real/os`
 * (macOS ioreg/system_profiler/XML, Windows USBTreeView and WMI text): real formats, read in place.
 */
export function defaultCorpora(): string[] {
  const dir = process.env['PRIVACY_EVAL_CORPORA']
  return dir ? sampleLogCorpora(dir) : osCaptureCorpora()
}

/** Every `*.log` in `dir`, sorted; a folder without one is an error. */
export function sampleLogCorpora(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((f) => join(dir, f))
  if (files.length === 0) throw new Error(`PRIVACY_EVAL_CORPORA=${dir} holds no *.log file`)
  return files
}

/** The real OS captures in `../shared/fixtures/real/os`, read in place; a missing one is an error. */
export function osCaptureCorpora(): string[] {
  const os = join(REPO, '..', 'shared', 'fixtures', 'real', 'os')
  const files = [
    'macos/glpi-ioreg-iousbdevice-imac7-1.txt',
    'macos/cyme-system-profiler-spusb.json',
    'macos/glpi-spusb-superspeed.xml',
    'windows/esp-usb-usbtreeview-logitech-c270-0825.txt',
    'windows/glpi-wmi-win7-pnpentity-usb-logitech.txt'
  ].map((f) => join(os, f))
  for (const f of files)
    if (!existsSync(f)) throw new Error(`evaluation corpus not found: ${f} (or set PRIVACY_EVAL_CORPORA to a folder of *.log files)`)
  return files
}

/** Runs the kit's generator (its own process: it is a CLI) for one seed over one corpus. */
export function generate(seed: number, corpus: string, limit: number, dir = kitDir()): KitRecord[] {
  assertKit(dir)
  const out = execFileSync(process.execPath, [join(dir, 'gen.mjs'), String(seed), corpus, '--limit', String(limit)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as KitRecord)
}

async function probeHitFn(dir: string): Promise<ProbeHit> {
  const mod = (await import(pathToFileURL(join(dir, 'gen.mjs')).href)) as { probeHit: ProbeHit }
  return mod.probeHit
}

/** Redacts every seed's lines in one session (one bundle per seed) and scores them as score.mjs does. */
export async function runKit(
  seeds: number[],
  opts: { corpora?: string[]; limit?: number; redactLines?: (lines: string[]) => string[] } = {}
): Promise<KitScore> {
  const dir = kitDir()
  assertKit(dir)
  const probeHit = await probeHitFn(dir)
  const corpora = opts.corpora ?? defaultCorpora()
  const limit = opts.limit ?? 2000
  const redactLines =
    opts.redactLines ?? ((lines: string[]) => createRedactionSession({ collectSpans: false }).redactText(lines.join('\n')).text.split('\n'))
  const score: KitScore = {
    seeds,
    corpora: corpora.map((c) => basename(c)),
    records: 0,
    leak: {},
    keep: {},
    cleanLines: 0,
    cleanChanged: 0,
    examples: []
  }
  let leakExamples = 0
  for (const seed of seeds) {
    const records = corpora.flatMap((c) => generate(seed, c, limit, dir))
    const out = redactLines(records.map((r) => r.line))
    if (out.length !== records.length) throw new Error(`line count changed: ${records.length} lines in, ${out.length} out`)
    records.forEach((r, i) => {
      const o = out[i]!
      score.records++
      if (r.canaries.length === 0) {
        score.cleanLines++
        if (o !== r.line) score.cleanChanged++
      }
      for (const c of r.canaries) {
        const s = (score.leak[c.type] ??= { n: 0, leaked: 0 })
        s.n++
        const hit = c.probes.find((p) => probeHit(o, p))
        if (hit) {
          s.leaked++
          // leaks go before losses so a cap of examples never hides one
          if (leakExamples < 40)
            score.examples.splice(leakExamples++, 0, `LEAK ${c.type} [${hit.kind}:${hit.value}] seed ${seed} ${r.src}: ${o}`)
        }
      }
      for (const k of r.keep) {
        const s = (score.keep[k.type] ??= { n: 0, lost: 0 })
        s.n++
        if (!o.includes(k.value)) {
          s.lost++
          if (score.examples.length < leakExamples + 40) score.examples.push(`LOST ${k.type} [${k.value}] seed ${seed} ${r.src}: ${o}`)
        }
      }
    })
  }
  return score
}

export function formatKitScore(s: KitScore): string {
  const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(2)}%`
  const rows = [
    `kit seeds ${s.seeds.join(',')} · ${s.records} lines over ${s.corpora.join(', ')} · clean lines changed ${s.cleanChanged}/${s.cleanLines}`,
    '',
    'canary type         injected  leaked     rate'
  ]
  let n = 0
  let leaked = 0
  for (const [t, v] of Object.entries(s.leak).sort()) {
    rows.push(`${t.padEnd(20)}${String(v.n).padStart(8)}${String(v.leaked).padStart(8)}${pct(v.leaked, v.n).padStart(9)}`)
    n += v.n
    leaked += v.leaked
  }
  rows.push(
    `${'ALL'.padEnd(20)}${String(n).padStart(8)}${String(leaked).padStart(8)}${pct(leaked, n).padStart(9)}`,
    '',
    'keep type           injected    lost     rate'
  )
  for (const [t, v] of Object.entries(s.keep).sort())
    rows.push(`${t.padEnd(20)}${String(v.n).padStart(8)}${String(v.lost).padStart(8)}${pct(v.lost, v.n).padStart(9)}`)
  return rows.join('\n')
}
