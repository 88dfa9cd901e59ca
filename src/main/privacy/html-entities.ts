// Web pages, HTML mail and XML exports may write any character as a numeric entity, and
// address harvesters' counter-measures do it on purpose: `p&#46;nguyen&#64;example&#46;com`,
// `J&#111;hn`. No rule can read a name or an address through them, so character references
// that stand for a letter, a digit or one of `. @ _ + -` are decoded before the rules run (those
// characters never need escaping in HTML or XML, so the text means the same). Everything else
// (`&#39;`, `&lt;`, `&amp;`) stays as written: the rules read those quotes and brackets in place.

const REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));|&(commat|period|lowbar|plus|hyphen);/g
const NAMED: Record<string, string> = { commat: '@', period: '.', lowbar: '_', plus: '+', hyphen: '-' }

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
  if (!text.includes('&#') && !text.includes('&commat;') && !text.includes('&period;')) return text
  return text.replace(REFERENCE, (all: string, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]!
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec)
    return safe(cp) ? String.fromCharCode(cp) : all
  })
}
