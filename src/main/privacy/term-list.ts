// Term lists an administrator exports from a directory (people, accounts, hosts, domains) or
// writes by hand: one term per line, or CSV with a header row naming a `kind` column
// (`value,kind` / `term,kind` / `name,kind`; kinds person, user, host, domain, term).

export type TermKind = 'person' | 'user' | 'host' | 'domain' | 'term'
export interface Term {
  value: string
  kind: TermKind
}
export const TERM_KINDS: readonly TermKind[] = ['person', 'user', 'host', 'domain', 'term']

export class TermListError extends Error {}

/** Splits one CSV record (RFC 4180 quoting: `"…"`, `""` inside). */
function csvFields(line: string, lineNo: number): string[] {
  const out: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (line[i] === '"') {
      i++
      for (;;) {
        if (i >= line.length) throw new TermListError(`line ${lineNo}: unterminated quote`)
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += line[i++]
      }
    } else {
      const comma = line.indexOf(',', i)
      field = comma < 0 ? line.slice(i) : line.slice(i, comma)
      i = comma < 0 ? line.length : comma
    }
    out.push(field.trim())
    if (i >= line.length) return out
    if (line[i] !== ',') throw new TermListError(`line ${lineNo}: text after a closing quote`)
    i++
  }
}

const VALUE_HEADER = /^(?:value|term|name|text|entry)$/i

/**
 * Parses a term list. Blank lines and lines starting with `#` are skipped. A first line whose
 * fields include `kind` makes the file CSV; otherwise every line is one term of kind `term`
 * (so "Doe, Jane" on its own line is one term). Throws TermListError naming the line.
 */
export function parseTermList(text: string): Term[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
  if (first < 0) return []
  const header = csvFields(lines[first]!, first + 1).map((h) => h.toLowerCase())
  const kindCol = header.indexOf('kind')
  if (kindCol < 0 || header.length < 2) {
    return lines
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((value) => ({ value, kind: 'term' as const }))
  }
  const valueCol = header.findIndex((h, i) => i !== kindCol && VALUE_HEADER.test(h))
  const col = valueCol >= 0 ? valueCol : kindCol === 0 ? 1 : 0
  const terms: Term[] = []
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const fields = csvFields(line, i + 1)
    const value = fields[col] ?? ''
    const kind = (fields[kindCol] ?? '').toLowerCase() || 'term'
    if (!(TERM_KINDS as readonly string[]).includes(kind))
      throw new TermListError(`line ${i + 1}: unknown kind "${fields[kindCol]}" (use ${TERM_KINDS.join(', ')})`)
    if (value) terms.push({ value, kind: kind as TermKind })
  }
  return terms
}
