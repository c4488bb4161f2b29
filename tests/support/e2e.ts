import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { TestBackend } from './backend'
import { launchChromium, serveFreshBackend, type ServedBackend } from './browser'

/* vitest's side of the browser tests; everything that needs no test runner is in ./browser. */

export * from './browser'

/** What an e2e test file works with: its served backend and one Chromium to open pages in. */
export interface BrowserApp {
  backend: TestBackend
  url: string
  browser: Browser
}

/**
 * Registers the test file's beforeAll/afterAll that start a served fresh backend and a Chromium, and
 * close both after the file's tests. The returned object's fields are set once beforeAll has run.
 */
export function useBrowserApp(prepare?: (backend: TestBackend) => Promise<void>): BrowserApp {
  const app = {} as BrowserApp
  let served: ServedBackend | undefined
  beforeAll(async () => {
    served = await serveFreshBackend(prepare)
    app.backend = served.backend
    app.url = served.url
    app.browser = await launchChromium()
  })
  afterAll(async () => {
    await app.browser?.close()
    await served?.close()
  })
  return app
}
