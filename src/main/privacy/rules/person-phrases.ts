import { keyedByScript } from '../script-keyed'
import { distributeLeadingGroups, groupByFirstLetter, topLevelAlternatives, TwoStageScan } from '../two-stage-scan'
import type { Rule, RuleContext } from '../types'
import { LINE } from '../line-features'
import { insideToken } from '../token'
import { nameLists } from '../name-lists'
import { isTableKey, LOGITECH_WORD, multiWordKeyAt } from './context-keys'
import { CJK_SURNAME } from './cjk-surnames'

// Person names that no key announces, found by the phrase around them and by their shape:
// 2–4 capitalised words (particles, apostrophes, hyphens, diacritics allowed). The shape alone
// would take product and class names (`Rally Bar Mini`, `PowerManagerService`), so every form
// here needs its phrase: `Booked by …`, `participant '…' joined`, `user Last, First signed in`,
// `… signed in`, a first name's possessive before a room or device noun (`Zoë's Meeting Room`).

/** One capitalised name word: `Zoë`, `O'Sullivan`, `Nguyen-Tran`, `McDonald`, `Łukasz`. */
// (an apostrophe continues a name before a capital or two letters: `O'Sullivan`, not `Zoë's`)
export const PERSON_WORD = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?|(?=['’]\p{Lu}))(?:['’](?:\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]{2,})|-\p{Lu}?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)*`
const PARTICLE = '(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|dos|das|ter|ten|vom|zu|y|Ó|Ní|Nic|Mac|Ua|St\\.?)'
// Verbs whose agent is a person (`Booked by Jennifer Mbeki`, `Meeting started by host …`).
const BY_VERBS = [
  'booked',
  'organi[sz]ed',
  'invited',
  'hosted',
  'scheduled',
  'reserved',
  'created',
  'modified',
  'updated',
  'edited',
  'shared',
  'requested',
  'approved',
  'rejected',
  'declined',
  'accepted',
  'cancell?ed',
  'forwarded',
  'sent',
  'added',
  'removed',
  'assigned',
  'started',
  'initiated',
  'ended',
  'called',
  'dial(?:l)?ed',
  'answered',
  'recorded',
  'admitted',
  'muted',
  'locked',
  'unlocked',
  'reported',
  'submitted',
  'signed',
  'reviewed',
  'owned',
  'managed',
  'claimed',
  'escalated',
  'resolved',
  'acknowledged',
  'transferred',
  'presented',
  'uploaded',
  'chaired',
  'moderated'
]
const BY = ci(`(?:${BY_VERBS.join('|')})[ \\t]+by`)
// A capitalised participle followed by `by` opens the next agent phrase (`Booked by Ann Lee Booked
// by …`; `Ann Lee by client` is a name): a word's shape, not the fifty verbs, so the look-ahead at
// every name word stays cheap.
const OPENS_PHRASE = String.raw`\p{Lu}\p{Ll}{0,20}(?:ed|nt)[ \t]+[bB][yY]:?[ \t]`
/** 2–4 name words: `Jennifer Mbeki`, `Matteo Van der Berg`, `Ana de la Cruz`. */
export const PERSON_NAME = String.raw`${PERSON_WORD}(?:[ \t](?:${PARTICLE}[ \t]){0,3}(?!${OPENS_PHRASE})${PERSON_WORD}){1,3}`
/**
 * A name in a script without capitals, where a phrase names a person: Han (family and given name, two
 * to four characters, a blank between them or none: `郭子涵`, `渡辺 健二`), Hangul (`김민준`) or
 * Katakana (`ヤマダ・タロウ`).
 */
export const CJK_NAME = String.raw`(?:\p{sc=Han}{1,2}[ \t]?\p{sc=Han}{1,3}|\p{sc=Hangul}{1,2}[ \t]?\p{sc=Hangul}{1,3}|[\p{sc=Katakana}ー]{2,10}(?:[・ ][\p{sc=Katakana}ー]{2,10})?)`
/** … after `by`, where an admin console's word may stand, only opening with a common family name (cjk-surnames.ts) */
export const HAN_NAME_BY = String.raw`(?=${CJK_SURNAME})\p{sc=Han}{1,2}[ \t]?\p{sc=Han}{1,3}`
export const CJK_NAME_BY = String.raw`(?:${HAN_NAME_BY}|(?=${CJK_SURNAME})\p{sc=Hangul}{1,2}[ \t]?\p{sc=Hangul}{1,3})`
// the departments and groups that sign a mail (`Thanks,\nFacilities`, `Kind regards, Reception`)
const NOT_A_SIGNER =
  /^(?:Facilities|Reception|Support|Helpdesk|Servicedesk|IT|HR|Admin|Administration|Management|Security|Operations|Ops|Finance|Accounts|Marketing|Sales|Legal|Procurement|Engineering|Everyone|All|Team|Staff|Desk|Workplace|Office)$/
// the roles an admin console writes where a name could stand (administrator, system, user)
export const NOT_A_CJK_NAME = /^(?:管理者?|管理員|管理员|系统|系統|用户|用戶|使用者|システム|ユーザー?|관리자|시스템|사용자)$/u
/** `Last, First` with an optional second word on each side. */
// (the given name opens no next phrase: `Booked by X Y, Booked by …`)
export const LAST_FIRST = String.raw`${PERSON_WORD}(?:[ \t](?:${PARTICLE}[ \t]){0,3}${PERSON_WORD})?,[ \t](?!${OPENS_PHRASE})${PERSON_WORD}(?:[ \t]${PERSON_WORD})?`
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
    } else if (c.toUpperCase() !== c && c.toUpperCase().length === 1)
      // (every cased letter, not only a–z: `Üdvözlettel`, `Спасибо`)
      out += inClass ? c + c.toUpperCase() : `[${c}${c.toUpperCase()}]`
    else out += c
  }
  return out
}
const END = String.raw`(?![\p{L}\p{N}_])`
const QUOTES = `["'‘’“”]`
// … or a CSV cell's doubled quote
const CELL_QUOTES = `(?:""|${QUOTES})`

// Nouns for people taking part (`participant 'X' joined`, `attendee "X"`).
const ROLES = [
  'participant',
  'attendee',
  'invitee',
  'organi[sz]er',
  'guest',
  'member',
  'presenter',
  'speaker',
  'host',
  'caller',
  'contact',
  'employee',
  'owner',
  'user'
]
const ROLE = ci(`(?:${ROLES.join('|')})`)
// Nouns a first name's possessive names (`Zoë's Meeting Room`, `Hiroshi's iPad`).
const OWNED = ci(
  '(?:(?:personal[ \\t]+)?meeting room|personal room|room|office|desk|phone|iphone|ipad|macbook(?:[ -]pro|[ -]air)?|galaxy|laptop|pc|huddle|space|team|calendar|mailbox|workspace|pixel|watch|airpods|surface|headset|headphones|jabra|poly|plantronics|bose|sony|sennheiser|beats|airpods|galaxy buds|pixel buds|buds|earbuds|keys|wallet|airtag|backpack|bag|tablet|kindle|car|bike|mac mini|mac studio|mac pro|imac|magic keyboard|magic mouse|magic trackpad|keyboard|mouse|trackpad|apple pencil|pencil)'
)

