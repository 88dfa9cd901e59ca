// One character loop per line sets bits for the shapes rules need before they can change a line
// (`Rule.needs`): the chunk is scanned once, and each rule scans only the lines that have one of
// its bits instead of the whole chunk. Every bit is a necessary condition of the rule that asks
// for it (a shape its every match contains), never a guess: a rule never sees fewer lines than it
// could change. test/privacy/line-features.test.ts runs every evaluation set with and without
// the bits and expects the same output.
import { isDigit } from './char-codes'

export const LINE = {
  /** `@`: e-mail */
  at: 1 << 0,
  /** `%`: URL-encoded e-mail and paths */
  percent: 1 << 1,
  /** `&`: HTML-entity e-mail */
  amp: 1 << 2,
  /** `'` or `’`: possessive names */
  apostrophe: 1 << 3,
  backslash: 1 << 4,
  slash: 1 << 5,
  equals: 1 << 6,
  /** `:/` or a colon after g, s, x, p or l (zoommtg: msteams: webex: sip: tel:): links */
  linkColon: 1 << 7,
  /**
   * five `:`, `-` or `_` after a hex pair (one kind), two `.` after four hex digits, 12 hex digits in
   * a row, six before a `-` (`001b3f-4a5b6c`), or five `:` in a row after one or two (macOS drops a MAC's leading zeros)
   */
  macShape: 1 << 8,
  /** `.` and four digits: a coordinate's decimals */
  decimals4: 1 << 9,
  /** N or S, at most three blanks or commas, a digit: a hemisphere pair; or a degree sign */
  hemisphere: 1 << 10,
  /** three `.` between digits: a dotted quad */
  dottedQuad: 1 << 11,
  /** `::` or six colons: an IPv6 address */
  v6Shape: 1 << 12,
  /** 13 digits in a run of digits, blanks and hyphens: a card */
  cardRun: 1 << 13,
  /**
   * 7 digits in a run of digits, blanks and `+().-` from a place a phone number can open: `+` or
   * `(` and a digit, or a group of digits not glued to `\w.:+-/` that opens with 0 or is three
   * digits and a `.` or `-`
   */
  phoneRun: 1 << 14,
  /** two capital letters and two digits: an IBAN's country and check digits */
  ibanHead: 1 << 15
} as const

const COLON = 58
const HYPHEN = 45
const UNDERSCORE = 95
const DOT = 46

// Character classes, so the common characters cost one table load and one branch.
const LETTER = 0 // not a hex digit; ends every run
const HEX_LETTER = 1
const DIGIT = 2
const BLANK = 3 // space, tab, comma: inside card, phone and hemisphere runs
const PHONE_PUNCT = 4 // + ( ): inside phone runs
const SPECIAL = 5 // acted on by the switch below
const OTHER = 6 // everything else, incl. all non-ASCII except ’
const CLASS = new Uint8Array(128).fill(OTHER)
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = LETTER
for (const ch of 'abcdefABCDEF') CLASS[ch.charCodeAt(0)] = HEX_LETTER
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT
for (const ch of ' \t,') CLASS[ch.charCodeAt(0)] = BLANK
for (const ch of '+()') CLASS[ch.charCodeAt(0)] = PHONE_PUNCT
for (const ch of "@%&'\\/=:-_.") CLASS[ch.charCodeAt(0)] = SPECIAL
// characters a phone number's first digit may not follow (the rule's look-behind: \w . : + - /)
const PHONE_GLUE = new Uint8Array(128)
for (let c = 0; c < 128; c++) if (CLASS[c] === LETTER || CLASS[c] === HEX_LETTER || CLASS[c] === DIGIT) PHONE_GLUE[c] = 1
for (const ch of '_.:+-/') PHONE_GLUE[ch.charCodeAt(0)] = 1
// last letters of the link schemes without `:/` (zoommtg msteams webex sip sips tel), lower-cased
const SCHEME_END = new Uint8Array(128)
for (const ch of 'gsxpl') SCHEME_END[ch.charCodeAt(0)] = 1

/** Feature bits of `line` (one line, no newline). */
export function lineFeatures(line: string): number {
  return featuresOf(line, 0, line.length)
}

/** Feature bits of each line of `text` (split at `\n`) into `out`. */
export function chunkFeatures(text: string, out: Int32Array): void {
  let start = 0
  for (let i = 0; i < out.length; i++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    out[i] = featuresOf(text, start, end)
    start = end + 1
  }
}

