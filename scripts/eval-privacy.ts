// npm run eval:privacy [-- --kit] [-- --seeds 1,2,3 --lines 2000 --templates default|heldout|second|all]: canary
// evaluation of the privacy engine. Prints the per-category table; exits 1 on any leak.
// --templates: default = the engine's own line formats (templates.ts); heldout = formats written
// separately from the engine (templates-heldout.ts; test/privacy/eval-heldout.test.ts); second = a
// second independent set (templates-second.ts; test/privacy/eval-second.test.ts); all = all three.
import { formatKitScore, runKit } from '../src/main/privacy/eval/kit'
import { formatScore, runEval, totalLeaks } from '../src/main/privacy/eval/score'
import { TEMPLATES } from '../src/main/privacy/eval/templates'
import { HELDOUT_TEMPLATES } from '../src/main/privacy/eval/templates-heldout'
import { SECOND_TEMPLATES } from '../src/main/privacy/eval/templates-second'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
// --kit: the shared development kit (../shared/privacy-eval) over its base corpora
// (PRIVACY_EVAL_CORPORA=<dir of *.log>, else the real OS captures), seeds from --seeds (default 7,8,9).
if (process.argv.includes('--kit')) {
  const seeds = (arg('seeds') ?? '7,8,9').split(',').map(Number)
  void runKit(seeds, { limit: Number(arg('lines') ?? 2000) }).then(
    (s) => {
      process.stdout.write(formatKitScore(s) + '\n')
      if (s.examples.length) process.stdout.write('\nexamples:\n' + s.examples.slice(0, 30).join('\n') + '\n')
      if (Object.values(s.leak).some((v) => v.leaked > 0)) process.exitCode = 1
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
      process.exitCode = 2
    }
  )
} else {
  const TEMPLATE_SETS = {
    default: TEMPLATES,
    heldout: HELDOUT_TEMPLATES,
    second: SECOND_TEMPLATES,
    all: [...TEMPLATES, ...HELDOUT_TEMPLATES, ...SECOND_TEMPLATES]
  }
  const which = arg('templates') ?? 'default'
  if (!Object.hasOwn(TEMPLATE_SETS, which)) {
    process.stderr.write(`--templates must be one of ${Object.keys(TEMPLATE_SETS).join(', ')} (got ${which})\n`)
    process.exit(2)
  }
  const seeds = (arg('seeds') ?? '1,2,3,4,5').split(',').map(Number)
  const lines = Number(arg('lines') ?? 2000)
  const score = runEval(seeds, lines, undefined, TEMPLATE_SETS[which as keyof typeof TEMPLATE_SETS])
  if (which !== 'default') process.stdout.write(`templates: ${which}\n`)
  process.stdout.write(formatScore(score) + '\n')
  if (score.examples.length) process.stdout.write('\nexamples:\n' + score.examples.slice(0, 30).join('\n') + '\n')
  if (totalLeaks(score) > 0) process.exitCode = 1
}
