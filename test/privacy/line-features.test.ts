import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LINE, chunkFeatures, lineFeatures } from '../../src/main/privacy/line-features'
import { redactChunk } from '../../src/main/privacy/redact-text'
import { PATTERN_RULES } from '../../src/main/privacy/rule-table'
import { generateEvalSet } from '../../src/main/privacy/eval/generate'
import { TEMPLATES } from '../../src/main/privacy/eval/templates'
import { HELDOUT_TEMPLATES } from '../../src/main/privacy/eval/templates-heldout'
import { SECOND_TEMPLATES } from '../../src/main/privacy/eval/templates-second'
import { osCaptureCorpora } from '../../src/main/privacy/eval/kit'
import type { Rule, RuleContext } from '../../src/main/privacy/types'

// One table per feature bit: lines that must have it (a shape the rule asking for it matches
// there) and lines that must not (the near misses that make the bit worth having).
const ROWS: Array<{ bit: keyof typeof LINE; has: string[]; hasNot: string[] }> = [
  {
    bit: 'macShape',
    has: [
      'peer aa:bb:cc:dd:ee:ff joined',
      'A4-AC-4E-E5-B3-39: Ageout',
      'conn_aa_bb_cc_dd_ee_ff.log',
      'sw 0a1b.2c3d.4e5f',
      'ap 1234.5678.9012',
      'BTHENUM\\{0000110b}_LOCALMFG&0002\\7&1A2B&0&A4DC4C3606A3_C00000000',
      'peer 306AF735C9AC associated'
    ],
    hasNot: ['2024-05-02 10:11:12, Info', '[2024-06-14T03:52:53.506Z] (046d:0881)', 'hash 31bf3856ad', 'v 1.2.3']
  },
  {
    bit: 'phoneRun',
    has: ['call +44 7700 900123', 'tel (415) 555-0123', 'ring 0612345678', 'ph 415-555-0123', 'x_+4915112345678', 'at 030 1234567'],
    hasNot: ['Mar 14 08:06:30 roompc', '2024-05-02 10:11:12', '[ 1234.567890]', 'id 12345678901', 'v6.1.7601.23505', 'x0612345678']
  },
  {
    bit: 'cardRun',
    has: ['visa 4222222222222', 'pan 4111 1111 1111 1111', 'cc=4111-1111-1111-1111', 'n 4111111111111111'],
    hasNot: ['2024-05-02 10:11:12.123', 'id 171700000000', '4111,1111,1111,1111', '4111\t1111\t1111\t1111']
  },
  {
    bit: 'dottedQuad',
    has: ['from 203.0.113.45 port', 'v6.1.7601.23505'],
    hasNot: ['at 10:11:12.506', 'fw=1.12.261', 'a.b.c.d']
  },
  {
    bit: 'v6Shape',
    has: ['addr fe80::1%en0', 'v6(en0:2607:f8b0:4005:80a:0:0:0:200e)', 'x ::ffff:10.0.0.1'],
    hasNot: ['10:11:12 to 13:14:15', 'a:b:c:d:e']
  },
  {
    bit: 'decimals4',
    has: ['at 47.6062,-122.3321', 'lat .1234', 'x 1.12345N'],
    hasNot: ['took 12.345 s', 'v1.2.3']
  },
  {
    bit: 'hemisphere',
    has: ['at 47N 122W', 'pos 47.6N, 122.3W', 'S,,,1'],
    hasNot: ['NS1', 'N    1', 'n 1']
  },
  { bit: 'ibanHead', has: ['iban GB82 WEST 1234', 'DE89370400440532013000'], hasNot: ['G8 2', 'gb82', 'GB8X'] },
  { bit: 'linkColon', has: ['see https://x', 'zoommtg://x', 'dial tel:+1', 'SIP:alice', 'webex:9'], hasNot: ['at 10:11', 'Core: C'] },
  { bit: 'at', has: ['a@b'], hasNot: ['a at b'] },
  { bit: 'apostrophe', has: ["Zoë's iPad", 'Zoë’s iPad'], hasNot: ['Zoes iPad'] }
]

