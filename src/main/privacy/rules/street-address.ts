import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Street addresses in room inventories, tickets, calendar locations and contact cards: a house
// number and a street name with the word that makes it a street, in the orders the languages use:
//  - number first, street type last (`417 Hudson Street`, `221B Baker St.`, `88 Phillip Street`);
//  - a street word first, number after (`Rue de Rivoli 5`, `Avenida da Liberdade 110`, `Calle de Alcalá 214`,
//    `Av. Paulista, 1578`), or a number first (`12 Rue de la Boétie`, `18 bis, rue Lafayette`);
//  - a compound street name, number after (`Mainzer Landstraße 176`, `Keizersgracht 482`, `Strandvägen 7A`).
// Only the street and number go: the city is kept (support routes by it), postcodes stay. A number
// glued to `.`, `:`, `/` or `-` is part of an address, time or date of another kind (`10.0.0.2 via …`).
const W = String.raw`\p{Lu}[\p{Ll}\p{M}'’.-]*`
const NUMBER = String.raw`\d{1,5}[A-Za-z]?(?:[ \t]?bis)?`
const EN_TYPE = String.raw`(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Dr\.|Way|Court|Place|Square|Terrace|Parkway|Highway|Crescent|Close)`
const ROMANCE = String.raw`(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d\.|Via|Viale|[Cc]alle|[Cc]arrer|[Aa]venida|[Rr]ua|[Pp]raça|[Pp]laza|[Pp]aseo|[Cc]hemin|[Qq]uai)`
const PARTICLE = String.raw`(?:de|del|della|di|da|do|dos|das|des|du|la|le|les|l'|d')`
const COMPOUND = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|gracht|laan|straat|plein|kade|vej|gade|gatan|vägen|väg|gata|veien|gate|katu|tie)`
const ADDRESS = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.:/-])${NUMBER}[ \t]+(?:${W}[ \t]+){0,3}${W}[ \t]+${EN_TYPE}(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}.:/-])${ROMANCE}[ \t]+(?:${PARTICLE}[ \t]*)*(?:${W}[ \t]+){0,3}${W},?[ \t]+${NUMBER}(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}.:/-])${NUMBER},?[ \t]+${ROMANCE}[ \t]+(?:${PARTICLE}[ \t]*)*(?:${W}[ \t]+){0,3}${W}`,
    String.raw`(?<![\p{L}\p{N}.:/-])(?:${W}[ \t]+)?${COMPOUND}[ \t]+${NUMBER}(?![\p{L}\p{N}])`
  ].join('|'),
  'gu'
)
// every alternative holds a street word or a compound's ending: most text has none
const STREET_WORD =
  /Street|St\.|Ave|Road|Rd\.|Boulevard|Blvd|Lane|Drive|Dr\.|Way|Court|Place|Square|Terrace|Parkway|Highway|Crescent|Close|[Rr]ue|[Aa]v|[Bb]d\.|Via|[Cc]alle|[Cc]arrer|[Rr]ua|[Pp]raça|[Pp]laza|[Pp]aseo|[Cc]hemin|[Qq]uai|straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|gracht|laan|straat|plein|kade|vej|gade|gatan|vägen|väg|gata|veien|gate|katu|tie/

export const streetAddressRule: Rule = {
  id: 'street-address',
  category: 'location',
  kind: 'address',
  detector:
    'a house number and a street: number first and an English street type last (`417 Hudson Street`), a Romance street word with the number after or before (`Avenida da Liberdade 110`, `12 Rue de la Boétie`), a compound street name and number (`Mainzer Landstraße 176`, `Keizersgracht 482`); city and postcode kept',
  replacement: '<address-N>',
  gate: (t) => STREET_WORD.test(t),
  apply(text, ctx) {
    return rewrite(text, ADDRESS, (m) =>
      ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0], { kind: 'address', counter: 'address' })
    )
  }
}
