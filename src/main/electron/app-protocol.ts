// The renderer is loaded from app://bundle/, a privileged custom scheme, rather than file://:
// it gets a real origin (for the sender check and CSP) and can only reach the built renderer.
import type { Protocol } from 'electron'
import { SECURITY_HEADERS } from '../renderer-assets/csp'
import { readAsset } from '../renderer-assets/static-files'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false }
}

export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return new Response('bad request', { status: 400 })
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('not found', { status: 404 })
  const asset = await readAsset(rendererDir, url.pathname)
  if (!asset) return new Response('not found', { status: 404 })
  return new Response(new Uint8Array(asset.body), { status: 200, headers: { 'Content-Type': asset.type, ...SECURITY_HEADERS } })
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url))
}
