// A JSON string or an iCalendar text value carries a whole multi-line message with each line
// break written as `\n` (`"message":"Connected\nuser=jdoe\nMeeting ID: 254 881 937 604"`,
// `DESCRIPTION:Join Zoom Meeting\nPasscode: 418253\n`). To every rule `\nuser` is one word: the
// key after each break is glued to the escape's `n` and no key, phrase or name is found there.
// So in lines that are escaped text, each `\n` and `\r` escape is read as the break it stands for
// while the rules run: it becomes U+2028 / U+2029 (line and paragraph separators: blank to `\s`,
// a line end to `$` and `.`, no letter, no `[ \t]` blank, so no value or phrase runs across it),
// and is written back as it was after. A break inside a value a rule replaced goes with it.
// (iCalendar's rare upper-case `\N` is left: written back, it could not be told from `\n`.)
//
// Escaped text: every backslash opens an escape JSON or C could have written (`\\`, `\"`, `\n`,
// `\u00e9` …), or iCalendar's (`\,` `\;` `\N`) on a property line; and the line holds a JSON
// marker (`{"`, `":"`, `\"`, or a Python repr's `{'`, `': '`), is an iCalendar property, or has two or more `\n`. So a Windows
// path (`C:\Users\nadia`, `\U` is no escape) and `CORP\nkowalski` in plain text stay as written.

const LS = '\u2028'
const PS = '\u2029'
const ANY_BREAK = /\\[nr]/
const JSON_ESCAPES = /\\(?:[\\"'/bfnrt]|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/g
const ICAL_ESCAPES = /\\[\\,;nN]/g
const ICAL_PROPERTY = /^[A-Z][A-Z0-9-]{0,40}(?:;[^:\n]{0,400})?:/
const JSON_MARKER = /\{["']|"[ \t]*:[ \t]*"|'[ \t]*:[ \t]*'|\\"/
const BREAK = /\\\\|\\[nr]/g

function escapedText(line: string): boolean {
  if (!ANY_BREAK.test(line)) return false
  const ical = ICAL_PROPERTY.test(line)
  const rest = line.replace(ical ? ICAL_ESCAPES : JSON_ESCAPES, '')
  if (rest.includes('\\')) return false
  if (ical || JSON_MARKER.test(line)) return true
  let breaks = 0
  for (let i = line.indexOf('\\n'); i >= 0 && breaks < 2; i = line.indexOf('\\n', i + 2)) breaks++
  return breaks >= 2
}

/** Marks the escaped breaks of escaped-text lines; `undefined` when there are none (or the text holds a marker already). */
export function markEscapedBreaks(text: string): string | undefined {
  if (!ANY_BREAK.test(text) || text.includes(LS) || text.includes(PS)) return undefined
  const lines = text.split('\n')
  let changed = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!escapedText(line)) continue
    // `\\` first, so the `n` after an escaped backslash stays text
    lines[i] = line.replace(BREAK, (e) => (e === '\\\\' ? e : e === '\\r' ? PS : LS))
    changed = true
  }
  return changed ? lines.join('\n') : undefined
}

/** Writes the marked breaks back as the escapes they were. */
export function restoreEscapedBreaks(text: string): string {
  return text.replace(/[\u2028\u2029]/g, (c) => (c === LS ? '\\n' : '\\r'))
}
