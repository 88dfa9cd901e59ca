import { createRedactionSession } from '../session'
import { SIM_HOST } from './canaries'
import { generateEvalSet, probeHits, type EvalSet } from './generate'
import type { Template } from './templates'

export interface TypeScore {
  injected: number
  leaked: number
}
export interface EvalScore {
  seeds: number[]
  lines: number
  canaries: Record<string, TypeScore>
  keeps: Record<string, { injected: number; destroyed: number }>
  cleanChanged: number
  cleanLines: number
  examples: string[]
}

export type RedactLines = (lines: string[], set: EvalSet) => string[]

/** Our engine: one session per bundle (seed), host identities and inventory as known values. */
export const engineRedactLines: RedactLines = (lines, set) => {
  const session = createRedactionSession({ hostIdentities: SIM_HOST, deviceSerials: set.inventory, collectSpans: false })
  return session.redactText(lines.join('\n'), 'eval.log').text.split('\n')
}

export function scoreSets(sets: EvalSet[], redact: RedactLines = engineRedactLines, maxExamples = 20): EvalScore {
  const score: EvalScore = {
    seeds: sets.map((s) => s.seed),
    lines: 0,
    canaries: {},
    keeps: {},
    cleanChanged: 0,
    cleanLines: 0,
    examples: []
  }
  let leaks = 0
  for (const set of sets) {
    const input = set.records.map((r) => r.line)
    const output = redact(input, set)
    if (output.length !== input.length) throw new Error(`line count changed: ${input.length} → ${output.length}`)
    set.records.forEach((rec, i) => {
      const out = output[i]!
      score.lines++
      if (rec.canaries.length === 0) {
        score.cleanLines++
        if (out !== rec.line) score.cleanChanged++
      }
      for (const c of rec.canaries) {
        const t = (score.canaries[c.type] ??= { injected: 0, leaked: 0 })
        t.injected++
        const hit = c.probes.find((p) => probeHits(p, out))
        if (hit) {
          t.leaked++
          // leaks go before losses so the cap never hides one
          if (leaks < maxExamples) score.examples.splice(leaks++, 0, `LEAK ${c.type} [${hit.kind}:${hit.value}] ${out}`)
        }
      }
      for (const k of rec.keep) {
        const t = (score.keeps[k.type] ??= { injected: 0, destroyed: 0 })
        t.injected++
        if (!out.includes(k.value) && (k.plain === undefined || !out.includes(k.plain))) {
          t.destroyed++
          if (score.examples.length < leaks + maxExamples) score.examples.push(`LOST ${k.type} [${k.value}] ${out}`)
        }
      }
    })
  }
  return score
}

/** `templates`: the line formats to score on (default: the engine's own, templates.ts). */
export function runEval(seeds: number[], lines = 2000, redact?: RedactLines, templates?: Template[]): EvalScore {
  return scoreSets(
    seeds.map((s) => generateEvalSet(s, lines, templates)),
    redact
  )
}

export function totalLeaks(score: EvalScore): number {
  return Object.values(score.canaries).reduce((a, t) => a + t.leaked, 0)
}

/** Plain-text table: injected / leaked per canary type, injected / destroyed per keep type. */
export function formatScore(score: EvalScore): string {
  const rows: string[] = []
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(2)}%` : '-')
  // With 0 leaks in n trials the 95% upper bound is about 3/n (rule of three).
  const bound = (a: number, b: number): string => (a === 0 && b ? `≤${((300 / b) as number).toFixed(2)}%` : '')
  rows.push(`seeds ${score.seeds.join(',')} · ${score.lines} lines · clean lines changed ${score.cleanChanged}/${score.cleanLines}`)
  rows.push('')
  rows.push(`${'canary type'.padEnd(18)} ${'injected'.padStart(9)} ${'leaked'.padStart(7)} ${'rate'.padStart(8)}  95% bound`)
  for (const [type, t] of Object.entries(score.canaries).sort())
    rows.push(
      `${type.padEnd(18)} ${String(t.injected).padStart(9)} ${String(t.leaked).padStart(7)} ${pct(t.leaked, t.injected).padStart(8)}  ${bound(t.leaked, t.injected)}`
    )
  const inj = Object.values(score.canaries).reduce((a, t) => a + t.injected, 0)
  rows.push(
    `${'ALL'.padEnd(18)} ${String(inj).padStart(9)} ${String(totalLeaks(score)).padStart(7)} ${pct(totalLeaks(score), inj).padStart(8)}`
  )
  rows.push('')
  rows.push(`${'keep type'.padEnd(18)} ${'injected'.padStart(9)} ${'destroyed'.padStart(9)} ${'rate'.padStart(8)}`)
  for (const [type, t] of Object.entries(score.keeps).sort())
    rows.push(
      `${type.padEnd(18)} ${String(t.injected).padStart(9)} ${String(t.destroyed).padStart(9)} ${pct(t.destroyed, t.injected).padStart(8)}`
    )
  return rows.join('\n')
}
