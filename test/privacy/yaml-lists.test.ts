import { describe, expect, it } from 'vitest'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { createRedactionSession } from '../../src/main/privacy'

// YAML block lists: an item's line names no key; the key on the line above says what it holds.
// [input, expected output], each row in a fresh session (no value learned from another row).
const rows: Array<[string, string]> = [
  ['owners:\n  - Priya Raman\n  - "Tomasz Wójcik"', 'owners:\n  - <name-1>\n  - "<name-2>"'],
  // items at the key's own indentation, a comment after the value, CRLF line ends
  ['users:\r\n- praman\r\n- twojcik  # left in May\r\n', 'users:\r\n- <user-1>\r\n- <user-2>  # left in May\r\n'],
  ['hosts:\n  - fs01.corp.example.com\n  - 10.0.0.1', 'hosts:\n  - <host-1>\n  - <ip-10/8-1>'],
  [
    'spec:\n  attendees:\n    - Amara Okafor\n  devices:\n    - Rally Bar\n    - Tap IP',
    'spec:\n  attendees:\n    - <name-1>\n  devices:\n    - Rally Bar\n    - Tap IP'
  ],
  // blank and comment lines inside the list keep it open; a line at a shallower indent ends it
  [
    '  owners:\n\n  # on leave\n  - Priya Raman\nrooms:\n  - Lakeside Room',
    '  owners:\n\n  # on leave\n  - <name-1>\nrooms:\n  - Lakeside Room'
  ],
  ['owners:\n  - Priya Raman\nlevel: 2\n  - Oak Room', 'owners:\n  - <name-1>\nlevel: 2\n  - Oak Room'],
  // a list item that opens a list of its own, and a map item (its own key decides)
  ['- users:\n    - praman', '- users:\n    - <user-1>'],
  ['owners:\n  - id: 4\n  - [a, b]', 'owners:\n  - id: 4\n  - [a, b]'],
  // a key whose values are not personal keeps its items
  ['steps:\n  - Restart Rally Bar\n  - Check firmware 1.12.261', 'steps:\n  - Restart Rally Bar\n  - Check firmware 1.12.261']
]

describe('YAML block lists', () => {
  it.each(rows)('%j', (input, expected) => {
    expect(createRedactionSession().redactText(input).text).toBe(expected)
  })

  it('carries the open list from one chunk of a stream to the next', async () => {
    const items = Array.from({ length: 200 }, (_, i) => `  - user${i}x`)
    const input = ['users:', ...items].join('\n') + '\n'
    const out = (await buffer(Readable.from([input]).pipe(createRedactionSession().createStream({ chunkBytes: 256 })))).toString('utf8')
    const lines = out.split('\n')
    expect(lines[0]).toBe('users:')
    for (let i = 1; i <= 200; i++) expect(lines[i]).toMatch(/^ {2}- <user-\d+>$/)
  })
})
