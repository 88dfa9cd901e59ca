// A strict reader for the XML property lists `system_profiler -xml` prints. It knows the plist
// DTD's value elements and nothing else; anything unexpected (another format, output cut short)
// is an OsOutputError naming what and where, never a partial result.
import { OsOutputError } from '../os/command'

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string, at: number): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      if (code > 0x10ffff) throw new OsOutputError(`property list has an invalid character reference ${whole} near offset ${at}`)
      return String.fromCodePoint(code)
    }
    const v = ENTITIES[name]
    if (v === undefined) throw new OsOutputError(`property list has an unknown entity ${whole} near offset ${at}`)
    return v
  })
}

export function parsePlistXml(xml: string): PlistValue {
  const tag = /<(\/?)([A-Za-z]+)[^>]*?(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g
  let pos = 0
  const next = (): { close: boolean; name: string; empty: boolean; start: number; end: number } | null => {
    for (;;) {
      tag.lastIndex = pos
      const m = tag.exec(xml)
      if (!m) return null
      pos = tag.lastIndex
      if (m[2] === undefined) continue // declaration, comment, doctype
      return { close: m[1] === '/', name: m[2], empty: m[3] === '/', start: m.index, end: pos }
    }
  }
  const fail = (what: string, at: number): never => {
    throw new OsOutputError(`property list ${what} near offset ${at}`)
  }
  const textUntilClose = (name: string, from: number): string => {
    const close = xml.indexOf(`</${name}>`, from)
    if (close < 0) fail(`ends inside <${name}> (output cut short?)`, from)
    const raw = xml.slice(from, close)
    if (raw.includes('<')) fail(`has markup inside <${name}>`, from)
    pos = close + name.length + 3
    return decode(raw, from)
  }
  const value = (t: NonNullable<ReturnType<typeof next>>): PlistValue => {
    if (t.close) fail(`has an unexpected </${t.name}>`, t.start)
    switch (t.name) {
      case 'true':
      case 'false':
        if (!t.empty) textUntilClose(t.name, t.end)
        return t.name === 'true'
      case 'string':
      case 'date':
      case 'data':
        return t.empty ? '' : textUntilClose(t.name, t.end)
      case 'integer':
      case 'real': {
        const s = t.empty ? '' : textUntilClose(t.name, t.end).trim()
        const n = Number(s)
        if (s === '' || !Number.isFinite(n)) fail(`has a bad <${t.name}> "${s.slice(0, 20)}"`, t.start)
        return n
      }
      case 'array': {
        const out: PlistValue[] = []
        if (t.empty) return out
        for (;;) {
          const c = next() ?? fail('ends inside an <array> (output cut short?)', xml.length)
          if (c.close && c.name === 'array') return out
          out.push(value(c))
        }
      }
      case 'dict': {
        const out: { [key: string]: PlistValue } = {}
        if (t.empty) return out
        for (;;) {
          const k = next() ?? fail('ends inside a <dict> (output cut short?)', xml.length)
          if (k.close && k.name === 'dict') return out
          if (k.name !== 'key' || k.close) fail(`has <${k.close ? '/' : ''}${k.name}> where a <key> belongs`, k.start)
          const key = textUntilClose('key', k.end)
          const v = next() ?? fail(`ends after the key "${key}" (output cut short?)`, xml.length)
          out[key] = value(v)
        }
      }
      default:
        return fail(`has an unknown element <${t.name}>`, t.start)
    }
  }
  const root = next()
  if (!root || root.name !== 'plist' || root.close) throw new OsOutputError('not an XML property list (no <plist> element)')
  const first = next() ?? fail('ends before its value (output cut short?)', xml.length)
  const result = value(first)
  const end = next()
  if (!end || !end.close || end.name !== 'plist') fail('does not end with </plist> (output cut short?)', pos)
  return result
}
