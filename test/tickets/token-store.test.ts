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
    const other = { ...keychain(), decryptString: () => { throw new Error('Error while decrypting the ciphertext') } }
    expect(await safeStorageTokenStore(path, () => other).read()).toBeNull()
  })
})
