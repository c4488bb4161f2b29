import { AppError } from '@shared/errors'
import { parseArgs, UsageError } from './cli/args'
import { CliError } from './cli/backend'
import { COMMANDS, usageText } from './cli/commands'

/*
 * 命令行: `npm run cli -- <command>`. Runs the app's own handlers on a database file, no Electron
 * needed. Exit code 0 on success, 1 on any error (with a Chinese message), 2 on wrong usage.
 */

export async function runCli(argv: string[], io = { out: (line: string) => console.log(line), now: () => new Date() }): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help') {
    io.out(usageText())
    return name ? 0 : 2
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    console.error(`未知命令：${name}\n\n${usageText()}`)
    return 2
  }
  try {
    return await command.run(parseArgs(rest, command.booleanFlags), io)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n用法：npm run cli -- ${command.usage}`)
      return 2
    }
    if (error instanceof CliError || error instanceof AppError) {
      console.error(`错误：${error.message}`)
      return 1
    }
    console.error(`错误：操作未完成（${(error as Error).message ?? String(error)}）`)
    return 1
  }
}

if (require.main === module) {
  // `npm run cli -- import-roster ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error('错误：', error)
      process.exitCode = 1
    }
  )
}
