import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { AppError } from '@shared/errors'

/*
 * For tests of main's worker threads (photos, workbooks): threads a test starts are ended after it,
 * and stand-in worker scripts (a worker that dies, fails or runs out of memory on cue) live in a
 * temp folder.
 */

/** Registers the hooks that end the test's threads and remove the stand-ins; call at the top level of a test file. */
export function useWorkerThreads<T extends { close(): Promise<void> }, Options>(create: (options?: Options) => T) {
  const started: T[] = []
  let scripts = ''
  beforeAll(async () => {
    scripts = await mkdtemp(join(tmpdir(), 'lbp-worker-'))
  })
  afterAll(() => rm(scripts, { recursive: true, force: true }))
  afterEach(async () => {
    await Promise.all(started.splice(0).map((t) => t.close()))
  })
  return {
    startThread(options?: Options): T {
      const t = create(options)
      started.push(t)
      return t
    },
    /** Writes a CommonJS worker script; returns its path. */
    async writeStandIn(name: string, source: string): Promise<string> {
      const file = join(scripts, `${name}.cjs`)
      await writeFile(file, source)
      return file
    }
  }
}

/** The AppError a promise rejects with (failing the test if it resolves or rejects otherwise). */
export async function expectRefusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}
