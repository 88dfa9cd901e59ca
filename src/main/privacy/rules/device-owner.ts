import type { Rule } from '../types'
import { PERSON_WORD, rewriteSpans, type NameSpan } from './person-phrases'

// A phone, tablet or laptop named after its owner the way its system names it in languages that put
// the owner after the device (`iPad Pro de Inès`, `Pixel 8 de Lucía`, `iPhone von Anna`) or as Apple's
// Bluetooth names do in brackets (`AirPods Pro (Дмитрий)`): the device stays, the owner's name goes.
// (The possessive before the device, `Hiroshi's iPad`, is the possessive rule's; a host name with the
// owner glued on, `MBP-Wanjiru`, the host name rule's.)
const DEVICE = String.raw`(?:iPhone|iPad|iPod|iMac|MacBook|Mac[ \t]mini|AirPods|Apple[ \t]Watch|Galaxy|Pixel|Surface|ThinkPad)(?:[ \t](?:Pro|Max|Air|mini|Plus|Ultra|Fold\d?|Flip\d?|Tab|Buds\d?|[A-Z]?\d{1,3}[a-z]{0,2}))*`
const OWNER = String.raw`${PERSON_WORD}(?:[ \t]${PERSON_WORD})?`
// (tried sticky where a device word starts: a Unicode look-behind at every position of the text cost more)
const DEVICE_OWNER = new RegExp(
  String.raw`${DEVICE}(?:[ \t]+(?:de|di|da|do|von|van)[ \t]+(${OWNER})|[ \t]*\((${OWNER})\))(?![\p{L}\p{N}_'’-])`,
  'uy'
)
// what a model's name holds in brackets: its connectivity, colour or generation (`iPad (Wi-Fi)`, `iPhone (Midnight)`)
const MODEL_WORDS =
  /^(?:Wi-Fi|Cellular|Wireless|Bluetooth|Space|Gray|Grey|Silver|Gold|Black|White|Blue|Green|Red|Pink|Purple|Yellow|Midnight|Starlight|Graphite|Sierra|Alpine|Retina|Gen|Generation|Late|Early|Mid|Model|Inch|Intel|Apple|Android|Windows|Work|Personal|Guest|Test|Demo|Spare|Loaner)$/
const DEVICE_WORD = /iPhone|iPad|iPod|iMac|MacBook|Mac mini|AirPods|Apple Watch|Galaxy|Pixel|Surface|ThinkPad/g
const WORD_CHAR_BEFORE = /[\p{L}\p{N}_-]/u

export const deviceOwnerRule: Rule = {
  id: 'device-owner',
  category: 'person',
  kind: 'name',
  detector:
    "the owner's name a phone, tablet or laptop is named after, written after the device: `iPad Pro de Inès`, `Pixel 8 de Lucía`, `iPhone von Anna` (de/di/da/do/von/van), or in brackets as Apple's Bluetooth names are (`AirPods Pro (Дмитрий)`)",
  replacement: '<name-N> (the device stays)',
  apply(text, ctx) {
    const spans: NameSpan[] = []
    DEVICE_WORD.lastIndex = 0
    for (let w = DEVICE_WORD.exec(text); w !== null; w = DEVICE_WORD.exec(text)) {
      if (w.index > 0 && WORD_CHAR_BEFORE.test(text[w.index - 1]!)) continue
      DEVICE_OWNER.lastIndex = w.index
      const m = DEVICE_OWNER.exec(text)
      if (m === null) continue
      DEVICE_WORD.lastIndex = w.index + m[0].length
      const name = m[1] ?? m[2]!
      if (name.split(/[ \t]/).some((word) => MODEL_WORDS.test(word))) continue
      const at = w.index + m[0].lastIndexOf(name)
      spans.push({ start: at, end: at + name.length, name })
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}
