import type { Rule } from '../types'
import { CJK_SURNAME } from './cjk-surnames'
import { CJK_NAME_BY, HAN_NAME_BY, NOT_A_CJK_NAME, rewriteSpans, type NameSpan } from './person-phrases'
import { LOGITECH_WORD } from './context-keys'

// Names in the scripts whose text the Latin name shapes cannot read, where the text itself says a
// person is meant: a chat line's speaker after its time (`[오후 2:14] 정하은:`, `[10:41] 伊藤 陽菜:`),
// the name a mail's signature line opens with (`최도윤 드림 | 전산팀 | T. +82 …`), a meeting
// invitation's sender (`欧阳晓晨 邀请您参加…`), an @-mention (`@张伟`), a name with its honorific
// (`山田さん`, `김민준 님`, `남궁민 책임`) and a Vietnamese name after the pronoun that addresses it
// (`Anh Nguyễn Văn Hùng`).
// Labels share these layouts (`[10:22:31] 오류:` is an error, `エラー:`, `システム様`), so each name
// must have its script's name shape: Han opening with a common family name, Hangul three syllables
// opening with one (cjk-surnames.ts: `오류`, `전산 팀장`, `고객님` are none), a Vietnamese name opening
// with one of the family names most Vietnamese carry; Greek and Cyrillic two or three capitalised
// words, only after a chat line's time or before a signature's bar; Arabic, Hebrew and Thai only
// before a signature's bar or an invitation's verb. Katakana is left out: foreign names and the
// loanwords labels are made of look alike.

