import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/*
 * Where a worker thread's code is. The build makes each worker its own entry next to the bundle
 * (`out/main/<name>.js`, see electron.config.ts); running from TypeScript (dev tools, tests, the
 * CLI, benches) there is no such file, and a small bootstrap registers tsx and loads the source.
 */

export interface WorkerScript {
  file: string
  /** For the bootstrap: the TypeScript source to load. Empty for a bundled worker. */
  argv: string[]
}

/**
 * `name` is the worker's entry in electron.config.ts (`print-worker`); `source` its TypeScript
 * file relative to electron/main (`print/worker.ts`).
 */
export function workerScript(name: string, source: string): WorkerScript {
  // Bundled code may sit in out/main or in out/main/chunks, depending on how the bundler splits it.
  for (const candidate of [join(__dirname, `${name}.js`), join(__dirname, '..', `${name}.js`)]) {
    if (existsSync(candidate)) return { file: candidate, argv: [] }
  }
  return { file: join(__dirname, 'bootstrap.cjs'), argv: [source] }
}

/** A script given as a plain file (a test naming the built worker) runs as it is. */
export function startWorker(script: WorkerScript | string, resourceLimits?: ResourceLimits): Worker {
  const { file, argv } = typeof script === 'string' ? { file: script, argv: [] } : script
  return new Worker(file, { argv, resourceLimits })
}
