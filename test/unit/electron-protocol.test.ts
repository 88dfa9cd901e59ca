import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveAppRequest } from '../../src/main/electron/app-protocol'
import { RENDERER_CSP } from '../../src/main/renderer-assets/csp'

describe('app:// protocol', () => {
  it('serves a built file with the CSP header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-proto-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html>')
    const r = await serveAppRequest(dir, 'app://bundle/index.html')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    expect(r.headers.get('content-type')).toMatch(/text\/html/)
  })
})
