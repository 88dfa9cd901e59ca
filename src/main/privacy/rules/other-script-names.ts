import type { Rule } from '../types'
import { CJK_SURNAME } from './cjk-surnames'
import { rewriteSpans, type NameSpan } from './person-phrases'
import { LOGITECH_WORD } from './context-keys'

// Names in the scripts whose text the Latin name shapes cannot read, where the text itself says a
// person is meant: a chat line's speaker after its time (`[오후 2:14] 정하은:`, `[10:41] 伊藤 陽菜:`,
// `[5 มี.ค. 2567 09:14] วิภาวดี ศรีสุข:`), a line opened by a Greek or Cyrillic name and a colon
// (`Γιώργος Παπαδόπουλος: Καλημέρα`; their labels capitalise the first word only: `Κωδικός πρόσβασης:`),
// the name a mail's signature line opens with (`최도윤 드림 | 전산팀 | T. …`), a meeting invitation's
// sender (`欧阳晓晨 邀请您参加…`), an @-mention
// (`@张伟`), a name with its honorific (`山田さん`, `김민준 님`, `남궁민 책임`, Vietnamese
// `Anh Nguyễn Văn Hùng`, `chị Trần Thị Mai`) and a Japanese or Korean mail's self-introduction
// (`情報システム部の佐藤です`, `전산팀 최도윤입니다`).
// A name in Han or Hangul opens with a common family name (cjk-surnames.ts): `会议号：`, `地址：`
// open no name. Arabic, Hebrew and Thai have no capitals to tell a name from a label
// (`معرف الاجتماع:` is a meeting id's), so they count only where the layout says a person speaks or
// signs (after a chat line's time, before a signature's bar).

const HAN_HANGUL = String.raw`(?=${CJK_SURNAME})(?:\p{sc=Han}{1,2}[ \t]?\p{sc=Han}{1,3}|\p{sc=Hangul}{1,2}[ \t]?\p{sc=Hangul}{1,3})`
const KANA_NAME = String.raw`[\p{sc=Katakana}ー]{2,10}(?:[・ ][\p{sc=Katakana}ー]{2,10})?`
// a Greek or Cyrillic word with its capital (two or three of them make a name)
const CASED_WORD = String.raw`(?=[\p{sc=Greek}\p{sc=Cyrillic}])\p{Lu}[\p{Ll}\p{M}'’ʼ-]{1,24}`
const CASED_NAME = String.raw`${CASED_WORD}(?:[ \t]${CASED_WORD}){1,2}`
// two to four words of Arabic, Hebrew or Thai letters
const CASELESS_WORD = String.raw`[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}][\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}\p{M}'׳״-]{1,24}`
const CASELESS_NAME = String.raw`${CASELESS_WORD}(?:[ \t]${CASELESS_WORD}){1,3}`
const ANY_NAME = `${HAN_HANGUL}|${KANA_NAME}|${CASED_NAME}|${CASELESS_NAME}`
const NOT_AFTER = String.raw`(?![\p{L}\p{N}])`

// a chat line's time in brackets, in any language's words (`[오후 2:14]`, `[5 มี.ค. 2567 09:14]`)
const CHAT_SPEAKER = new RegExp(String.raw`\[[^\]\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,12}\][ \t]+(${ANY_NAME})[ \t]?[:：]`, 'uy')
const CASED_SPEAKER = new RegExp(String.raw`(${CASED_NAME})[ \t]?:[ \t]`, 'uy')
// a meeting invitation's sender opens its line (`欧阳晓晨 邀请您参加已安排的 Zoom 会议。`,
// `ณัฐวุฒิ ทองมา ได้เชิญคุณเข้าร่วม…`, `Иван Петров приглашает вас …`)
const INVITER = new RegExp(
  String.raw`(${ANY_NAME})[ \t]?(?=邀[请請]您|ได้เชิญคุณ|يدعوك|מזמינ|σας προσκαλεί|приглашает вас|запрошує вас)`,
  'uy'
)
// (the Korean closing word after a signer's name: `드림`, `올림`)
const SIGNATURE = new RegExp(
  String.raw`(${ANY_NAME})(?:[ \t](?:드림|올림))?[ \t]+[|•·][ \t]+(?=[^\n]{0,200}?(?:\+?\d[\d \t().-]{6,}\d|@|<phone-\d|<email-\d))`,
  'uy'
)
// the titles Korean puts after a name, and the words an honorific follows that are no one's name
const KOREAN_TITLES = '책임|선임|수석|과장|부장|대리|팀장|차장|실장|주임|사원|이사|매니저'
const NOT_A_KOREAN_NAME =
  /^(?:고객|선생|사장|부장|과장|차장|대리|팀장|실장|이사|회장|교수|원장|소장|반장|주임|사원|담당자?|관리자|여러분|기사|수석|책임|선임|사용자|회원|학생|환자)$/u