// A title before a name (`organised by Dr. Chidi Okonkwo-Adebayo`) is no part of it.
// (and other languages' before a family name: `Herr Østergaard`, `Frau Schulze-Brandt`, `Mme Lefèvre`,
// `Sra. Ortega`, `Dhr. Jansen`; not `Sr.`, a senior engineer's)
const HONORIFIC = '(?:Dr|Mr|Mrs|Ms|Mx|Prof|Herr|Frau|Mme|Mlle|Sra|Srta|Dhr|Mevr)'
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?[ \t]+)?`
// Words that say who holds a role now or held it before (`new organizer …`, `previous presenter …`).
const ROLE_HOLDER_WORDS = '(?:previous|new|current|former|next|acting|assigned)'
const ROLE_HOLDER = ci(ROLE_HOLDER_WORDS)
// (meeting roles only: `new user Interface Settings`, `new host Name Resolution` name no one)
const HELD_ROLES = ['presenter', 'organi[sz]er', 'speaker', 'attendee', 'participant', 'owner', 'caller', 'invitee', 'guest']
const HELD_ROLE = ci(`(?:${HELD_ROLES.join('|')})`)
// What a meeting role's holder does, right after their name (an auxiliary or a meeting verb)
const HOLDER_VERB = String.raw`(?:did|does|has|had|was|is|will|would|could|cannot|can't|didn't|hasn't|wasn't|checked|joined|left|declined|accepted|tentatively|cancell?ed|responded|confirmed|arrived|started|ended|rejoined|dropped)(?![\p{L}])`
// What a meeting client logs a participant doing, before a colon and the name
const HOLDER_EVENT = ci('(?:joined|left|rejoined|dropped|admitted|removed|added|invited|connected|disconnected|muted|unmuted)')
const EVENT_COLON = new RegExp(`${HOLDER_EVENT}[ \\t]*:[ \\t]*`, 'y')
// How a role passes between people (`owner changed from … to …`, `organizer set to …`).
const HANDED_WORDS = '(?:changed|set|transferred|reassigned|moved|handed over)'
const HANDED = ci(HANDED_WORDS)
// Things held with someone (`call with …`, `1:1 with …`), and talking with someone (`Spoke with …`,
// as a support engineer's note writes it).
const WITH_WORDS = '(?:call|meeting|chat|session|conversation|sync|1:1|spoke|spoken|talked|met|chatted|emailed|texted)'
const WITH_NOUN = ci(WITH_WORDS)
// what hands a thing to someone or tells them of it (also written in capitals as a field: `Checked out to`)
const RECIPIENT_WORDS =
  '(?:(?:checked out|issued|loaned|lent|handed(?: over)?|shipped|escalated|assigned|reassigned)[ \\t]+to|notified|contacted|informed|paged|alerted)'
const RECIPIENT_VERB = ci(RECIPIENT_WORDS)
// How a message is signed (`Thanks, Ji-hoon`, `Kind regards,` and the name on the next line): a
// support ticket pastes the customer's mails whole.
// (and as mail in the other languages the localized labels are read in closes: `Viele Grüße,`, `Cordialement,`, `Un saludo,`)
const SIGN_OFFS = [
  ...['many thanks', 'thanks', 'thank you', 'kind regards', 'best regards', 'warm regards', 'regards', 'best wishes'],
  ...['cheers', 'sincerely', 'rgds', 'mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en', '(?:viele|beste|liebe) gr(?:ü|ue|u)(?:ß|ss)e'],
  ...['gr(?:ü|ue|u)(?:ß|ss)e', 'vielen dank', 'danke', 'bien cordialement', 'cordialement', 'bien à vous', 'merci beaucoup'],
  ...['merci', 'un saludo', 'saludos', 'atentamente', 'muchas gracias', 'gracias', 'cordiali saluti', 'distinti saluti'],
  ...['saluti', 'grazie', 'atenciosamente', 'abraços', 'obrigad[oa]', 'met vriendelijke groet', 'vriendelijke groeten'],
  ...['groeten', 'bedankt', 'z poważaniem', 'pozdrawiam', 'dziękuję', '(?:med )?vänliga hälsningar', '(?:med )?venn?lig hilsen'],
  ...['ystävällisin terveisin', 'terveisin', 's pozdravem', 'saygılarımla', 'teşekkürler', 'mvh', 'tack', 'tak', 'kiitos'],
  ...['děkuji', 'iyi çalışmalar', 'с уважением', 'спасибо', 'üdvözlettel', 'köszönöm', 'tisztelettel']
]
const SIGN_OFF_WORDS = `(?:${SIGN_OFFS.join('|')})`
// (the English ones, which took a single word before the name lists were consulted: `Thanks, Ji-hoon`)
const ENGLISH_SIGN_OFF = new RegExp(
  `^(?:${SIGN_OFFS.slice(0, SIGN_OFFS.indexOf('mit freundlichen gr(?:ü|ue|u)(?:ß|ss)en')).join('|')})`,
  'i'
)
const SIGN_OFF = ci(SIGN_OFF_WORDS)
// A mail's greeting, alone on its line (`Hi Javier,`, `Hallo Herr Brandt,` is the honorific's): in the
// languages the sign-offs and localized labels are read in
const GREETINGS = [
  ...['Hi', 'Hello', 'Hey', 'Dear', 'Good (?:morning|afternoon|evening)', 'Hallo', 'Liebe', 'Lieber', 'Guten (?:Morgen|Tag)'],
  ...['Bonjour', 'Bonsoir', 'Salut', 'Cher', 'Chère', 'Hola', 'Buenos días', 'Buenas tardes', 'Estimad[oa]', 'Querid[oa]'],
  ...['Ciao', 'Buongiorno', 'Gentile', 'Car[oa]', 'Olá', 'Oi', 'Bom dia', 'Prezad[oa]', 'Beste', 'Hoi', 'Goedemorgen'],
  ...['Dzień dobry', 'Witam', 'Cześć', 'Hej', 'Hejsan', 'Hei', 'Moi', 'Dobrý den', 'Ahoj', 'Merhaba', 'Здравствуйте'],
  ...['Добрый день', 'Привет', 'Kedves', 'Szia', 'Tisztelt']
]
const GREETING_WORDS = `(?:${GREETINGS.join('|')})`
// A value's new or old name: `display name to '…'`, `renamed from "…"`, `name is '…'`, `name changed from '…'`.
const NAME_CHANGE_WORDS = '(?:name|renamed)[ \\t]+(?:(?:changed|set|updated)[ \\t]+)?(?:to|as|is|was|from)'
const NAME_CHANGE = ci(NAME_CHANGE_WORDS)
// An HTML link to a mail address, up to the start of its text: `<a href="mailto:…">`.
const MAILTO_LINK = String.raw`[mM][aA][iI][lL][tT][oO]:[^"'\n]{1,300}["'][^<>\n]{0,200}>[ \t]*`
// Keys that hold a person's name among other things (a product, an account, a host).
const GENERIC_KEY = ci('(?:name|owner|user|by|from|to|requester|assignee|reporter|holder|person|who)')
// A quote as written raw, JSON-escaped or as an HTML entity (`display=&quot;Kowalczyk, Marta&quot;`).
const VALUE_QUOTE = String.raw`(?:\\?["']|&quot;|&#0*3[49];|&apos;)`

// Names after their phrase, tried (sticky) only where the keyword scan below found the phrase's
// first word: one native keyword scan instead of a Unicode look-behind at every position.
const AFTER = new RegExp(
  [
    // agent after a `… by` verb, also as a field (`Booked by: …`) and after a role noun (`by host …`)
    String.raw`${BY}:?[ \t]+(?:${ROLE}[ \t]+)?${TITLE}(${LAST_FIRST}|${PERSON_NAME}|${CJK_NAME_BY})${END}`,
    // a role noun with a word that says someone holds it (`previous presenter Björk Guðmundsdóttir`)
    // (tried where the role noun's own anchor hits; the holder word is looked for behind it)
    String.raw`(?<=${ROLE_HOLDER}[ \t]+)${HELD_ROLE}[ \t]+${TITLE}(${LAST_FIRST}|${PERSON_NAME})${END}`,
    // a role handed from one person to another (`Room owner changed from Lee, Min-jun to Park, Ji-woo`)
    String.raw`${ROLE}[ \t]+(?:${HANDED}[ \t]+)?from[ \t]+${TITLE}(${LAST_FIRST}|${PERSON_NAME})(?:[ \t]+to[ \t]+${TITLE}(${LAST_FIRST}|${PERSON_NAME}))?${END}`,
    String.raw`${ROLE}[ \t]+${HANDED}[ \t]+to[ \t]+${TITLE}(${LAST_FIRST}|${PERSON_NAME})${END}`,
    // the two sides of a one-to-one meeting's title (`1:1 Hiroshi Tanaka / Lena Vogel`, `1:1 Sven & Aiko`):
    // the title says both are people, so single first names count here
    String.raw`1:1[ \t]+(?:with[ \t]+)?(${PERSON_WORD}(?:[ \t]${PERSON_WORD}){0,3})[ \t]*[/&+][ \t]*(${PERSON_WORD}(?:[ \t]${PERSON_WORD}){0,3})${END}`,
    // the other side of a call or meeting (`Support call with Giovanni Rossi about …`)
    String.raw`${WITH_NOUN}[ \t]+with[ \t]+${TITLE}(${LAST_FIRST}|${PERSON_NAME})${END}`,
    // a device or a ticket handed to a person, or a person told of something (`Dock checked out to Priyanka
    // Venkataraman`, `muted for 00:12:30, notified Ngozi Eze, +234 …`): two to four name words, no thing's
    String.raw`${RECIPIENT_VERB}[ \t]+${TITLE}(?<recipient>${PERSON_NAME})${END}`,
    // a meeting role's holder named bare before what they did (`organizer Chen Jing 陈静 did not check in`,
    // `attendee Ama Owusu declined`): the verb after the words says they are someone
    String.raw`${HELD_ROLE}[ \t]+${TITLE}(?<holder>${PERSON_NAME})(?:[ \t]+(${CJK_NAME}))?(?=[ \t]+${HOLDER_VERB})`,
    // a meeting role's holder named bare at the end of a clause (`…, account owner Ngozi Okonkwo-Bello`,
    // `organizer Chen Jing.`): two to four name words, a thing's word ends them (`owner Facilities Team`)
    String.raw`${HELD_ROLE}[ \t]+${TITLE}(?<closing>${PERSON_NAME})(?=[ \t]*(?:[,;.)]|\r?\n|$))`,
    // … or after what they did and a colon, as meeting clients log it (`participant joined: Seán Ó Briain (iPhone)`,
    // `attendee left: 渡辺 美咲`)
    String.raw`${HELD_ROLE}[ \t]+${HOLDER_EVENT}[ \t]*:[ \t]*${TITLE}(${LAST_FIRST}|${PERSON_NAME}|${CJK_NAME})${END}`,
    // … or in Han or Hangul opening with a common family name, whatever follows (`organizer 田中 裕子 error CAA20002`)
    String.raw`${HELD_ROLE}[ \t]+(${CJK_NAME_BY})${END}`,
    // quoted name after a role noun (the quote may be any kind)
    String.raw`${ROLE}s?[ \t]+${QUOTES}(${PERSON_NAME}|${LAST_FIRST}|${CJK_NAME})${QUOTES}`,
    // `user Last, First` (a comma between capitalised words after a role noun)
    String.raw`${ROLE}[ \t]+(${LAST_FIRST})${END}`,
    // a quoted name a name change or a mail link names (`display name to 'Yuki Nakamura-Smith'`,
    // `renamed from "…"`, `<a href="mailto:…">Lucía Fernández</a>`)
    // (both names of a change, also in a CSV cell's doubled quotes: `User name changed from ""Nkosi Dlamini"" to ""…""`)
    String.raw`${NAME_CHANGE}[ \t]+${CELL_QUOTES}(${PERSON_NAME}|${LAST_FIRST})${CELL_QUOTES}(?:[ \t]+to[ \t]+${CELL_QUOTES}(${PERSON_NAME}|${LAST_FIRST})${CELL_QUOTES})?`,
    String.raw`${MAILTO_LINK}(${PERSON_NAME}|${LAST_FIRST})(?=[ \t]*(?:<|&lt;)/)`,
    // a person-shaped quoted value under a generic key (`"name":"Zoë O'Sullivan"`, `owner='Last, First'`)
    // (a thing's word ends the name, as after `by`: RoomOS's `ConnectedDevice 1003 Name: "Cisco Webex Room Navigator"`)
    String.raw`${GENERIC_KEY}(?:\\?["'])?[ \t]*[:=][ \t]*${VALUE_QUOTE}(?<generic>${PERSON_NAME}|${LAST_FIRST})${VALUE_QUOTE}`,
    // a meeting's host named bare after `host:` (Zoom Rooms: `host:Priya Nair, hostEmail:…`), up to a
    // delimiter; a machine's name has no blank, so it stays the host key's
    String.raw`${ci('host')}[ \t]*[:=][ \t]*(${PERSON_NAME})(?=[ \t]*(?:[,;|)\]}]|$))`,
    // a SIP `display` parameter that reads "Last, First" (a screen's display="Main Screen" is no one's)
    String.raw`${ci('display')}[ \t]*[:=][ \t]*${VALUE_QUOTE}(${LAST_FIRST})${VALUE_QUOTE}`,
    // a person addressed by an honorific, also by the family name alone (`customer contact Ms.
    // O'Donnell-Reyes confirmed`, `Mr Tanaka agreed`); `ms` is a duration's unit, so the case counts
    String.raw`(?<![\p{L}\p{N}_.])${HONORIFIC}\.?[ \t]+(${PERSON_NAME}|${PERSON_WORD})${END}`,
    // the addressee of a shipment or a letter (`Ship to Attn: Niamh Ó Súilleabháin, 4 Grand Canal Quay`,
    // `c/o Kwame Mensah`), and a contact named bare after its key (`Room contact: Takahashi Ren.`)
    // (a thing's word ends the name, as after `by`: `ATTN: Facilities Desk`, `contact Support Team`)
    String.raw`(?:${ci('attn')}|${ci('attention')}|[cC]\/[oO]|${ci('contact')})[ \t]*[.:]?[ \t]+${TITLE}(?<addressee>${LAST_FIRST}|${PERSON_NAME})${END}`,
    // the name that signs a message, ending its line (alone after the sign-off's own line and a comma):
    // one word is enough here, a thing's word is no one (`Thanks, Support Team`)
    // (or before a signature's bar: `Best regards, Mai · Logitech Support · +44 …`)
    String.raw`${SIGN_OFF}(?:,?[ \t]+|,[ \t]*\r?\n[ \t]*)(?<signer>${PERSON_NAME}|${PERSON_WORD})(?=[ \t]*(?:[.!][ \t]*)?(?:\r?\n|$)|[ \t]+[|•·][ \t])`,
    // the name a mail greets, the greeting alone on its line: one word is enough, as after a sign-off
    // (or the greeting and its name, a comma, and the message on the same line: `Hi Siobhán, thanks for …`)
    String.raw`(?<=(?:^|\n)[ \t]{0,8})${GREETING_WORDS},?[ \t]+(?<greeted>${PERSON_NAME}|${PERSON_WORD})(?=[ \t]*(?:[,:!]?[ \t]*(?:\r?\n|$)|,[ \t]+\S))`,
    // a person @-mentioned in a ticket or chat (`@Maarten van der Berg could you check`, `@Priya`): one word
    // only as a listed given name, more only without a thing's word (`@Facilities Team` is a group); in
    // Latin letters (other scripts' mentions are other-script-names')
    String.raw`(?<![\p{L}\p{N}_.@])@(?=[A-Z\u00C0-\u024F])(?<mentioned>${PERSON_NAME}|${PERSON_WORD})${END}`,
    // a listed given name alone after a verb of talking with or asking someone, or `per` (`Spoke with Priya
    // in Facilities`, `Per Chloé at Kestrel`, `ask Tomasz W. before deploying`), or after `with` in German,
    // Spanish, Italian, French, Portuguese or Dutch (`wie mit Hamid besprochen`, `habló con Lucía`), before
    // prose or punctuation only (not the first word of a longer capitalised phrase)
    String.raw`(?:${WITH_NOUN}[ \t]+(?:with|to)|${ci('per')}|${ci('ask')}|${ci('asked')}|${ci('told')}|${ci('pinged')}|(?<![\p{L}\p{N}_.@/-])(?:mit|con|avec|com|met))[ \t]+(?<lone>${PERSON_WORD}(?:[ \t]+\p{Lu}\.)?)(?=[ \t]*(?:[,;:!?)]|\.(?!\w)|\r?\n|$)|[ \t]+\p{Ll})`,
    // a name after `by` and any word (`Huddle started in #eng-platform by Thabo Nkosi`, `booking by …`,
    // `Ticket #88213 opened by …`): two to four name words, none a thing's (`blocked by Group Policy`)
    // (or a date, a time or a number: `Installed 02/11 by Pádraig Ó Conchúir`)
    String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}/.:-]*[ \t]+[bB][yY][ \t]+${TITLE}(${PERSON_NAME}|${CJK_NAME_BY})${END}`
  ].join('|'),
  'uy'
)
// (longer phrases first: the anchor must end where the name may begin; an agent verb is looked
// for behind `by`, so the scan runs on two letters, not on fifty verbs at every position)
// (the sign-offs and greetings in another script only in text holding it: script-keyed.ts)
// (a sign-off opens a word: `tack ` inside `stack trace` is none, and was thousands of hits to try)
function afterAnchor(signOffs: string, greetings: string): RegExp {
  return new RegExp(
    `by(?<=(?:${BY_VERBS.join('|')})[ \\t]+by):?[ \\t]+(?:(?:${ROLES.join('|')})[ \\t]+)?|${NAME_CHANGE_WORDS}[ \\t]|mailto:|(?:${ROLES.join('|')})[ \\t]+(?:${HANDED_WORDS}[ \\t]+)?(?:from|to)[ \\t]+|${WITH_WORDS}[ \\t]+(?:with|to)[ \\t]+|${RECIPIENT_WORDS}[ \\t]+|1:1[ \\t]+|(?:${ROLES.join('|')})s?[ \\t]|(?:name|owner|user|by|from|to|requester|assignee|reporter|holder|person|who|display|host)\\\\?["']?[ \\t]*[:=]|(?:mrs?|ms|mx|dr|prof|herr|frau|mme|mlle|sra|srta|dhr|mevr)\\.?[ \\t]|(?:per|ask|asked|told|pinged)[ \\t]+|(?<![\\w.@/-])(?:mit|con|avec|com|met)[ \\t]+|@|(?:attn|attention|c\\/o|contact)[ \\t]*[.:]?[ \\t]|(?<![A-Za-z])${signOffs}(?:,?[ \\t]+|,[ \\t]*\\r?\\n[ \\t]*)|(?<![A-Za-z])${greetings}(?<=(?:^|\\n)[ \\t]{0,8}${greetings}),?[ \\t]|by[ \\t]+`,
    'gi'
  )
}
// (found first by the anchors grouped under their first letter, then read by the ordered pattern: two-stage-scan.ts)
const anchorScan = keyedByScript((take) => {
  const exact = afterAnchor(`(?:${SIGN_OFFS.filter(take).join('|')})`, `(?:${GREETINGS.filter(take).join('|')})`)
  const finder = new RegExp(groupByFirstLetter(distributeLeadingGroups(topLevelAlternatives(exact.source))), 'gi')
  return new TwoStageScan(finder, new RegExp(exact.source, 'iy'))
})

