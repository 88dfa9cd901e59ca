import { describe, it, expect } from 'vitest'
import { createRedactionSession } from '../../src/main/privacy'
import { learnJsonBlockSerials, type JsonBlockState } from '../../src/main/privacy/json-blocks'

// Pretty-printed JSON: a Logitech device's serial and the model or vendor that names it stand on lines of one
// object; the object's serials are kept when it closes, another object's are not.
const learn = (lines: string[], state: JsonBlockState = { frames: [] }): string[] => {
  const kept: string[] = []
  learnJsonBlockSerials(lines.join('\n'), state, (s) => kept.push(s))
  return kept
}

describe('pretty-printed JSON objects', () => {
  it('keeps the serials of an object whose model, vendor or vendor id names Logitech, in either order', () => {
    expect(learn(['{', '  "serial": "2241LZ0R3K6C",', '  "model": "Rally Bar Mini"', '}'])).toEqual(['2241LZ0R3K6C'])
    expect(learn(['{', '  "vendorId": "0x046d",', '  "serialNumber": "2249LZ0TXBW7"', '}'])).toEqual(['2249LZ0TXBW7'])
    expect(learn(['{', '  "serial": "5CG1234XYZ",', '  "model": "OptiPlex 7090",', '  "name": "Rally Room"', '}'])).toEqual([])
  })

  it("counts an object's own members only, not those of an object inside it", () => {
    const lines = ['{', '  "serial": "5CG1234XYZ",', '  "camera": {', '    "model": "Logitech Sight"', '  }', '}']
    expect(learn(lines)).toEqual([])
  })

  it('carries an open object across chunks, also a chunk holding only its close', () => {
    const state: JsonBlockState = { frames: [] }
    expect(learn(['{', '  "model": "Logi Tap",', '  "serial": "2312FD05CQ79"'], state)).toEqual([])
    expect(learn(['2024-06-10 plain log line', '}'], state)).toEqual(['2312FD05CQ79'])
    expect(state.frames).toEqual([])
  })

  it('stays matched past its depth bound: the closes of braces it did not track pop nothing', () => {
    const deep = 70
    const lines = ['{', '  "model": "Rally Bar",', '  "serial": "2238LZ0A3K18",']
    for (let i = 0; i < deep; i++) lines.push(`${' '.repeat(i + 2)}"k${i}": {`)
    for (let i = deep - 1; i >= 0; i--) lines.push(`${' '.repeat(i + 2)}}`)
    lines.push('}')
    expect(learn(lines)).toEqual(['2238LZ0A3K18'])
  })

  it("through a session: the Logitech serial stays, the computer's goes", () => {
    const text = [
      '{',
      '  "device": {',
      '    "model": "Rally Bar Mini",',
      '    "serial": "2241LZ0R3K6C"',
      '  },',
      '  "host": {',
      '    "serial": "5CG1234XYZ"',
      '  }',
      '}'
    ].join('\n')
    const out = createRedactionSession().redactText(text).text
    expect(out).toContain('"serial": "2241LZ0R3K6C"')
    expect(out).toContain('"serial": "<serial-1>"')
  })
})