const HONORIFIC = new RegExp(
  [
    // Japanese: a name before さん/様/氏, or between a department's の and です
    String.raw`(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(${HAN_HANGUL}|${KANA_NAME})(?=さん|様|さま|氏)`,
    String.raw`(?<=の)(${HAN_HANGUL})(?=です)`,
    // Korean: a name before 님/씨 or a title, or after a team's word before 입니다
    String.raw`(?<!\p{sc=Hangul})(${HAN_HANGUL})(?=[ \t]?(?:님|씨)|[ \t](?:${KOREAN_TITLES})${NOT_AFTER})`,
    String.raw`(?<=[팀부실과][ \t])(${HAN_HANGUL})(?=입니다)`,
    // an @-mention
    String.raw`(?<![\w.])@(${HAN_HANGUL}|${CASED_NAME})${NOT_AFTER}`,
    // Vietnamese: the pronoun that addresses a person before two to four capitalised words
    String.raw`(?<!\p{L})(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Cc]ô|[Cc]hú)[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+){1,3})${NOT_AFTER}`
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
    "names in Han, Hangul, Katakana, Greek, Cyrillic, Arabic, Hebrew and Thai where the layout or an honorific says a person is meant: a chat line's speaker after its bracketed time (any language's time words), a line opened by two or three capitalised Greek or Cyrillic words and a colon, a signature line's name before its bar (a phone number or address after it), a meeting invitation's sender opening its line (`… 邀请您参加`, `… ได้เชิญคุณ`), an @-mention, a name before さん/様/氏 or 님/씨 or a Korean title (`책임`, `과장` …), a Japanese or Korean self-introduction (`…部の佐藤です`, `…팀 최도윤입니다`), and a Vietnamese name after the pronoun that addresses it (`Anh Nguyễn Văn Hùng`); a name in Han or Hangul opens with a common family name, and a Korean title word is no name",
  replacement: '<name-N>',
  gate: (t) => OTHER_SCRIPT.test(t) || VIETNAMESE_PRONOUN.test(t),
  apply(text, ctx) {
    const spans: NameSpan[] = []
    const push = (at: number, name: string): void => {
      // (a product addressed as a person is still a product: `Ông Rally Bar`)
      if (!NOT_A_KOREAN_NAME.test(name) && !LOGITECH_WORD.test(name)) spans.push({ start: at, end: at + name.length, name })
    }
    for (let ls = 0; ls < text.length;) {
      const c = text.charCodeAt(ls)
      if (c >= 0x370) {
        SIGNATURE.lastIndex = ls
        const sig = SIGNATURE.exec(text)
        if (sig !== null) push(ls, sig[1]!)
        else {
          CASED_SPEAKER.lastIndex = ls
          INVITER.lastIndex = ls
          const sp = CASED_SPEAKER.exec(text) ?? INVITER.exec(text)
          if (sp !== null) push(ls, sp[1]!)
        }
      } else if (c === 91) {
        CHAT_SPEAKER.lastIndex = ls
        const chat = CHAT_SPEAKER.exec(text)
        if (chat !== null) {
          const name = chat[1]!
          push(text.lastIndexOf(name, ls + chat[0].length - 1), name)
        }
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
