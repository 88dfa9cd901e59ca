import type { Rule } from '../types'
import { nameLists, type NameLists } from '../name-lists'
import { PERSON_WORD, rewriteSpans, type NameSpan } from './person-phrases'

// A person's name with nothing around it that says so (`Spoke with Kwame Mensah about the
// camera`, a CSV cell `"Nakamura, Hiroshi"`), told from two capitalised words of a log by the
// name lists (name-lists.ts): the first word a given name, the last a surname or a word no
// dictionary holds. A given name that is also an English word (`Grant Access`, `Will Retry`,
// `Max Connections`) counts only before a listed surname that is no word (`Mark Abernathy`).

const PARTICLE = '(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|dos|das|ter|ten|vom|zu|y)'
const CAPITAL_PARTICLE = '(?:Ó|Ní|Nic|Mac|Van|Von|De|Da|Di|Del|Du|La|Le|Al|El|Bin|Ibn)'
// (nor before one: `Kevin Smith(…)`, `Kevin Smith_2`; a file's extension may follow a name)
const AFTER = String.raw`(?![\p{L}\p{M}\p{N}_@\\/(])`
// Every form holds a listed given name, so the rule walks the text for capitalised words (a
// char-code loop: a Unicode-class regex scan cost about three times as many instructions here), looks each up, and tries
// the patterns below (sticky) only at the few that are listed.
const UPPER = /\p{Lu}/u
const LOWER_OR_MARK = /[\p{Ll}\p{M}]/u
/** `Given [Given2 | X.] [particles] Surname` from a given name; groups: given, middle, particles + surname. */
const GIVEN_FIRST = new RegExp(
  String.raw`(${PERSON_WORD})[ \t]+(?:(${PERSON_WORD}|\p{Lu}\.)[ \t]+)?((?:${PARTICLE}[ \t]+){0,3}${PERSON_WORD})${AFTER}`,
  'uy'
)
// a second surname right after the first (`Ana García Márquez`)
const SECOND_SURNAME = new RegExp(String.raw`[ \t]+(${PERSON_WORD})${AFTER}`, 'uy')
/** The given name after `[particles] Surname, `, at its start: `Given [X.]`. */
const GIVEN_AFTER_COMMA = new RegExp(String.raw`(${PERSON_WORD})(?:[ \t]+\p{Lu}\.)?${AFTER}`, 'uy')
/** `[particles] Surname, ` right before a given name; group: surname with its particles. */
const SURNAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.\\/@#$-])((?:(?:${PARTICLE}|${CAPITAL_PARTICLE})[ \t]+){0,3}${PERSON_WORD}),[ \t]*$`,
  'u'
)

// Characters that glue a word to what comes before it: an identifier, a path, an address (not a
// key's `=` or `:`: `name=Tomasz Kowalczyk`).
const GLUE = new Uint8Array(128)
for (const ch of '0123456789_.\\/@#$-') GLUE[ch.charCodeAt(0)] = 1
for (let c = 65; c <= 90; c++) GLUE[c] = GLUE[c + 32] = 1
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u
function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const c = text.charCodeAt(at - 1)
  return c < 128 ? GLUE[c] === 1 : LETTER_MARK_DIGIT.test(text[at - 1]!)
}

// Words of devices and software that follow a given name in product names (`Alexa Skills`,
// `Siri Shortcuts` are words; these are not, and are no one's surname).
const NOT_A_SURNAME = new Set([
  'Logitech',
  'Logi',
  'MeetUp',
  'Bluetooth',
  'Windows',
  'Linux',
  'Android',
  'Ubuntu',
  'Debian',
  'Chromium',
  'Firefox',
  'Teams',
  'Zoom',
  'Webex',
  'Intel',
  'Realtek',
  'Nvidia',
  'Qualcomm',
  'Jabra',
  'Yealink',
  'Crestron',
  'Lenovo',
  'Samsung',
  'Huawei',
  'Xiaomi',
  'Microsoft',
  'Google',
  'Apple',
  'Azure',
  'Intune',
  'Outlook',
  // a date after a name (a mail client's `Jean-Baptiste N'Diaye Mar 5, 2024, 11:03`, `… Tue, 5 Mar`)
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun'
])

/** The given name as listed: whole, or its first part when hyphenated (`Jean-Pierre`). */
function isGiven(lists: NameLists, word: string): boolean {
  if (lists.given.has(word)) return true
  const hyphen = word.indexOf('-')
  return hyphen > 0 && lists.given.has(word.slice(0, hyphen))
}

