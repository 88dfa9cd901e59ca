// .NET's default JSON encoder (System.Text.Json, used by Teams Rooms and most Windows services)
// writes " ' + & < > ` and every non-ASCII character as \uXXXX. The rules then see
// `Brz\u0119czyszczykiewicz` as a name cut in two, `\u002B44 20 7946 0650` as no phone number,
// a card glued to the digit that ends `\u0022`, a query split at `\u0026` it cannot read. Such
// lines are decoded first: each escape becomes the character it stands for, except where a
// literal would change the text's meaning: `"` and `\` become JSON's short escapes (so a JSON
// line stays valid and equal), and control characters, line separators and lone surrogates
// stay escaped (so the line count and the encoding are untouched).
//
// Only lines that are escaped text are decoded: they hold a JSON object (`{"`), an escaped quote
// (`\"`) or an escaped punctuation character (`\u0022`, `\u002B` …), and no backslash that JSON
// could not have written (`\U`, `\D`, `\u` without four hex digits). So a raw Windows path
// (`Opened "C:\Users\u0034567\Documents"`) or `CORP\ubeda` in plain text is left as it is.
//
// Access logs (Apache, nginx) write each byte of a non-ASCII character as \xHH
// (`/home/\xc5\x81ukasz/`, `Zo\xc3\xab`): a run that is a whole, valid UTF-8 character is
// decoded to it in any line, since a path component that spells valid UTF-8 in \x escapes is
// not something a Windows path holds (`\x86\` alone is no UTF-8 and stays).

const ESCAPE = /\\\\|\\u([0-9A-Fa-f]{4})(?:\\u([dD][c-fC-F][0-9A-Fa-f]{2}))?/g
const ESCAPED_MARKER = /\{"|\\"|\\u00(?:22|26|27|2[Bb]|3[CcEe]|60)/
const NOT_JSON_ESCAPE = /\\(?:[^"/bfnrtu]|u(?![0-9A-Fa-f]{4}))/

function looksEscaped(line: string): boolean {
  // escaped backslashes (`C:\\Users`) first, so what follows them is not read as an escape
  return ESCAPED_MARKER.test(line) && !NOT_JSON_ESCAPE.test(line.replace(/\\\\/g, ''))
}

function decodeOne(cp: number, escape: string): string {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029 || (cp >= 0xd800 && cp <= 0xdfff)) return escape
  if (cp === 0x22) return '\\"'
  if (cp === 0x5c) return '\\\\'
  return String.fromCharCode(cp)
}

function decodeLine(line: string): string {
  return line.replace(ESCAPE, (all: string, hi: string | undefined, lo: string | undefined) => {
    if (hi === undefined) return all // an escaped backslash: what follows it is text
    const cp = parseInt(hi, 16)
    if (lo === undefined) return decodeOne(cp, all)
    const low = parseInt(lo, 16)
    if (cp >= 0xd800 && cp <= 0xdbff) return String.fromCharCode(cp, low)
    return decodeOne(cp, `\\u${hi}`) + decodeOne(low, `\\u${lo}`)
  })
}

const UTF8_BYTES =
  /\\\\|(?:\\x[cC][2-9a-fA-F]|\\x[dD][0-9a-fA-F]|\\x[eE][0-9a-fA-F]\\x[89abAB][0-9a-fA-F]|\\x[fF][0-4]\\x[89abAB][0-9a-fA-F]\\x[89abAB][0-9a-fA-F])\\x[89abAB][0-9a-fA-F]/g

function decodeUtf8Bytes(text: string): string {
  return text.replace(UTF8_BYTES, (all: string) => {
    if (all.length === 2) return all // an escaped backslash
    const ch = Buffer.from(all.replace(/\\x/g, ''), 'hex').toString('utf8')
    const cp = ch.codePointAt(0)!
    // not UTF-8 (U+FFFD), or a C1 control or line separator: left escaped
    return ch.includes('\uFFFD') || cp < 0xa0 || cp === 0x2028 || cp === 0x2029 ? all : ch
  })
}

// JSON may write `/` as `\/` (PHP, .NET and Java encoders do: `https:\/\/teams.microsoft.com\/l\/…`),
// which hides URLs and paths from every rule. `\/` and `/` parse to the same JSON string and mean
// nothing else anywhere, so the escape is dropped in any line (not after an escaped backslash).
const ESCAPED_SLASH = /(?<!\\)((?:\\\\)*)\\\//g

/** Decodes \uXXXX escapes in the lines that look JSON- or .NET-escaped, \xHH UTF-8 runs and `\/`. */
export function decodeUnicodeEscapes(text: string): string {
  if (text.includes('\\/')) text = text.replace(ESCAPED_SLASH, '$1/')
  if (text.includes('\\x')) text = decodeUtf8Bytes(text)
  let i = text.indexOf('\\u')
  if (i < 0) return text
  let out = ''
  let done = 0
  while (i >= 0) {
    const start = text.lastIndexOf('\n', i) + 1
    let end = text.indexOf('\n', i)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    if (looksEscaped(line)) {
      const decoded = decodeLine(line)
      if (decoded !== line) {
        out += text.slice(done, start) + decoded
        done = end
      }
    }
    i = text.indexOf('\\u', end)
  }
  return done === 0 ? text : out + text.slice(done)
}
