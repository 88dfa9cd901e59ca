// The Zendesk sign-in token in the desktop app, encrypted with the OS keychain through Electron's
// safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) and kept in the
// app's state folder. Without a working keychain nothing is stored: on Linux safeStorage would
// otherwise fall back to a hard-coded key, which is no protection. The web shell and the CLI read
// an environment variable instead (src/main/tickets/token-source.ts).
import { safeStorage } from 'electron'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { TokenSource, TokenStore } from '../tickets/token-source'

type Storage = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>

export type { TokenStore }

function usable(storage: Storage): boolean {
  if (!storage.isEncryptionAvailable()) return false
  return process.platform !== 'linux' || storage.getSelectedStorageBackend() !== 'basic_text'
}

export function safeStorageTokenStore(file: string, storage: () => Storage = () => safeStorage, fallback?: TokenSource): TokenStore {
  return {
    async read() {
      const sealed = await readFile(file).catch(() => null)
      if (sealed && usable(storage())) {
        try {
          return storage().decryptString(sealed)
        } catch {
          // Sealed under another user or keychain: as good as absent, never shown.
        }
      }
      return fallback ? fallback.read() : null
    },
    async save(token) {
      if (!usable(storage())) throw new Error('the system keychain is not available, so the sign-in cannot be stored safely')
      await mkdir(dirname(file), { recursive: true })
      const tmp = `${file}.tmp`
      await writeFile(tmp, storage().encryptString(token), { mode: 0o600 })
      await rename(tmp, file)
    },
    async clear() {
      await rm(file, { force: true })
    }
  }
}