function featuresOf(s: string, from: number, to: number): number {
  let f = 0
  let hexRun = 0
  let colonPairs = 0
  let shortColons = 0 // colons in a row, each after one or two hex digits (`0:1b:54:aa:10:1`)
  let lastColon = -2
  let hyphenPairs = 0
  let underscorePairs = 0
  let hexDots = 0
  let colons = 0
  let digitDots = 0
  let cardDigits = 0
  let phoneDigits = -1 // digits since a phone number could open in this run, -1 before
  let groupDigits = 0 // digits in the current group
  let groupOk = false // the group is not glued to a character a phone number cannot follow
  let upperRun = 0 // capital letters just before (IBAN country code)
  let ibanDigits = 0 // digits right after two capitals
  let hemi = -1 // blanks since an N or S, -1 when none
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    const k = c < 128 ? CLASS[c]! : c === 0x2019 ? SPECIAL : OTHER
    if (k === LETTER || k === HEX_LETTER) {
      if (k === HEX_LETTER) {
        if (++hexRun >= 12) f |= LINE.macShape
      } else hexRun = 0
      cardDigits = ibanDigits = groupDigits = 0
      phoneDigits = -1
      upperRun = c <= 90 ? upperRun + 1 : 0
      hemi = c === 78 || c === 83 ? 0 : -1
      continue
    }
    if (k === DIGIT) {
      if (++hexRun >= 12) f |= LINE.macShape
      if (++cardDigits >= 13) f |= LINE.cardRun
      if (groupDigits++ === 0) {
        const p = i > from ? s.charCodeAt(i - 1) : 32
        groupOk = p >= 128 || PHONE_GLUE[p] === 0
        if ((p === 43 || p === 40 || (c === 48 && groupOk)) && phoneDigits < 0) phoneDigits = 0
      }
      if (phoneDigits >= 0 && ++phoneDigits >= 7) f |= LINE.phoneRun
      if (upperRun >= 2 || ibanDigits > 0) {
        if (++ibanDigits >= 2) f |= LINE.ibanHead
      }
      upperRun = 0
      if (hemi > 0) f |= LINE.hemisphere
      hemi = -1
      continue
    }
    const hexPair = hexRun >= 2
    const hexLen = hexRun
    hexRun = 0
    if (groupDigits === 3 && groupOk && phoneDigits < 0 && (c === DOT || c === HYPHEN)) phoneDigits = 3
    groupDigits = 0
    upperRun = ibanDigits = 0
    if (k === BLANK) {
      // a space continues card and phone runs, a tab or comma ends them
      if (c !== 32) {
        cardDigits = 0
        phoneDigits = -1
      }
      hemi = hemi >= 0 && hemi < 3 ? hemi + 1 : -1
      continue
    }
    hemi = -1
    if (k === PHONE_PUNCT) {
      cardDigits = 0
      continue
    }
    if (k === OTHER) {
      cardDigits = 0
      phoneDigits = -1
      // a degree sign opens degrees-minutes-seconds (`48°51'29.6"N`), which the GPS rule reads
      if (c === 0xb0) f |= LINE.hemisphere
      continue
    }
    if (c !== HYPHEN) cardDigits = 0
    if (c !== HYPHEN && c !== DOT) phoneDigits = -1
    switch (c) {
      case 64:
        f |= LINE.at
        break
      case 37:
        f |= LINE.percent
        break
      case 38:
        f |= LINE.amp
        break
      case 39:
      case 0x2019:
        f |= LINE.apostrophe
        break
      case 92:
        f |= LINE.backslash
        break
      case 47:
        f |= LINE.slash
        break
      case 61:
        f |= LINE.equals
        break
      case COLON: {
        const next = i + 1 < to ? s.charCodeAt(i + 1) : 0
        if (next === 47) f |= LINE.linkColon
        else if (i > from && SCHEME_END[s.charCodeAt(i - 1) | 0x20] === 1) f |= LINE.linkColon
        if (next === COLON || ++colons >= 6) f |= LINE.v6Shape
        if (hexPair && ++colonPairs >= 5) f |= LINE.macShape
        if (hexLen >= 1 && hexLen <= 2) {
          shortColons = lastColon === i - hexLen - 1 ? shortColons + 1 : 1
          if (shortColons >= 5) f |= LINE.macShape
        }
        lastColon = i
        break
      }
      case HYPHEN:
        if ((hexPair && ++hyphenPairs >= 5) || hexLen === 6) f |= LINE.macShape
        break
      case UNDERSCORE:
        if (hexPair && ++underscorePairs >= 5) f |= LINE.macShape
        break
      case DOT: {
        if (hexLen >= 4 && ++hexDots >= 2) f |= LINE.macShape
        if (i + 1 >= to || !isDigit(s.charCodeAt(i + 1))) break
        if (i > from && isDigit(s.charCodeAt(i - 1)) && ++digitDots >= 3) f |= LINE.dottedQuad
        if (i + 4 < to && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) && isDigit(s.charCodeAt(i + 4))) f |= LINE.decimals4
        break
      }
    }
  }
  return f
}
