import { describe, expect, it } from 'vitest'
import type { BundleProgress } from '../../../shared/contract'
import { formatElapsed, progressSentence } from './stage-text'

const progress = (statuses: BundleProgress['stages'][number]['status'][]): BundleProgress => ({
  collectionId: '00000000-0000-4000-8000-000000000000',
  phase: 'collecting',
  fraction: 0.5,
  error: null,
  stages: statuses.map((status, i) => ({ id: 'inventory', title: `Step ${i + 1}`, status, detail: null, elapsedMs: 0 }))
})

describe('stage text', () => {
  it('names the running step and counts finished ones, whatever their outcome', () => {
    expect(progressSentence(progress(['ok', 'skipped', 'failed', 'running', 'pending']))).toBe('Step 4 — 3 of 5 steps done')
    expect(progressSentence(progress(['ok', 'ok']))).toBe('2 of 2 steps done')
  })

  it('writes durations briefly', () => {
    expect(formatElapsed(12)).toBe('12 ms')
    expect(formatElapsed(2340)).toBe('2.3 s')
    expect(formatElapsed(42_000)).toBe('42 s')
    expect(formatElapsed(125_000)).toBe('2 min 5 s')
  })
})
