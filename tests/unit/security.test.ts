import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@shared/security/csp'
import { resolveAppFile } from '../../electron/main/security/app-protocol'
import { isAllowedRequest, isTrustedUrl } from '../../electron/main/security/trusted-origin'
import { resolveDataLocation } from '../../electron/main/store/data-dir'

describe('trusted origin', () => {
  it('trusts only the app bundle, and the local dev server in development', () => {
    expect(isTrustedUrl('app://bundle/index.html#/settings')).toBe(true)
    expect(isTrustedUrl('app://evil/index.html')).toBe(false)
    expect(isTrustedUrl('file:///C:/index.html')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('not a url')).toBe(false)
  })

  it('allows no network request at all', () => {
    expect(isAllowedRequest('https://example.com/')).toBe(false)
    expect(isAllowedRequest('http://192.168.1.1/')).toBe(false)
    expect(isAllowedRequest('app://bundle/assets/a.js')).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false)
  })
})

describe('app:// file mapping', () => {
  const root = join('/opt', 'app', 'renderer')
  it('maps into the renderer folder only', () => {
    expect(resolveAppFile('app://bundle/index.html', root)).toEqual({ file: join(root, 'index.html'), type: 'text/html; charset=utf-8' })
    expect(resolveAppFile('app://bundle/assets/x.js', root)?.type).toBe('text/javascript; charset=utf-8')
    expect(resolveAppFile('app://bundle/..%2F..%2Fetc%2Fpasswd', root)).toBeNull()
    // The URL parser clamps dot segments at the root, so this stays inside the folder.
    expect(resolveAppFile('app://bundle/%2e%2e/secret', root)?.file).toBe(join(root, 'secret'))
    expect(resolveAppFile('app://elsewhere/index.html', root)).toBeNull()
    // A broken %-escape is refused, not thrown inside the protocol handler.
    expect(resolveAppFile('app://bundle/%E0%A4%A.js', root)).toBeNull()
    expect(resolveAppFile('not a url', root)).toBeNull()
  })
})

describe('CSP', () => {
  it('has no remote origins and no eval in builds', () => {
    const csp = contentSecurityPolicy(false)
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/)
    expect(csp).toContain("object-src 'none'")
    expect(contentSecurityPolicy(true)).toContain('ws://localhost:*')
  })
})

describe('data folder', () => {
  it('uses a data folder beside the program (portable) or else the user-data folder', () => {
    const exeDir = join('/media', 'usb', '三亮三比三评')
    expect(resolveDataLocation({ exeDir, userDataDir: '/home/u/.config/liangbiping', isDirectory: (p) => p === join(exeDir, 'data') })).toEqual({
      dir: join(exeDir, 'data'),
      portable: true
    })
    expect(resolveDataLocation({ exeDir, userDataDir: '/home/u/.config/liangbiping', isDirectory: () => false })).toEqual({
      dir: '/home/u/.config/liangbiping',
      portable: false
    })
  })
})
