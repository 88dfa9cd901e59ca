import { describe, expect, it } from 'vitest'
import { resolveAssetPath } from '../../src/main/renderer-assets/static-files'

describe('renderer asset resolver', () => {
  it.each([
    ['/', '/srv/r/index.html'],
    ['/index.html?x=1', '/srv/r/index.html'],
    ['/assets/index-abc.js', '/srv/r/assets/index-abc.js']
  ])('%s → %s', (url, path) => expect(resolveAssetPath('/srv/r', url)).toBe(path))

  it.each([
    '/../secret.html',
    '/%2e%2e/secret.html',
    '/assets/%2E%2E/%2E%2E/x.js',
    '/a%00.js',
    '/..%5c..%5cx.js',
    '/assets/x.exe',
    '/%E0%A4%A',
    '/etc/passwd'
  ])('refuses %s', (url) => expect(resolveAssetPath('/srv/r', url)).toBeNull())
})
