// A keyword alternation scanned over every position costs V8 far more once its words hold letters of
// another script (`с уважением`, `アカウント名`, `계정 이름`): the alternation's first-character test
// no longer rules positions out, and a scan of Latin text slowed by 40% with them. Such a word can
// only match text holding a letter of its script, so a scan is built per set of scripts a text holds,
// and takes a word in only when the text holds its script. (Latin letters beyond Latin-1, `użytkownik`,
// cost little and are always in.)

const SCRIPTS: readonly RegExp[] = [
  // Greek and Cyrillic
  /[\u0370-\u04ff]/,
  // kana, Han, full-width forms
  /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/,
  // Hangul
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/,
  // Hebrew, Arabic and Thai
  /[\u0590-\u06ff\u0e00-\u0e7f]/
]

function scriptsOf(text: string): number {
  let mask = 0
  for (let s = 0; s < SCRIPTS.length; s++) if (SCRIPTS[s]!.test(text)) mask |= 1 << s
  return mask
}

/**
 * `build` called with a test that takes the words a text's scripts allow, once per set of scripts
 * (lazily, at most sixteen): returns the scan for a text.
 */
export function keyedByScript<T>(build: (take: (word: string) => boolean) => T): (text: string) => T {
  const built = new Map<number, T>()
  return (text) => {
    const mask = scriptsOf(text)
    let scan = built.get(mask)
    if (scan === undefined) {
      scan = build((word) => {
        const needs = scriptsOf(word)
        return needs === 0 || (needs & mask) !== 0
      })
      built.set(mask, scan)
    }
    return scan
  }
}
