// Maps a request path onto a file of the built renderer, refusing anything that could escape
// the folder (.., encoded dots, NUL, backslashes) or that is not a known asset type.
import { resolve, sep, extname } from 'node:path'
import { readFile } from 'node:fs/promises'

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

export function resolveAssetPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  if (relative.split('/').some((seg) => seg === '..')) return null
  const full = resolve(root, relative)
  const rootResolved = resolve(root)
  if (full !== rootResolved && !full.startsWith(rootResolved + sep)) return null
  if (!CONTENT_TYPES[extname(full).toLowerCase()]) return null
  return full
}

export async function readAsset(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const path = resolveAssetPath(root, urlPath)
  if (!path) return null
  try {
    return { body: await readFile(path), type: CONTENT_TYPES[extname(path).toLowerCase()]! }
  } catch {
    return null
  }
}
