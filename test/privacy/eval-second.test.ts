import { describe, it, expect } from 'vitest'
import { runEval, formatScore, type EvalScore } from '../../src/main/privacy/eval/score'
import { generateEvalSet } from '../../src/main/privacy/eval/generate'
import { CANARY_GENERATORS } from '../../src/main/privacy/eval/canaries'
import { TEMPLATES } from '../../src/main/privacy/eval/templates'
import { HELDOUT_TEMPLATES } from '../../src/main/privacy/eval/templates-heldout'
import { SECOND_TEMPLATES } from '../../src/main/privacy/eval/templates-second'

// The engine scored on a second set of line formats written without looking at the rules
// (templates-second.ts): identity exports, network gear, mail, printing, developer tooling,
// desktop clients and server frameworks. Seeds 101–103 are its first fresh run.
const SEEDS = [101, 102, 103]
const LINES = 2000
const TYPES = Object.keys(CANARY_GENERATORS)

const scores = new Map<number, EvalScore>()
const scoreOf = (seed: number): EvalScore => {
  if (!scores.has(seed)) scores.set(seed, runEval([seed], LINES, undefined, SECOND_TEMPLATES))
  return scores.get(seed)!
}

describe('second held-out canary evaluation', () => {
  it('uses its own formats, in neither the engine set nor the first held-out set', () => {
    const other = new Set([...TEMPLATES, ...HELDOUT_TEMPLATES].map((t) => t.source))
    expect(SECOND_TEMPLATES.length).toBeGreaterThanOrEqual(20)
    expect(new Set(SECOND_TEMPLATES.map((t) => t.source)).size).toBe(SECOND_TEMPLATES.length)
    for (const t of SECOND_TEMPLATES) {
      expect(other.has(t.source), t.source).toBe(false)
      expect(t.bodies.length, t.source).toBeGreaterThanOrEqual(3)
      expect(t.timestamp, `${t.source} says where its timestamp is`).toBeInstanceOf(RegExp)
      for (const b of t.bodies) expect(b.split('{x}').length, `${t.source}: ${b}`).toBe(2)
    }
    const set = generateEvalSet(SEEDS[0]!, 400, SECOND_TEMPLATES)
    expect(set).toEqual(generateEvalSet(SEEDS[0]!, 400, SECOND_TEMPLATES))
    // the header keep is the format's timestamp: a time of day, epoch seconds with a fraction
    // (Meraki, wpa_supplicant) or the netlog's millisecond tick, never the whole header
    for (const r of set.records) expect(r.keep[0]!.value, r.src).toMatch(/\d{1,2}:\d\d:\d\d|^\d{10}\.\d{6,9}$|^\d{7,9}$/)
    for (const r of set.records) expect(r.keep[0]!.value.length, r.src).toBeLessThan(40)
  })

  it.each(SEEDS)(
    'injects every canary type (seed %i)',
    (seed) => {
      const score = scoreOf(seed)
      for (const type of TYPES) expect(score.canaries[type]?.injected ?? 0, type).toBeGreaterThan(0)
    },
    120000
  ) // the first test of a seed redacts its 2,000 lines

  it.each(SEEDS)(
    'keeps every header timestamp (seed %i)',
    (seed) => {
      const score = scoreOf(seed)
      expect(score.keeps['timestamp_original'], formatScore(score)).toEqual({ injected: LINES, destroyed: 0 })
    },
    120000
  )

  it.each(SEEDS)(
    'leaks nothing, per canary type (seed %i)',
    (seed) => {
      const score = scoreOf(seed)
      const leaked = Object.fromEntries(TYPES.map((type) => [type, score.canaries[type]?.leaked ?? 0]))
      expect(leaked, formatScore(score) + '\n' + score.examples.join('\n')).toEqual(Object.fromEntries(TYPES.map((type) => [type, 0])))
    },
    120000
  )
})
