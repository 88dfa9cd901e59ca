// A numeric meeting id is written with its digits grouped as the service prints it: Zoom's
// `845 1290 3376` (3-4-4) and `812 3456 789` , Webex's `2556 123 4567`, Teams' `123 456 789 012`, with
// blanks or hyphens, or run together in a link (`zoom.us/j/84512903376`). Once a rule found the id in
// one form, these are its other forms.

/** The ways of cutting `n` digits into groups of three or four, in order (`[3, 4, 4]` …). */
function groupings(n: number): number[][] {
  if (n === 0) return [[]]
  const out: number[][] = []
  for (const g of [3, 4]) if (n >= g) for (const rest of groupings(n - g)) out.push([g, ...rest])
  return out
}

/**
 * The written forms of a numeric meeting id (9 to 14 digits, however grouped in `value`): the digits
 * run together, and every grouping in threes and fours of two groups or more, with blanks and with
 * hyphens. Empty when `value` is no numeric meeting id.
 */
export function meetingIdForms(value: string): string[] {
  if (!/^\d[\d \t-]{7,24}\d$/.test(value)) return []
  const digits = value.replace(/\D/g, '')
  if (digits.length < 9 || digits.length > 14) return []
  const forms = [digits]
  for (const g of groupings(digits.length)) {
    if (g.length < 2) continue
    const parts: string[] = []
    let at = 0
    for (const size of g) {
      parts.push(digits.slice(at, at + size))
      at += size
    }
    forms.push(parts.join(' '), parts.join('-'))
  }
  return forms
}