// Words that make two capitalised words a thing's name, not a person's, after `by`
// (`managed by Intune Company Portal`, `blocked by Group Policy`, `signed by Contoso Ltd`)
const THING_WORD =
  /(?<![\p{L}])(?:Channel|Channels|Input|Output|Policy|Policies|Group|Groups|Service|Services|Manager|Agent|Client|Server|Update|Updates|Portal|Center|Centre|Defender|Corporation|Corp|Inc|Ltd|LLC|GmbH|AG|SA|Support|Desk|Team|Security|Network|Amazon|Cisco|Intune|Azure|Office|Outlook|Exchange|Chrome|Edge|Firefox|Java|Python|Node|Apache|Oracle|Linux|Android|Mac|Rule|Rules|Task|Tasks|Job|Jobs|Process|System|Systems|Software|Foundation|Project|Version|Name|Date|Time|Type|Size|Order|Default|Settings|Config|Configuration|Admin|Administrators|Users|Device|Devices|Controller|Driver|Drivers|Firmware|Camera|Speaker|Display|Hub|Bar|Board|Pad|App|Application|Store|Cloud|Online|Connect|Sync|Tune|Room|Rooms|Zoom|Webex|Slack|Jira|Confluence|Bot|API|SDK|Kit|Alert|Alerts|Notification|Notifications|Noreply|No-Reply|Reminder|Reminders|Mailer|Monitoring|Tier|Level|Queue|Escalation)(?![\p{L}])/u

