// Paths inside the bundle: every segment goes through the redaction session (user names, e-mail
// addresses, custom terms in file and folder names), then characters that are not allowed in
// file names on Windows or macOS (tokens carry `<>`, `/` and `:`) are replaced.
import type { RedactionSession } from '../privacy'

const UNSAFE = /[<>:"\\|?*\u0000-\u001f]/g

function safeSegment(seg: string): string {
  const s = seg.replace(/</g, '[').replace(/>/g, ']').replace(UNSAFE, '_').replace(/\//g, '_').trim()
  return s === '' || s === '.' || s === '..' ? '_' : s.slice(0, 120)
}

export function redactBundlePath(session: RedactionSession, path: string): string {
  return path
    .split('/')
    .map((seg) => safeSegment(session.redactText(seg, '<bundle paths>').text))
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
