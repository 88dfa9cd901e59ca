// The desktop app's token store, with a stand-in keychain (Electron's binary cannot run here):
// the token is only ever written sealed, and a keychain that is not a real one stores nothing.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ safeStorage: {} }))
const { safeStorageTokenStore } = await import('../../src/main/electron/token-store')

// Reversible but not readable: enough to tell sealed bytes from the plain token.
const keychain = (backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => backend as 'gnome_libsecret',
  encryptString: (s: string) => Buffer.from(Buffer.from(s).map((b) => b ^ 0x5a)),
  decryptString: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString()
})

describe('safeStorage token store', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'token-')), 'state', 'zendesk-token.bin')

  it('stores the token sealed and reads it back', async () => {
    const path = file()
    const store = safeStorageTokenStore(path, () => keychain())
    await store.save('oauth-abc-123')
    expect(readFileSync(path).toString()).not.toContain('oauth-abc-123')
    expect(await store.read()).toBe('oauth-abc-123')
    await store.clear()
    expect(existsSync(path)).toBe(false)
    expect(await store.read()).toBeNull()
  })

  it('refuses to store with Linux’s plain-text fallback and uses the fallback source', async () => {
    const store = safeStorageTokenStore(file(), () => keychain('basic_text'), { read: async () => 'from-env' })
    if (process.platform === 'linux') await expect(store.save('oauth-abc-123')).rejects.toThrow(/keychain is not available/)
    expect(await store.read()).toBe('from-env')
  })

  it('a token sealed under another keychain reads as absent, without an error', async () => {
    const path = file()
    await safeStorageTokenStore(path, () => keychain()).save('oauth-abc-123')
    const other = {
      ...keychain(),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext')
      }
    }
    expect(await safeStorageTokenStore(path, () => other).read()).toBeNull()
  })
})

describe('signing in through the core', () => {
  it('the desktop app stores, reports and forgets the token; the answer never carries it', async () => {
    const { createCore } = await import('../../src/main/core/core')
    const { parseCallOutput } = await import('../../src/shared/contract')
    const dir = mkdtempSync(join(tmpdir(), 'signin-'))
    const store = safeStorageTokenStore(join(dir, 'zendesk-token.bin'), () => keychain())
    const core = createCore({
      shell: 'electron',
      watcher: { on: () => undefined, stop: () => undefined } as never,
      tickets: { token: store, env: { LOGI_DIAG_DATA_DIR: dir } }
    })
    expect(await core.handlers['ticket.signInState'](undefined)).toEqual({ signedIn: false, source: 'none', canStore: true })
    const signedIn = await core.handlers['ticket.signIn']({ token: 'oauth-abc-123' })
    expect(parseCallOutput('ticket.signIn', signedIn)).toEqual({ signedIn: true, source: 'keychain', canStore: true })
    expect(JSON.stringify(signedIn)).not.toContain('oauth-abc-123')
    expect(await store.read()).toBe('oauth-abc-123')
    expect(await core.handlers['ticket.signIn']({ token: null })).toEqual({ signedIn: false, source: 'none', canStore: true })
    expect(await store.read()).toBeNull()
    core.stop()
  })

  it('web mode and the CLI cannot store a token and say where it comes from instead', async () => {
    const { TicketService } = await import('../../src/main/tickets/ticket-service')
    const dir = mkdtempSync(join(tmpdir(), 'signin-'))
    const env = { LOGI_DIAG_DATA_DIR: dir, LOGI_DIAG_ZENDESK_TOKEN: 'from-admin-env' }
    const svc = new TicketService({ env })
    expect(await svc.signInState()).toEqual({ signedIn: true, source: 'environment', canStore: false })
    await expect(svc.signIn('another-token')).rejects.toThrow(/LOGI_DIAG_ZENDESK_TOKEN/)
    svc.stop()
  })
})