/** `value` holds a thing's word (`Facilities Team`, `AV Support`): a group's or a product's name, no one's. */
export function holdsThingWord(value: string): boolean {
  return THING_WORD.test(value)
}

/** The name words before the first thing's word, or undefined when fewer than two are left. */
function beforeThingWord(name: string): string | undefined {
  const thing = name.search(THING_WORD)
  if (thing < 0) return name
  const cut = name.slice(0, thing).replace(/[ \t,]+$/, '')
  return /[ \t]\S/.test(cut) ? cut : undefined
}

/** Start of the word before the blanks before `at` (the verb of `Booked by`, or a date's `02/11`). */
function wordBefore(text: string, at: number): number {
  let i = at
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  while (i > 0 && /[A-Za-z0-9/.:-]/.test(text[i - 1]!)) i--
  return i
}
/** The opening quote within 120 characters before `semi` on its line, with a comma after it; else -1. */
function listQuoteBefore(text: string, semi: number): number {
  let comma = false
  for (let j = semi - 1; j >= 0 && j >= semi - 120; j--) {
    const c = text.charCodeAt(j)
    if (c === 10) return -1
    if (c === 44) comma = true
    else if (c === 34 || c === 0x201c) return comma ? j : -1
  }
  return -1
}
const NAME_LIST = new RegExp(String.raw`["“](${LAST_FIRST}(?:;[ \t]*${LAST_FIRST})+)["”]`, 'uy')

