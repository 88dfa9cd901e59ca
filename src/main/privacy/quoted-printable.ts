// Mail bodies and headers in quoted-printable write each byte of a non-ASCII letter as `=XX`
// (`Siobh=C3=A1n`, `J=C3=BCrgen Wei=C3=9Fenb=C3=B6ck`, `=?UTF-8?Q?Beno=C3=AEt?=`): no rule can read a
// name or a street through them. The UTF-8 sequences of letters and marks are decoded before the
// rules run; ASCII bytes (`=41`) and other characters (`=E2=80=9E`, a quotation mark) stay as written,
// so a `key=C3` or `x=41` in a log line is never touched: only the upper-case hex of a whole
// multi-byte sequence is read. A line the rules leave as it was is written back as it came.

const SEQUENCE =
  /=([CD][0-9A-F])=([89AB][0-9A-F])|=(E[0-9A-F])=([89AB][0-9A-F])=([89AB][0-9A-F])|=(F[0-4])=([89AB][0-9A-F])=([89AB][0-9A-F])=([89AB][0-9A-F])/g
const LETTER = /^[\p{L}\p{M}]$/u
// (a lead byte of a two-byte sequence after `=`, and its continuation: the cheap test before the scan)
const MAYBE = /=[C-F][0-9A-F]=[89AB][0-9A-F]/

/** `text` with the quoted-printable UTF-8 sequences of letters decoded; the same string when it has none. */
export function decodeQuotedPrintableLetters(text: string): string {
  if (!MAYBE.test(text)) return text
  return text.replace(SEQUENCE, (all: string, ...groups: Array<string | undefined>) => {
    const hex = groups.slice(0, 9).filter((g): g is string => g !== undefined)
    const letter = Buffer.from(hex.map((h) => parseInt(h, 16))).toString('utf8')
    return LETTER.test(letter) ? letter : all
  })
}
