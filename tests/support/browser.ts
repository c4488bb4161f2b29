import { createServer, type Server } from 'node:http'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { channelNames } from '@shared/contract'
import { resolveAppFile } from '../../electron/main/security/app-protocol'
import { createTestBackend, type TestBackend } from './backend'
import { BROWSER_WAIT_MS } from './waits'

/*
 * The built renderer in Chromium over the real handlers, with no test runner in it: e2e tests use it
 * through ./e2e (which adds vitest's hooks), and benches (scripts/bench) import it directly.
 */

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer')
export const SCREENSHOT_DIR = resolve(__dirname, '../../out/screenshots')

/**
 * Serves the BUILT renderer and forwards `/__ipc/<channel>` to the real handlers, on one loopback
 * origin, so the page's own CSP (connect-src 'self') holds as in the app.
 */
export async function serveRenderer(backend: TestBackend): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first (npm test does it)')
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'POST' && url.pathname.startsWith('/__ipc/')) {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = Buffer.concat(chunks).toString('utf8')
      const input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined
      const result = await backend.dispatch(decodeURIComponent(url.pathname.slice('/__ipc/'.length)), input)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(result))
      return
    }
    // Same mapping as the app:// protocol in main.
    const target = resolveAppFile(`app://bundle${url.pathname}`, RENDERER_DIR)
    if (!target) {
      res.writeHead(404).end()
      return
    }
    try {
      const bytes = await readFile(target.file)
      res.writeHead(200, { 'content-type': target.type })
      res.end(bytes)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((done) => server.close(() => done())) }
}

/** A fresh test backend with the built renderer served over it; `close` stops the server, then removes the backend. */
export interface ServedBackend {
  backend: TestBackend
  url: string
  close: () => Promise<void>
}

/** `prepare` runs on the new backend before it is served (e.g. loading the demo unit). */
export async function serveFreshBackend(prepare?: (backend: TestBackend) => Promise<void>): Promise<ServedBackend> {
  const backend = await createTestBackend()
  try {
    await prepare?.(backend)
    const server = await serveRenderer(backend)
    return {
      backend,
      url: server.url,
      close: async () => {
        await server.close()
        await backend.dispose()
      }
    }
  } catch (error) {
    await backend.dispose()
    throw error
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}

/**
 * Opens the app page with `window.api` built like the preload builds it, over fetch instead of IPC.
 * The page's waits get one generous ceiling (tests/support/waits.ts); `window.__apiPending()` counts
 * the calls not yet answered and handled, for `waitForQuiet`.
 */
export async function openApp(browser: Browser, url: string, route = '/settings'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' })
  page.setDefaultTimeout(BROWSER_WAIT_MS)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  errorsByPage.set(page, errors)
  await page.addInitScript((names: string[]) => {
    const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
    let pending = 0
    for (const name of names) {
      const at = name.indexOf(':')
      const domain = name.slice(0, at)
      api[domain] ??= {}
      api[domain][name.slice(at + 1)] = (input?: unknown) => {
        pending++
        return fetch(`/__ipc/${encodeURIComponent(name)}`, { method: 'POST', body: JSON.stringify({ input }) })
          .then((r) => r.json())
          .finally(() => setTimeout(() => pending--)) // counted until the screen's own code has run on the answer
      }
    }
    ;(window as unknown as { api: unknown }).api = api
    ;(window as unknown as { __apiPending: () => number }).__apiPending = () => pending
  }, channelNames as string[])
  await page.goto(`${url}#${route}`)
  return page
}

const errorsByPage = new WeakMap<Page, string[]>()

/*
 * The page is quiet: every api call answered and handled, no opening or closing motion (antd's
 * `*-enter`, `*-appear`, `*-leave` classes) and no CSS animation or transition that ends still
 * running (a spinner's endless one does not count). Page-side code is passed as text: tsx, which
 * runs the benches, compiles functions with a helper (`__name`) that does not exist in the page.
 * `UNQUIET` answers what still moves, in words, or '' when nothing does, so a page that never
 * settles fails naming what kept it busy.
 */
const UNQUIET = `(() => {
  const busy = []
  const pending = window.__apiPending ? window.__apiPending() : 0
  if (pending) busy.push(pending + ' api call(s) unanswered')
  const name = (el) => el && el.nodeType === 1 ? el.tagName.toLowerCase() + '.' + [...el.classList].slice(0, 3).join('.') : String(el)
  for (const a of document.getAnimations()) {
    if (a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity) busy.push((a.animationName || a.transitionProperty || 'animation') + ' on ' + name(a.effect?.target))
  }
  const idle = (window.__motionIdleFrames ??= new WeakMap())
  for (const el of document.querySelectorAll('[class*="-enter"], [class*="-appear"], [class*="-leave"]')) {
    const motion = [...el.classList].find((c) => /-(enter|appear|leave)(-(prepare|start|active))?$/.test(c))
    if (!motion) continue
    // A motion class left behind when its transition never ran (antd's button spinner, toggled off
    // within a frame or two) stays for good with nothing moving: after 30 frames of stillness it is
    // not motion any more. Counted in frames, which only pass when the page runs, never in time.
    const moving = el.getAnimations({ subtree: true }).some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)
    const still = moving ? 0 : (idle.get(el) ?? 0) + 1
    idle.set(el, still)
    if (still < 30) busy.push(motion + ' on ' + name(el))
  }
  return busy.slice(0, 5).join('; ')
})()`

/**
 * Waits until the page has settled, instead of for a fixed time: quiet (above) in three frames in
 * a row, so what an answer changed has been drawn and laid out. Frames are only drawn when the page
 * gets to run, so a slow machine makes this wait longer, never shorter.
 */
export async function waitForQuiet(page: Page): Promise<void> {
  // Evaluated as text, not through waitForFunction: that compiles it in the page, which the page's CSP forbids.
  await page.evaluate(`new Promise((done, fail) => {
    let calm = 0
    let busy = 'no frame was drawn'
    const gaveUp = setTimeout(() => fail(new Error('the page did not settle within ${BROWSER_WAIT_MS / 1000} s: ' + busy)), ${BROWSER_WAIT_MS})
    const frame = () => {
      busy = ${UNQUIET}
      calm = busy === '' ? calm + 1 : 0
      if (calm < 3) return requestAnimationFrame(frame)
      clearTimeout(gaveUp)
      done()
    }
    requestAnimationFrame(frame)
  })`)
}

/** Uncaught errors the page threw since it was opened by `openApp`. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? []
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, animations: 'disabled', fullPage: true })
  return path
}
