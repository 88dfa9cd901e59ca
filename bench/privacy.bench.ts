// Privacy engine throughput vs @cdssnc/sanitize-pii (the fastest credible npm peer measured),
// on the same ≥50 MB of generated log text, single-threaded, plus a leak count for each on the
// canary set. Prints figures only; no assertions.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { sanitizePii } from '@cdssnc/sanitize-pii'
import { createRedactionSession } from '../src/main/privacy'
import { SIM_HOST } from '../src/main/privacy/eval/canaries'
import { generateEvalSet } from '../src/main/privacy/eval/generate'
import { engineRedactLines, runEval, totalLeaks } from '../src/main/privacy/eval/score'
import { ALL_KEYS } from '../src/main/privacy/rules/context-keys'
import { ADVERSARIAL_LINES } from '../src/main/privacy/eval/adversarial'
import { HELDOUT_TEMPLATES } from '../src/main/privacy/eval/templates-heldout'
import { runKit, type KitScore } from '../src/main/privacy/eval/kit'
import type { Term } from '../src/main/privacy'
import { measurePeakRss } from './peak-rss'

const TARGET_MB = Number(process.env['BENCH_PRIVACY_MB'] ?? 50)
// The CI box is shared: runs alternate between the two engines and the median is reported.
const RUNS = Math.max(1, Number(process.env['BENCH_PRIVACY_RUNS'] ?? 3))
const STREAM_MB = Number(process.env['BENCH_PRIVACY_STREAM_MB'] ?? 100)
const TERMS_MB = Number(process.env['BENCH_PRIVACY_TERMS_MB'] ?? 10)
const DISTINCT_MB = Number(process.env['BENCH_PRIVACY_DISTINCT_MB'] ?? 60)

// Realistic mix: the canary lines (dense with personal data) diluted with plain log lines
// the way real bundles are (most lines carry nothing personal).
function corpus(): Buffer {
  const lines = [...generateEvalSet(101, 4000).records.map((r) => r.line)]
  const plain = [
    '2024-05-02 10:11:12, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.23505_none\\cbscore.dll',
    'Jul  1 09:00:55 rooms-mac kernel[0]: IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = 11 unplug = 0',
    '[2024-06-14T03:52:53.506Z] [ZoomRooms] [INFO] AudioDeviceMgr: selected speaker "Logitech Rally Speaker" (046d:0881) volume=72 mute=false',
    '2024-03-06T16:36:14.735Z | INFO | LogiSync.Agent | Device health ok: camera=Rally Camera fw=1.12.261 uptime 3d 04:12:55 frames=29.97',
    'Mar 14 08:06:30 roompc kernel: [ 1234.567890] usb 3-1.2.3.4: New USB device found, idVendor=046d, idProduct=0881, bcdDevice= 0.20'
  ]
  const block: string[] = []
  for (let i = 0; i < 16000; i++) block.push(i % 4 === 0 ? lines[(i / 4) % lines.length]! : plain[i % plain.length]!)
  const text = block.join('\n') + '\n'
  const one = Buffer.from(text)
  return Buffer.concat(Array.from({ length: Math.ceil((TARGET_MB * 1e6) / one.length) }, () => one))
}

async function benchOurs(input: Buffer): Promise<{ mbps: number; rssMB: number }> {
  const session = createRedactionSession({ hostIdentities: SIM_HOST, collectSpans: true })
  const stop = measurePeakRss()
  const t0 = performance.now()
  const chunks = function* (): Generator<Buffer> {
    for (let i = 0; i < input.length; i += 65536) yield input.subarray(i, i + 65536)
  }
  await pipeline(
    Readable.from(chunks()),
    session.createStream({ fileName: 'bench.log' }),
    new Writable({
      write(_c: Buffer, _e, cb) {
        cb()
      }
    })
  )
  const s = (performance.now() - t0) / 1000
  return { mbps: input.length / 1e6 / s, rssMB: stop().peak / 1e6 }
}

function benchPeer(input: Buffer): { mbps: number; rssMB: number } {
  const stop = measurePeakRss()
  const text = input.toString('utf8')
  const t0 = performance.now()
  // 64 KiB line-aligned chunks, the peer's best mode in the research note
  let pos = 0
  while (pos < text.length) {
    let end = text.lastIndexOf('\n', pos + 65536)
    if (end <= pos) end = Math.min(text.length, pos + 65536)
    sanitizePii(text.slice(pos, end + 1))
    pos = end + 1
  }
  const s = (performance.now() - t0) / 1000
  return { mbps: input.length / 1e6 / s, rssMB: stop().peak / 1e6 }
}