const HANGUL_NAME = String.raw`(?=${CJK_SURNAME})\p{sc=Hangul}{3}(?!\p{sc=Hangul})`
const HAN_NAME = HAN_NAME_BY
const CJK_PERSON = `${HANGUL_NAME}|${HAN_NAME}`
// a Greek or Cyrillic word with its capital (two or three of them make a name)
const CASED_WORD = String.raw`(?=[\p{sc=Greek}\p{sc=Cyrillic}])\p{Lu}[\p{Ll}\p{M}'’ʼ-]{1,24}`
const CASED_NAME = String.raw`${CASED_WORD}(?:[ \t]${CASED_WORD}){1,2}`
// two to four words of Arabic, Hebrew or Thai letters
const CASELESS_WORD = String.raw`[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}][\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}\p{M}'׳״-]{1,24}`
const CASELESS_NAME = String.raw`${CASELESS_WORD}(?:[ \t]${CASELESS_WORD}){1,3}`
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])`

// a chat line's time in brackets (a log's level in them, `[INFO 10:22:31]`, makes it a log line)
const CHAT_SPEAKER = new RegExp(
  String.raw`\[(?![^\]\n]*[A-Za-z]{3})[^\]\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,12}\][ \t]+(${CJK_PERSON}|${CASED_NAME})[ \t]?[:：]`,
  'uy'
)
// a phone number with its country code, an address or a token another rule wrote after the bar (a
// date or a version after a bar is none: `高级设置 | 2024-03-14 10:22:31`)
const SIGNATURE = new RegExp(
  String.raw`(${CJK_PERSON}|${CASED_NAME}|${CASELESS_NAME})(?:[ \t](?:드림|올림))?[ \t]+[|•·][ \t]+(?=[^\n]{0,200}?(?:\+\d[\d \t().-]{6,}\d|@|<phone-\d|<email-\d))`,
  'uy'
)
const INVITER = new RegExp(
  String.raw`(${HAN_NAME}|${CASED_NAME}|${CASELESS_NAME})[ \t]?(?=邀[请請]您|ได้เชิญคุณ|يدعوك|מזמינ|σας προσκαλεί|приглашает вас|запрошує вас)`,
  'uy'
)
// the titles Korean puts after a name, and the words before an honorific that are no one's name
// (three syllables that open with a family name: an applicant, an author, a requester …)
const KOREAN_TITLES = '책임|선임|수석|과장|부장|대리|팀장|차장|실장|주임|사원|이사|매니저'
const NOT_A_NAME = /^(?:신청자|작성자|요청자|승인자|참석자|등록자|수신자|발신자|담당자|관리자|사용자|선생님|여러분)$/u
// the family names most Vietnamese carry
const VIETNAMESE_SURNAME =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Mai|Cao|Lương|Đào|Tạ|Châu|Lâm|Quách|Tô|Hà|Vương|Đoàn|Thái|Kiều'
const HONORIFIC = new RegExp(
  [
    // Japanese: a name before さん/様 (`様式` is a form's word)
    String.raw`(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(${HAN_NAME})(?=さん|様(?!式)|さま)`,
    // Korean: a name before 님/씨 or a title
    String.raw`(?<!\p{sc=Hangul})(${HANGUL_NAME})(?=[ \t]?(?:님|씨)|[ \t](?:${KOREAN_TITLES})${NOT_AFTER})`,
    // an @-mention
    String.raw`(?<![\w.])@(${CJK_NAME_BY})${NOT_AFTER}`,
    // Vietnamese: the pronoun that addresses a person before a family name and one to three more words
    String.raw`(?<!\p{L})(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú)[ \t]+((?:${VIETNAMESE_SURNAME})(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+){1,3})${NOT_AFTER}`
  ].join('|'),
  'gu'
)
const OTHER_SCRIPT = /[\u0370-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/
const VIETNAMESE_PRONOUN = /(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú)[ \t]\p{Lu}/u

export const otherScriptNameRule: Rule = {
  id: 'other-script-name',
  category: 'person',
  kind: 'name',
  detector:
    "names in Han, Hangul, Greek, Cyrillic, Arabic, Hebrew and Thai, and Vietnamese names, where the layout or an honorific says a person is meant: a chat line's speaker after its bracketed time (not a log's `[INFO 10:22:31]`), a signature line's name before its bar with a phone number (country code), an address or an e-mail after it, a meeting invitation's sender opening its line, an @-mention, a name before さん/様 or 님/씨 or a Korean title (`책임`, `과장` …), a Vietnamese name after the pronoun that addresses it; Han opening with a common family name, Hangul three syllables opening with one, Vietnamese opening with a common family name, Greek and Cyrillic two or three capitalised words, Arabic, Hebrew and Thai only before a signature's bar or an invitation's verb",
  replacement: '<name-N>',
  gate: (t) => OTHER_SCRIPT.test(t) || VIETNAMESE_PRONOUN.test(t),
  apply(text, ctx) {
    const spans: NameSpan[] = []
    const push = (at: number, name: string): void => {
      // (a product addressed as a person is still a product: `Ông Rally Bar`)
      if (!NOT_A_NAME.test(name) && !NOT_A_CJK_NAME.test(name) && !LOGITECH_WORD.test(name))
        spans.push({ start: at, end: at + name.length, name })
    }
    for (let ls = 0; ls < text.length;) {
      const c = text.charCodeAt(ls)
      if (c >= 0x370) {
        SIGNATURE.lastIndex = ls
        INVITER.lastIndex = ls
        const sig = SIGNATURE.exec(text) ?? INVITER.exec(text)
        if (sig !== null) push(ls, sig[1]!)
      } else if (c === 91) {
        CHAT_SPEAKER.lastIndex = ls
        const chat = CHAT_SPEAKER.exec(text)
        if (chat !== null) push(text.lastIndexOf(chat[1]!, ls + chat[0].length - 1), chat[1]!)
      }
      const nl = text.indexOf('\n', ls)
      if (nl < 0) break
      ls = nl + 1
    }
    HONORIFIC.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = HONORIFIC.exec(text)) !== null) {
      let g = 1
      while (m[g] === undefined) g++
      const name = m[g]!
      push(m.index + m[0].length - name.length, name)
    }
    return rewriteSpans(text, spans, ctx, this)
  }
}
