/*
 * How long a test waits for what it expects before it fails. Generous on purpose: every wait ends
 * as soon as its condition holds, so a long ceiling costs nothing when the test passes, and the
 * machine may be busy (CI and the development machine have two cores, often shared). Tests wait on
 * conditions, never for a fixed time. The test and hook timeouts in vitest.config.mts are well above.
 */

/** testing-library's findBy / waitFor ceiling (tests/ui/setup.ts), and `waitUntil`'s. */
export const WAIT_MS = 60_000

/** Playwright's ceiling for a page's waits (`openApp`) and `expect.poll`'s in e2e: a real browser, PDFs drawn in it. */
export const BROWSER_WAIT_MS = 120_000

/** Resolves once `holds()` is true, checking every 10 ms; fails naming `what` after WAIT_MS. */
export async function waitUntil(holds: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS
  while (!holds()) {
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for ${what}`)
    await new Promise((wake) => setTimeout(wake, 10))
  }
}