// Names before their phrase:
//  - a sign-in or meeting verb after them (`Halvorsen, Ingeborg logged on`, `… joined the meeting`);
//  - a meeting invitation's sentence after them, as Zoom and Teams write it in each language
//    (`Line Østergaard is inviting you to a scheduled Zoom meeting.`, `… lädt Sie zu einem …`);
//  - a mail address in angle brackets (`From: Jane Doe <jane@…>`), or any angle-bracket address
//    after a quoted display name (SIP's `"Lindqvist Erik" <sip:…>`; not a token: `"…"<email-1>` is
//    an address glued on that another rule took);
//  - a phone number in parentheses (`Facilities: Oluwaseun Bakare (+44 20 7946 0321)`), a quoted
//    address after a quoted name and a comma (a Python tuple: `("Ciarán O'Brien", 'co@…')`);
//  - a document's extension after ` - Name` (`Performance Review 2023 - Dvořáková, Kateřina.pdf`),
//    and the closing quote of a meeting's or document's title after ` - Name` or `: Name`.
// A bare `joined`/`left`/`dropped` (no meeting named) counts only after a role noun
// (`participant Fatima Al-Sayed joined`), not after any capitalised words (`Rally Hub joined`).
// (every match opens where a run of blanks does, or at a character that is no blank: tried inside a
// run, the leading `[ \t]+` would read the rest of the run again at each of its positions, quadratic
// in a line of blanks)
const BEFORE_ANCHOR =
  /(?<![ \t])(?:[ \t]+\((?:Work notes|Additional comments|Comments)\)|[ \t]+(?:is inviting you|has invited you|invites you|lädt Sie|vous invite|le está invitando|te está invitando|ti sta invitando|la sta invitando|está convidando você|está te convidando|nodigt u uit|nodigt je uit|zaprasza|bjuder in dig|inviterer dig|inviterer deg|kutsuu sinut|vás zve|приглашает вас|meghívta Önt|meghívja Önt)(?![a-zà-ÿ])|[ \t]+(?:has[ \t]+)?(?:signed|logged|checked)[ \t]+(?:in|on|out)(?![a-z])|[ \t]+(?:is[ \t]+(?:now[ \t]+)?(?:presenting|sharing)|(?:started|stopped)[ \t]+(?:screen[ \t]+)?sharing)(?![a-z])|[ \t]+(?:joined|left)[ \t]+(?:the[ \t]+)?(?:meeting|call|conference)|[ \t]+(?:has[ \t]+)?(?:joined|left|dropped|disconnected|reconnected|was admitted|was removed)(?![a-z])|[ \t]+(?:said|says|wrote|writes|mentioned|confirmed|reported|asked|noted|replied|commented|explained|agreed|suggested)(?![a-z])|["']?[ \t]*(?:<|&lt;|\()[^<>()\s@]{1,64}(?:@|%40|&#0{0,3}64;)|"[ \t]*(?:<(?![a-z][a-z0-9]*(?:-[a-z0-9.:/]+)*-\d+>)|&lt;)|["'],[ \t]*["'][^"'\s@<>]{1,64}@|\.(?:docx?|xlsx?|pptx?|pdf|od[tsp]|rtf|txt|msg|eml|pages|numbers|key)(?![\w.])|["'](?=[\s,;:)\]}|]|$)|[ \t]*\((?=(?:\+\(?\d|0\d|\d{2,4}[ .-]\d)[\d \t().-]{4,22}\)))/gi
const DASH_BEFORE = /[-–—][ \t]+$/
const SHARING_VERB = /presenting|sharing/i
const HONORIFIC_FIRST = new RegExp(String.raw`^(?:${HONORIFIC}|Sir|Dame)\.?[ \t]`)
const SPEECH_VERB =
  /^[ \t]+(?:said|says|wrote|writes|mentioned|confirmed|reported|asked|noted|replied|commented|explained|agreed|suggested)$/
const LOWER_OR_MARK = /[\p{Ll}\p{M}]/u
const TITLE_KEY = /subject|topic|title|summary|meeting|event|invitation/i
const KEY_BEFORE_COLON = /([A-Za-z][A-Za-z -]{0,30}):[ \t]+$/
/** The last one to three words of `phrase` are a key of the table (`… Wi-Fi network`). */
function keyEndsPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/[ \t]+/)
  for (let n = 1; n <= Math.min(3, words.length); n++) if (isTableKey(words.slice(-n).join(' '))) return true
  return false
}
// a meeting's or document's quoted title (under subject/topic/title/summary/meeting/event), its words,
// then a dash or colon inside the quotes, right before a name; other quoted text (`reason: "Error -
// Access Denied"`) says nothing of people
const TITLE_BEFORE =
  /(?:subject|topic|title|summary|meeting|event|invitation)[\w ]{0,20}?["']?[ \t]*[:=]?[ \t]*["'][^"'\n]{0,200}?\p{L}[^"'\n]{0,200}?(?:[ \t][-–—]|:)[ \t]+$/iu
// another name and a slash or ampersand before the last one (`Ingrid Haugen / Pedro Álvarez`)
const PAIR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${PERSON_NAME})[ \t]*[/&][ \t]*$`, 'u')
const BARE_MEETING_VERB = /^[ \t]+(?:has[ \t]+)?(?:joined|left|dropped|disconnected|reconnected|was admitted|was removed)$/i
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${ROLE}[ \t]+)?(${LAST_FIRST}|${PERSON_NAME})$`, 'u')
const LOOKBACK = 120
// RFC 2047 encoded words (`=?UTF-8?B?SW5ncmlk…?=`, `=?iso-8859-1?Q?Zo=EB_Moreau?=`) before `<address>`
const ENCODED_NAME_BEFORE =
  /(?<![^\s"',:;])=\?[\w-]{1,40}\?[BbQq]\?[^?\s]{1,300}\?=(?:\s+=\?[\w-]{1,40}\?[BbQq]\?[^?\s]{1,300}\?=)*(?=["']?$)/

// (function and status words open no one's name: Jira's `"status":{"name":"In Progress"}`)
const NOT_A_NAME =
  /^(?:The|This|That|These|Those|My|Our|Your|His|Her|Their|Its|A|An|User|Guest|Admin|Administrator|Service|System|Default|Local|Unknown|Anonymous|Meeting|Room|Device|Logitech|Logi|Rally|MeetUp|Tap|Microsoft|Teams|Zoom|Google|Windows|Apple|In|On|At|To|For|Of|And|Or|Not|No|Is|Are|Was|Be|All|Any|Some|New|Open|Closed|Done|Pending|Active|Inactive|Ready|Waiting|Resolved|Completed|Failed|Success|Error|Warning|Critical|High|Low|Medium|Normal|Alert|Alerts|Notification|Notifications|Noreply|Reminder|Reminders|Mailer)$/

// A first name's possessive before a room or device noun; runs after the context keys, so an
// SSID such as `"ssid":"Mireille's iPhone"` stays one SSID.
const POSSESSIVE_ANCHOR = /['’]s[ \t]+/g
// (up to three words: `Nguyễn Thị Lan's Personal Meeting Room`; a leading word no name opens is dropped)
// (an opening quote may stand before the name: `name 'Kwame’s AirPods Pro'`; an apostrophe inside a
// word may not: `O'Brien`'s `Brien` is no first name)
const WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_’-]|[\p{L}\p{N}]')(?:${PERSON_WORD}[ \t]){0,2}${PERSON_WORD}$`, 'u')
const OWNED_AT = new RegExp(`${OWNED}${END}`, 'uy')

export const possessiveNameRule: Rule = {
  id: 'person-possessive',
  category: 'person',
  kind: 'name',
  needs: LINE.apostrophe,
  detector: "a capitalised first name's possessive before a room or device noun (`Zoë's Meeting Room`, `Hiroshi's iPad`)",
  replacement: "<name-N>'s …",
  gate: (t) => t.includes("'s ") || t.includes('’s '),
  apply(text, ctx) {
    const spans: NameSpan[] = []
    POSSESSIVE_ANCHOR.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = POSSESSIVE_ANCHOR.exec(text)) !== null) {
      OWNED_AT.lastIndex = m.index + m[0].length
      if (!OWNED_AT.test(text)) continue
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))
      if (w === null) continue
      // keep the words from the first one a name may open to the end (`Meeting Priya's` → `Priya`)
      const words = w[0].split(/[ \t]/)
      while (words.length > 0 && NOT_A_NAME.test(words[0]!)) words.shift()
      if (words.length === 0) continue
      const name = words.join(' ')
      spans.push({ start: m.index - name.length, end: m.index, name })
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}

