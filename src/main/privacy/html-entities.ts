// Web pages, HTML mail and XML exports may write any character as a numeric entity, and
// address harvesters' counter-measures do it on purpose: `p&#46;nguyen&#64;example&#46;com`,
// `J&#111;hn`. HTML mail writes accented letters as named entities (`Beno&icirc;t L&eacute;v&ecirc;que`,
// `ID de la r&eacute;union&nbsp;:`). No rule can read a name, a label or an address through them, so
// character references that stand for a letter, a digit or one of `. @ _ + -` are decoded before the
// rules run (those characters never need escaping in HTML or XML, so the text means the same), and so
// is `&nbsp;` (read as a blank: French typography puts one before every colon). Everything else
// (`&#39;`, `&lt;`, `&amp;`) stays as written: the rules read those quotes and brackets in place.

// (a named letter is a base letter and its mark, `eacute`, `ccedil`, `scaron`: composed by NFC, and decoded
// only when that gives one letter; the letters with no mark to compose are listed)
const MARK = 'grave|acute|circ|tilde|macr|breve|dot|uml|ring|dblac|caron|cedil|ogon'
const REFERENCE = new RegExp(
  `&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));|&(commat|period|lowbar|plus|hyphen|nbsp|AElig|aelig|szlig|ETH|eth|THORN|thorn|Oslash|oslash|OElig|oelig|Lstrok|lstrok|Dstrok|dstrok);|&([A-Za-z])(${MARK});`,
  'g'
)
const NAMED: Record<string, string> = {
  commat: '@',
  period: '.',
  lowbar: '_',
  plus: '+',
  hyphen: '-',
  nbsp: ' ',
  AElig: 'Æ',
  aelig: 'æ',
  szlig: 'ß',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
  Oslash: 'Ø',
  oslash: 'ø',
  OElig: 'Œ',
  oelig: 'œ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Dstrok: 'Đ',
  dstrok: 'đ'
}
const COMBINING: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  macr: '\u0304',
  breve: '\u0306',
  dot: '\u0307',
  uml: '\u0308',
  ring: '\u030a',
  dblac: '\u030b',
  caron: '\u030c',
  cedil: '\u0327',
  ogon: '\u0328'
}

function safe(cp: number): boolean {
  return (
    (cp >= 48 && cp <= 57) ||
    (cp >= 65 && cp <= 90) ||
    (cp >= 97 && cp <= 122) ||
    cp === 46 ||
    cp === 64 ||
    cp === 95 ||
    cp === 43 ||
    cp === 45 ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
  )
}

/** `text` with the references to letters, digits and `. @ _ + -` decoded; unchanged when it has none. */
export function decodeSafeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    REFERENCE,
    (
      all: string,
      hex: string | undefined,
      dec: string | undefined,
      name: string | undefined,
      base: string | undefined,
      mark: string | undefined
    ) => {
      if (name !== undefined) return NAMED[name]!
      if (base !== undefined) {
        const letter = (base + COMBINING[mark!]!).normalize('NFC')
        return letter.length === 1 ? letter : all
      }
      const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return safe(cp) ? String.fromCharCode(cp) : all
    }
  )
}