/** A word a person's surname may be; `strict` asks for a listed surname that is no English word. */
const PREFIXED_FAMILY_NAME = /^(?:Al|El|Abu|Abou|Ben|Bin|Ibn|Ould|Ait|Bou)-\p{Lu}[\p{Ll}\p{M}]{2,}$/u
function isSurname(lists: NameLists, word: string, strict: boolean): boolean {
  if (NOT_A_SURNAME.has(word) || word.length < 2) return false
  // a family name that opens with its article or kinship word says what it is (`Al-Harthy`, `El-Amin`,
  // `Abu-Bakr`, `Ben-Ali`, `Ould-Dah`), listed or not
  if (PREFIXED_FAMILY_NAME.test(word)) return true
  const listed = lists.surnames.has(word)
  // a hyphenated or apostrophe name is a word only when every part is (`Price-Howells` is no word)
  const parts = word.split(/['’-]/).filter((p) => p.length > 1)
  const isWord = parts.every((p) => lists.isWord(p))
  return strict ? listed && !isWord : listed || !isWord
}

export const givenNameRule: Rule = {
  id: 'person-given-name',
  category: 'person',
  kind: 'name',
  detector:
    "a given name from the name lists (faker's ~75 locales) and a surname, as `Given [Middle] [particles] Surname` or `Surname, Given`, anywhere: the surname listed or no English word (word-list), or a family name opening with its article or kinship word (`Al-Harthy`, `El-Amin`, `Ben-Ali`); a given name that is an English word (`Grant`, `Will`) and every `Surname, Given` ask for a listed surname that is no word",
  replacement: '<name-N>',
  apply(text, ctx) {
    const lists = nameLists()
    if (lists === undefined) return text
    const spans: NameSpan[] = []
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c < 65 || (c > 90 && c < 0xc0) || !(c <= 90 || UPPER.test(text[i]!)) || gluedBefore(text, i)) continue
      // the word's lower-case letters (and marks): `Zoë`, `Łukasz`
      let e = i + 1
      for (; e < text.length; e++) {
        const d = text.charCodeAt(e)
        if (d >= 97 && d <= 122) continue
        if (d < 0x80 || !LOWER_OR_MARK.test(text[e]!)) break
      }
      // (one capital, `Q`, or a word's capital inside it, `PowerManager`: no given name opens there)
      if (e === i + 1 || !lists.given.has(text.slice(i, e))) {
        const cell = e === i + 1 ? undefined : (quotedSurnameFirst(lists, text, i, e) ?? quotedGivenFirst(lists, text, i, e))
        if (cell !== undefined) spans.push(cell)
        i = (cell?.end ?? e) - 1
        continue
      }
      const span = givenFirst(lists, text, i) ?? surnameFirst(lists, text, i, text.slice(i, e))
      if (span === undefined) {
        i = e - 1
        continue
      }
      spans.push(withGivenBefore(lists, text, span, spans))
      i = span.end - 1
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}

// A given name right before a name found (`Ana Carolina da Silva`: `Ana` is also an English word, so the
// scan found the name from `Carolina`): the first of two given names. A word's given name (`Will`,
// `Grant`) only where a value opens, right after a quote, `:`, `=` or `(`.
const VALUE_OPENS = /^["'(:=]$/
function withGivenBefore(lists: NameLists, text: string, span: NameSpan, found: readonly NameSpan[]): NameSpan {
  const blank = span.start - 1
  if (blank < 1 || (text.charCodeAt(blank) !== 32 && text.charCodeAt(blank) !== 9)) return span
  let w = blank
  while (w > 0 && /[\p{L}\p{M}'’-]/u.test(text[w - 1]!)) w--
  const word = text.slice(w, blank)
  const prev = found[found.length - 1]
  if (word === '' || !lists.given.has(word) || gluedBefore(text, w) || (prev !== undefined && prev.end > w)) return span
  if (lists.isWord(word) && !VALUE_OPENS.test(text.slice(Math.max(0, w - 1), w))) return span
  return { start: w, end: span.end, name: text.slice(w, span.end) }
}

/**
 * `[particles] Surname, Given [X.]` whose given name starts at `at`: the given name no word; the
 * surname listed and no word, or no word and the pair the whole of a quoted value (a CSV cell
 * `"Øverby, Hannah"`, `"van der Berg, Pieter-Jan"`) or of an XML element (`<Name>Meulen, Anneke</Name>`).
 */
function surnameFirst(lists: NameLists, text: string, at: number, word: string): NameSpan | undefined {
  if (lists.isWord(word)) return undefined
  // (a comma within two characters before: cheap to rule out before the look-back pattern)
  if (text.charCodeAt(at - 1) !== 44 && text.charCodeAt(at - 2) !== 44) return undefined
  const before = SURNAME_BEFORE.exec(text.slice(Math.max(0, at - 80), at))
  if (before === null) return undefined
  GIVEN_AFTER_COMMA.lastIndex = at
  const given = GIVEN_AFTER_COMMA.exec(text)
  if (given === null) return undefined
  const start = at - before[0].length
  const end = at + given[0].length
  const surname = before[1]!
  const last = surname.slice(surname.search(/[^ \t]*$/))
  if (!isSurname(lists, last, true)) {
    // (quoted, or an XML element's whole text: `<Name>van der Meulen, Anneke</Name>`)
    const open = text.charCodeAt(start - 1)
    const close = open === 62 ? 60 : open
    if (
      (open !== 34 && open !== 39 && open !== 62) ||
      text.charCodeAt(end) !== close ||
      !isSurname(lists, last, false) ||
      lists.given.has(last)
    )
      return undefined
  }
  return { start, end, name: text.slice(start, end) }
}

/**
 * A quoted value that is a listed surname, a comma and a given name the lists may not hold
 * (`"Zieliński, Bartosz"`, a CSV cell with no header to name its column): the surname no given
 * name and no word (`"London, England"`, `"Madrid, Spain"` are places), the given name no word.
 */
const GIVEN_THEN_QUOTE = new RegExp(String.raw`,[ \t]*(${PERSON_WORD})(["'])`, 'uy')
function quotedSurnameFirst(lists: NameLists, text: string, start: number, end: number): NameSpan | undefined {
  const quote = text.charCodeAt(start - 1)
  if ((quote !== 34 && quote !== 39) || text.charCodeAt(end) !== 44) return undefined
  const surname = text.slice(start, end)
  if (!lists.surnames.has(surname) || lists.given.has(surname) || lists.isWord(surname) || NOT_A_SURNAME.has(surname)) return undefined
  GIVEN_THEN_QUOTE.lastIndex = end
  const m = GIVEN_THEN_QUOTE.exec(text)
  if (m === null || m[2]!.charCodeAt(0) !== quote || lists.isWord(m[1]!) || NOT_A_SURNAME.has(m[1]!)) return undefined
  const stop = end + m[0].length - 1
  return { start, end: stop, name: text.slice(start, stop) }
}

/**
 * A quoted value that is a given name the lists may not hold and a listed surname (`"Iwona Wójcik"`,
 * `"Chidi Okonkwo-Bello"`, a ticket export's cell with no header to name its column): the surname
 * (each part of a hyphenated one) listed, no given name and no word, the given name no word and no product's.
 */
const SURNAME_THEN_QUOTE = new RegExp(String.raw`[ \t](${PERSON_WORD})(["'])`, 'uy')
function quotedGivenFirst(lists: NameLists, text: string, start: number, end: number): NameSpan | undefined {
  const quote = text.charCodeAt(start - 1)
  if (quote !== 34 && quote !== 39) return undefined
  const given = text.slice(start, end)
  if (lists.isWord(given) || NOT_A_SURNAME.has(given) || given.length < 3) return undefined
  SURNAME_THEN_QUOTE.lastIndex = end
  const m = SURNAME_THEN_QUOTE.exec(text)
  if (m === null || m[2]!.charCodeAt(0) !== quote) return undefined
  const parts = m[1]!.split('-')
  // (a surname that is also a given name is no proof: `"Santa Clara"` is a city)
  if (!parts.every((p) => lists.surnames.has(p) && !lists.given.has(p) && !lists.isWord(p) && !NOT_A_SURNAME.has(p))) return undefined
  const stop = end + m[0].length - 1
  return { start, end: stop, name: text.slice(start, stop) }
}

/** `Given [Middle] [particles] Surname [Surname2]` whose given name starts at `start`. */
function givenFirst(lists: NameLists, text: string, start: number): NameSpan | undefined {
  GIVEN_FIRST.lastIndex = start
  const m = GIVEN_FIRST.exec(text)
  if (m === null) return undefined
  const [whole, given, middle, surname] = m as unknown as [string, string, string | undefined, string]
  if (!isGiven(lists, given)) return undefined
  const strict = lists.isWord(given)
  // the surname is the last word, after any particles
  const last = surname.slice(surname.search(/[^ \t]*$/))
  let end: number
  if (
    isSurname(lists, last, strict) &&
    (middle === undefined || middle.length <= 2 || isGiven(lists, middle) || isSurname(lists, middle, strict))
  ) {
    // a middle word is a second given name, an initial or a first surname (`Mary Ann Smith`,
    // `John Q. Public`, `Ana García Márquez`)
    end = start + whole.length
  } else if (middle !== undefined && middle.length > 2 && isSurname(lists, middle, strict)) {
    // `Kwame Mensah Camera`: the first two words are the name
    end = start + whole.indexOf(middle, given.length) + middle.length
  } else return undefined
  SECOND_SURNAME.lastIndex = end
  const more = SECOND_SURNAME.exec(text)
  if (more !== null && isSurname(lists, more[1]!, true)) end += more[0].length
  return { start, end, name: text.slice(start, end) }
}
