import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve(__dirname, '../..')

/*
 * The command line as it is built (`out/main/cli.js`, next to the app's own bundle and workers), run
 * as a child process: what a script on the officer's machine would run. `npm run cli` runs the same
 * source through tsx; one test keeps that path honest (tests/unit/cli/cli.test.ts).
 */
export const BUILT_CLI = resolve(root, 'out/main/cli.js')

export interface CliOutcome {
  code: number
  stdout: string
  stderr: string
}

/** The node arguments that run the built command line with `args`. */
export function cliArgs(...args: string[]): string[] {
  if (!existsSync(BUILT_CLI)) throw new Error('out/main/cli.js is missing: run `npm run build` first (npm test does it)')
  return [BUILT_CLI, ...args]
}

/** Node with `args` from the project folder, its exit code and output whatever it answers. */
async function runNode(args: string[]): Promise<CliOutcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as CliOutcome
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** `npm run cli -- ...` as a child process, from the built command line. */
export const cli = (...args: string[]): Promise<CliOutcome> => runNode(cliArgs(...args))

/** The same through tsx from the TypeScript source, exactly as `npm run cli` runs it. */
export const cliFromSource = (...args: string[]): Promise<CliOutcome> => runNode(['--import', 'tsx', 'electron/main/cli.ts', ...args])
