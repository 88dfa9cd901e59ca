import type { Rule } from '../types'
import { rewrite } from '../rewrite'
import { insideToken } from '../token'
import { OTHER_SCRIPT_LETTER, otherScriptAddresses } from './other-script-addresses'

// A postal address written in prose, with no key before it (an RMA note's `Ship replacement to
// 221B Baker Street, London NW1 6XE`, `Lieferadresse … Hauptstraße 12, 10115 Berlin`). Under a key
// (`shipping address: …`) the key table's address family reads it; here the street's own words
// say what it is. Three orders, from one table of street words per language family:
//  - number, name, street word (English): `1600 Amphitheatre Pkwy`;
//  - name glued to its street word, then the number (German, Dutch, Nordic): `Hauptstraße 12`;
//  - number, street word, name (French) or street word, name, number (Spanish, Italian,
//    Portuguese): `12 rue de la Paix`, `Calle Mayor 12`, `Via Roma 1`.
// Each may go on with a unit (`Apt 4B`) and, only when a postcode follows, the city and the postcode
// (a capitalised word after a bare street could be the log's next word: `12 Main St, Status OK`).

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`
// (a flat after the building's number: `Floriańska 14/3`)
const NUMBER = String.raw`\d{1,5}[A-Za-z]?(?:[-–]\d{1,5}[A-Za-z]?)?(?:\/\d{1,4}[A-Za-z]?)?`
const EN_STREET =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Mews|Gardens|Grove|Quay|Wharf|Row|Circle|Cir|Plaza|Trail'
// glued to the name's end, lower case (`Hauptstraße`, `Keizersgracht`, `Storgatan`); at least
// three letters before it, so that no word that merely ends so is one
// (Korean road names end in a hyphenated `-daero`, `-ro` or `-gil`: `Gangnam-daero 382`, `Teheran-ro 152`)
const GLUED_STREET =
  'straße|strasse|str\\.|weg|gasse|allee|platz|straat|laan|gracht|plein|kade|vej|gade|gatan|vägen|veien|gata|katu|-daero|-ro|-gil'
// French, number first, written lower or capitalised (`12 rue de la Paix`, `12 Rue de Rivoli`); not
// the words English also writes after a number (`port 0 via TLS`, `1 route added`, `2 place holders`)
const either = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')
const ROMANCE_BEFORE_NAME = either('rue|avenue|av\\.|boulevard|bd|chemin|allée|impasse|quai')
// (Catalan too: `Carrer de Pallars 193`, `Avinguda Diagonal 640`)
const ROMANCE_FIRST = 'Calle|Via|Viale|Corso|Piazza|Rua|Avenida|Av\\.|Paseo|Rambla|Travessa|Praça|Carrer|Avinguda|Passeig|Plaça'
// Polish abbreviations before the name, the number after (`ul. Floriańska 14/3`, `al. Jerozolimskie 65`)
const SLAVIC_FIRST = '[uU]l\\.|[aA]l\\.|[pP]l\\.'
// Turkish, the name, its street word and `No:` before the number (`Büyükdere Cad. No:185 Kat:7`)
const TR_STREET = 'Caddesi|Cad|Cd|Sokak|Sokağı|Sok|Sk|Bulvarı|Blv|Mahallesi|Mah'
// Norwegian, Swedish and Danish street words written apart, lower case, after the name (`Dronning
// Eufemias gate 16`, `Kungliga vägen 3`): `gate` in lower case only (`Gate 16` is an airport's)
const NORDIC_AFTER_NAME = 'gate|gata|vei|veien|väg|vägen|vej|gade|allé'
// Japanese: block numbers first (chōme-banchi-gō), the district, then the ward (`1-2-3 Marunouchi, Chiyoda-ku`)
const JP_WARD = '(?:ku|shi|cho|machi|gun)'
const PARTICLES = "(?:(?:de|du|des|la|le|les|l'|d'|del|della|dei|di|da|do|dos|das|the|y|yr)[ \\t']+)*"
const UNIT = String.raw`(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl)\.?[ \t]*#?[A-Za-z0-9]{1,6})?`
// UK, Ireland (Eircode), US (state and ZIP), Japan, Poland and the four- and five-digit codes of most of Europe
const POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}|\d{3}[ \t]\d{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|\d{3}-\d{4}|\d{2}-\d{3}|(?:[A-Z]{1,2}-)?\d{4,5})`
// (a city's postal district may follow it: `Dublin 2`)
const CITY = String.raw`${NAME_WORD}(?:[ \t]${NAME_WORD}){0,2}(?:[ \t]\d{1,2})?`
// the city and the postcode in either order (`London NW1 6XE`, `10115 Berlin`, `Mountain View, CA 94043`)
const PLACE = String.raw`(?:,[ \t]*(?:${CITY},?[ \t]*${POSTCODE}|${POSTCODE}[ \t]+${CITY})(?![\p{L}\d]))?`
// A street with no street word (`8 Plas Newydd`, `1 Infinite Loop`) is an address only before a city and a
// postcode no other number has the shape of: a UK one, or a US state and ZIP
const STRONG_PLACE = String.raw`,[ \t]*${CITY},?[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)(?![\p{L}\d])`

const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.:/\\-])(?:` +
    String.raw`${NUMBER}[ \t]+(?:${NAME_WORD}[ \t]+){1,4}(?:${EN_STREET})\.?(?![\p{L}\p{N}])` +
    String.raw`|\p{Lu}[\p{L}\p{M}-]{2,}(?:${GLUED_STREET})[ \t]+${NUMBER}(?![\p{L}\p{N}])` +
    String.raw`|${NUMBER},?[ \t]+(?:${ROMANCE_BEFORE_NAME})[ \t]+${PARTICLES}${NAME_WORD}(?:[ \t]${PARTICLES}${NAME_WORD}){0,3}` +
    String.raw`|(?:${ROMANCE_FIRST})[ \t]+${PARTICLES}${NAME_WORD}(?:[ \t]${PARTICLES}${NAME_WORD}){0,3},?[ \t]+(?:n[º°o]\.?[ \t]?)?${NUMBER}(?![\p{L}\p{N}])` +
    String.raw`|(?:${NAME_WORD}[ \t]+){1,3}(?:${NORDIC_AFTER_NAME})[ \t]+${NUMBER}(?![\p{L}\p{N}])` +
    String.raw`|(?:${SLAVIC_FIRST})[ \t]*${NAME_WORD}(?:[ \t]${NAME_WORD}){0,3}[ \t]+${NUMBER}(?![\p{L}\p{N}])` +
    String.raw`|(?:${NAME_WORD}[ \t]+){1,3}(?:${TR_STREET})\.?[ \t]+No[:.][ \t]?${NUMBER}(?:[ \t]+(?:Kat|D|Daire)[:.][ \t]?\d{1,3})?(?:,[ \t]*\d{5}(?:[ \t]+[\p{L}/]+)?)?` +
    String.raw`|\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+${NAME_WORD},[ \t]*${NAME_WORD}-${JP_WARD}(?![\p{L}\p{N}])` +
    `)${UNIT}${PLACE}` +
    String.raw`|(?<![\p{L}\p{N}_.:/\\-])${NUMBER}[ \t]+${NAME_WORD}(?:[ \t]${PARTICLES}${NAME_WORD}){0,3}${STRONG_PLACE}`,
  'gu'
)
// A street word where the pattern needs one (most chunks hold none): the full pattern runs only
// then. Every alternative opens with a literal or a blank, so the scan skips fast (a letter class
// before them cost 14% of all redaction time); each is a part every match of its order contains.
const STREET_WORD = new RegExp(
  String.raw`[ \t](?:${EN_STREET})(?![A-Za-z0-9])|(?:${GLUED_STREET})[ \t]+\d|[ \t](?:${ROMANCE_BEFORE_NAME})[ \t]|(?:${ROMANCE_FIRST})[ \t]|[ \t](?:${NORDIC_AFTER_NAME})[ \t]+\d|l\.(?<=[uUaApP]l\.)[ \t]*[A-Z\u00C0-\u017F]|-${JP_WARD}\b|[ \t][A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![A-Za-z0-9])|[ \t,][A-Z]{2}[ \t]+\d{5}(?!\d)|[ \t]No[:.][ \t]?\d`
)

