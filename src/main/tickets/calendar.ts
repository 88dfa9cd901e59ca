// Calendar dates without time zones: the terms count days and years from a purchase date, so
// the arithmetic works on plain year/month/day and never on timestamps (no DST or zone drift).
// How the terms' wording maps onto this arithmetic is decided in `terms-reading.ts`.

/** A valid calendar date as `YYYY-MM-DD`; compare with < and > (ISO order is date order). */
export type IsoDate = string & { readonly __isoDate: unique symbol }

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Parses a strict `YYYY-MM-DD` that names a real day; anything else is null. */
export function parseIsoDate(text: string | undefined | null): IsoDate | null {
  const m = ISO.exec((text ?? '').trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null
  return `${m[1]}-${m[2]}-${m[3]}` as IsoDate
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10) as IsoDate
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date)
  return fromUtc(Date.UTC(y, m - 1, d + days))
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(date)
  const year = y + years
  const day = Math.min(d, daysInMonth(year, m))
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = parts(a)
  const [yb, mb, db] = parts(b)
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000)
}

/** The local calendar date of `now` on this machine — what the user means by "today". */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate
}
