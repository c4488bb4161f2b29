import { resolve } from 'node:path'
import { PRINT_DOCUMENTS, type PrintRequest } from '@shared/model/print'
import { localDay } from '@shared/rules/dates'
import type { ParsedArgs } from '../cli/args'
import { requireOption, UsageError } from '../cli/args'
import { CliError, openBackend, type CliBackend } from '../cli/backend'
import type { Command, CliIo } from '../cli/commands'

/*
 * `export <document> --db FILE --out FILE.pdf`: the same channels the app uses (print:render,
 * print:progress, print:save), with the output path as the save dialog's answer.
 * `export --list` prints the document ids, one per line.
 */

const OPTIONS = '[--team 班组] [--year 2026] [--paper A4|A3] [--orientation portrait|landscape] [--color redOnWhite|whiteOnRed] [--mode generic|assigned] [--period midYear|yearEnd] [--from 日期 --to 日期] [--allow-missing]'

export const exportCommand: Command = {
  usage: `export <文档> --db FILE --out FILE.pdf ${OPTIONS} | export --list`,
  summary: `生成PDF：${PRINT_DOCUMENTS.map((d) => `${d.id}（${d.title}）`).join('、')}`,
  booleanFlags: ['list', 'allow-missing'],
  run: async (args, io) => {
    if (args.options.list) {
      for (const doc of PRINT_DOCUMENTS) io.out(doc.id)
      return 0
    }
    const [document] = args.positional
    if (!document) throw new UsageError('缺少要生成的文档名（用 export --list 查看）')
    if (!PRINT_DOCUMENTS.some((d) => d.id === document)) throw new UsageError(`没有名为 ${document} 的文档（用 export --list 查看）`)
    const out = resolve(requireOption(args, 'out'))
    const backend = await openBackend(requireOption(args, 'db'), { access: 'read', now: () => io.now() })
    try {
      return await exportDocument(backend, requestFrom(document, args, backend, io), out, io)
    } finally {
      await backend.close()
    }
  }
}

async function exportDocument(backend: CliBackend, request: PrintRequest, out: string, io: CliIo): Promise<number> {
  let job = await backend.call('print:render', request)
  while (job.state === 'queued' || job.state === 'running') {
    await new Promise((wake) => setTimeout(wake, 50))
    job = await backend.call('print:progress', { jobId: job.jobId })
  }
  if (job.state !== 'done') {
    io.out(job.message ?? '未能生成文件')
    if (job.state === 'blocked') io.out('（确认仍要打印时加 --allow-missing）')
    return 1
  }
  if (job.message) io.out(`注意：${job.message}`)
  backend.dialogs.save = out
  const saved = await backend.call('print:save', { jobId: job.jobId })
  if (saved.canceled) throw new CliError('未指定输出文件')
  io.out(`已生成：${saved.value}（${job.pages}页）`)
  return 0
}

function requestFrom(document: string, args: ParsedArgs, backend: CliBackend, io: CliIo): PrintRequest {
  const option = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined)
  const team = option('team')
  const year = option('year')
  const today = localDay(io.now())
  const weekLater = localDay(new Date(io.now().getTime() + 6 * 86_400_000))
  const teamId = team ? findTeam(backend, team) : null
  // Options a document does not take are dropped by its schema; the dispatch checks the rest.
  return {
    document,
    teamId,
    ...(year ? { year: Number(year) } : {}),
    ...(option('paper') ? { paper: option('paper') } : {}),
    ...(option('orientation') ? { orientation: option('orientation') } : {}),
    ...(option('color') ? { color: option('color') } : {}),
    ...(option('mode') ? { mode: option('mode') } : {}),
    ...(option('period') ? { period: option('period') } : {}),
    ...(document === 'fulfilment-notice' || option('from') ? { noticeFrom: option('from') ?? today, noticeTo: option('to') ?? weekLater } : {}),
    allowMissingGlyphs: args.options['allow-missing'] === true
  } as PrintRequest
}

function findTeam(backend: CliBackend, nameOrId: string): string {
  const team = backend.host.data().teams.find((t) => !t.deletedAt && (t.id === nameOrId || t.name === nameOrId))
  if (!team) throw new CliError(`没有名为“${nameOrId}”的班组`)
  return team.id
}
