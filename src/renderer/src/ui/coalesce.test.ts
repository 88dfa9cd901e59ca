import { describe, expect, it } from 'vitest'
import { coalesce } from './coalesce'

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('coalesce', () => {
  it('runs once more after a burst that arrived while a run was in flight, not once per trigger', async () => {
    const gates: Array<{ promise: Promise<void>; resolve(): void }> = []
    let runs = 0
    const c = coalesce(() => {
      runs++
      const g = deferred()
      gates.push(g)
      return g.promise
    })
    c.trigger()
    c.trigger()
    c.trigger()
    c.trigger()
    expect(runs).toBe(1)
    gates[0]!.resolve()
    await new Promise((r) => setTimeout(r, 0))
    expect(runs).toBe(2)
    gates[1]!.resolve()
    await c.idle()
    expect(runs).toBe(2)
  })

  it('keeps working after a run fails', async () => {
    let runs = 0
    const c = coalesce(async () => {
      runs++
      if (runs === 1) throw new Error('boom')
    })
    c.trigger()
    await c.idle()
    c.trigger()
    await c.idle()
    expect(runs).toBe(2)
  })
})
