import { describe, expect, it } from 'vitest'
import { MAX_BUDGET_BYTES, MIN_BUDGET_BYTES } from '../../../shared/contract'
import { budgetMb, parseBudget, windowChoices } from './collect-options'

describe('collect options', () => {
  it('offers the core default window even when it is not a preset', () => {
    expect(windowChoices(72).map((w) => w.hours)).toEqual([6, 24, 72, 168, 720])
    expect(windowChoices(48)).toContainEqual({ hours: 48, label: 'Last 2 days' })
    expect(windowChoices(5)[0]).toEqual({ hours: 5, label: 'Last 5 hours' })
  })

  it('accepts only whole megabytes inside the contract limits', () => {
    expect(parseBudget(' 20 ')).toEqual({ ok: true, bytes: 20 * 1024 * 1024 })
    for (const bad of ['', 'abc', '2.5', '-3', '0', '100000']) expect(parseBudget(bad).ok).toBe(false)
    const max = parseBudget(String(budgetMb(MAX_BUDGET_BYTES)))
    expect(max.ok && max.bytes <= MAX_BUDGET_BYTES).toBe(true)
    const min = parseBudget(String(budgetMb(MIN_BUDGET_BYTES)))
    expect(min.ok && min.bytes >= MIN_BUDGET_BYTES).toBe(true)
  })
})
