import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRedactionSession } from '../../src/main/privacy'

// Golden pair: a Teams Rooms PC with a Logitech Rally (Windows events, setupapi, ipconfig, netsh,
// Logi Sync, Teams Rooms JSON, an ICS item, AD lookups; every value synthetic) and its redaction as
// written by hand from the documented token conventions: every personal value replaced, numbered
// per kind in order of first appearance, everything support needs kept verbatim. Redacted the way
// `logi-diag redact --no-host-identities` does it: no host identities, no device inventory.
// The pair is stored as .txt because *.log is git-ignored.
const dir = join(__dirname, 'fixtures', 'golden')
const read = (name: string): string => readFileSync(join(dir, name), 'utf8')

/** One entry per differing line: its number, what the hand-written expectation says, what the engine wrote. */
function lineDiff(expected: string, actual: string): string[] {
  const e = expected.split('\n')
  const a = actual.split('\n')
  const out: string[] = []
  if (e.length !== a.length) out.push(`line count: expected ${e.length}, got ${a.length}`)
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) out.push(`line ${i + 1}:\n  expected: ${e[i] ?? '(none)'}\n  actual:   ${a[i] ?? '(none)'}`)
  }
  return out
}

describe('golden redaction: room PC log', () => {
  const input = read('room-pc.input.txt')
  const expected = read('room-pc.expected.txt')

  it('the pair is a real redaction task (same lines, values to replace)', () => {
    expect(expected.split('\n').length).toBe(input.split('\n').length)
    expect(lineDiff(input, expected).length).toBeGreaterThan(40)
  })

  it('redacts to the hand-written expectation, line for line', () => {
    const session = createRedactionSession({ hostIdentities: {}, deviceSerials: [] })
    const actual = session.redactText(input, 'room-pc.log').text
    const diff = lineDiff(expected, actual)
    expect(diff, `${diff.length} line(s) differ from room-pc.expected.txt:\n${diff.join('\n')}`).toEqual([])
  })
})
