import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { MEETING_TOKEN, pseudonymKey } from '../token-kinds'
import { LINE } from '../line-features'
import type { Rule } from '../types'
import { isDigit, isWordChar } from '../char-codes'
import { rewriteAt, type StartFinder } from '../rewrite'

// Cheap shape prefilter; libphonenumber (tens of µs per call) only sees candidates:
//  - international: `+` and 7–15 digits in groups (a group may be long: Frankfurt's `+49 69 365052731`,
//    Mexico City's `+525541614288` written without blanks)
//  - national: a trunk `0` or an area code in parentheses, or US `NNN-NNN-NNNN`
// Timestamps, versions, dates, epoch-ms values and USB paths do not have these shapes; the
// milliseconds after a comma (`19:07:02,036 10091`, log4j and Python) are no trunk prefix (an
// international number may follow a time's comma: a call record's `00:03:41,+44 20 7946 0123`). After a
// file-name prefix's `_`, and after a field's colon (vCard's `TEL;TYPE=WORK:+44 (0)20 7946 0958`; a
// time's colon has a digit before it), only the international form counts (`call_+44 7700 900123.wav`).
const PHONE =
  /(?:(?<![\w.:+\-/])(?:(?<!:\d\d,)|(?=\+\d))|(?<=(?<![\d]):|[A-Za-z0-9]_)(?=\+\d))(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,10}){0,5}|\(\d{2,5}\)[ .-]?\d{2,8}(?:[ .-]\d{2,8}){0,3}|0\d{1,4}(?:[ .-]\d{2,8}){1,4}|0\d{9,10}|\d{3}[.-]\d{3}[.-]\d{4})((?:,{2,8}\*?\d{4,14}#?)+|,\*?\d{4,14}#|[ \t]?(?:ext\.?|x|extension)[ \t]?\d{1,6})?(?!(?!_C0{8}(?![A-Za-z0-9]))\w|[.:/-]\d)/y
// Every shape opens with `+`, `(`, a trunk `0` or three digits and a `.`/`-`, at the start of a
// run of digits: the pattern, whose look-behinds made it slow at every position, is tried only
// there (a char-code loop finds them).
function phoneStarts(): StartFinder {
  let scanned = 0
  return (text, from) => {
    for (let i = Math.max(from, scanned); i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 43 || c === 40) {
        if (isDigit(text.charCodeAt(i + 1))) return i
        continue
      }
      if (!isDigit(c)) continue
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
        while (i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i++
        continue
      }
      let e = i + 1
      while (e < text.length && isDigit(text.charCodeAt(e))) e++
      scanned = e
      const next = text.charCodeAt(e)
      if (c === 48 || (e - i === 3 && (next === 46 || next === 45))) return i
      i = e - 1
    }
    scanned = text.length
    return -1
  }
}
const MS_AFTER = /^ ?ms\b/
const VERSION_BEFORE = /(?<![\w-])(?:fw|firmware|version|ver|v|build|release|bios|rev)[ \t]*[:=]?[ \t]*$/i
const DIAL_PIN = /\d+/g
const ID_KEY_BEFORE = /(?<!caller[_-]?)(?:id|ID|Id)["']?[ \t]*[:=][ \t]*["']?$/
/** One run of digits, no country code, no grouping: how a duration in milliseconds is written.
 * Nobody groups a duration the way a phone number is grouped (`07700 900946`, `030 1234 5678`). */
function durationShaped(v: string): boolean {
  return /^\d+$/.test(v)
}

// Regions tried for national numbers (the note's canary set and Presidio's defaults).
const REGIONS: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'CH', 'JP', 'CN', 'BR', 'CA', 'IL', 'NL', 'ES', 'IT']

// libphonenumber takes tens of µs per call and logs repeat their numbers: verdicts are cached
// (bounded; cleared when full, so memory stays flat on any input).
const VERDICTS = new Map<string, boolean>()
const MAX_VERDICTS = 20000

export function isPhone(candidate: string): boolean {
  let v = VERDICTS.get(candidate)
  if (v === undefined) {
    v = judgePhone(candidate)
    if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear()
    VERDICTS.set(candidate, v)
  }
  return v
}

function judgePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  if (digits.length < 7 || digits.length > 15) return false
  if (candidate.startsWith('+')) {
    const p = parsePhoneNumberFromString(candidate)
    return p !== undefined && p.isPossible()
  }
  if (/^(?:\d{1,2}[.-]){2}\d{2,4}$/.test(candidate)) return false // dates
  if (/^\d+\.\d+$/.test(candidate)) return false // a decimal (`…,08.335034`: seconds and microseconds)
  for (const r of REGIONS) {
    const p = parsePhoneNumberFromString(candidate, r)
    if (p?.isValid()) return true
  }
  return false
}

