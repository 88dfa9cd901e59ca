import { describe, expect, it } from 'vitest'
import { sectionFromHash, sectionHref } from './sections'

describe('sectionFromHash', () => {
  it('reads the section written by sectionHref', () => {
    expect(sectionFromHash(sectionHref('health'))).toBe('health')
    expect(sectionFromHash(sectionHref('room'))).toBe('room')
    expect(sectionFromHash(sectionHref('collect'))).toBe('collect')
    expect(sectionFromHash(sectionHref('review'))).toBe('review')
    expect(sectionFromHash(sectionHref('ticket'))).toBe('ticket')
  })

  it('falls back to the Room screen for no hash, the skip-link target and unknown names', () => {
    for (const hash of ['', '#', '#main', '#/nope', '#/Health']) expect(sectionFromHash(hash)).toBe('room')
  })

  it('tolerates a missing slash and trailing parts', () => {
    expect(sectionFromHash('#health')).toBe('health')
    expect(sectionFromHash('#/health/extra')).toBe('health')
  })
})
