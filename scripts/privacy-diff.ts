// Differential run of the privacy engine: redacts a fixed set of inputs (the generated evaluation
// sets of every template set, the kit's records, the real OS captures, with PRIVACY_EVAL_CORPORA
// the public sample logs too, and the golden room-PC log) and either saves the outputs or compares
// them with saved ones, line by line. Used while the engine changes inside: an optimisation must not
// change one byte; a rule change shows exactly which lines it changed.
//   npm run diff:privacy -- --save DIR      write DIR/<input>.out
//   npm run diff:privacy -- --against DIR   compare, print differing lines, exit 1 on any
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { createRedactionSession } from '../src/main/privacy'
import { SIM_HOST } from '../src/main/privacy/eval/canaries'
import { generateEvalSet } from '../src/main/privacy/eval/generate'
import { generate, osCaptureCorpora, sampleLogCorpora } from '../src/main/privacy/eval/kit'
import { TEMPLATES } from '../src/main/privacy/eval/templates'
import { HELDOUT_TEMPLATES } from '../src/main/privacy/eval/templates-heldout'
import { SECOND_TEMPLATES } from '../src/main/privacy/eval/templates-second'

const { values } = parseArgs({ options: { save: { type: 'string' }, against: { type: 'string' } } })
if (!values.save === !values.against) {
  process.stderr.write('usage: privacy-diff (--save DIR | --against DIR)\n')
  process.exit(2)
}

function inputs(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = []
  const sets = { templates: TEMPLATES, heldout: HELDOUT_TEMPLATES, second: SECOND_TEMPLATES }
  for (const [name, templates] of Object.entries(sets))
    for (const seed of [7, 8, 101])
      out.push({
        name: `gen-${name}-${seed}`,
        text: generateEvalSet(seed, 4000, templates)
          .records.map((r) => r.line)
          .join('\n')
      })
  // the real OS captures, plus the public sample logs when PRIVACY_EVAL_CORPORA names their folder
  const samples = process.env['PRIVACY_EVAL_CORPORA']
  const corpora = [...osCaptureCorpora(), ...(samples ? sampleLogCorpora(samples) : [])]
  for (const seed of [7, 8])
    out.push({
      name: `kit-${seed}`,
      text: corpora
        .flatMap((c) => generate(seed, c, 2000))
        .map((r) => r.line)
        .join('\n')
    })
  for (const c of corpora) out.push({ name: `raw-${basename(c)}`, text: readFileSync(c, 'utf8') })
  const golden = join(__dirname, '..', 'test', 'privacy', 'fixtures', 'golden', 'room-pc.input.txt')
  out.push({ name: 'golden', text: readFileSync(golden, 'utf8') })
  return out
}

// Streamed in 64 KiB pieces as the CLI and the bundle do, so chunk-boundary handling is covered.
async function redact(text: string): Promise<string> {
  const session = createRedactionSession({ hostIdentities: SIM_HOST, collectSpans: true })
  const buf = Buffer.from(text)
  const parts: Buffer[] = []
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < buf.length; i += 65536) yield buf.subarray(i, i + 65536)
      })()
    ),
    session.createStream({ fileName: 'input.log' }),
    new Writable({
      write(c: Buffer, _e, cb) {
        parts.push(c)
        cb()
      }
    })
  )
  return Buffer.concat(parts).toString('utf8') + '\n#report ' + JSON.stringify(session.report().categories)
}

async function main(): Promise<void> {
  let differing = 0
  for (const { name, text } of inputs()) {
    const t0 = performance.now()
    const out = await redact(text)
    const ms = performance.now() - t0
    const file = join((values.save ?? values.against)!, `${name}.out`)
    if (values.save) {
      mkdirSync(values.save, { recursive: true })
      writeFileSync(file, out)
      process.stdout.write(`${name}: saved (${ms.toFixed(0)} ms, sha256 ${createHash('sha256').update(out).digest('hex').slice(0, 12)})\n`)
      continue
    }
    const before = readFileSync(file, 'utf8').split('\n')
    const after = out.split('\n')
    const diffs: number[] = []
    for (let i = 0; i < Math.max(before.length, after.length); i++) if (before[i] !== after[i]) diffs.push(i)
    differing += diffs.length
    process.stdout.write(`${name}: ${diffs.length === 0 ? 'same' : `${diffs.length} lines differ`} (${ms.toFixed(0)} ms)\n`)
    for (const i of diffs.slice(0, Number(process.env.PRIVACY_DIFF_SHOW ?? 5)))
      process.stdout.write(`  line ${i + 1}\n  - ${before[i]}\n  + ${after[i]}\n`)
  }
  if (values.against) process.exitCode = differing > 0 ? 1 : 0
}

void main()
