/** The app's own pages are served from this origin in a packaged or built app. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** A URL, or null for text that is not one (Node 20 has no URL.parse). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True only for the app's own page: the built bundle, or in development the local dev server.
 * IPC from anything else (an iframe, a page navigated to by mistake) is refused.
 */
export function isTrustedUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    return parsed.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1')
  }
  return false
}

/** Requests the app may make at all: its own bundle (and the dev server in development). No network. */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true
  if (devServerUrl && url.startsWith('ws://')) return isTrustedUrl(url.replace(/^ws:/, 'http:'), devServerUrl)
  return isTrustedUrl(url, devServerUrl)
}
