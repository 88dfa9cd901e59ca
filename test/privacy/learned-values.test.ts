import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'

// A value a rule found under its key (SSID, organizer, computer name …) is replaced on that line
// and every later one, with the token it already has; never on earlier lines. [input, expected]
type Row = [string, string]
const redact = (s: string): string => createRedactionSession().redactText(s).text

const rows: Row[] = [
  // netsh repeats the SSID as the profile's name, under a key too generic to redact everywhere
  [
    'SSID                   : CONTOSO-MTR\nProfile                : CONTOSO-MTR',
    'SSID                   : <ssid-1>\nProfile                : <ssid-1>'
  ],
  // the same line counts too, and a sentence's full stop or a comma is no glue
  ['ssid="Büro 5G" roamed from Büro 5G, then Büro 5G.', 'ssid="<ssid-1>" roamed from <ssid-1>, then <ssid-1>.'],
  // a person named by a key, then in free text; case folded
  ['Organizer: Declan Wiśniewski\nmeeting with declan wiśniewski ended', 'Organizer: <name-1>\nmeeting with <name-1> ended'],
  // a host named by a key, then bare
  ['Computer: ROOMPC-042\nLogon from ROOMPC-042 accepted', 'Computer: <host-1>\nLogon from <host-1> accepted'],
  // earlier lines are not rewritten (a stream cannot go back)
  ['join CONTOSO-MTR now\nSSID: CONTOSO-MTR', 'join CONTOSO-MTR now\nSSID: <ssid-1>'],
  // one word of letters is too likely an ordinary word elsewhere; so is a single name
  ['SSID: Office\nback to the Office', 'SSID: <ssid-1>\nback to the Office'],
  ['Organizer: Declan\nDeclan joined', 'Organizer: <name-1>\nDeclan joined'],
  // … but a full name teaches its given name when that is a listed given name and no English word,
  // in either order; a given name that is a word (`Grant`) is not learned
  ['Caller: Solberg, Ingrid\nagreed with Ingrid and ingrid', 'Caller: <name-1>\nagreed with <name-1> and <name-1>'],
  ['Organizer: Tomasz Kowalczyk\nask Tomasz', 'Organizer: <name-1>\nask <name-1>'],
  ['Organizer: Grant Abernathy\nGrant access', 'Organizer: <name-1>\nGrant access'],
  // a value holding a hex constant, read after a loose key, is not spread: elsewhere it is an error code
  ['en0: SSID 0x887A0005 | ok\nDXGI failed 0x887A0005', 'en0: SSID <ssid-1> | ok\nDXGI failed 0x887A0005'],
  // (here the network name's own rule keeps the code, and a lone word is not learned)
  ['en0: SSID error 0x887A0005 | ok\nimage error 0x887A0005, x', 'en0: SSID <ssid-1> 0x887A0005 | ok\nimage error 0x887A0005, x'],
  // whole words only, and not where the token would be glued to a neighbour
  ['SSID: CONTOSO-MTR\nCONTOSO-MTR2 x/CONTOSO-MTR CONTOSO-MTR_old', 'SSID: <ssid-1>\nCONTOSO-MTR2 x/CONTOSO-MTR CONTOSO-MTR_old']
]

describe('learned values', () => {
  it.each(rows)('%s', (input, expected) => {
    expect(redact(input)).toBe(expected)
  })

  it('a product name taken for a person does not spread', () => {
    expect(redact('{"name":"Rally Camera Pro"}\nRally Camera Pro online')).toMatch(/\nRally Camera Pro online$/)
  })

  it('gives a stream cut anywhere the same output as the whole text', async () => {
    const lines: string[] = []
    for (let i = 0; i < 400; i++) {
      if (i % 50 === 7) lines.push(`    SSID                   : ROOM-${i}-5G`)
      lines.push(
        `    Profile                : ROOM-${i - (i % 50) + 7}-5G`,
        `Organizer: Ann Lee${i % 3 === 0 ? '-Moreau' : ''}`,
        'met Ann Lee today'
      )
    }
    const text = lines.join('\n') + '\n'
    const whole = createRedactionSession().redactText(text).text
    expect(whole).toContain('Profile                : <ssid-')
    const bytes = Buffer.from(text)
    const parts: Buffer[] = []
    for (let i = 0; i < bytes.length; i += 333) parts.push(bytes.subarray(i, i + 333))
    const streamed = (await buffer(Readable.from(parts).pipe(createRedactionSession().createStream({ chunkBytes: 1024 })))).toString('utf8')
    expect(streamed).toBe(whole)
  })

  it('stops learning at its limit, and counts its replacements in the report', () => {
    const s = createRedactionSession({ learnedLimit: 1 })
    const out = s.redactText('SSID: ALPHA-1\nSSID: BRAVO-2\nALPHA-1 BRAVO-2').text
    expect(out.split('\n')[2]).toBe('<ssid-1> BRAVO-2')
    expect(s.report().rules['learned-value']).toBe(1)
  })
})
