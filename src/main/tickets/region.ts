// Purchase region → support hours, contracting entity and the expected first response.
import type { Region, Route } from '../../shared/contract'
import { SUPPORT_HOURS } from './terms-reading'

export function supportHoursText(region: Region): string {
  const h = SUPPORT_HOURS[region]
  return `Monday to Friday ${h.open}–${h.close} ${h.zone}, excluding local holidays`
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * "Within one business day" (JumpStart 2 a iii): counting starts at submission, or at the next
 * opening when submitted outside the hours, and ends when the next business day closes.
 */
export function firstResponseBy(region: Region, now: Date): Date {
  const h = SUPPORT_HOURS[region]
  const close = minutesOf(h.close)
  // Work in the region's fixed-offset local time, expressed as a UTC-based Date.
  const local = new Date(now.getTime() + h.offsetMinutes * 60_000)
  const isBusinessDay = (d: Date): boolean => d.getUTCDay() >= 1 && d.getUTCDay() <= 5
  const dayStart = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  const nextDay = (d: Date): Date => new Date(dayStart(d).getTime() + 86_400_000)

  let startDay = dayStart(local)
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes()
  if (!isBusinessDay(local) || minute >= close) startDay = nextDay(local)
  while (!isBusinessDay(startDay)) startDay = nextDay(startDay)
  let due = nextDay(startDay)
  while (!isBusinessDay(due)) due = nextDay(due)
  const dueLocal = due.getTime() + close * 60_000
  return new Date(dueLocal - h.offsetMinutes * 60_000)
}

/**
 * The Logitech company the user contracts with. JumpStart (6 f) names Logicool Co. Ltd for Japan
 * and leaves China to "the applicable Logitech regional entity"; the Extended Warranty (9) names
 * three entities only. Other routes follow the warranty's list.
 */
export function contractingEntity(route: Route, region: Region | undefined, country: string | undefined): string | null {
  if (!region) return null
  const c = (country ?? '').toUpperCase()
  if (route === 'jumpstart' || route === 'spoc-handoff') {
    if (c === 'JP') return 'Logicool Co. Ltd'
    if (c === 'CN') return 'the applicable Logitech regional entity'
  }
  if (route === 'vendor-rma' || route === 'triage') return null
  return {
    na: 'Logitech Inc.',
    emea: 'Logitech Europe SA',
    apac: route === 'jumpstart' || route === 'spoc-handoff' ? 'Logitech Asia Pacific Ltd' : 'Logitech Asia Pacific Limited'
  }[region]
}
