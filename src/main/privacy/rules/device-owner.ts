import type { Rule } from '../types'
import { PERSON_WORD, rewriteSpans, type NameSpan } from './person-phrases'
import { CJK_SURNAME } from './cjk-surnames'
import { nameLists } from '../name-lists'

// A phone, tablet or laptop named after its owner the way its system names it in languages that put
// the owner after the device (`iPad Pro de Inès`, `Pixel 8 de Lucía`, `iPhone von Anna`): the device
// stays, the owner's name goes. (The possessive before the device, `Hiroshi's iPad`, is the possessive
// rule's; a host name with the owner glued on, `MBP-Wanjiru`, the host name rule's. A model's words in
// brackets, `AirPods Pro (Left)`, `iPhone 15 (Natural Titanium)`, say nothing of an owner.)
const DEVICE_WORDS = [
  'iPhone',
  'iPad',
  'iPod',
  'iMac',
  'MacBook',
  'Mac mini',
  'AirPods',
  'Apple Watch',
  'Galaxy',
  'Pixel',
  'Surface',
  'ThinkPad'
]
const DEVICE = String.raw`(?:${DEVICE_WORDS.join('|')})(?:[ \t](?:Pro|Max|Air|mini|Plus|Ultra|Fold\d?|Flip\d?|Tab|Buds\d?|[A-Z]?\d{1,3}[a-z]{0,2}))*`
// (up to four words, particles between them: `iPhone de Ana María Souza`, `iPad de Jean de la Tour`)
const OWNER = String.raw`${PERSON_WORD}(?:[ \t](?:(?:de|da|do|dos|das|del|la|le|van|von|der)[ \t])?${PERSON_WORD}){0,3}`
// (tried sticky where a device word starts: a Unicode look-behind at every position of the text cost more)
const DEVICE_OWNER = new RegExp(String.raw`${DEVICE}[ \t]+(?:de|di|da|do|von|van)[ \t]+(${OWNER})(?![\p{L}\p{N}_'’-])`, 'uy')
// … or in brackets after it, as Duo and device lists name an enrolled phone (`iPhone (Siobhán)`): a name
// no English word is, one word only when it is a listed given name (`(Left)`, `(Natural Titanium)` are a model's)
const DEVICE_BRACKET = new RegExp(String.raw`${DEVICE}[ \t]*\((${OWNER})\)`, 'uy')
function ownerInBrackets(name: string): boolean {
  const lists = nameLists()
  if (lists === undefined) return false
  const words = name.split(/[ \t]+/)
  return words.every((w) => !lists.isWord(w)) && (words.length > 1 || lists.given.has(words[0]!))
}
const DEVICE_WORD = new RegExp(DEVICE_WORDS.join('|'), 'g')
// Korean, Japanese and Chinese put the owner first with a possessive particle, as the systems name
// devices there (`서연의 Galaxy Buds2 Pro`, `美咲のiPhone`, `王伟的MacBook Air`): a whole name of its
// script before the particle, nothing of that script before the name. A name in Han alone is one
// only when it opens with a common family name, or, before `の`, has two characters (a given name:
// `美咲`); so `会議室のiPad` (a meeting room's) and `我们的iPad` (ours) stay. A Hangul name has two or
// three syllables and is none of the words that own things in common speech (`우리의 iPhone`, ours;
// `회사의 MacBook`, the company's); kana only as a Katakana name, not a loanword a room or a test
// is named by (`オフィスのiPad`); Hiragana (`わたしのiPhone`, mine) names no one.
const SURNAME_LED = new RegExp(`^${CJK_SURNAME}`, 'u')
const HAN_ONLY = /^[\p{sc=Han}]+$/u
const OWNER_BEFORE =
  /(?<![\p{sc=Hangul}])([\p{sc=Hangul}]{2,3})의[ \t]?$|(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー])([\p{sc=Han}]{1,6}|[\p{sc=Katakana}ー]{2,6})の[ \t]?$|(?<![\p{sc=Han}])([\p{sc=Han}]{2,4})的[ \t]?$/u
const NOT_AN_OWNER =
  /^(?:우리|저희|회사|회의실|사무실|본사|지점|학교|팀|부서|오피스|テスト|オフィス|ゲスト|ロビー|チーム|ルーム|ラボ|デモ|サポート|システム|ユーザー)$/u
const WORD_CHAR_BEFORE = /[\p{L}\p{N}_-]/u

export const deviceOwnerRule: Rule = {
  id: 'device-owner',
  category: 'person',
  kind: 'name',
  detector:
    "the owner's name a phone, tablet or laptop is named after, written after the device: `iPad Pro de Inès`, `Pixel 8 de Lucía`, `iPhone von Anna` (de/di/da/do/von/van, up to four name words), or in brackets after it, as Duo lists an enrolled phone (`iPhone (Siobhán)`: no English word, one word only a listed given name; `AirPods Pro (Left)` is a model's), or before it with a Korean, Japanese or Chinese possessive: `서연의 Galaxy Buds2 Pro`, `美咲のiPhone`, `王伟的MacBook`",
  replacement: '<name-N> (the device stays)',
  apply(text, ctx) {
    const spans: NameSpan[] = []
    DEVICE_WORD.lastIndex = 0
    for (let w = DEVICE_WORD.exec(text); w !== null; w = DEVICE_WORD.exec(text)) {
      // (the character before the device word, past one blank: `서연의 Galaxy`)
      const b = w.index > 0 && (text[w.index - 1] === ' ' || text[w.index - 1] === '\t') ? w.index - 2 : w.index - 1
      const c = b >= 0 ? text.charCodeAt(b) : 0
      if (c >= 0x3040) {
        const before = text.slice(Math.max(0, w.index - 12), w.index)
        const o = OWNER_BEFORE.exec(before)
        if (o !== null) {
          const name = o[1] ?? o[2] ?? o[3]!
          const han = HAN_ONLY.test(name)
          if (!NOT_AN_OWNER.test(name) && (!han || SURNAME_LED.test(name) || (o[2] !== undefined && name.length === 2))) {
            const at = w.index - before.length + o.index
            spans.push({ start: at, end: at + name.length, name })
          }
          continue
        }
      }
      if (w.index > 0 && WORD_CHAR_BEFORE.test(text[w.index - 1]!)) continue
      DEVICE_OWNER.lastIndex = w.index
      let m = DEVICE_OWNER.exec(text)
      if (m === null) {
        DEVICE_BRACKET.lastIndex = w.index
        m = DEVICE_BRACKET.exec(text)
        if (m === null || !ownerInBrackets(m[1]!)) continue
        const at = w.index + m[0].length - 1 - m[1]!.length
        spans.push({ start: at, end: at + m[1]!.length, name: m[1]! })
        DEVICE_WORD.lastIndex = w.index + m[0].length
        continue
      }
      DEVICE_WORD.lastIndex = w.index + m[0].length
      const name = m[1]!
      const at = w.index + m[0].length - name.length
      spans.push({ start: at, end: at + name.length, name })
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}
