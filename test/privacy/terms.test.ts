import { describe, it, expect } from 'vitest'
import { createRedactionSession, parseTermList, TermListError, type Term } from '../../src/main/privacy'

const redact = (text: string, terms: Term[]): string => createRedactionSession({ terms }).redactText(text).text

describe('term lists', () => {
  it('parses one term per line, and CSV with a kind column', () => {
    expect(parseTermList('# rooms\nContoso Boardroom\n\nDoe, Jane\n')).toEqual([
      { value: 'Contoso Boardroom', kind: 'term' },
      { value: 'Doe, Jane', kind: 'term' }
    ])
    expect(parseTermList('\uFEFFvalue,kind\r\n"Doe, Jane",person\r\nakowalski,USER\r\nws-0042.corp.example,host\r\n')).toEqual([
      { value: 'Doe, Jane', kind: 'person' },
      { value: 'akowalski', kind: 'user' },
      { value: 'ws-0042.corp.example', kind: 'host' }
    ])
    expect(parseTermList('kind,name\ndomain,northwind.example\n')).toEqual([{ value: 'northwind.example', kind: 'domain' }])
  })

  it('rejects an unknown kind or a broken quote, naming the line', () => {
    expect(() => parseTermList('value,kind\nx,robot\n')).toThrow(TermListError)
    expect(() => parseTermList('value,kind\nx,robot\n')).toThrow(/line 2: unknown kind "robot"/)
    expect(() => parseTermList('value,kind\n"open,person\n')).toThrow(/line 2: unterminated quote/)
  })

  it('matches a person in every usual spelling, with one token per entity', () => {
    const terms: Term[] = [{ value: 'Agnieszka Dąbrowska', kind: 'person' }]
    const text =
      'AGNIESZKA DĄBROWSKA; Dąbrowska, Agnieszka; agnieszka.dabrowska; A. Dąbrowska; adabrowska; Agnieszka%20D%C4%85browska; Agnieszka+Dąbrowska'
    expect(redact(text, terms)).toBe('<name-1>; <name-1>; <name-1>; <name-1>; <name-1>; <name-1>; <name-1>')
  })

  it('matches whole words only, and hosts by their short name', () => {
    const terms: Term[] = [
      { value: 'ws-0042.corp.example', kind: 'host' },
      { value: 'akowalski', kind: 'user' },
      { value: 'Aurora', kind: 'term' }
    ]
    expect(redact('ws-0042 and ws-0042.corp.example; akowalski2 akowalski; AURORA Auroras', terms)).toBe(
      '<host-1> and <host-1>; akowalski2 <user-1>; <term-1> Auroras'
    )
  })

  it('gives 10,000 terms sharing first words the same answers as a single one', () => {
    const many: Term[] = []
    for (let i = 0; i < 10000; i++)
      many.push({ value: `Jennifer Surname${i}`, kind: 'person' }, { value: `WS-${i}.corp.example`, kind: 'host' })
    const text = 'Jennifer Surname9999 met Jennifer Surname17 at WS-5000; Jennifer Surname stays; Jennifer Surname10001 stays'
    expect(redact(text, many)).toBe('<name-1> met <name-2> at <host-1>; Jennifer Surname stays; Jennifer Surname10001 stays')
  }, 60000)
})