// What one native scan costs before any rule logic: a single regex over the anchors of the
// selective rules (from their rule files: e-mail @/%40, IPv6 colons, URL ://, GPS .dddd, card
// digits, SID, secret prefixes, IPv4 dots, MAC separators, home paths) plus the context keywords.
// The broad anchors of host names, phones and URL schemes are left out, so this is an upper
// bound: the one-pass design cannot run faster than this scan, and each hit still needs a
// validator and a token.
const ANCHOR_SCAN = new RegExp(
  [
    '@|%40|::|:\\/\\/|\\.\\d{4}|\\d(?:[ -]?\\d){12}|S-1-|eyJ|(?:sk|rk|pk)_|AKIA|ASIA|gh[pousr]_|xox|AIza|glpat-|SG\\.|npm_',
    '\\.\\d{1,3}\\.\\d{1,3}\\.\\d|([:_-])[0-9A-Fa-f]{2}\\1[0-9A-Fa-f]{2}\\1|_C0{8}|\\\\Dev_|BLUETOOTHDEVICE_|_REV&|(?:Users|home)[\\\\/]|<Data Name=|<Computer>',
    `(?<![A-Za-z0-9_-])(?:${ALL_KEYS})(?![A-Za-z0-9_])`
  ].join('|'),
  'gi'
)

function anchorScan(input: Buffer): { mbps: number; hitsPerMB: number } {
  const text = input.toString('utf8')
  let best = Infinity
  let hits = 0
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    hits = 0
    ANCHOR_SCAN.lastIndex = 0
    while (ANCHOR_SCAN.exec(text) !== null) hits++
    best = Math.min(best, performance.now() - t0)
  }
  return { mbps: input.length / 1e6 / (best / 1000), hitsPerMB: hits / (input.length / 1e6) }
}

// An organisation's directory export: 10,000 terms of every kind (people, accounts, hosts,
// domains), names built from common given names and surnames so many share a first word.
function directoryTerms(n: number): Term[] {
  const given = [
    'Jennifer',
    'Michael',
    'Maria',
    'David',
    'Anna',
    'Mohammed',
    'Wei',
    'Olga',
    'José',
    'Fatima',
    'Søren',
    'Aoife',
    'Hiroshi',
    'Priya',
    'Łukasz',
    'Chloé'
  ]
  const family = [
    'Smith',
    'García',
    'Müller',
    'Nguyen',
    'Kowalski',
    'Okafor',
    'Rossi',
    'Ivanova',
    'Tanaka',
    'Dubois',
    'Andersson',
    'Yılmaz',
    'Cohen',
    'Singh',
    'Murphy',
    'Silva'
  ]
  const terms: Term[] = []
  for (let i = 0; terms.length < n; i++) {
    const g = given[i % given.length]!
    const f = `${family[(i >> 4) % family.length]!}${i >= 256 ? `-${i}` : ''}`
    const kind = (['person', 'person', 'user', 'host', 'domain'] as const)[i % 5]!
    const value =
      kind === 'person'
        ? `${g} ${f}`
        : kind === 'user'
          ? `${g[0]!.toLowerCase()}${f.toLowerCase()}`
          : kind === 'host'
            ? `WS-${String(i).padStart(5, '0')}.corp.example`
            : `dept${i}.example.org`
    terms.push({ value, kind })
  }
  return terms
}

async function benchTerms(input: Buffer, terms: Term[]): Promise<number> {
  const session = createRedactionSession({ hostIdentities: SIM_HOST, collectSpans: true, terms })
  const t0 = performance.now()
  const chunks = function* (): Generator<Buffer> {
    for (let i = 0; i < input.length; i += 65536) yield input.subarray(i, i + 65536)
  }
  await pipeline(
    Readable.from(chunks()),
    session.createStream({ fileName: 'bench.log' }),
    new Writable({
      write(_c: Buffer, _e, cb) {
        cb()
      }
    })
  )
  return input.length / 1e6 / ((performance.now() - t0) / 1000)
}

function kitLine(name: string, s: KitScore): string {
  const leaked = Object.values(s.leak).reduce((a, v) => a + v.leaked, 0)
  const injected = Object.values(s.leak).reduce((a, v) => a + v.n, 0)
  const lost = Object.values(s.keep).reduce((a, v) => a + v.lost, 0)
  const keeps = Object.values(s.keep).reduce((a, v) => a + v.n, 0)
  const worst = Object.entries(s.keep)
    .map(([t, v]) => [t, v.lost / v.n] as const)
    .sort((a, b) => b[1] - a[1])[0]
  return `${name.padEnd(28)} leaked ${leaked}/${injected} (${((100 * leaked) / injected).toFixed(2)}%)   keeps lost ${lost}/${keeps} (worst type ${worst?.[0]} ${(100 * (worst?.[1] ?? 0)).toFixed(2)}%)`
}