describe('line features', () => {
  for (const row of ROWS)
    it(`${row.bit}: set on lines with the shape, not on near misses`, () => {
      for (const l of row.has) expect(lineFeatures(l) & LINE[row.bit], l).not.toBe(0)
      for (const l of row.hasNot) expect(lineFeatures(l) & LINE[row.bit], l).toBe(0)
    })

  it('scans a chunk line by line as each line alone', () => {
    const lines = ROWS.flatMap((r) => [...r.has, ...r.hasNot])
    const out = new Int32Array(lines.length)
    chunkFeatures(lines.join('\n'), out)
    expect([...out]).toEqual(lines.map(lineFeatures))
  })
})

// The bits are necessary conditions: with them, each rule sees only some lines; without, all.
// The output must be the same either way, on every evaluation set and on random text built from
// the characters the shapes are made of.
const UNGATED: Rule[] = PATTERN_RULES.map((r) => ({ ...r, needs: undefined }))
function context(): RuleContext {
  const tokens = new Map<string, string>()
  return {
    hostIdentities: {},
    isKept: () => false,
    isInventorySerial: () => false,
    pseudonym: (rule, value, opts = {}) => {
      const key = `${opts.kind ?? rule.kind}|${opts.key ?? value}`
      if (!tokens.has(key)) tokens.set(key, `<${opts.kind ?? rule.kind}-${tokens.size + 1}>`)
      return tokens.get(key)!
    }
  }
}
function both(text: string): [string, string] {
  const gated = redactChunk(text, PATTERN_RULES, context(), { pemBlocks: 0 }, 'f')
  const all = redactChunk(text, UNGATED, context(), { pemBlocks: 0 }, 'f')
  return [gated, all]
}

describe('rules see only the lines with their features, and that changes nothing', () => {
  it('has rules that use the bits', () => {
    expect(PATTERN_RULES.filter((r) => r.needs !== undefined).length).toBeGreaterThanOrEqual(10)
  })

  const sets = { default: TEMPLATES, heldout: HELDOUT_TEMPLATES, second: SECOND_TEMPLATES }
  for (const [name, templates] of Object.entries(sets))
    it(`same output on the ${name} evaluation set`, () => {
      const text = generateEvalSet(31, 1500, templates)
        .records.map((r) => r.line)
        .join('\n')
      const [gated, all] = both(text)
      expect(gated).not.toBe(text)
      expect(gated).toBe(all)
    })

  it('same output on the real OS captures and the golden log', () => {
    const inputs = [...osCaptureCorpora(), join(__dirname, 'fixtures', 'golden', 'room-pc.input.txt')]
    for (const f of inputs) {
      const [gated, all] = both(readFileSync(f, 'utf8'))
      expect(gated, f).toBe(all)
    }
  })

  it('same output on random text made of the shapes’ characters', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9a-fA-F]{1,14}$/),
      fc.stringMatching(/^[0-9]{1,5}$/),
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        ',',
        '.',
        ':',
        '::',
        '-',
        '_',
        '+',
        '(',
        ')',
        '/',
        '\\',
        '@',
        '%',
        '&',
        "'s ",
        '=',
        'N ',
        'S,',
        'E',
        'W'
      ),
      fc.constantFrom('GB', 'tel:', 'https://', 'peer ', 'ms', 'SSID ', 'iban ', 'lat=', '046d', 'fe80', '0', '+44 ', '(0', 'Zoë'),
      // whole values of the shortest shapes each rule accepts
      fc.constantFrom('4222222222222', '4111-1111-1111-1111', '+44 7700 900123', '0612345678', '415-555-0123', '(030) 1234567'),
      fc.constantFrom('GB82WEST12345698765432', '10.0.0.1', '203.0.113.45', 'fe80::1', '2001:db8:0:0:0:0:0:1', '47.6062,-122.3321'),
      fc.constantFrom('aa:bb:cc:dd:ee:ff', '0a1b.2c3d.4e5f', '306AF735C9AC', '47N 122W', 'a@b.example.com', 'x%40y.com')
    )
    const line = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const [gated, all] = both(lines.join('\n'))
        expect(gated).toBe(all)
      }),
      { numRuns: 1500 }
    )
  })
})
