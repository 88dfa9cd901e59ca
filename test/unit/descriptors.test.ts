import { describe, expect, it } from 'vitest'
import { realFixture } from '../support/real-fixtures'
import { impliedSpeed, parseDescriptorBlob, parseConfig } from '../../src/main/devices/descriptors'
import { speedFromDeviceDescriptor, speedFromSysfs } from '../../src/main/devices/speed'
import { parseTopoName, topoNameOf } from '../../src/main/devices/raw-device'

const deviceDesc = (bcdUSB = 0x0200, mps0 = 64): number[] => [
  18,
  1,
  bcdUSB & 0xff,
  bcdUSB >> 8,
  0,
  0,
  0,
  mps0,
  0x6d,
  0x04,
  0x81,
  0x08,
  0x03,
  0x01,
  1,
  2,
  3,
  1
]
const config = (): number[] => {
  const iface = [9, 4, 0, 0, 1, 0x03, 0, 0, 0]
  const ep = [7, 5, 0x83, 3, 64, 0, 10]
  const total = 9 + iface.length + ep.length
  return [9, 2, total & 0xff, total >> 8, 1, 1, 0, 0x80, 0xfa, ...iface, ...ep]
}

describe('descriptor parser', () => {
  it('parses a well-formed device + config blob', () => {
    const r = parseDescriptorBlob(Uint8Array.from([...deviceDesc(), ...config()]))
    expect(r.problems).toEqual([])
    expect(r.device?.idProduct).toBe(0x0881)
    expect(r.configs[0]?.interfaces[0]?.endpoints[0]?.maxPacketSize).toBe(64)
  })

  it.each<[string, number[], RegExp]>([
    ['empty', [], /expected 18/],
    ['truncated device descriptor', deviceDesc().slice(0, 10), /expected 18/],
    ['garbage header', [0xde, 0xad, ...deviceDesc().slice(2)], /header is invalid/],
    ['no configuration', deviceDesc(), /no configuration/],
    ['config claims more than present', [...deviceDesc(), ...config().slice(0, 15)], /claims|invalid length/],
    [
      'zero-length descriptor inside config',
      [...deviceDesc(), 9, 2, 20, 0, 1, 1, 0, 0x80, 0xfa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      /invalid length 0/
    ]
  ])('reports %s without throwing', (_n, bytes, problem) => {
    const r = parseDescriptorBlob(Uint8Array.from(bytes))
    expect(r.problems.join('; ')).toMatch(problem)
  })

  it('never throws on random bytes', () => {
    let seed = 7
    for (let i = 0; i < 500; i++) {
      const len = (seed = (seed * 1103515245 + 12345) >>> 0) % 300
      const bytes = new Uint8Array(len).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) & 0xff)
      expect(() => parseDescriptorBlob(bytes)).not.toThrow()
      expect(() => parseConfig(bytes, 0)).not.toThrow()
    }
  })
})

describe('speed', () => {
  it.each([
    ['1.5', 'low'],
    ['12', 'full'],
    ['480\n', 'high'],
    ['5000', 'super'],
    ['10000', 'super-plus'],
    ['20000', 'super-plus'],
    ['banana', null]
  ])('sysfs %s → %s', (text, speed) => expect(speedFromSysfs(text)).toBe(speed))
  it('only claims SuperSpeed from descriptors when it is certain', () => {
    expect(speedFromDeviceDescriptor(0x0320, 9)).toBe('super')
    expect(speedFromDeviceDescriptor(0x0210, 64)).toBeNull()
  })
})

describe('topology names', () => {
  it.each([
    ['1-2', 1, [2]],
    ['3-1.2.3.4', 3, [1, 2, 3, 4]],
    ['usb2', 2, []]
  ])('%s', (name, bus, ports) => {
    expect(parseTopoName(name)).toEqual({ bus, ports })
    expect(topoNameOf(bus, ports)).toBe(name)
  })
  it.each(['1-2:1.0', '0003:046D:0881.0001', 'foo', '1-', '1-2..3'])('rejects %s', (name) => expect(parseTopoName(name)).toBeNull())
})

describe('speed implied by the real MeetUp camera captures', () => {
  const read = (f: string): Uint8Array => realFixture(f)
  it.each([
    ['meetup-0866-usb2-mersive.config.bin', 'high'],
    ['meetup-0866-usb3-mersive.config.bin', 'super']
  ])('%s → %s', (file, speed) => {
    const r = parseConfig(read(file), 0)
    expect(r.problem).toBeUndefined()
    expect(impliedSpeed([r.config!])).toBe(speed)
  })
})
