import { resolve } from 'node:path'
import type { PrintRequest } from '@shared/model/print'
import { localDay } from '@shared/rules/dates'
import { optionFields, printDocuments } from '../print/catalog'
import { stageList } from '../stages'
import type { WorkbookExport } from '../stage'
import type { PrintDocument } from '../print/document'
import { requireOption, UsageError, type ParsedArgs } from './args'
import { CliError, openBackend, type CliBackend } from './backend'
import type { CliIo, Command } from './command'

/*
 * `export <document> --db FILE --out FILE.pdf`: the same channels the app uses (print:render,
 * print:progress, print:save), with the output path as the save dialog's answer. The documents
 * and their options come from the print catalogue: a flag sets the document's option of that
 * meaning when the document has it. `export --list` prints the document ids, one per line.
 */

/** Flags whose value goes to an option field as it is. */
const PLAIN_FLAGS: Record<string, string> = {
  paper: 'paper',
  orientation: 'orientation',
  color: 'color',
  mode: 'mode',
  period: 'period',
  date: 'date',
  order: 'nameOrder'
}

const OPTIONS =
  '[--team 班组] [--year 2026] [--paper A4|A3] [--orientation portrait|landscape] [--color redOnWhite|whiteOnRed] [--mode generic|assigned] ' +
  '[--period midYear|yearEnd] [--from 日期 --to 日期] [--date 落款日期] [--order roster|strokes|pinyin] [--allow-missing]'

const workbooks = (): WorkbookExport[] => stageList().flatMap((stage) => stage.workbooks ?? [])

export const exportCommand: Command = {
  usage: `export <文档> --db FILE --out FILE.pdf|FILE.xlsx ${OPTIONS} | export --list`,
  summary: `生成PDF或Excel工作簿：${[...printDocuments(), ...workbooks()]
    .map((d) => `${d.id}（${d.title}）`)
    .join('、')}`,
  booleanFlags: ['list', 'allow-missing'],
  run: async (args, io) => {
    if (args.options.list) {
      for (const doc of [...printDocuments(), ...workbooks()]) io.out(doc.id)
      return 0
    }
    const [id] = args.positional
    if (!id) throw new UsageError('缺少要生成的文档名（用 export --list 查看）')
    const workbook = workbooks().find((w) => w.id === id)
    if (workbook) return exportWorkbook(workbook, args, io)
    const doc = printDocuments().find((d) => d.id === id)
    if (!doc) throw new UsageError(`没有名为 ${id} 的文档（用 export --list 查看）`)
    const out = resolve(requireOption(args, 'out'))
    const backend = await openBackend(requireOption(args, 'db'), { access: 'read', now: () => io.now() })
    try {
      return await exportDocument(backend, requestFrom(doc, args, backend, io), out, io)
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
  if (job.leftOut.length) io.out(`未印${job.leftOut.length}人：${job.leftOut.map((p) => `${p.name}\uff08${p.reason}\uff09`).join('、')}`)
  backend.dialogs.save = out
  const saved = await backend.call('print:save', { jobId: job.jobId })
  if (saved.canceled) throw new CliError('未指定输出文件')
  io.out(`已生成：${saved.value}（${job.pages}页）`)
  return 0
}

/** A workbook: its save-dialog channel, answered with --out; --year and --order as the channel takes them. */
async function exportWorkbook(workbook: WorkbookExport, args: ParsedArgs, io: CliIo): Promise<number> {
  const out = resolve(requireOption(args, 'out'))
  const backend = await openBackend(requireOption(args, 'db'), { access: 'read', now: () => io.now() })
  try {
    const year = typeof args.options.year === 'string' ? Number(args.options.year) : undefined
    const order = typeof args.options.order === 'string' ? args.options.order : undefined
    backend.dialogs.save = out
    const input = { ...(year === undefined ? {} : { year }), ...(order === undefined ? {} : { nameOrder: order }) }
    const saved = (await backend.call(workbook.channel, input as never)) as { canceled: boolean; value?: string }
    if (saved.canceled) throw new CliError('未指定输出文件')
    io.out(`已生成：${saved.value}`)
    return 0
  } finally {
    await backend.close()
  }
}

/** The document's options from the flags; print:render checks them against its schema. */
export function requestFrom(doc: PrintDocument, args: ParsedArgs, backend: CliBackend, io: CliIo): PrintRequest {
  const fields = optionFields(doc)
  const option = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined)
  const request: PrintRequest = { document: doc.id, allowMissingGlyphs: args.options['allow-missing'] === true }
  const ignored: string[] = []
  const set = (flag: string, field: string, value: unknown) => {
    if (field in fields) request[field] = value
    else ignored.push(`--${flag}`)
  }

  const team = option('team')
  if (team) set('team', 'teamId', findTeam(backend, team))
  const year = option('year')
  if (year) set('year', 'year', Number(year))
  for (const [flag, field] of Object.entries(PLAIN_FLAGS)) {
    const value = option(flag)
    if (value !== undefined) set(flag, field, value)
  }
  // 公示期: from the flags, else a week from today where the document requires one.
  const from = option('from')
  const to = option('to')
  if ('noticeFrom' in fields && (from || to || !fields.noticeFrom.safeParse(undefined).success)) {
    request.noticeFrom = from ?? localDay(io.now())
    request.noticeTo = to ?? localDay(new Date(io.now().getTime() + 6 * 86_400_000))
  } else {
    if (from) ignored.push('--from')
    if (to) ignored.push('--to')
  }
  if (ignored.length) io.out(`（${doc.title}不用 ${ignored.join('、')}，已忽略）`)
  return request
}

function findTeam(backend: CliBackend, nameOrId: string): string {
  const team = backend.host.data().teams.find((t) => !t.deletedAt && (t.id === nameOrId || t.name === nameOrId))
  if (!team) throw new CliError(`没有名为“${nameOrId}”的班组`)
  return team.id
}
