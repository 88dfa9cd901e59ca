import { describe, expect, it } from 'vitest'
import type { BundleProgress } from '../../../shared/contract'
import { formatElapsed, progressFraction, progressSentence } from './stage-text'

const progress = (
  statuses: BundleProgress['stages'][number]['status'][],
  phase: BundleProgress['phase'] = 'collecting'
): BundleProgress => ({
  collectionId: '00000000-0000-4000-8000-000000000000',
  phase,
  fraction: 0.5,
  error: null,
  stages: statuses.map((status, i) => ({ id: 'inventory', title: `Step ${i + 1}`, status, detail: null, elapsedMs: 0 }))
})

describe('stage text', () => {
  it('names the running step and counts finished ones, whatever their outcome', () => {
    expect(progressSentence(progress(['ok', 'skipped', 'failed', 'running', 'pending']))).toBe('Step 4 — 3 of 5 steps done')
    expect(progressSentence(progress(['ok', 'ok']))).toBe('2 of 2 steps done')
  })

  it('does not count cancelled steps as done once a run has stopped', () => {
    const stopped = progress(['ok', 'skipped', 'cancelled', 'cancelled'], 'cancelled')
    expect(progressSentence(stopped)).toBe('Stopped after 2 of 4 steps')
    expect(progressFraction(stopped)).toBe(0.5)
    expect(progressFraction(progress(['ok', 'running'], 'collecting'))).toBe(0.5)
  })

  it('writes durations briefly', () => {
    expect(formatElapsed(12)).toBe('12 ms')
    expect(formatElapsed(2340)).toBe('2.3 s')
    expect(formatElapsed(42_000)).toBe('42 s')
    expect(formatElapsed(125_000)).toBe('2 min 5 s')
  })
})
