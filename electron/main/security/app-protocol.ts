import { extname, join, normalize, sep } from 'node:path'
import { APP_HOST, parseUrl } from './trusted-origin'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm'
}

/** Maps an app:// URL to a file inside the renderer folder, or null for anything outside it. */
export function resolveAppFile(url: string, rendererDir: string): { file: string; type: string } | null {
  const parsed = parseUrl(url)
  if (!parsed || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null // a broken %-escape names no file
  }
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
  const root = normalize(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep)
  if (!file.startsWith(root)) return null
  return { file, type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }
}
