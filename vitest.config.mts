import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

// Tests wait on conditions with one generous ceiling (tests/support/waits.ts: 60 s, 120 s in the
// browser); the test and hook timeouts below are well above it, so a slow wait fails as itself.
// They only catch a hang: on a heavily loaded two-core machine single tests took up to ~40 s.

// Two files at a time: vitest's default (one worker fewer than the cores) runs everything in one
// file after another on a two-core machine. The browser files keep to one at a time (fileParallelism
// below), after the others.

export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers: 2,
    reporters: ['default', './tests/support/count-reporter.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, isolate: false }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          // One module graph per worker instead of one per file: importing the app, antd and React
          // again for each of 35 files took longer than most of their tests. Each test renders the
          // whole app over a fresh backend and cleans up after itself (setup.ts), so nothing carries over.
          isolate: false,
          testTimeout: 300_000,
          hookTimeout: 180_000
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 60_000 } },
          fileParallelism: false
        }
      }
    ]
  }
})
