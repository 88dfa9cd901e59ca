import { insideToken } from './token'

/**
 * Replaces matches of a global regex. `fn` returns the replacement, or undefined to keep the
 * match. Matches starting inside an existing token are left alone.
 */
export function rewrite(text: string, re: RegExp, fn: (m: RegExpExecArray, src: string) => string | undefined): string {
  re.lastIndex = 0
  let out = ''
  let last = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    if (insideToken(text, m.index)) continue
    const r = fn(m, text)
    if (r === undefined) continue
    out += text.slice(last, m.index) + r
    last = m.index + m[0].length
  }
  return last === 0 ? text : out + text.slice(last)
}

/** The line containing `index` (without its newline). */
export function lineAt(src: string, index: number): string {
  const start = src.lastIndexOf('\n', index - 1) + 1
  let end = src.indexOf('\n', index)
  if (end < 0) end = src.length
  return src.slice(start, end)
}

/**
 * Whether `index` lies in the path of a web address (`https://www.dell.com/support/home/en-uk/…`):
 * the word it stands in opens with `http://` or `https://` and has no query or fragment before it.
 * There `/home/…` is a site's route and a slug is no machine (a file share's URL is another matter).
 */
export function inWebPath(src: string, index: number): boolean {
  let s = index
  while (s > 0 && index - s < 2048) {
    const c = src.charCodeAt(s - 1)
    // (not at `<`: the address rules may have put a token in for the site's name, `https://<host-1>/home/…`)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 || c === 40) break
    s--
  }
  const word = src.slice(s, index)
  return /^<?https?:\/\/[^/]/i.test(word) && !/[?#=&]/.test(word)
}

/** Next position ≥ `from` where a match may start, or -1 when none is left. */
export type StartFinder = (text: string, from: number) => number

/**
 * Same result as `rewrite(text, global, fn)` for the same pattern compiled sticky, but the
 * pattern is only tried where `next` says a match can start. Running a pattern with a
 * look-behind or a broad first class over every position is what made the engine slow;
 * a finder built on a rare anchor character skips almost every position at once.
 */
export function rewriteAt(
  text: string,
  sticky: RegExp,
  next: StartFinder,
  fn: (m: RegExpExecArray, src: string) => string | undefined,
  /** after a match `fn` rejects, look for the next one inside it, not after it */
  retryInside = false
): string {
  let out = ''
  let last = 0
  let pos = 0
  while (pos <= text.length) {
    const s = next(text, pos)
    if (s < 0) break
    sticky.lastIndex = s
    const m = sticky.exec(text)
    if (m === null || m[0].length === 0) {
      pos = s + 1
      continue
    }
    const end = s + m[0].length
    pos = end
    if (insideToken(text, s)) continue
    const r = fn(m, text)
    if (r === undefined) {
      if (retryInside) pos = s + 1
      continue
    }
    out += text.slice(last, s) + r
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}

// (A zero-width `(?=anchor)` form would spare the match arrays, but V8 scans it 2-5x slower.)
function global(anchor: RegExp): RegExp {
  return new RegExp(anchor.source, anchor.flags.replace(/[gy]/g, '') + 'g')
}

/**
 * Finder for patterns whose every match contains a hit of one of the `anchors` at most `back`
 * characters after the match start: tries each position of the window before a hit. Anchors
 * are searched one position apart so overlapping hits are not missed.
 */
export function nearAnchor(...anchors: Array<[anchor: RegExp, back: number]>): () => StartFinder {
  const kinds = anchors.map(([re, back]) => ({ re: global(re), back }))
  return () => {
    const hits = kinds.map(() => -1)
    return (text, from) => {
      let best = -1
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[k]!
        let a = hits[k]!
        if (a < from && a !== Infinity) {
          kind.re.lastIndex = from
          a = kind.re.exec(text)?.index ?? Infinity
          hits[k] = a
        }
        if (a === Infinity) continue
        const s = Math.max(from, a - kind.back)
        if (best < 0 || s < best) best = s
      }
      return best
    }
  }
}

/**
 * `finder` narrowed to the positions `ok` accepts: for a pattern whose every match opens where a
 * cheap test holds (a look-behind on the character before), which spares a sticky try at each
 * other position of an anchor's window.
 */
export function startsWhere(finder: () => StartFinder, ok: (text: string, at: number) => boolean): () => StartFinder {
  return () => {
    const next = finder()
    return (text, from) => {
      for (let s = next(text, from); s >= 0; s = next(text, s + 1)) if (ok(text, s)) return s
      return -1
    }
  }
}

/**
 * Finder for patterns that open with a look-behind rejecting every `inRun` character, followed
 * by at most `maxRun` such characters and then an anchor hit (the `@` of an e-mail, the `:` of
 * a URL scheme): the only possible start for an anchor is the start of the run before it.
 * Anchors are literal strings found with `indexOf` (a regex call per colon was measurable).
 */
export function runBeforeAnchor(anchors: readonly string[], inRun: (c: number) => boolean, maxRun: number): () => StartFinder {
  return () => {
    let a = -1
    const hits = anchors.map(() => -1)
    return (text, from) => {
      for (;;) {
        const at = Math.max(from, a + 1)
        a = -1
        for (let k = 0; k < anchors.length; k++) {
          let h = hits[k]!
          if (h < at && h !== Infinity) {
            const i = text.indexOf(anchors[k]!, at)
            h = i < 0 ? Infinity : i
            hits[k] = h
          }
          if (h !== Infinity && (a < 0 || h < a)) a = h
        }
        if (a < 0) return -1
        const lim = Math.max(0, a - maxRun - 1)
        let s = a
        while (s > lim && inRun(text.charCodeAt(s - 1))) s--
        if (s === lim && s > 0 && inRun(text.charCodeAt(s - 1))) continue
        if (s >= from) return s
      }
    }
  }
}

/**
 * Rewrites one group per line: `sticky` (with the `d` flag, for group offsets) is tried where a
 * line opens with a character `open` accepts, and `fn` returns what replaces group `group` of its
 * match, or undefined to leave the line as it is. For layouts a line's start defines (syslog
 * headers, vCard properties).
 */
export function rewriteLineStarts(
  text: string,
  sticky: RegExp,
  open: RegExp,
  group: number,
  fn: (m: RegExpExecArray) => string | undefined
): string {
  let out = ''
  let last = 0
  for (let ls = 0; ls < text.length;) {
    if (open.test(text[ls]!)) {
      sticky.lastIndex = ls
      const m = sticky.exec(text)
      const span = m?.indices?.[group]
      if (m !== null && span !== undefined && !insideToken(text, span[0])) {
        const r = fn(m)
        if (r !== undefined) {
          out += text.slice(last, span[0]) + r
          last = span[1]
        }
      }
    }
    const nl = text.indexOf('\n', ls)
    if (nl < 0) break
    ls = nl + 1
  }
  return last === 0 ? text : out + text.slice(last)
}
