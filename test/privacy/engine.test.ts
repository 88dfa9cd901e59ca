import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { createRedactionSession, BinaryInputError } from '../../src/main/privacy'
import { ADVERSARIAL_LINES } from '../../src/main/privacy/eval/adversarial'

const PII = [
  'jane.doe@example.com',
  '+1 (415) 555-0123',
  '203.0.113.45',
  '192.168.1.20',
  'aa:bb:cc:dd:ee:ff',
  'fe80::c6b3:1ff:fecd:467f',
  'C:\\Users\\Jane Doe\\x',
  '/home/jdoe/x',
  'password=hunter2',
  'Bearer abc.def',
  'organizer="Zoë Moreau"',
  "SSID 'Joe's'",
  'https://us02web.zoom.us/j/85212345678?pwd=x',
  '4111 1111 1111 1111',
  'lat=47.6062',
  'S-1-5-21-1-2-3-4',
  'DESKTOP-AB12CDE',
  '10.0.22631.3296',
  '046d:0881',
  '1700000000000',
  '"token":"x"',
  'Meeting ID: 852 1234 5678',
  '<email-1>',
  'serial=ABC12345'
]
const piece = fc.oneof(
  fc.constantFrom(...PII),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(' ', '\n', ', ', ';', '=', ':', '"', "'", '\r\n', '\\')
)
const text = fc.array(piece, { maxLength: 20 }).map((xs) => xs.join(''))
// A fixed seed keeps CI reproducible: a random one made a run fail on an input no one could replay.
// Fuzz longer with PRIVACY_FUZZ_SEED=<n> PRIVACY_FUZZ_RUNS=<n>; what such runs find becomes an example.
const FUZZ = {
  seed: Number(process.env['PRIVACY_FUZZ_SEED'] ?? 20261207),
  numRuns: Number(process.env['PRIVACY_FUZZ_RUNS'] ?? 400)
}

describe('properties', () => {
  it('is idempotent: redact(redact(x)) == redact(x)', () => {
    fc.assert(
      fc.property(text, (x) => {
        const once = createRedactionSession().redactText(x).text
        expect(createRedactionSession().redactText(once).text).toBe(once)
      }),
      // (counterexamples found by earlier runs stay as examples)
      {
        ...FUZZ,
        examples: [
          ["SSID 'Joe's'jane.doe@example.com\\'"],
          ['+1 (415) 555-0123 4111 1111 1111 1111'],
          ['https://us02web.zoom.us/j/85212345678?pwd=x#?https://us02web.zoom.us/j/85212345678?pwd=x'],
          ['https://us02web.zoom.us/j/85212345678?pwd=x;:https://us02web.zoom.us/j/85212345678?pwd=x'],
          ['https://us02web.zoom.us/j/85212345678?pwd=x;S-1-5-21-1-2-3-4https://us02web.zoom.us/j/85212345678?pwd=x'],
          ['jane.doe@example.com@Wm'],
          ['A0\\A$jane.doe@example.com']
        ]
      }
    )
  })
  it('preserves the line count', () => {
    fc.assert(
      fc.property(text, (x) => {
        expect(createRedactionSession().redactText(x).text.split('\n').length).toBe(x.split('\n').length)
      }),
      FUZZ
    )
  })
})

describe('pseudonyms', () => {
  it('gives one value one token across files, different values different tokens', () => {
    const s = createRedactionSession()
    const a = s.redactText('from 203.0.113.1 and 203.0.113.2', 'a.log').text
    const b = s.redactText('again 203.0.113.2 then 203.0.113.1', 'b.log').text
    expect(a).toBe('from <ip-public-1> and <ip-public-2>')
    expect(b).toBe('again <ip-public-2> then <ip-public-1>')
    const map = s.pseudonymMap()
    expect(map.find((e) => e.token === '<ip-public-2>')?.value).toBe('203.0.113.2')
  })
  it('numbers tokens in the order they appear, not in the order the rules ran', () => {
    // the URL rule runs before the host-name rule, and e-mail before the phone rule
    const s = createRedactionSession()
    const out = s.redactText('host srv1.contoso.com\nthen https://srv2.contoso.com/x and srv1.contoso.com\nbye', 'a.log').text
    expect(out).toBe('host <host-1>\nthen https://<host-2>/x and <host-1>\nbye')
    expect(s.pseudonymMap().find((e) => e.token === '<host-2>')?.value).toBe('srv2.contoso.com')
    // numbering goes on across calls and files, still in order
    expect(s.redactText('https://srv3.contoso.com/ srv4.contoso.com srv2.contoso.com', 'b.log').text).toBe(
      'https://<host-3>/ <host-4> <host-2>'
    )
  })
  it('does not carry tokens between bundles', () => {
    const one = createRedactionSession().redactText('x 203.0.113.7').text
    const two = createRedactionSession().redactText('x 198.51.100.9 y 203.0.113.7').text
    expect(one).toBe('x <ip-public-1>')
    expect(two).toBe('x <ip-public-1> y <ip-public-2>')
  })
})

