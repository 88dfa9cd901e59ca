// The Collect form's choices and how they map to the contract: time windows in hours, the budget
// in whole megabytes (MiB, the unit the core counts in) within the contract's limits.
import { MAX_BUDGET_BYTES, MIN_BUDGET_BYTES, MAX_SINCE_HOURS } from '../../../shared/contract'

const MiB = 1024 * 1024

export const WINDOWS: readonly { hours: number; label: string }[] = [
  { hours: 6, label: 'Last 6 hours' },
  { hours: 24, label: 'Last 24 hours' },
  { hours: 72, label: 'Last 3 days' },
  { hours: 24 * 7, label: 'Last 7 days' },
  { hours: 24 * 30, label: 'Last 30 days' }
].filter((w) => w.hours <= MAX_SINCE_HOURS)

/** The windows to offer: the presets plus the core's default when it is not one of them. */
export function windowChoices(defaultHours: number): { hours: number; label: string }[] {
  if (WINDOWS.some((w) => w.hours === defaultHours)) return [...WINDOWS]
  const label = defaultHours % 24 === 0 ? `Last ${defaultHours / 24} days` : `Last ${defaultHours} hours`
  return [...WINDOWS, { hours: defaultHours, label }].sort((a, b) => a.hours - b.hours)
}

export const BUDGET_MIN_MB = Math.ceil(MIN_BUDGET_BYTES / MiB)
export const BUDGET_MAX_MB = Math.floor(MAX_BUDGET_BYTES / MiB)

export function budgetMb(bytes: number): number {
  return Math.min(BUDGET_MAX_MB, Math.max(BUDGET_MIN_MB, Math.round(bytes / MiB)))
}

/** The typed budget as bytes, or a sentence saying what is wrong with it. */
export function parseBudget(text: string): { ok: true; bytes: number } | { ok: false; error: string } {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed))
    return { ok: false, error: `Enter a whole number of megabytes between ${BUDGET_MIN_MB} and ${BUDGET_MAX_MB}.` }
  const mb = Number(trimmed)
  if (mb < BUDGET_MIN_MB || mb > BUDGET_MAX_MB)
    return { ok: false, error: `The size limit must be between ${BUDGET_MIN_MB} and ${BUDGET_MAX_MB} MB.` }
  return { ok: true, bytes: mb * MiB }
}
