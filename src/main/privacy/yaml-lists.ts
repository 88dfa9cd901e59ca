import type { Rule, RuleContext } from './types'
import { judged } from './rules/structured-pairs'
import { personPhraseRule } from './rules/person-phrases'

// A YAML block list holds its key's values one per line, with the key on a line of its own:
//
//     owners:
//       - Priya Raman
//       - "Tomasz Wójcik"
//
// An item's line names no key, so no rule can tell what it holds. The session carries the open
// list's key from line to line (across chunks) and judges each scalar item as the key table
// judges `"key":"item"`, with a plural key also read as its singular (`owners` as `owner`).
// Items that are maps (`- name: x`) are left to the rules that read their own keys.

export interface ListState {
  key: string
  /** indentation of the key's line: items sit at it or deeper, anything else ends the list */
  indent: number
}

export const yamlListRule: Rule = {
  id: 'yaml-list',
  category: 'person',
  kind: 'name',
  detector:
    'scalar items (`- value`, quoted or not) of a YAML block list under a key on its own line (`owners:`, `users:`, `hosts:`), each judged as the key table judges `"key":"value"` (plural keys also as their singular)',
  replacement: "as the key table replaces the key's value",
  apply: (text) => text
}

// `key:` alone on its line (a comment may follow); a list item may itself open a list (`- users:`)
const LIST_KEY = /^([ \t]*)(?:-[ \t]+)?([A-Za-z][\w .-]{0,63}?)[ \t]*:[ \t]*(?:#.*)?$/
// (a comment after the value, ` # …`, is not part of it)
const ITEM = /^([ \t]*)-[ \t]+(.*?)(?:[ \t]+#.*)?[ \t]*$/
const QUOTED = /^(["'])(.*)\1$/
// an item that is a map entry or a flow collection, or a comment or anchor
const NOT_SCALAR = /^(?:[\w .-]{1,64}:(?:[ \t]|$)|[[{#&*!|>])/

function indentOf(line: string): number {
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++
  return i
}

/** The value the key table gives the item under `key` (or its singular), or undefined. */
function judgeItem(key: string, value: string, ctx: RuleContext): string | undefined {
  const keys = [key]
  if (/[a-z]s$/i.test(key)) keys.push(key.slice(0, -1))
  for (const k of keys) {
    // person roles (`attendees`, `members`) are the phrase rule's; the rest the key table's
    const pair = `"${k}":"${value}"`
    const phrase = personPhraseRule.apply(pair, ctx)
    if (phrase !== pair) {
      const prefix = `"${k}":"`
      if (phrase.startsWith(prefix) && phrase.endsWith('"')) return phrase.slice(prefix.length, -1)
    }
    const v = judged(k, value, ctx)
    if (v !== undefined) return v
  }
  return undefined
}

/** Redacts the items of block lists in a chunk of whole lines; returns the list still open at its end. */
export function redactYamlLists(
  text: string,
  state: ListState | undefined,
  ctx: RuleContext
): { text: string; state: ListState | undefined } {
  // a list needs a line ending in `:` or an item; most chunks have neither shape at a line's start
  if (state === undefined && !text.includes(':\n') && !text.includes(':\r\n') && !/:[ \t]*(?:#[^\n]*)?$/.test(text)) return { text, state }
  const lines = text.split('\n')
  let changed = false
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const cr = raw.endsWith('\r') ? '\r' : ''
    const line = cr ? raw.slice(0, -1) : raw
    const first = indentOf(line)
    if (first === line.length || line.charCodeAt(first) === 35) continue // blank or comment: the list goes on
    if (state !== undefined && line.charCodeAt(first) === 45) {
      const item = ITEM.exec(line)
      if (item !== null && item[1]!.length >= state.indent) {
        const value = item[2]!
        if (!NOT_SCALAR.test(value) && value.length > 0 && value.length <= 512) {
          const q = QUOTED.exec(value)
          const inner = q === null ? value : q[2]!
          const v = inner === '' ? undefined : judgeItem(state.key, inner, ctx)
          if (v !== undefined) {
            const at = item[1]!.length + item[0].slice(item[1]!.length).indexOf(value) + (q === null ? 0 : 1)
            lines[i] = line.slice(0, at) + v + line.slice(at + inner.length) + cr
            changed = true
          }
        }
        // an item that opens a list of its own (`- users:`) is handled below
        if (!line.trimEnd().endsWith(':')) continue
      }
    }
    const key = line.charCodeAt(line.length - 1) === 58 || line.includes('#') ? LIST_KEY.exec(line) : null
    state = key !== null ? { key: key[2]!, indent: key[1]!.length } : undefined
  }
  return { text: changed ? lines.join('\n') : text, state }
}