function median(runs: Array<{ mbps: number; rssMB: number }>): { mbps: number; rssMB: number; range: string } {
  const sorted = [...runs].sort((a, b) => a.mbps - b.mbps)
  const mid = sorted[sorted.length >> 1]!
  return {
    mbps: mid.mbps,
    rssMB: Math.max(...runs.map((r) => r.rssMB)),
    range: `${sorted[0]!.mbps.toFixed(1)}–${sorted[sorted.length - 1]!.mbps.toFixed(1)}`
  }
}

async function main(): Promise<void> {
  // Linear time on hostile input: each 1 MiB line without a newline, redacted whole. Timed
  // first, while the heap is small: after the throughput runs (corpus and both engines' copies
  // live) the same home-paths line took 3.8 s instead of 0.4 s, most of it in full GCs.
  const adversarial = ADVERSARIAL_LINES.map(({ name, line }) => {
    const t0 = performance.now()
    createRedactionSession().redactText(line)
    return { name, ms: performance.now() - t0 }
  })
  const slowest = adversarial.reduce((a, b) => (b.ms > a.ms ? b : a))
  const input = corpus()
  const mb = input.length / 1e6
  // warm-up on a slice so JIT state is comparable; the peer's first: warmed up after ours, its later
  // runs were fast (~27 MB/s) or four times slower (~7 MB/s) from one process to the next, at any
  // revision (its optimized code depends on the JIT state ours leaves); warmed up first, always fast
  benchPeer(input.subarray(0, 2e6))
  await benchOurs(input.subarray(0, 2e6))
  const oursRuns: Array<{ mbps: number; rssMB: number }> = []
  const peerRuns: Array<{ mbps: number; rssMB: number }> = []
  for (let r = 0; r < RUNS; r++) {
    oursRuns.push(await benchOurs(input))
    peerRuns.push(benchPeer(input))
  }
  const ours = median(oursRuns)
  const peer = median(peerRuns)
  const seeds = [1, 2, 3]
  const ourLeaks = runEval(seeds, 2000, engineRedactLines)
  const peerLeaks = runEval(seeds, 2000, (lines) => lines.map((l) => sanitizePii(l)))
  const inj = Object.values(ourLeaks.canaries).reduce((a, t) => a + t.injected, 0)
  const keeps = (s: typeof ourLeaks): string => {
    const k = Object.values(s.keeps)
    return `${k.reduce((a, t) => a + t.destroyed, 0)}/${k.reduce((a, t) => a + t.injected, 0)}`
  }
  const row = (name: string, r: { mbps: number; rssMB: number; range: string }, leaks: number, lost: string): string =>
    `${name.padEnd(28)} ${r.mbps.toFixed(1).padStart(8)} MB/s (${r.range}) ${r.rssMB.toFixed(0).padStart(6)} MB   leaked ${String(leaks).padStart(6)}/${inj}   keeps lost ${lost}`
  process.stdout.write(
    `privacy bench: ${mb.toFixed(1)} MB of log text, one thread, median of ${RUNS} alternating runs (peak RSS is the process, incl. the input buffer)\n`
  )
  process.stdout.write(row('logi-diag privacy (stream)', ours, totalLeaks(ourLeaks), keeps(ourLeaks)) + '\n')
  process.stdout.write(row('@cdssnc/sanitize-pii 64KiB', peer, totalLeaks(peerLeaks), keeps(peerLeaks)) + '\n')
  // Leaks on the held-out formats (written apart from the engine), fresh seeds: fairer to both.
  const heldSeeds = [91, 92, 93]
  const ourHeld = runEval(heldSeeds, 2000, engineRedactLines, HELDOUT_TEMPLATES)
  const peerHeld = runEval(heldSeeds, 2000, (lines) => lines.map((l) => sanitizePii(l)), HELDOUT_TEMPLATES)
  const heldInj = Object.values(ourHeld.canaries).reduce((a, t) => a + t.injected, 0)
  process.stdout.write(
    `held-out formats (seeds ${heldSeeds.join(',')}): leaked ours ${totalLeaks(ourHeld)}/${heldInj}, peer ${totalLeaks(peerHeld)}/${heldInj}; keeps lost ours ${keeps(ourHeld)}, peer ${keeps(peerHeld)}\n`
  )
  process.stdout.write(`speed ratio ours/peer: ${(ours.mbps / peer.mbps).toFixed(2)}x (target ≥ 80 MB/s and ≥ 2x peer)\n`)
  process.stdout.write(`1 MiB lines without a newline: ${adversarial.map((a) => `${a.name} ${a.ms.toFixed(0)} ms`).join(', ')}\n`)
  process.stdout.write(`slowest adversarial line: ${slowest.name} ${slowest.ms.toFixed(0)} ms (target < 1000 ms)\n`)
  // Term lists: the same slice with no terms and with a 10,000-term directory export, alternating.
  const slice = input.subarray(0, input.lastIndexOf(10, Math.min(input.length, TERMS_MB * 1e6)) + 1)
  const terms = directoryTerms(10000)
  const tb0 = performance.now()
  createRedactionSession({ terms })
  const build = performance.now() - tb0
  const none: number[] = []
  const many: number[] = []
  for (let r = 0; r < RUNS; r++) {
    none.push(await benchTerms(slice, []))
    many.push(await benchTerms(slice, terms))
  }
  const mid = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1]!
  process.stdout.write(
    `terms (${(slice.length / 1e6).toFixed(1)} MB, median of ${RUNS}): 0 terms ${mid(none).toFixed(1)} MB/s, 10,000 terms ${mid(many).toFixed(1)} MB/s (cost ${(100 * (1 - mid(many) / mid(none))).toFixed(1)}%, target ≤ 20%); building the 10,000-term matcher ${build.toFixed(0)} ms\n`
  )
  // The shared development kit (../shared/privacy-eval) for both engines, same lines.
  try {
    const kitOurs = await runKit([7], { limit: 2000 })
    const kitPeer = await runKit([7], { limit: 2000, redactLines: (lines) => lines.map((l) => sanitizePii(l)) })
    process.stdout.write(
      `development kit, seed 7 over ${kitOurs.corpora.join(', ')}:\n${kitLine('  logi-diag privacy', kitOurs)}\n${kitLine('  @cdssnc/sanitize-pii', kitPeer)}\n`
    )
  } catch (err) {
    process.stdout.write(`development kit not run: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  const scan = anchorScan(input)
  process.stdout.write(
    `reference: one regex scan over the rules' anchors and keywords alone (no validation, no rewrite): ${scan.mbps.toFixed(0)} MB/s, ${scan.hitsPerMB.toFixed(0)} hits per MB\n`
  )
  // Memory in isolation: a separate process streams input it generates on the fly, so its
  // peak RSS is the engine's own working set (the figures above include the input buffers).
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'probes/privacy-stream-rss.ts'), String(STREAM_MB)], {
    encoding: 'utf8'
  })
  const probe = child.status === 0 ? (JSON.parse(child.stdout.trim()) as ProbeResult) : null
  process.stdout.write(
    probe
      ? `streaming ${probe.mb.toFixed(0)} MB in a separate process: ${probe.mbps.toFixed(1)} MB/s, peak RSS ${peakText(probe)} (bounded: input is never held whole)\n`
      : `streaming probe failed: ${child.stderr.slice(0, 300)}\n`
  )
  // Any number of distinct values: every line new (the pseudonym map is bounded, see pseudonyms.ts).
  const distinct = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'probes/privacy-stream-rss.ts'), String(DISTINCT_MB), 'distinct'],
    { encoding: 'utf8' }
  )
  const d = distinct.status === 0 ? (JSON.parse(distinct.stdout.trim()) as ProbeResult) : null
  process.stdout.write(
    d
      ? `streaming ${d.mb.toFixed(0)} MB where every line holds new values: ${d.mbps.toFixed(1)} MB/s, peak RSS ${peakText(d)} (target ≤ 300 MB), ${d.forgotten} values forgotten by the bounded pseudonym map\n`
      : `distinct-values probe failed: ${distinct.stderr.slice(0, 300)}\n`
  )
}

interface ProbeResult {
  mb: number
  mbps: number
  peakRssMB: number
  exact: boolean
  restMB: number
  forgotten: number
}
function peakText(p: ProbeResult): string {
  const how = p.exact ? "the kernel's high-water mark" : 'sampled every 20 ms, may miss peaks'
  return `${p.peakRssMB.toFixed(0)} MB (${how}; ${p.restMB.toFixed(0)} MB of it node, tsx and the engine at rest)`
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${String(err)}\n`)
    process.exit(1)
  }
)
