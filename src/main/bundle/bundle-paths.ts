// Paths inside the bundle: every segment goes through the redaction session (user names, e-mail
// addresses, custom terms in file and folder names). A name alone has no context for the rules
// (`mkowalczyk77.log`), so a value the session redacted anywhere in the bundle's text is also
// replaced wherever it appears in a name. Then characters that are not allowed in file names on
// Windows or macOS (tokens carry `<>`, `/` and `:`) are replaced.
import type { PseudonymEntry, RedactionSession } from '../privacy'

// control characters are exactly what a file name must not carry
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"\\|?*\u0000-\u001f]/g
/** Shorter learned values would replace parts of ordinary words. */
const MIN_LEARNED_CHARS = 4

function safeSegment(seg: string): string {
  const s = seg.replace(/</g, '[').replace(/>/g, ']').replace(UNSAFE, '_').replace(/\//g, '_').trim()
  return s === '' || s === '.' || s === '..' ? '_' : s.slice(0, 120)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One regex over every value the session has replaced, longest first. */
export function learnedValues(entries: readonly PseudonymEntry[]): (text: string) => string {
  const tokenOf = new Map<string, string>()
  for (const e of entries) if (e.value.length >= MIN_LEARNED_CHARS && !e.value.includes('\n')) tokenOf.set(e.value.toLowerCase(), e.token)
  if (tokenOf.size === 0) return (t) => t
  const alternation = [...tokenOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gi')
  return (text) => text.replace(re, (m) => tokenOf.get(m.toLowerCase()) ?? m)
}

export function redactBundlePath(session: RedactionSession, path: string, learned: (text: string) => string = (t) => t): string {
  return path
    .split('/')
    .map((seg) => safeSegment(learned(session.redactText(seg, '<bundle paths>').text)))
    .join('/')
}

/** Makes `path` unique among `taken` by a `~N` suffix before the extension. */
export function uniquePath(path: string, taken: Set<string>): string {
  let p = path
  for (let n = 2; taken.has(p); n++) {
    const dot = path.lastIndexOf('.')
    const slash = path.lastIndexOf('/')
    p = dot > slash + 1 ? `${path.slice(0, dot)}~${n}${path.slice(dot)}` : `${path}~${n}`
  }
  taken.add(p)
  return p
}
