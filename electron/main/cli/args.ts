/** `import-roster a.xlsx --db x.json --dry-run` → positional ['a.xlsx'], options { db: 'x.json', 'dry-run': true }. */
export interface ParsedArgs {
  positional: string[]
  options: Record<string, string | true>
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], booleanFlags: string[] = []): ParsedArgs {
  const positional: string[] = []
  const options: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (booleanFlags.includes(name)) options[name] = true
    else if (inline !== undefined) options[name] = inline
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[name] = argv[++i]
    else throw new UsageError(`选项 --${name} 后面需要给出值`)
  }
  return { positional, options }
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options[name]
  if (typeof value !== 'string' || value === '') throw new UsageError(`缺少选项 --${name} FILE`)
  return value
}
