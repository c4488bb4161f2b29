import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve(__dirname, '../..')

export interface CliOutcome {
  code: number
  stdout: string
  stderr: string
}

/** `npm run cli -- ...` as a child process, without npm's own start-up: the same node flags the script uses. */
export async function cli(...args: string[]): Promise<CliOutcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/main/cli.ts', ...args], { cwd: root })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as CliOutcome
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