export const streetAddressRule: Rule = {
  id: 'street-address',
  category: 'location',
  kind: 'address',
  detector:
    'a postal address without a key: number + capitalised name + street word (`221B Baker Street`, `1600 Amphitheatre Pkwy`), a name glued to its street word + number (`Hauptstraße 12`, `Keizersgracht 123`), number + French street word + name (`12 rue de la Paix`) or Spanish/Italian/Portuguese/Catalan street word + name + number (`Calle Mayor 12`), number + name before a city and a UK postcode or US state + ZIP, Polish `ul.` + name + number, Japanese block numbers + district + ward; in other scripts by the forms their countries write (Japanese postcode or prefecture to block number, Korean city/district/road and number, Chinese province/district/road and 号, Russian/Ukrainian `ул.`/`вул.` street and house with city and postcode, Greek street, number and `185 36`, Hebrew `רחוב`/`דרך`, Arabic `شارع` with a digit, Thai `ซอย`/`ถนน` to a postcode, Vietnamese street, `Phường`, `Quận`); with a unit (`Apt 4B`) and, when a postcode follows, the city and postcode (UK, US state + ZIP, 4–5 digits); English words after a number (`port 0 via TLS`) are no street',
  replacement: '<address-N> (one per address, as the address key family gives)',
  gate: (t) => STREET_WORD.test(t) || OTHER_SCRIPT_LETTER.test(t),
  apply(text, ctx) {
    const latin = STREET_WORD.test(text)
      ? rewrite(text, STREET_ADDRESS, (m) => {
          if (ctx.isKept(m[0])) return undefined
          return ctx.pseudonym(this, m[0], { kind: 'address', counter: 'address' })
        })
      : text
    if (!OTHER_SCRIPT_LETTER.test(latin)) return latin
    // … and in other scripts (other-script-addresses.ts): the earliest of overlapping spans, none holding a token
    const spans = otherScriptAddresses(latin).sort((a, b) => a[0] - b[0] || b[1] - a[1])
    let out = ''
    let last = 0
    for (const [start, end] of spans) {
      const v = latin.slice(start, end)
      if (start < last || v.includes('<') || insideToken(latin, start) || ctx.isKept(v)) continue
      out += latin.slice(last, start) + ctx.pseudonym(this, v, { kind: 'address', counter: 'address' })
      last = end
    }
    return last === 0 ? latin : out + latin.slice(last)
  }
}
