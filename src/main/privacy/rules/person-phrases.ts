import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Person names that no key announces, found by the phrase around them and by their shape:
// 2–4 capitalised words (particles, apostrophes, hyphens, diacritics allowed). The shape alone
// would take product and class names (`Rally Bar Mini`, `PowerManagerService`), so every form
// here needs its phrase: `Booked by …`, `participant '…' joined`, `user Last, First signed in`,
// `… signed in`, a first name's possessive before a room or device noun (`Zoë's Meeting Room`).

/** One capitalised name word: `Zoë`, `O'Sullivan`, `Nguyen-Tran`, `McDonald`, `Łukasz`. */
// (an apostrophe continues a name before a capital or two letters: `O'Sullivan`, not `Zoë's`)
export const PERSON_WORD = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?|(?=['’]\p{Lu}))(?:['’](?:\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]{2,})|-\p{Lu}?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)*`
const PARTICLE = '(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|dos|das|ter|ten|vom|zu|y|Ó|Ní|Nic|Mac|Ua|St\\.?)'
/** 2–4 name words: `Jennifer Mbeki`, `Matteo Van der Berg`, `Ana de la Cruz`. */
export const PERSON_NAME = String.raw`${PERSON_WORD}(?:[ \t](?:${PARTICLE}[ \t]){0,3}${PERSON_WORD}){1,3}`
/** `Last, First` with an optional second word on each side. */
export const LAST_FIRST = String.raw`${PERSON_WORD}(?:[ \t](?:${PARTICLE}[ \t]){0,3}${PERSON_WORD})?,[ \t]${PERSON_WORD}(?:[ \t]${PERSON_WORD})?`
/** Case-insensitive keyword without the `i` flag, which would let `\p{Lu}` match lower case. */
function ci(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      out += c + (source[i + 1] ?? '')
      i++
    } else if (c === '[') {
      inClass = true
      out += c
    } else if (c === ']') {
      inClass = false
      out += c
    } else if (c >= 'a' && c <= 'z') out += inClass ? c + c.toUpperCase() : `[${c}${c.toUpperCase()}]`
    else out += c
  }
  return out
}
const END = String.raw`(?![\p{L}\p{N}_])`
const QUOTES = `["'‘’“”]`

// Verbs whose agent is a person (`Booked by Jennifer Mbeki`).
const BY = ci('(?:booked|organi[sz]ed|invited|hosted|scheduled|reserved|created|modified|updated|shared|requested|approved|declined|accepted|cancell?ed|forwarded|sent|added|removed|assigned)[ \\t]+by')
// Nouns for people taking part (`participant 'X' joined`, `attendee "X"`).
const ROLE = ci('(?:participant|attendee|invitee|organi[sz]er|guest|member|presenter|speaker|host|caller|contact|employee|owner|user)')
// Nouns a first name's possessive names (`Zoë's Meeting Room`, `Hiroshi's iPad`).
const OWNED = ci("(?:meeting room|room|office|desk|phone|iphone|ipad|macbook(?:[ -]pro|[ -]air)?|galaxy|laptop|pc|huddle|space|team|calendar|mailbox|workspace|pixel|watch|airpods)")

// Keys that hold a person's name among other things (a product, an account, a host).
const GENERIC_KEY = ci('(?:name|owner|user|by|from|to|requester|assignee|reporter|holder|person|who)')

const PHRASES = new RegExp(
  [
    // 1: agent after a `… by` verb
    String.raw`(?<![\p{L}])${BY}[ \t]+(${LAST_FIRST}|${PERSON_NAME})${END}`,
    // 2: quoted name after a role noun (the quote may be any kind)
    String.raw`(?<![\p{L}])${ROLE}s?[ \t]+${QUOTES}(${PERSON_NAME}|${LAST_FIRST})${QUOTES}`,
    // 3: `user Last, First` / `user First Last` before a sign-in verb, or any name before it
    String.raw`(?<![\p{L}])(?:${ROLE}[ \t]+)?(${LAST_FIRST}|${PERSON_NAME})(?=[ \t]+${ci('(?:has[ \\t]+)?(?:signed|logged|checked)[ \\t]+(?:in|on|out)')}|[ \t]+${ci('(?:joined|left)[ \\t]+(?:the[ \\t]+)?(?:meeting|call|conference)')})`,
    // 4: `user Last, First` anywhere (a comma between two capitalised words after a role noun)
    String.raw`(?<![\p{L}])${ROLE}[ \t]+(${LAST_FIRST})${END}`,
    // 7: a mail display name before its address (`From: Jane Doe <jane@…>`, `"Doe, Jane" <…>`)
    String.raw`(?<![\p{L}])(${LAST_FIRST}|${PERSON_NAME})(?=["']?[ \t]*(?:<|&lt;)[^<>\s@]{1,64}(?:@|%40|&#0{0,3}64;))`,
    // 6: a person-shaped quoted value under a generic key (`"name":"Zoë O'Sullivan"`, `owner='Last, First'`)
    String.raw`(?<![\p{L}\p{N}_])${GENERIC_KEY}(?:\\?["'])?[ \t]*[:=][ \t]*\\?["'](${PERSON_NAME}|${LAST_FIRST})\\?["']`
  ].join('|'),
  'gu'
)

const NOT_A_NAME = /^(?:The|This|That|These|Those|My|Our|Your|His|Her|Their|Its|A|An|User|Guest|Admin|Administrator|Service|System|Default|Local|Unknown|Anonymous|Meeting|Room|Device|Logitech|Logi|Rally|MeetUp|Tap|Microsoft|Teams|Zoom|Google|Windows|Apple)$/

// A first name's possessive before a room or device noun; runs after the context keys, so an
// SSID such as `"ssid":"Mireille's iPhone"` stays one SSID.
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_'’-])(${PERSON_WORD})(?=['’]s[ \t]+${OWNED}${END})`, 'gu')

export const possessiveNameRule: Rule = {
  id: 'person-possessive',
  category: 'person',
  kind: 'name',
  detector: "a capitalised first name's possessive before a room or device noun (`Zoë's Meeting Room`, `Hiroshi's iPad`)",
  replacement: "<name-N>'s …",
  gate: (t) => t.includes("'s ") || t.includes('’s '),
  apply(text, ctx) {
    return rewrite(text, POSSESSIVE, (m) =>
      NOT_A_NAME.test(m[0]) || ctx.isKept(m[0]) ? undefined : ctx.pseudonym(this, m[0], { kind: 'name', counter: 'name', key: m[0] })
    )
  }
}

export const personPhraseRule: Rule = {
  id: 'person-phrase',
  category: 'person',
  kind: 'name',
  detector: "2–4 capitalised words (particles, apostrophes, hyphens, diacritics) or \"Last, First\" in a phrase that names a person: after `booked/organized/invited/hosted … by`, quoted after participant/attendee/organizer/guest/user, before `signed in`/`logged on`/`joined the meeting`, after a role noun as \"Last, First\", quoted under a generic key (`\"name\":\"Zoë O'Sullivan\"`, owner, user …), a mail display name before `<address>`; runs before the context keys, so a key's value cannot run into the phrase",
  replacement: '<name-N>',
  gate: (t) => /\p{Lu}/u.test(t),
  apply(text, ctx) {
    return rewrite(text, PHRASES, (m) => {
      const gi = m.findIndex((g, i) => i > 0 && g !== undefined)
      if (gi < 0) return undefined
      let name = m[gi]!
      // a name runs up to the first word that names no person (`Booked by Zoë Abernathy Rally Bar`)
      const words = name.split(/(?<=[ \t,])/)
      const stop = words.findIndex((w) => NOT_A_NAME.test(w.replace(/[ \t,]+$/, '')))
      if (stop >= 0) {
        if (stop < 2) return undefined
        name = words.slice(0, stop).join('').replace(/[ \t,]+$/, '')
        if (name.endsWith(',') || !name) return undefined
      }
      if (ctx.isKept(name)) return undefined
      const at = m[0].lastIndexOf(name)
      const token = ctx.pseudonym(this, name, { kind: 'name', counter: 'name', key: name })
      return m[0].slice(0, at) + token + m[0].slice(at + name.length)
    })
  }
}