export const personPhraseRule: Rule = {
  id: 'person-phrase',
  category: 'person',
  kind: 'name',
  detector:
    '2–4 capitalised words (particles, apostrophes, hyphens, diacritics) or "Last, First" in a phrase that names a person: after `booked/organized/invited/hosted … by`, quoted after participant/attendee/organizer/guest/user, before `signed in`/`logged on`/`joined the meeting`, after a role noun as "Last, First", quoted under a generic key (`"name":"Zoë O\'Sullivan"`, owner, user …), a mail display name before `<address>` (also MIME encoded, `=?UTF-8?B?…?=`); runs before the context keys, so a key\'s value cannot run into the phrase',
  replacement: '<name-N>',
  gate: (t) => /[\p{Lu}\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]/u.test(t),
  apply(text, ctx) {
    const spans: NameSpan[] = []
    const AFTER_ANCHOR = anchorScan(text)
    AFTER_ANCHOR.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = AFTER_ANCHOR.exec(text)) !== null) {
      // the phrase starts at the agent verb before `by`
      const phrase = m[0].charCodeAt(0) === 98 || m[0].charCodeAt(0) === 66 ? wordBefore(text, m.index) : m.index
      if (phrase > 0 && /[\p{L}\p{N}_]/u.test(text[phrase - 1]!)) continue
      // (a mail link's address comes before its text: no capital to look for yet)
      let first = nameStartAfter(text, m.index + m[0].length)
      // (a role noun, what they did and a colon: `participant joined: Seán Ó Briain`)
      if (first < 0 && ((EVENT_COLON.lastIndex = m.index + m[0].length), EVENT_COLON.test(text)))
        first = nameStartAfter(text, EVENT_COLON.lastIndex)
      if (first < 0 && m[0].toLowerCase() !== 'mailto:') continue
      // a first word no name opens (`speaker "Logitech Rally Speaker"`) ends a one-name phrase
      // here: the pattern below is costly to try, and this is most keyword hits in device logs
      if (first >= 0 && !/(?:from|to)[ \t]+$/i.test(m[0])) {
        FIRST_WORD.lastIndex = first
        const w = FIRST_WORD.exec(text)
        if (w !== null && NOT_A_NAME.test(w[0])) continue
      }
      AFTER.lastIndex = phrase
      const a = AFTER.exec(text)
      if (a === null) continue
      // every name the phrase holds (`from … to …` holds two), found from the end of the match
      let limit = a[0].length
      for (let gi = a.length - 1; gi >= 1; gi--) {
        if (a[gi] === undefined) continue
        limit = a[0].lastIndexOf(a[gi]!, limit - a[gi]!.length)
        const at = phrase + limit
        // (after `by`, a thing's word ends the name: `managed by Intune Company Portal` names no one)
        const found =
          gi === 1 ||
          gi === a.length - 1 ||
          a[gi] === a.groups?.['addressee'] ||
          a[gi] === a.groups?.['signer'] ||
          a[gi] === a.groups?.['greeted'] ||
          a[gi] === a.groups?.['holder'] ||
          a[gi] === a.groups?.['recipient'] ||
          a[gi] === a.groups?.['mentioned'] ||
          a[gi] === a.groups?.['generic'] ||
          a[gi] === a.groups?.['closing']
            ? beforeThingWord(a[gi]!)
            : a[gi]!
        if (
          found === undefined ||
          NOT_A_CJK_NAME.test(found) ||
          ((a[gi] === a.groups?.['signer'] || a[gi] === a.groups?.['greeted']) && NOT_A_SIGNER.test(found)) ||
          // (one word after a greeting, or after a sign-off of another language, only as a listed given
          // name: `Liebe Grüße`, `Dear Customer`, `Hallo Zusammen`, `Merci Beaucoup`)
          (!/[ \t]/.test(found) &&
            (a[gi] === a.groups?.['greeted'] || (a[gi] === a.groups?.['signer'] && !ENGLISH_SIGN_OFF.test(a[0]))) &&
            !isLoneGivenName(found) &&
            // (after an English greeting any word no dictionary holds: `Hi Siobhán,`, `Hi Aoife,`)
            !(a[gi] === a.groups?.['greeted'] && ENGLISH_GREETING.test(a[0]) && isNoWord(found))) ||
          // (a lone name after `with`, `per` or `ask`: a listed given name that is no English word)
          (a[gi] === a.groups?.['lone'] && !isLoneGivenName(found.split(/[ \t]/)[0]!)) ||
          (a[gi] === a.groups?.['recipient'] && !personShaped(found)) ||
          (a[gi] === a.groups?.['mentioned'] && !/[ \t]/.test(found) && !isLoneGivenName(found))
        )
          continue
        const name = trimName(found, text, at)
        if (name === undefined) continue
        spans.push({ start: at, end: at + name.length, name })
        AFTER_ANCHOR.lastIndex = Math.max(AFTER_ANCHOR.lastIndex, at + name.length)
      }
    }
    // a quoted list of "Last, First" names, as calendar exports write attendees without a header
    // row to name the column (`"Okonkwo, Chinedu; García Márquez, Sofía"`)
    // (tried only from the quote that opens the string a `;` stands in, with a comma between them)
    for (let semi = text.indexOf(';'); semi >= 0; semi = text.indexOf(';', semi + 1)) {
      const quote = listQuoteBefore(text, semi)
      if (quote < 0) continue
      NAME_LIST.lastIndex = quote
      m = NAME_LIST.exec(text)
      if (m === null) continue
      semi = m.index + m[0].length
      let at = m.index + 1
      for (const part of m[1]!.split(';')) {
        const lead = part.length - part.trimStart().length
        const name = trimName(part.trim(), text, at + lead)
        if (name !== undefined) spans.push({ start: at + lead, end: at + lead + name.length, name })
        at += part.length + 1
      }
    }
    BEFORE_ANCHOR.lastIndex = 0
    while ((m = BEFORE_ANCHOR.exec(text)) !== null) {
      // a closing quote is an anchor only after a letter, with a title's key on the line before it
      // (JSON closes a quote at every value: the cheap tests first)
      if (m[0].length === 1 && (m[0] === '"' || m[0] === "'")) {
        const c = text.charCodeAt(m.index - 1)
        if (!(c >= 97 && c <= 122) && !(c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) continue
        const lineStart = text.lastIndexOf('\n', m.index) + 1
        if (!TITLE_KEY.test(text.slice(Math.max(lineStart, m.index - 260), m.index))) continue
      }
      const from = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - LOOKBACK)
      const before = text.slice(from, m.index)
      const encoded = m[0].includes('@') || m[0].includes('%40') || m[0].includes('&#') ? ENCODED_NAME_BEFORE.exec(before) : null
      if (encoded !== null) {
        // a MIME encoded display name is a name whatever it spells
        spans.push({ start: m.index - encoded[0].length, end: m.index, name: encoded[0] })
        continue
      }
      // every name ends in a lower-case letter or a mark (PERSON_WORD): most anchors follow none
      const last = before.charCodeAt(before.length - 1)
      if (!(last >= 97 && last <= 122) && (last < 0xc0 || !LOWER_OR_MARK.test(before[before.length - 1]!))) continue
      const b = NAME_BEFORE.exec(before)
      if (b === null || (b[0].length === b[1]!.length && BARE_MEETING_VERB.test(m[0]))) continue
      // (what presents or shares may be a device: `Content Camera is now presenting`)
      if (SHARING_VERB.test(m[0]) && beforeThingWord(b[1]!) !== b[1]) continue
      // (before what someone said, only a name with a word no dictionary holds: `Priyanka Venkataraman confirmed`,
      // not `Change Request confirmed` or `Kestrel Freight confirmed`)
      // (an honorific before it is the honorific rule's: `Mr Tanaka agreed` keeps its `Mr`)
      if (SPEECH_VERB.test(m[0]) && (HONORIFIC_FIRST.test(b[1]!) || !(personShaped(b[1]!) && b[1]!.split(/[ \t,]+/).some(isNoWord))))
        continue
      const lead = before.slice(0, before.length - b[1]!.length)
      // a document's name ends in a person's after a dash (`Offer letter - Mateo Fernández.docx`)
      if (m[0].charCodeAt(0) === 46 && !DASH_BEFORE.test(lead)) continue
      // … and so does a quoted title (`topic:"Q1 Planning - Priya Nair"`, `"Candidate interview: Zoë D'Souza"`,
      // `"Budget review - Ingrid Haugen / Pedro Álvarez"`): a closing quote counts only after such a title
      if (m[0] === '"' || m[0] === "'") {
        // (a key before the colon names what follows: `… Wi-Fi network: Büro Süd` is a network's)
        const keyed = KEY_BEFORE_COLON.exec(lead)
        if (keyed !== null && keyEndsPhrase(keyed[1]!)) continue
        if (!TITLE_BEFORE.test(lead)) {
          const pair = PAIR_BEFORE.exec(lead)
          if (pair === null || !TITLE_BEFORE.test(lead.slice(0, lead.length - pair[0].length))) continue
          const other = trimName(pair[1]!)
          const pat = m.index - b[1]!.length - pair[0].length
          if (other !== undefined) spans.push({ start: pat, end: pat + other.length, name: other })
        }
      }
      const at = m.index - b[1]!.length
      const name = trimName(b[1]!, text, at)
      if (name === undefined) continue
      spans.push({ start: at, end: at + name.length, name })
    }
    // the speaker a chat transcript puts after each line's time (`[10:14] Eilidh MacLeod: hi, my Rally …`)
    // and the name a mail's signature line opens with (`Øyvind Lie | IT-drift, Bjørkli AS | +47 …`)
    const signatures = SIGNATURE_MARK.test(text)
    // (a line that opens with the name a sticky pattern's first group holds; a team's or a product's name is no one's)
    const nameOpeningLine = (re: RegExp, ls: number): void => {
      re.lastIndex = ls
      const hit = re.exec(text)
      if (hit === null) return
      const found = beforeThingWord(hit[1]!)
      const name = found === undefined ? undefined : trimName(found, text, ls)
      if (name !== undefined) spans.push({ start: ls, end: ls + name.length, name })
    }
    for (let ls = 0; ls < text.length;) {
      const c = text.charCodeAt(ls)
      if ((c >= 65 && c <= 90) || c >= 0xc0) {
        // (`Facilities Team | …` signs no one)
        if (signatures) nameOpeningLine(SIGNATURE_LINE, ls)
        // (Slack's copied transcript: the speaker alone on a line with the message's time, `Fatima Zahra El Idrissi  9:21 AM`)
        nameOpeningLine(NAME_THEN_TIME, ls)
      }
      if (c === 91 || c === 40 || (c >= 48 && c <= 57)) {
        CHAT_SPEAKER.lastIndex = ls
        const chat = CHAT_SPEAKER.exec(text)
        // (a name alone after the time only after a bracketed date and time, as Teams copies a chat)
        if (chat !== null && (text.charCodeAt(ls + chat[0].length) === 58 || (c === 91 && /^\[\d{1,2}[/.]\d/.test(chat[0])))) {
          const at = ls + chat[0].length - chat[1]!.length
          const lone = !/[ \t]/.test(chat[1]!)
          const name = lone ? (isLoneGivenName(chat[1]!) ? chat[1] : undefined) : trimName(chat[1]!, text, at)
          if (name !== undefined) spans.push({ start: at, end: at + name.length, name })
        }
      }
      const nl = text.indexOf('\n', ls)
      if (nl < 0) break
      ls = nl + 1
    }
    // an address's owner in brackets after it, the old mail form (Poly: `line 1: pr@fabrikam.com (Priya Raghunathan)`),
    // and a number's after a phone number in international form (`Outbound call to +234 803 114 5520 (Adaeze Nwosu)`)
    // (a `+` stands in most log lines' time zones: a number before a bracketed capital is looked for first)
    if (text.includes('@') || (text.includes('+') && DIGIT_THEN_NAME_BRACKET.test(text))) {
      ADDRESS_THEN_NAME.lastIndex = 0
      while ((m = ADDRESS_THEN_NAME.exec(text)) !== null) {
        const at = m.index + m[0].length - 1 - m[1]!.length
        // (a team's or a thing's name is no one's: `+1 (415) 555-0123 (Support Desk)`)
        const found = beforeThingWord(m[1]!)
        const name = found === undefined ? undefined : trimName(found, text, at)
        if (name !== undefined) spans.push({ start: at, end: at + name.length, name })
      }
    }
    // a passwd entry's comment field (`getent passwd`: `jdoe:x:1001:1001:D'Arcy MacAlister,,,:/home/jdoe:/bin/bash`)
    if (text.includes(':/')) {
      PASSWD_LINE.lastIndex = 0
      while ((m = PASSWD_LINE.exec(text)) !== null) {
        const at = m.index + m[0].indexOf(':' + m[1]! + (m[2] ?? '') + ':/') + 1
        const name = personShaped(m[1]!) ? trimName(m[1]!, text, at) : undefined
        if (name !== undefined) spans.push({ start: at, end: at + name.length, name })
      }
    }
    // a Teams message's mention of a person (`<at id="0">Siobhán Ní Bhriain</at>`, in Graph's `body.content` and
    // an Adaptive Card's text; HTML-escaped in a chat export): a bot's or a team's name is no one's
    if (text.includes('<at') || text.includes('&lt;at')) {
      AT_MENTION.lastIndex = 0
      while ((m = AT_MENTION.exec(text)) !== null) {
        const at = m.index + m[0].length - m[1]!.length - m[2]!.length
        const found = beforeThingWord(m[1]!)
        const name = found === undefined ? undefined : trimName(found, text, at)
        if (name !== undefined) spans.push({ start: at, end: at + name.length, name })
      }
    }
    // the same person's name in brackets right after it, in another script or romanized (`Watanabe Kenji (渡辺 健二)`,
    // `渡辺 美咲 (Watanabe Misaki)`): no English word in it, so `(Rally Bar)` and `(Work Notes)` are none
    for (let k = 0, n = spans.length; k < n; k++) {
      ALIAS_AFTER.lastIndex = spans[k]!.end
      const alias = ALIAS_AFTER.exec(text)
      if (alias === null || !isAlias(alias[1]!)) continue
      const at = alias.index + alias[0].length - 1 - alias[1]!.length
      // (one person, one token: the alias is keyed by the name it stands beside)
      spans.push({ start: at, end: at + alias[1]!.length, name: alias[1]!, key: spans[k]!.key ?? spans[k]!.name })
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}
// (the time may follow a date: `[2024-03-12 08:47] Tomasz: …`; one word speaks only when it is a
// listed given name that is no English word, see isLoneGivenName)
// a signature line: the name, a bar or bullet, the rest of the line holding a phone number or an address
// (a department or product before the bar has a thing's word: see trimName)
const SIGNATURE_MARK = /[|•·]/
const SIGNATURE_LINE = new RegExp(
  String.raw`(${PERSON_NAME})[ \t]+[|•·][ \t]+(?=[^\n]{0,200}?(?:\+?\d[\d \t().-]{6,}\d|@|<phone-\d|<email-\d))`,
  'uy'
)
// (the name may stand alone after the time, the message on the next line, as Teams copies a chat:
// `[14/03/2024 10:58] Watanabe Kenji`, also with the name in another script after it in brackets)
const CHAT_SPEAKER = new RegExp(
  String.raw`[\[(]?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?[ \t]+(?:(?:Agent|Customer|Guest|User|Support|Host|Moderator)[ \t]+)?(${PERSON_NAME}|${PERSON_WORD})(?=:[ \t]|[ \t]*(?:\((?:${CJK_NAME})\))?[ \t]*\r?(?:\n|$))`,
  'uy'
)
const NAME_THEN_TIME = new RegExp(String.raw`(${PERSON_NAME})[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*\r?(?=\n|$)`, 'uy')
const ENGLISH_GREETING = /^(?:hi|hello|hey|dear)\b/i
/** A capitalised word no dictionary holds and no product is (`Siobhán`, not `Team`, `Logitech`). */
function isNoWord(word: string): boolean {
  const lists = nameLists()
  return (
    lists !== undefined &&
    /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) &&
    !lists.isWord(word) &&
    !NOT_A_NAME.test(word) &&
    !LOGITECH_WORD.test(word)
  )
}
/** A listed given name that is no English word, so it names a person on its own (`Tomasz`, not `Grant`). */
function isLoneGivenName(word: string): boolean {
  const lists = nameLists()
  return lists !== undefined && lists.given.has(word) && !lists.isWord(word)
}
const ALIAS_AFTER = new RegExp(String.raw`[ \t]*\((${CJK_NAME}|${PERSON_NAME})\)`, 'uy')
function isAlias(name: string): boolean {
  if (!/[A-Za-z]/.test(name)) return !NOT_A_CJK_NAME.test(name)
  const lists = nameLists()
  return lists !== undefined && name.split(/[ \t]+/).every((w) => !lists.isWord(w) && !NOT_A_NAME.test(w) && !LOGITECH_WORD.test(w))
}
// (a person's account has a uid of 1000 or more: below are the system's own, `lp:x:7:7:Printing Spooler:…`)
const PASSWD_LINE =
  /^[^:\s]{1,64}:[^:\s]{0,64}:(?:[1-9]\d{3,9}):\d{1,10}:([^:,\n]{1,80})(,[^:\n]{0,80})?:\/[^:\n]{0,200}:\/[^:\s]{0,64}\r?$/gm