describe('bounded pseudonym map', () => {
  const ip = (i: number): string => `203.0.${(i >> 8) & 255}.${i & 255}`
  it('forgets the oldest values past the limit, keeps recurring ones, never reuses a token', () => {
    const s = createRedactionSession({ pseudonymLimit: 10 })
    // 203.0.0.0 recurs after every new value: it must keep its token throughout
    const lines = Array.from({ length: 40 }, (_, i) => `a ${ip(1000 + i)} b ${ip(0)}`)
    const out = s.redactText(lines.join('\n')).text.split('\n')
    expect(new Set(out.map((l) => l.split(' b ')[1]))).toEqual(new Set(['<ip-public-2>']))
    const tokens = out.map((l) => l.split(' ')[1])
    expect(new Set(tokens).size).toBe(40)
    const map = s.pseudonymMap()
    expect(map.length).toBeLessThanOrEqual(10)
    expect(map.find((e) => e.token === '<ip-public-2>')?.value).toBe(ip(0))
    expect(s.report().pseudonymsForgotten).toBe(41 - map.length)
    // a forgotten value comes back under a new number, never under another value's token
    const again = s.redactText(`a ${ip(1000)}`).text
    expect(again).toBe('a <ip-public-42>')
  })
  it('forgets nothing below the limit', () => {
    const s = createRedactionSession()
    s.redactText(Array.from({ length: 500 }, (_, i) => ip(i)).join('\n'))
    expect(s.pseudonymMap()).toHaveLength(500)
    expect(s.report().pseudonymsForgotten).toBe(0)
  })
  it('refuses a limit that cannot hold two generations', () => {
    expect(() => createRedactionSession({ pseudonymLimit: 1 })).toThrow(/pseudonym limit/)
  })
})

describe('report', () => {
  it('counts categories and gives spans in output coordinates', () => {
    const s = createRedactionSession()
    const out = s.redactText('ok\nmail jane@example.com from 10.1.2.3', 'f.log')
    expect(out.spans).toEqual([
      { line: 2, start: 5, end: 14, category: 'contact', rule: 'email', token: '<email-1>' },
      { line: 2, start: 20, end: 31, category: 'network-identifier', rule: 'ipv4', token: '<ip-10/8-1>' }
    ])
    const r = s.report()
    expect(r.categories.contact).toBe(1)
    expect(r.files[0]?.lines).toBe(2)
    expect(JSON.stringify(r)).not.toContain('jane@example.com')
  })
})

describe('JSON', () => {
  it('keeps JSON lines valid and redacts values under sensitive keys', () => {
    const s = createRedactionSession()
    const line = JSON.stringify({
      password: 'hunter2',
      email: 'jane@example.com',
      path: 'C:\\Users\\jdoe\\x',
      msg: 'from 203.0.113.5 "quoted"'
    })
    const out = s.redactText(line).text
    const parsed = JSON.parse(out) as Record<string, string>
    expect(parsed['password']).toMatch(/^<secret-\d+>$/)
    expect(parsed['email']).toMatch(/^<email-\d+>$/)
    expect(parsed['path']).toBe('C:\\Users\\<user-1>\\x')
    expect(out).not.toContain('203.0.113.5')
  })
  it('redactJson walks structures by key name and keeps Logitech serials', () => {
    const s = createRedactionSession()
    const out = s.redactJson({
      user: { displayName: 'Zoë', token: 12345, phone: '+1 415 555 0123' },
      devices: [{ vendor: 'Logitech', serialNumber: '2152LZ0ABC12' }],
      host: { serialNumber: '5CG1234XYZ' }
    })
    expect(out.user.displayName).toMatch(/^<name-/)
    expect(out.user.token).toMatch(/^<secret-/)
    expect(out.devices[0]?.serialNumber).toBe('2152LZ0ABC12')
    expect(out.host.serialNumber).toMatch(/^<serial-/)
  })
})

async function runStream(input: Buffer | Buffer[], opts = {}): Promise<Buffer> {
  const s = createRedactionSession()
  return buffer(Readable.from(Array.isArray(input) ? input : [input]).pipe(s.createStream(opts)))
}

describe('streams', () => {
  it('redacts across chunk boundaries with the same result as redactText', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} user jane${i % 7}@example.com from 10.0.${i % 250}.1 ok`).join('\n')
    const buf = Buffer.from(lines)
    const parts: Buffer[] = []
    for (let i = 0; i < buf.length; i += 777) parts.push(buf.subarray(i, i + 777))
    const out = (await runStream(parts, { chunkBytes: 4096 })).toString('utf8')
    expect(out).toBe(createRedactionSession().redactText(lines).text)
  })
  it('handles UTF-16LE with BOM and writes UTF-16LE back', async () => {
    const src = 'Zoë logged in from 203.0.113.5\r\nsecond line\r\n'
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(src, 'utf16le')])
    const out = await runStream(input)
    expect(out[0]).toBe(0xff)
    expect(out.subarray(2).toString('utf16le')).toBe('Zoë logged in from <ip-public-1>\r\nsecond line\r\n')
  })
  it('detects UTF-16LE without BOM', async () => {
    const out = await runStream(Buffer.from('mail a.b@example.com\n'.repeat(40), 'utf16le'))
    expect(out.toString('utf16le').split('\n')[0]).toBe('mail <email-1>')
  })
  it('refuses binary input unless the caller opts in', async () => {
    const bin = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 9, ...Buffer.from(' jane@example.com ')])
    await expect(runStream(bin)).rejects.toBeInstanceOf(BinaryInputError)
    const out = await runStream(bin, { allowBinary: true })
    expect(out.toString('latin1')).toContain('<email-1>')
  })
  it.each(ADVERSARIAL_LINES.map((l) => [l.name, l.line] as const))(
    'finishes a 1 MiB line with no newline (adversarial input: %s)',
    (_name, line) => {
      expect(line.length).toBeGreaterThanOrEqual(1 << 20)
      const out = createRedactionSession().redactText(line).text
      expect(out.split('\n').length).toBe(line.split('\n').length)
      // generous: this proves the line finishes (no exponential backtracking); how fast is the bench's
      // to say. Late in a busy test process one of these took 6 s where a fresh process takes 0.4 s.
    },
    60_000
  )
  it('cuts a streamed line with no newline at the line limit', async () => {
    const streamed = await runStream(Buffer.from('x'.repeat(3 << 20)), { maxLineBytes: 1 << 20 })
    expect(streamed.length).toBe(3 << 20)
  })
})
