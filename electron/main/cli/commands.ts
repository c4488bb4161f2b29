import { access, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatImportPreview, formatImportResult } from '../roster/import-report'
import { databaseProblems } from '../stages'
import { describeProblem, parseDatabase } from '../store/parse-database'
import { requireOption, UsageError, type ParsedArgs } from './args'
import { CliError, openBackend, startBackend, type Access, type CliBackend } from './backend'
import { callCommand } from './call'
import type { CliIo, Command } from './command'
import { exportCommand } from './export'

/*
 * The command table. A later stage adds its `export <document>` command here: a name, a usage
 * line, and a function that gets the parsed arguments and prints what it did.
 */

export type { CliIo, Command } from './command'

async function withBackend<T>(db: string, access: Access, io: CliIo, use: (backend: CliBackend) => Promise<T>): Promise<T> {
  const backend = await openBackend(db, { access, now: () => io.now() })
  try {
    return await use(backend)
  } finally {
    await backend.close()
  }
}

const onePositional = (args: ParsedArgs, what: string): string => {
  const [value] = args.positional
  if (!value) throw new UsageError(`缺少${what}`)
  return resolve(value)
}

export const COMMANDS: Record<string, Command> = {
  demo: {
    usage: 'demo --db FILE',
    summary: '在空花名册中载入示例单位（40人、5个班组）和示例承诺，与软件首页的“载入示例数据”相同',
    run: (args, io) =>
      withBackend(requireOption(args, 'db'), 'write', io, async (backend) => {
        // What the home page's 载入示例数据 does: every stage's demo records in one write (the
        // people, then pledges at every step), so every export works on the demo unit straight away.
        const { message } = await backend.call('demo:load')
        io.out(message)
        return 0
      })
  },
  'import-roster': {
    usage: 'import-roster FILE.xlsx --db FILE [--dry-run]',
    summary: '导入花名册：先列出预览，不带 --dry-run 时按预览的建议导入',
    booleanFlags: ['dry-run'],
    run: (args, io) => {
      const file = onePositional(args, '要导入的 .xlsx 文件')
      return withBackend(requireOption(args, 'db'), 'write', io, async (backend) => {
        backend.dialogs.open = file
        const preview = await backend.call('roster:importPreview')
        if (preview.canceled) throw new CliError('未选择文件')
        io.out(formatImportPreview({ ...preview.value, fileName: file }))
        if (args.options['dry-run']) {
          io.out('（试运行：未写入任何数据）')
          return 0
        }
        io.out(formatImportResult(await backend.call('roster:importCommit', { id: preview.value.id, choices: [] })))
        return 0
      })
    }
  },
  'export-roster': {
    usage: 'export-roster --db FILE --out FILE.xlsx',
    summary: '把花名册导出为 Excel 文件',
    run: (args, io) => {
      const out = resolve(requireOption(args, 'out'))
      return withBackend(requireOption(args, 'db'), 'read', io, async (backend) => {
        backend.dialogs.save = out
        const saved = await backend.call('roster:export')
        if (saved.canceled) throw new CliError('未指定输出文件')
        io.out(`已导出：${saved.value}`)
        return 0
      })
    }
  },
  check: {
    usage: 'check --db FILE',
    summary: '检查数据文件：格式、版本、人员与班组之间的引用；有问题时退出码为1',
    run: async (args, io) => {
      const dbFile = resolve(requireOption(args, 'db'))
      let bytes: Buffer
      try {
        bytes = await readFile(dbFile)
      } catch {
        throw new CliError(`无法读取数据文件 ${dbFile}`)
      }
      const parsed = parseDatabase(bytes)
      if (!parsed.ok) {
        io.out(`数据文件无效：${describeProblem(parsed.problem)}${parsed.detail ? `（${parsed.detail}）` : ''}`)
        return 1
      }
      const problems = databaseProblems(parsed.data, io.now())
      const photosDir = join(resolve(dbFile, '..'), 'photos')
      for (const p of parsed.data.people) {
        if (p.photo && !(await access(join(photosDir, p.photo)).then(() => true, () => false))) problems.push(`「${p.name}」的照片文件缺失（${p.photo}）`)
      }
      if (problems.length) {
        io.out(`发现${problems.length}处问题：`)
        for (const problem of problems) io.out(`- ${problem}`)
        return 1
      }
      io.out(`数据文件正常：${parsed.data.people.filter((p) => !p.deletedAt).length}人，${parsed.data.teams.filter((t) => !t.deletedAt).length}个班组`)
      return 0
    }
  },
  backup: {
    usage: 'backup --db FILE --out FILE',
    summary: '把数据文件连同照片备份为一个文件（可用 restore 恢复）',
    run: (args, io) => {
      const out = resolve(requireOption(args, 'out'))
      return withBackend(requireOption(args, 'db'), 'read', io, async (backend) => {
        await backend.host.backupToFile(out)
        io.out(`已备份到：${out}`)
        return 0
      })
    }
  },
  restore: {
    usage: 'restore --db FILE --from FILE',
    summary: '用备份文件替换数据文件（先检查备份，并把当前数据另存一份）',
    run: async (args, io) => {
      const from = resolve(requireOption(args, 'from'))
      const dbFile = resolve(requireOption(args, 'db'))
      await access(from).catch(() => {
        throw new CliError(`备份文件不存在：${from}`)
      })
      const backend = await startBackend(dbFile, () => io.now())
      let message: string
      try {
        ;({ message } = await backend.host.restoreFromFile(from))
      } finally {
        await backend.close()
      }
      io.out(`已从 ${from} 恢复`)
      io.out(message)
      return 0
    }
  },
  export: exportCommand,
  call: callCommand
}

export function usageText(): string {
  const lines = ['用法：npm run cli -- <命令> [参数]', '', '命令：']
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`, `      ${command.summary}`)
  return lines.join('\n')
}
