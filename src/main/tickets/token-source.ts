// Where the core gets the sign-in token for Zendesk. The Electron app keeps it encrypted with
// the OS keychain (src/main/electron/token-store.ts); the CLI and web mode read an environment
// variable. The token lives only in memory and in the Authorization header.
export interface TokenSource {
  read(): Promise<string | null>
}

/** A source the user can sign in to from the app (the desktop app's keychain store). */
export interface TokenStore extends TokenSource {
  save(token: string): Promise<void>
  clear(): Promise<void>
}

export const isTokenStore = (s: TokenSource): s is TokenStore =>
  typeof (s as Partial<TokenStore>).save === 'function' && typeof (s as Partial<TokenStore>).clear === 'function'

export function envTokenSource(variable: string, env: NodeJS.ProcessEnv = process.env): TokenSource {
  return { read: async () => env[variable]?.trim() || null }
}

/** Default variable for web mode and the app when nothing else is configured. */
export const TOKEN_ENV = 'LOGI_DIAG_ZENDESK_TOKEN'
export const ENDPOINT_ENV = 'LOGI_DIAG_ZENDESK_URL'
export const BUNDLE_FIELD_ENV = 'LOGI_DIAG_ZENDESK_BUNDLE_FIELD'
export const ATTACH_MANIFEST_ENV = 'LOGI_DIAG_ZENDESK_ATTACH_MANIFEST'
