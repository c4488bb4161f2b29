/**
 * The page's Content-Security-Policy. Nothing remote is ever allowed; antd writes its styles at run
 * time, hence 'unsafe-inline' for styles only. The dev server needs inline scripts (React refresh
 * preamble) and its websocket, so dev is looser, never the build.
 */
export function contentSecurityPolicy(dev: boolean): string {
  const directives = [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws://localhost:* http://localhost:*" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'"
  ]
  return directives.join('; ')
}