const AT_MENTION = new RegExp(
  String.raw`(?:<at(?:[ \t][^<>\n]{0,100})?>|&lt;at(?:[ \t][^<>&\n]{0,100})?&gt;)[ \t]*(${PERSON_NAME}|${LAST_FIRST})([ \t]*)(?=<\/at>|&lt;\/at&gt;)`,
  'gu'
)
const DIGIT_THEN_NAME_BRACKET = /\d[ \t]+\(\p{Lu}/u
const ADDRESS_THEN_NAME = new RegExp(
  String.raw`(?:[\w.+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6})[ \t]+\((${PERSON_NAME}|${LAST_FIRST})\)`,
  'gu'
)

// Between a phrase's keyword and the name only blanks, quotes, a backslash and `:`/`=` can stand,
// and every name opens with a capital: most keyword hits (`user 42`, `to be`) end here, before the
// name pattern is tried.
const BETWEEN = new Set([...' \t"\'\\‘’“”:='].map((c) => c.charCodeAt(0)))
const ENTITY_QUOTE_AT = /&(?:quot|apos|#0*3[49]);/y
/** Where the name after a phrase's keyword at `at` opens (past blanks, quotes, `:`/`=`), or -1 when no capital opens it. */
function nameStartAfter(text: string, at: number): number {
  for (;;) {
    while (at < text.length && BETWEEN.has(text.charCodeAt(at))) at++
    ENTITY_QUOTE_AT.lastIndex = at
    if (!ENTITY_QUOTE_AT.test(text)) break
    at = ENTITY_QUOTE_AT.lastIndex
  }
  const c = text.charCodeAt(at)
  return (c >= 65 && c <= 90) || c >= 0x80 ? at : -1
}
const FIRST_WORD = /[\p{L}\p{M}]+/uy

const WHOLE_NAME = new RegExp(`^(?:${PERSON_NAME}|${LAST_FIRST})$`, 'u')
/** A whole value that is a person's name by shape alone, no product or role word in it. */
export function personShaped(value: string): boolean {
  return WHOLE_NAME.test(value) && trimName(value) === value
}

export interface NameSpan {
  start: number
  end: number
  name: string
  /** the person this name is another spelling of (an alias in brackets), when not itself */
  key?: string
}

/**
 * A name runs up to the first word that names no person (`Booked by Zoë Abernathy Rally Bar`)
 * or opens a key of two or more words (`Booked by Ann Lee Physical Address: …`, whose value the
 * key's own rule redacts). The key is looked for in `text`, where the name starts at `from`: the
 * name pattern stops at four words, so the key's last word may lie past the match
 * (`Booked by José Van der Berg Physical Address. . . :`).
 */
function trimName(name: string, text = name, from = 0): string | undefined {
  const words = name.split(/(?<=[ \t,])/)
  let at = from
  const stop = words.findIndex((w) => {
    const isStop = NOT_A_NAME.test(w.replace(/[ \t,]+$/, '')) || multiWordKeyAt(text, at)
    at += w.length
    return isStop
  })
  if (stop < 0) return name
  if (stop < 2) return undefined
  const cut = words
    .slice(0, stop)
    .join('')
    .replace(/[ \t,]+$/, '')
  return cut && !cut.endsWith(',') ? cut : undefined
}

/** Replaces non-overlapping spans (earliest first; a span inside a token or an earlier span is dropped). */
/** Replaces non-overlapping name spans (first wins) outside tokens with name tokens. */
export function rewriteSpans(text: string, spans: NameSpan[], ctx: RuleContext, rule: Rule): string {
  if (spans.length === 0) return text
  spans.sort((a, b) => a.start - b.start)
  let out = ''
  let last = 0
  for (const s of spans) {
    if (s.start < last || insideToken(text, s.start) || ctx.isKept(s.name)) continue
    const token = ctx.pseudonym(rule, s.name, { kind: 'name', counter: 'name', key: s.key ?? s.name })
    out += text.slice(last, s.start) + token
    last = s.end
  }
  return last === 0 ? text : out + text.slice(last)
}

// After a name another rule found: the next names of its list (`Attendees: Anna Berg; Priyanka Raghunathan`,
// a key's value ends at the first `;`) and the same person's name in brackets (`displayName=Kenji
// Watanabe (渡辺 健二)`). Runs after every name rule, whose tokens it reads (learned values come after the chain).
// (… and the next name after `and` or a comma, in prose and `cc:` lines: `with <name-1> and Aoife Byrne`,
// `cc: <name-1>, Ingrid Solberg`; after a comma only with a listed given name first: `<name-1>, New York`)
const NAME_TOKEN_THEN = new RegExp(
  String.raw`<name-\d+>(?:;[ \t]*(${LAST_FIRST}|${PERSON_NAME})(?=[ \t]*(?:;|\r?\n|$))|[ \t]*\((${CJK_NAME}|${PERSON_NAME})\)|(,[ \t]*|[ \t]+(?:and|&|und|et|y|e|en|och|og)[ \t]+)(${PERSON_NAME})(?=[ \t]*(?:[,;.:!?)\]]|\r?\n|$)|[ \t]+(?:and|&|und|et|y|e|en|och|og)[ \t]))`,
  'gu'
)
const NAME_TOKEN_AND = /> (?:and|&|und|et|y|e|en|och|og) /
export const nameListNextRule: Rule = {
  id: 'person-list-next',
  category: 'person',
  kind: 'name',
  detector:
    "after a name token: the next names of its `;` list, each to its own `;` or the line's end (`Attendees: <name-1>; Priyanka Raghunathan`; a thing's word makes a room or a team: `Board Room`), the next name after `and` (or `&`, `und`, `et`, `y`, `e`, `en`, `och`, `og`) or, with a listed given name first, after a comma (`with <name-1> and Aoife Byrne`, `cc: <name-1>, Ingrid Solberg`), and the same person's name in brackets, in another script or romanized with no English word (`<name-1> (Shota Nakamura)`)",
  replacement: '<name-N>',
  gate: (t) => t.includes('>;') || t.includes('> (') || t.includes('>,') || NAME_TOKEN_AND.test(t),
  apply(text, ctx) {
    let out = text
    // (a list's next name follows the token just written: run until none is left, at most a list's length)
    for (let round = 0; round < 16; round++) {
      const spans: NameSpan[] = []
      NAME_TOKEN_THEN.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = NAME_TOKEN_THEN.exec(out)) !== null) {
        const name = m[1] ?? m[2] ?? m[4]!
        const first = name.split(/[ \t,]/)[0]!
        const ok =
          m[2] !== undefined
            ? isAlias(name)
            : beforeThingWord(name) === name &&
              !NOT_A_NAME.test(first) &&
              !LOGITECH_WORD.test(name) &&
              (m[3] === undefined || !m[3].startsWith(',') || nameLists()?.given.has(first) === true)
        if (!ok) continue
        const at = m.index + m[0].length - name.length - (m[2] !== undefined ? 1 : 0)
        spans.push({ start: at, end: at + name.length, name })
      }
      if (spans.length === 0) break
      const next = rewriteSpans(out, spans, ctx, this)
      if (next === out) break
      out = next
    }
    return out
  }
}
