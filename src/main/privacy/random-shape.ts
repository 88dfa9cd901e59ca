// A string that reads as random rather than as words: what a token, a key or a generated id looks
// like (a URL's path segment, a service token's body, a quoted "key" that is really a secret).

const SEGMENT_CHARS = /^[A-Za-z0-9_-]{20,512}$/

/**
 * A path segment that reads as random: 20+ URL-safe characters with digits and both letter cases,
 * switching class (digit, lower, upper) at least every third character. Words in camel case
 * (`ManagedDevices2024`) switch rarely; hex hashes and GUIDs have one letter case and stay.
 */
export function randomSegment(seg: string): boolean {
  if (!SEGMENT_CHARS.test(seg)) return false
  let lower = 0
  let upper = 0
  let digit = 0
  let switches = 0
  let prev = -1
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i)
    const k = c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3
    if (k === 0) lower++
    else if (k === 1) upper++
    else if (k === 2) digit++
    if (prev >= 0 && k !== prev) switches++
    prev = k
  }
  return lower > 0 && upper > 0 && digit > 0 && switches * 3 >= seg.length
}
