import { describe, expect, it } from 'vitest'
import { formatBytes } from './byte-size'

describe('formatBytes', () => {
  it('reads like people write sizes', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(1023)).toBe('1023 bytes')
    expect(formatBytes(1024)).toBe('1 KB')
    expect(formatBytes(4.25 * 1024 * 1024)).toBe('4.3 MB')
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB')
  })
})
