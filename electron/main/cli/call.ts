import { resolve } from 'node:path'
import { channelNames, channelSpec, type ChannelName } from '@shared/contract'
import { noInput, type ChannelSpec } from '@shared/contract/define'
import { requireOption, UsageError, type ParsedArgs } from './args'
import { CliError, openBackend } from './backend'
import type { CliIo, Command } from './command'

/*
 * `call <channel> [JSON|-] --db FILE [--file PATH]`: any channel of the IPC contract, through the
 * same dispatch the app uses (input schema, handler, output schema, Chinese refusals), printing
 * the value as JSON. A `query` channel opens the file read-only (no writer lock, nothing written);
 * the others take the writer lock like the app. The contract carries no paths (the page must not
 * choose files): a channel that would show a file dialog gets its answer from --file, and without
 * it is refused before anything is opened.
 */

const LIST = 'npm run cli -- call --list'

/** State the app keeps in main's memory between two calls: a second `cli call` process has none of it. */
const JOB = '打印任务不跨命令保留，生成PDF请用 export 命令'
const PREVIEW = '导入预览不跨命令保留，导入请用 import-roster 命令'
const NOTES: Partial<Record<ChannelName, string>> = {
  'print:render': '任务随本次命令结束，生成PDF请用 export 命令',
  'print:progress': JOB,
  'print:preview': JOB,
  'print:save': JOB,
  'print:open': JOB,
  'print:cancel': JOB,
  'roster:importPreview': '预览随本次命令结束，导入请用 import-roster 命令',
  'roster:importCommit': PREVIEW,
  'roster:importCancel': PREVIEW,
  'store:openDataDir': '命令行不打开，只输出路径',
  'store:inspectFile': '答复中的凭据随本次命令结束，恢复请用 restore 命令',
  'store:restoreFile': '凭据不跨命令保留，恢复请用 restore 命令',
  'store:lastRestore': '恢复结果只在软件中保留，restore 命令会直接输出'
}

const FILE_FOR = { open: '要读取的文件', save: '保存位置' } as const

function describe(name: ChannelName, spec: ChannelSpec): string {
  const tags = [spec.writes ? '写入数据' : '只读数据']
  if (spec.dialog) tags.push(`用 --file 指定${FILE_FOR[spec.dialog]}`)
  const note = NOTES[name]
  if (note) tags.push(note)
  return `${spec.summary}【${tags.join('；')}】`
}

export function channelList(): string[] {
  const width = Math.max(...channelNames.map((name) => name.length))
  return channelNames.map((name) => `${name.padEnd(width)}  ${describe(name, channelSpec(name)!)}`)
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** The input: nothing, a JSON argument, or `-` for JSON on standard input (no quoting trouble in Windows shells). */
async function parseInput(text: string | undefined): Promise<unknown> {
  if (text === undefined) return undefined
  const json = (text === '-' ? await readStdin() : text).replace(/^\uFEFF/, '')
  if (text === '-' && json.trim() === '') return undefined
  try {
    return JSON.parse(json)
  } catch (error) {
    throw new CliError(`输入不是有效的 JSON（${(error as Error).message}）。请把整个 JSON 用引号括起来作为一个参数，或用 - 从标准输入读取`)
  }
}

const OPTIONS = new Set(['db', 'file', 'list'])

export const callCommand: Command = {
  usage: 'call <通道> [JSON|-] --db FILE [--file PATH] | call --list',
  summary: '直接调用软件的任一通道（与界面相同的校验与写入），结果以 JSON 输出；call --list 列出全部通道',
  booleanFlags: ['list'],
  run: async (args: ParsedArgs, io: CliIo) => {
    const unknown = Object.keys(args.options).find((name) => !OPTIONS.has(name))
    if (unknown) throw new UsageError(`call 没有选项 --${unknown}`)
    if (args.options.list) {
      for (const line of channelList()) io.out(line)
      return 0
    }
    const [name, inputText, ...extra] = args.positional
    if (!name) throw new UsageError(`缺少通道名（用 ${LIST} 查看全部通道）`)
    const spec = channelSpec(name)
    if (!spec) {
      const guess = name.replace('.', ':')
      const hint = guess !== name && channelSpec(guess) ? `是否要用 ${guess}？` : ''
      throw new CliError(`没有名为 ${name} 的通道。${hint}用 ${LIST} 查看全部通道`)
    }
    const channel = name as ChannelName
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(' ')}（输入的 JSON 应作为一个参数，用引号括起来）`)
    const db = requireOption(args, 'db')
    const file = args.options.file
    if (file !== undefined && !spec.dialog) throw new UsageError(`通道 ${channel} 不选择文件，不需要 --file`)
    const input = await parseInput(inputText)
    if (spec.dialog && (typeof file !== 'string' || file === '')) {
      throw new CliError(`此操作需要选择文件：请用 --file 指定${FILE_FOR[spec.dialog]}（命令行不显示对话框）`)
    }

    const backend = await openBackend(db, { access: spec.writes ? 'write' : 'read', now: () => io.now() })
    try {
      if (spec.dialog === 'open') backend.dialogs.open = resolve(file as string)
      if (spec.dialog === 'save') backend.dialogs.save = resolve(file as string)
      const result = await backend.dispatch(channel, input)
      if (!result.ok) {
        const note =
          result.error.code === 'NOT_FOUND' ? NOTES[channel] : result.error.code === 'INVALID_INPUT' && spec.input === noInput ? '此通道不需要输入，请去掉 JSON 参数' : undefined
        throw new CliError(note ? `${result.error.message}（${note}）` : result.error.message)
      }
      io.out(JSON.stringify(result.value, null, 2))
      for (const path of backend.opened) console.error(`未打开（命令行不打开文件或文件夹）：${path}`)
      return 0
    } finally {
      await backend.close()
    }
  }
}
