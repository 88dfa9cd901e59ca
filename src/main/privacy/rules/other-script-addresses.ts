// Postal addresses written in scripts the Latin street words of street-address.ts cannot read, each
// by the words and the order its country's post uses. Every form needs a number where a building or
// a postcode stands, so a city's or a street's name in prose stays:
//  - Japanese: a postcode (`〒231-0023`) or a prefecture (`神奈川県`, `東京都`) opens it, a block
//    number (`1-2`, `1-2-3`) ends it, a building and its floor may follow (`みなとビル 3F`);
//  - Korean: a metropolitan city or province, a city or district, a road (`…로`, `…길`) and its number,
//    then the floor, the neighbourhood in brackets and the postcode (`부산광역시 해운대구 센텀중앙로 97, 5층 (재송동) 48058`);
//  - Chinese: a province or city, a district, a road and its number (`上海市浦东新区世纪大道100号`);
//  - Russian and Ukrainian: the street's abbreviation (`ул.`, `вул.`, `пр.`, `наб.`), its name, the house,
//    with the city (`г.`, `м.`) and the postcode around it in either order;
//  - Greek: a street, its number and a postcode written `185 36`;
//  - Hebrew: `רחוב`, `דרך`, `שדרות` and the street's name and number;
//  - Arabic: the building, the floor, `شارع` and the street, the city, joined by Arabic commas (a digit within);
//  - Thai: a house number, `ซอย` or `ถนน`, and a five-digit postcode at the end;
//  - Vietnamese: a house number and street, then the ward (`Phường`) and the district (`Quận`).
const HAN = String.raw`\p{sc=Han}`
const JP_PREFECTURE = String.raw`(?:東京都|北海道|京都府|大阪府|${HAN}{2,3}県)`
const JP_BLOCK = String.raw`\d{1,4}(?:[-－ー]\d{1,4}){1,3}`
const JP = String.raw`(?:〒[ \t]?)?(?:\d{3}-\d{4}[ \t]*)?${JP_PREFECTURE}[^\s,、。]{1,30}?[ \t]*${JP_BLOCK}(?:[ \t]+[^\s,、。]{1,16}(?:ビル|タワー|館|棟))?(?:[ \t]*\d{1,2}[FＦ階])?`
const JP_POSTED = String.raw`〒[ \t]?\d{3}-\d{4}[ \t]*[^\s,、。]{2,30}?[ \t]*${JP_BLOCK}(?:[ \t]+[^\s,、。]{1,16}(?:ビル|タワー|館|棟))?(?:[ \t]*\d{1,2}[FＦ階])?`
const HANGUL = '[\\uac00-\\ud7af]'
const KO = String.raw`${HANGUL}{2,}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+${HANGUL}{1,6}(?:시|군|구)(?:[ \t]+${HANGUL}{1,6}(?:구|읍|면|동))?[ \t]+[${'\\uac00-\\ud7af'}0-9]{1,12}(?:로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?:,?[ \t]*\d{1,3}층)?(?:[ \t]*\([${'\\uac00-\\ud7af'}0-9]{1,12}\))?(?:[ \t]+\d{5})?`
const ZH = String.raw`${HAN}{2,4}(?:省|市)(?:${HAN}{1,6}(?:市|区|區|县|縣))?${HAN}{1,10}(?:路|街|大道|道)[ \t]*\d{1,5}[号號](?:[ \t]*${HAN}{0,8}\d{1,3}[楼樓层層])?`
const CYR_UPPER = '[А-ЯЁІЇЄҐ]'
// (the abbreviation before the name, or after it: `ул. Тверская`, `Невский пр.`)
const CYR_STREET = String.raw`(?:(?:ул|вул|пр|просп|пр-т|пер|наб|бул|пл|ш)\.[ \t]*${CYR_UPPER}[^\n,]{1,40}|${CYR_UPPER}[\p{L}'’-]+(?:[ \t][\p{L}'’-]+){0,2}[ \t]+(?:пр|просп|ул|пер|наб|бул|ш)\.)`
const CYR_HOUSE = String.raw`(?:д\.[ \t]*)?\d{1,4}[а-яА-Я]?(?:[ \t]*(?:к|корп|стр)\.[ \t]*\d{1,3})?`
const CYR_CITY = String.raw`(?:г|м)\.[ \t]*${CYR_UPPER}[\p{L}'’-]+`
const CYR_TAIL = String.raw`(?:,[ \t]*(?:офис|оф\.|кв\.|кімн\.)[ \t]*\d{1,5})?`
const CYR = String.raw`(?:\d{5,6},[ \t]*)?(?:${CYR_CITY},[ \t]*)?${CYR_STREET},[ \t]*${CYR_HOUSE}${CYR_TAIL}(?:,[ \t]*${CYR_CITY})?(?:,[ \t]*\d{5,6})?`
const GREEK_WORD = '[Α-ΩΆΈΉΊΌΎΏ][\\p{L}]+'
const GREEK = String.raw`${GREEK_WORD}(?:[ \t]${GREEK_WORD}){0,3}[ \t]+\d{1,4}[Α-Ωα-ω]?,[ \t]*\d{3}[ \t]\d{2}(?:[ \t]+${GREEK_WORD})?`
const HEBREW_WORD = '[\\u05d0-\\u05ea][\\u05d0-\\u05ea\'"׳״-]*'
const HEBREW = String.raw`(?:רחוב|רח'|רח׳|דרך|שדרות|שד'|שד׳)[ \t]+${HEBREW_WORD}(?:[ \t]${HEBREW_WORD}){0,3}[ \t]+\d{1,4}(?:,[ \t]*(?:קומה[ \t]+\d{1,3}|${HEBREW_WORD}(?:[ \t-]${HEBREW_WORD}){0,3})){0,3}`
const ARABIC_SEGMENT = '[\\u0600-\\u06ff0-9\\u0660-\\u0669][\\u0600-\\u06ff0-9\\u0660-\\u0669 \\t]{0,30}'
const ARABIC = String.raw`(?:${ARABIC_SEGMENT}،[ \t]*){0,3}(?:شارع|طريق)[ \t]+${ARABIC_SEGMENT}(?:،[ \t]*${ARABIC_SEGMENT}){0,2}`
const THAI = String.raw`\d{1,4}(?:\/\d{1,4})?[ \t]+(?:ซอย|ซ\.|ถนน|ถ\.)[^\n]{2,100}?[ \t]\d{5}(?!\d)`
const VI_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*`
const VIETNAMESE = String.raw`\d{1,4}[A-Z]?(?:\/\d{1,4})?[ \t]+${VI_WORD}(?:[ \t]${VI_WORD}){0,4},[ \t]*(?:Phường|P\.|Xã)[ \t]+[^\n,]{1,30},[ \t]*(?:Quận|Q\.|Huyện)[ \t]+[^\n,]{1,20}(?:,[ \t]*(?:TP\.|Thành phố|Tỉnh)[ \t]*[^\n,]{1,30})?`

const BY_SCRIPT: ReadonlyArray<{ script: RegExp; pattern: RegExp; digit?: boolean }> = [
  { script: /[\u3040-\u30ff\u3400-\u9fff]/, pattern: new RegExp(`${JP_POSTED}|${JP}|${ZH}`, 'gu') },
  { script: /[\uac00-\ud7af]/, pattern: new RegExp(KO, 'gu') },
  { script: /[\u0400-\u04ff]/, pattern: new RegExp(CYR, 'gu') },
  { script: /[\u0370-\u03ff]/, pattern: new RegExp(GREEK, 'gu') },
  { script: /[\u05d0-\u05ea]/, pattern: new RegExp(HEBREW, 'gu') },
  // (an Arabic address holds a number somewhere: a floor, a building's, a postcode)
  { script: /[\u0600-\u06ff]/, pattern: new RegExp(ARABIC, 'gu'), digit: true },
  { script: /[\u0e00-\u0e7f]/, pattern: new RegExp(THAI, 'gu') },
  { script: /Phường|Quận|Xã|Huyện/, pattern: new RegExp(VIETNAMESE, 'gu') }
]

/** Every address span in `text` in the scripts above, as [start, end] pairs (may overlap). */
export function otherScriptAddresses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const { script, pattern, digit } of BY_SCRIPT) {
    if (!script.test(text)) continue
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const v = m[0].trimEnd()
      if (digit === true && !/[0-9\u0660-\u0669]/.test(v)) continue
      spans.push([m.index, m.index + v.length])
    }
  }
  return spans
}

/** Whether `text` holds a letter of one of the scripts read here (the rule's cheap test). */
export const OTHER_SCRIPT_LETTER =
  /[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|Phường|Quận/
