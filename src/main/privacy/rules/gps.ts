import type { Rule } from '../types'
import { LINE } from '../line-features'
import { nearAnchor, rewriteAt } from '../rewrite'

// Unlabelled coordinates: a decimal pair with ≥4 decimals each (versions and durations have
// fewer), `geo:`/`geo=` pairs, and hemisphere forms `47.6062N 122.3321W`, also alone when the
// other half went with a neighbouring value (`callerId=… 47.6062N`). Labelled
// `lat=`/`lon=` values are handled by the context rule. A full stop after a pair ends the
// sentence (`location 47.60621,-122.33207.`); one followed by a digit or letter continues a number.
// (the hemisphere may come first, as GPS units and aviation write it: `N 52.52000 E 13.40500`, `S33.8688 E151.2093`)
const GPS =
  /(?<![\w.])[NS][ \t]?\d{1,2}(?:\.\d{1,10})?°?[ \t,]{1,3}[EW][ \t]?\d{1,3}(?:\.\d{1,10})?°?(?![\w.]|,\d)|(?<![\w.])\d{1,3}°[ \t]?\d{1,2}['′][ \t]?\d{1,2}(?:\.\d{1,6})?(?:["″]|'')?[ \t]?[NSEW](?:[ \t,]{1,3}\d{1,3}°[ \t]?\d{1,2}['′][ \t]?\d{1,2}(?:\.\d{1,6})?(?:["″]|'')?[ \t]?[NSEW])?(?![A-Za-z])|(?<![\w.])-?\d{1,2}\.\d{4,10}°?[ \t]?[,;][ \t]?-?\d{1,3}\.\d{4,10}°?(?!(?!_C0{8}(?![A-Za-z0-9]))\w|\.\w)|(?<![\w.])\d{1,2}(?:\.\d{1,10})?°?[ \t]?[NS][ \t,]{1,3}\d{1,3}(?:\.\d{1,10})?°?[ \t]?[EW](?!(?!_C0{8}(?![A-Za-z0-9]))\w)|(?<![\w.])\d{1,3}\.\d{4,10}°?[ \t]?[NSEW](?!(?!_C0{8}(?![A-Za-z0-9]))\w)/y
// Decimal pairs have `.dddd` within 3 characters of the start; hemisphere pairs have N/S then a
// digit within 15 (two digits, ten decimals, degree sign and a space).
// Degrees-minutes-seconds open with at most three digits and a degree sign.
const gpsStarts = nearAnchor([/\.\d{4}/, 3], [/[NS][ \t,]{1,3}\d/, 15], [/\d°/, 2], [/[NS][ \t]?\d/, 0])

export const gpsRule: Rule = {
  id: 'gps',
  category: 'location',
  kind: 'geo',
  needs: LINE.decimals4 | LINE.hemisphere,
  detector:
    'decimal pairs with ≥4 decimals, hemisphere N/S E/W pairs, the letter after or before each number (or one ≥4-decimal hemisphere value), degrees-minutes-seconds (`48°51\'29.6"N 2°17\'40.2"E`); labelled lat/lon/geo via the context rule',
  replacement: '<geo-N>',
  apply(text, ctx) {
    return rewriteAt(text, GPS, gpsStarts(), (m) => {
      if (!m[0].includes('°') && (m[0].includes('N') || m[0].includes('S'))) {
        if (
          !/\d[ \t]?°?[ \t]?[NS]/.test(m[0]) &&
          !/^[NS][ \t]?\d{1,2}(?:\.\d{4,10}|\.\d{1,10}°?[ \t,]{1,3}[EW][ \t]?\d{1,3}\.\d{4,10})/.test(m[0])
        )
          return undefined
      }
      return ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0], { key: m[0].replace(/[ \t°]/g, '') })
    })
  }
}
