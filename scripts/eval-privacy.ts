// npm run eval:privacy [-- --seeds 1,2,3 --lines 2000]: canary evaluation of the privacy
// engine. Prints the per-category table; exits 1 on any leak.
import { formatScore, runEval, totalLeaks } from '../src/main/privacy/eval/score'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const seeds = (arg('seeds') ?? '1,2,3,4,5').split(',').map(Number)
const lines = Number(arg('lines') ?? 2000)
const score = runEval(seeds, lines)
process.stdout.write(formatScore(score) + '\n')
if (score.examples.length) process.stdout.write('\nexamples:\n' + score.examples.slice(0, 30).join('\n') + '\n')
if (totalLeaks(score) > 0) process.exitCode = 1
