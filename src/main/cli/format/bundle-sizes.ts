// `--since 72h` / `--budget 20MB` as the user types them, with usage errors in plain words.
import { InvalidArgumentError } from 'commander'
import { MAX_BUDGET_BYTES, MAX_SINCE_HOURS, MIN_BUDGET_BYTES } from '../../../shared/contract'

export function parseSince(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(m|min|h|d)?$/i.exec(v.trim())
  if (!m) throw new InvalidArgumentError('use a number of hours or a unit: 30m, 72h, 7d')
  const n = Number(m[1])
  const unit = (m[2] ?? 'h').toLowerCase()
  const hours = unit === 'd' ? n * 24 : unit.startsWith('m') ? n / 60 : n
  if (hours <= 0 || hours > MAX_SINCE_HOURS) throw new InvalidArgumentError(`must be more than 0 and at most ${MAX_SINCE_HOURS / 24} days`)
  return hours
}

export function parseBudget(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(v.trim())
  if (!m) throw new InvalidArgumentError('use a size such as 20MB, 512KB or 1GB')
  const unit = (m[2] ?? 'mb').toLowerCase()[0]
  const bytes = Math.round(Number(m[1]) * (unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1))
  if (bytes < MIN_BUDGET_BYTES || bytes > MAX_BUDGET_BYTES)
    throw new InvalidArgumentError(`must be between ${MIN_BUDGET_BYTES / 1024} KB and ${MAX_BUDGET_BYTES / 1024 ** 2} MB`)
  return bytes
}