export const phoneRule: Rule = {
  id: 'phone',
  category: 'contact',
  kind: 'phone',
  needs: LINE.phoneRun,
  detector:
    "shape prefilter (+CC groups, (area), trunk 0, NNN-NNN-NNNN) then libphonenumber: possible for +E.164, valid in one of 15 regions for national; before `ms` only with a `+` or grouped digits (a duration is one run); an extension (`ext. 4471`) goes with the number, a dial string's conference PIN after its pause commas (`,,812345678#`) becomes a meeting token",
  replacement: '<phone-N> (all spellings of one number share a token)',
  apply(text, ctx) {
    const out = rewriteAt(text, PHONE, phoneStarts(), (m, src) => {
      // a duration (`01234567890 ms`) is no phone; an international or grouped number before `ms`
      // still is (`Dialing +44 7700 900377 ms`, `07700 900946 ms`: a line's own `ms` after it)
      // after the number: a dial string's pauses and the conference PIN they wait for
      // (`+1 323-849-4874,,812345678#`: the meeting's, a token of its own; one comma is a CSV cell's
      // unless a `#` ends the PIN), or an extension (part of the number)
      const tail = m[1] ?? ''
      const whole = m[0].slice(0, m[0].length - tail.length)
      if (MS_AFTER.test(src.slice(m.index + m[0].length, m.index + m[0].length + 4)) && durationShaped(m[0])) return undefined
      // a number a key names an id is an id (FortiGate's `logid="0316013056"`, `eventid=0100032001`), unless it is written
      // in international form or the key is a caller's
      if (!m[0].startsWith('+') && ID_KEY_BEFORE.test(src.slice(Math.max(0, m.index - 24), m.index))) return undefined
      // a firmware's or a version's dotted number is none (`paired (fw 01.19.01.0009)`, `version 01.02.03.04`)
      if (m[0].includes('.') && VERSION_BEFORE.test(src.slice(Math.max(0, m.index - 24), m.index))) return undefined
      // numbers right after the phone (`Dialing +55 11 98750-0478 32601`, an access log's
      // `+44 7700 900219 302 0 0 0`) are not part of it: drop trailing groups until the rest
      // validates (the pattern takes at most six groups, so this ends)
      let v = whole
      while (!isPhone(v)) {
        const cut = v.search(/[ .-]\d+$/)
        if (cut < 0) return undefined
        v = v.slice(0, cut)
      }
      if (ctx.isKept(v) || !isPhone(v)) return undefined
      const phone = ctx.pseudonym(this, v, { key: pseudonymKey('phone', v) })
      if (tail === '' || v.length < whole.length) return phone + m[0].slice(v.length)
      // (each PIN of the string: the meeting's, then a participant's `*609172#`)
      if (!tail.startsWith(',')) return phone
      return phone + tail.replace(DIAL_PIN, (pin) => ctx.pseudonym(this, pin, MEETING_TOKEN))
    })
    // … and the conference PIN a dial-in line spells out for a person to type (`PIN 556 774 219#`);
    // the `#` says it is one, not a connector's or a GPIO's pin
    return out.includes('#')
      ? out.replace(SPOKEN_PIN, (_all, lead: string, pin: string) => lead + ctx.pseudonym(this, pin, MEETING_TOKEN) + '#')
      : out
  }
}
const SPOKEN_PIN = /(\b(?:PIN|Pin|pin)[ \t]*:?[ \t]*)(\d{3,4}(?:[ \t]\d{3,4}){0,3})#/g
