import { describe, it, expect } from 'vitest'
import { runEval, totalLeaks, formatScore } from '../../src/main/privacy/eval/score'
import { generateEvalSet } from '../../src/main/privacy/eval/generate'
import { CANARY_GENERATORS } from '../../src/main/privacy/eval/canaries'

describe('canary evaluation', () => {
  it('is deterministic per seed', () => {
    expect(generateEvalSet(7, 200)).toEqual(generateEvalSet(7, 200))
    expect(generateEvalSet(7, 200)).not.toEqual(generateEvalSet(8, 200))
  })
  it('injects and scores every canary type, e-mail and URL-encoded e-mail included', () => {
    const score = runEval([1], 1500)
    for (const type of Object.keys(CANARY_GENERATORS)) expect(score.canaries[type]?.injected ?? 0, type).toBeGreaterThan(50)
    expect(Object.keys(CANARY_GENERATORS)).toEqual(expect.arrayContaining(['email', 'email_urlencoded']))
  }, 120000) // redacting 1,500 dense lines: seconds on a shared, loaded box
  it.each([1, 2, 3, 4, 5])('leaks nothing and keeps what support needs (seed %i)', (seed) => {
    const score = runEval([seed], 1500)
    if (totalLeaks(score) > 0) throw new Error(formatScore(score) + '\n' + score.examples.join('\n'))
    expect(totalLeaks(score)).toBe(0)
    for (const type of ['usb_vid_pid', 'logitech_serial', 'timestamp_original']) expect(score.keeps[type]?.destroyed ?? 0).toBe(0)
    const kept = Object.values(score.keeps).reduce((a, k) => a + k.injected, 0)
    const lost = Object.values(score.keeps).reduce((a, k) => a + k.destroyed, 0)
    expect(lost / kept).toBeLessThan(0.01)
  })
  // 11-13 held out; 21-23 carry the host SerialNumber written after a Logitech VID:PID. Keeps are
  // not asserted per type here: a name run that swallows "Logi Tap" still loses a serial.
  it.each([11, 12, 13, 21, 22, 23])('leaks nothing on held-out seed %i', (seed) => {
    const score = runEval([seed], 1500)
    if (totalLeaks(score) > 0) throw new Error(formatScore(score) + '\n' + score.examples.join('\n'))
    expect(totalLeaks(score)).toBe(0)
  })
})
