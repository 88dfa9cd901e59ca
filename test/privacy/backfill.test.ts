import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'
import { spreadable, standsFree } from '../../src/main/privacy/backfill'
import type { PseudonymEntry } from '../../src/main/privacy/pseudonyms'
import { meetingIdForms } from '../../src/main/privacy/meeting-id-forms'

const entry = (token: string, value: string): PseudonymEntry => ({ token, value, category: 'person', rule: 'test' })

describe('backfill: which replaced values spread to every line', () => {
  // [token, value, spreads]
  const rows: Array<[string, string, boolean]> = [
    ['<name-1>', "Siobhán O'Donnell-Reyes", true],
    ['<name-1>', 'Haruto Kobayashi', true],
    // a rule's mistake on one line must not take a product's name from every file
    ['<name-1>', 'Microsoft Teams', false],
    ['<name-1>', 'Lagos Boardroom 4', false],
    ['<host-1>', 'FGT-LIS-HQ-01', true],
    ['<host-1>', 'ad.kestrelbio.eu', true],
    ['<host-1>', 'ROOMPC', false],
    ['<ssid-1>', 'Orzeł-Guest', true],
    ['<ssid-1>', 'Guest', false],
    ['<user-1>', 'rui.alves', true],
    ['<user-1>', 'svc-avadmin', true],
    ['<user-1>', 'hkobayashi', true],
    // an account named with an English word is that word everywhere else
    ['<user-1>', 'profile', false],
    ['<user-1>', 'admin', false],
    ['<user-1>', 'jdoe', false],
    ['<serial-1>', '839f8a2c-2c41-4b1e-9d9c-5e0f7b3a61d4', true],
    // a serial's shape may be a Logitech device's, kept where its context says so
    ['<serial-1>', '2231LZ0QK7M8', false],
    ['<domain-1>', 'BRIGHTWATER', true],
    ['<domain-1>', 'KESTREL', false],
    ['<domain-1>', 'WORKGROUP', false],
    ['<secret-1>', 'Verao2024!', true],
    ['<secret-1>', 'password', false],
    // kinds whose own rules find every occurrence by shape
    ['<ip-10/8-1>', '10.30.0.5', false],
    ['<email-1>', 'rui.alves@bw.example', false],
    ['<address-1>', 'Dublin', false],
    ['<name-1>', 'Ana\nSouza', false]
  ]
  it.each(rows)('%s %j → %s', (token, value, spreads) => {
    expect(spreadable(entry(token, value))).toBe(spreads)
  })

  it('replaces a value only where it stands free', () => {
    expect(standsFree('at FGT-01 now', 3, 'FGT-01')).toBe(true)
    expect(standsFree('xFGT-01', 1, 'FGT-01')).toBe(false)
    expect(standsFree('FGT-01.cfg', 0, 'FGT-01')).toBe(false)
    expect(standsFree('FGT-01. Done', 0, 'FGT-01')).toBe(true)
    expect(standsFree('rui.alves@x.example', 0, 'rui.alves')).toBe(false)
  })
})

describe('session.backfill', () => {
  it('gives a value named on a later line its token on the lines before, and counts it', () => {
    const s = createRedactionSession({ hostIdentities: {} })
    const text = [
      '# capture from FGT-LIS-HQ-01 by rui.alves',
      'devname="FGT-LIS-HQ-01" user=rui.alves',
      'FGT-LIS-HQ-01.cfg kept glued'
    ].join('\n')
    const once = s.redactText(text, 'fw.log').text
    expect(once.split('\n')[0]).toBe('# capture from FGT-LIS-HQ-01 by rui.alves')
    const host = /devname="(<host-\d+>)"/.exec(once)![1]!
    const user = /user=(<user-\d+>)/.exec(once)![1]!
    const before = s.report().rules['backfill'] ?? 0
    const out = s.backfill(once, 'fw.log')
    expect(out.split('\n')[0]).toBe(`# capture from ${host} by ${user}`)
    expect(out.split('\n')[2]).toBe('FGT-LIS-HQ-01.cfg kept glued')
    expect((s.report().rules['backfill'] ?? 0) - before).toBe(2)
    // a second look changes nothing more
    expect(s.backfill(out, 'fw.log')).toBe(out)
  })

  it('changes nothing when the session replaced nothing that spreads', () => {
    const s = createRedactionSession({ hostIdentities: {} })
    const out = s.redactText('Logitech Rally Bar fw 1.12.230 from 10.30.0.5', 'a.log').text
    expect(s.backfill(out)).toBe(out)
  })
})

describe('meeting id forms', () => {
  it('writes a numeric id run together and grouped in threes and fours, with blanks and hyphens', () => {
    const forms = meetingIdForms('84512903376')
    expect(forms).toContain('84512903376')
    expect(forms).toContain('845 1290 3376')
    expect(forms).toContain('845-1290-3376')
    expect(forms).toContain('8451 290 3376')
    expect(meetingIdForms('845 1290 3376')).toEqual(forms)
    expect(meetingIdForms('123 456 789 012')).toContain('123456789012')
  })

  it('has none for what is no numeric meeting id', () => {
    expect(meetingIdForms('xqz-fhbt-kpw')).toEqual([])
    expect(meetingIdForms('12345678')).toEqual([])
    expect(meetingIdForms('123456789012345')).toEqual([])
    expect(meetingIdForms('19:meeting_NjE0@thread.v2')).toEqual([])
  })

  it('gives a meeting id found in a link its token in its other forms, on later lines and, backfilled, earlier ones', () => {
    const s = createRedactionSession({ hostIdentities: {} })
    const text = ['dial in: ID 845 1290 3376', 'https://zoom.us/j/84512903376?pwd=abc', 'join 845-1290-3376; phone 845 129 03376'].join(
      '\n'
    )
    const once = s.redactText(text, 'm.log').text
    const token = /\/j\/(<meeting-\d+>)/.exec(once)![1]!
    expect(once.split('\n')[2]).toBe(`join ${token}; phone 845 129 03376`)
    expect(s.backfill(once).split('\n')[0]).toBe(`dial in: ID ${token}`)
  })
})
