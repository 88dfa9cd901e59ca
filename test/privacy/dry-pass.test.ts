import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'
import { redactChunk } from '../../src/main/privacy/redact-text'
import { PATTERN_RULES } from '../../src/main/privacy/rule-table'
import type { RuleContext } from '../../src/main/privacy/types'

const ctx: RuleContext = {
  hostIdentities: {},
  isKept: () => false,
  isInventorySerial: () => false,
  pseudonym: (rule) => `<${rule.kind}-1>`
}

describe('dry pass shortcut', () => {
  it('finds the last rule that replaced something on each line', () => {
    const lines = [
      'plain line, nothing here',
      'password=hunter2 from 203.0.113.45',
      'mail jane.doe@example.com',
      'host build01.corp.example.com ok'
    ]
    const last: number[] = []
    const out = redactChunk(lines.join('\n'), PATTERN_RULES, ctx, { pemBlocks: 0 }, 'f', last)
    const id = (k: number): string | undefined => PATTERN_RULES[k]?.id
    expect(last[0]).toBe(-1)
    expect(id(last[1]!)).toBe('ipv4')
    expect(id(last[2]!)).toBe('email')
    expect(id(last[3]!)).toBe('hostname')
    // the record for a chunk agrees with redacting each line alone
    lines.forEach((l, j) => {
      const one: number[] = []
      redactChunk(l, PATTERN_RULES, ctx, { pemBlocks: 0 }, 'f', one)
      expect(one[0]).toBe(last[j])
    })
    expect(out.split('\n')).toHaveLength(lines.length)
    expect(last).toHaveLength(lines.length)
  })

  it('leaves glued lines stable: a second redaction changes nothing', () => {
    // tokens glued to words, and values that only become visible once a neighbour is a token
    const text = [
      'x<host-1>y user=<user-1>admin@corp.example.com',
      'a=<secret-1>https://203.0.113.9/p?q=1',
      'token="ab<secret-2>cd" 10.1.2.3<ip-10/8-1>10.1.2.4',
      'lat=<geo-1>47.60621,-122.33207 phone=+1 415 555 0123'
    ].join('\n')
    const session = createRedactionSession()
    const once = session.redactText(text).text
    expect(once).not.toContain('admin@corp')
    expect(once).not.toContain('203.0.113.9')
    expect(session.redactText(once).text).toBe(once)
  })
})
