import type { ParsedArgs } from './args'

/** What a command prints to, and its clock (tests pass their own). */
export interface CliIo {
  out(line: string): void
  now(): Date
}

/** One CLI command: its usage line, a one-line summary, and a function that returns the exit code. */
export interface Command {
  usage: string
  summary: string
  booleanFlags?: string[]
  /** Returns the exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>
}
