// Family names that open a name written in Han or Hangul, so that a word after `by` is read as a
// person's only when it opens with one (`by 郭子涵`, `by 渡辺 健二`, `by 김민준`; not `by 自动`,
// "automatic", or `by 其他用户`, "other user"). The most common surnames: Chinese (the hundred most
// frequent in mainland China and Taiwan, plus the commonest two-character ones), Japanese (the
// fifty most frequent) and Korean (the commonest, which most Koreans bear).
const CHINESE =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯'
const CHINESE_DOUBLE = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫']
const JAPANESE = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '渡邊',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '斎藤',
  '斉藤',
  '清水',
  '山崎',
  '森',
  '池田',
  '橋本',
  '阿部',
  '石川',
  '山下',
  '中島',
  '石井',
  '小川',
  '前田',
  '岡田',
  '長谷川',
  '藤田',
  '後藤',
  '近藤',
  '村上',
  '遠藤',
  '青木',
  '坂本',
  '斉藤',
  '福田',
  '太田',
  '西村',
  '藤井',
  '金子',
  '岡本',
  '藤原',
  '中野',
  '三浦',
  '原田',
  '松田',
  '竹内',
  '小野',
  '田村',
  '中川',
  '和田',
  '石田',
  '森田',
  '上田',
  '原',
  '内田',
  '柴田',
  '酒井',
  '宮崎'
]
const KOREAN =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부'
const KOREAN_DOUBLE = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A regex source matching one of the surnames above at a name's start. */
export const CJK_SURNAME = `(?:${[...CHINESE_DOUBLE, ...JAPANESE, ...KOREAN_DOUBLE]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')}|[${CHINESE}${KOREAN}])`
