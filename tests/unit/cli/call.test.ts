import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { access, mkdir, mkdtemp, readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeEach, describe, expect, it } from 'vitest'
import { channelNames, channelSpec } from '@shared/contract'
import { runCli } from '../../../electron/main/cli'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { createTestBackend } from '../../support/backend'
import { cli, cliArgs, type CliOutcome } from '../../support/cli'

/*
 * `cli call`: every channel of the contract from the command line, through the app's own dispatch.
 * Child processes, as a script would run it; the database files are compared byte for byte.
 */

let dir: string
let db: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lbp-call-'))
  db = join(dir, 'liangbiping.json')
})

/** The demo unit in `db`, written in this process (quicker than a child) by the same command. */
async function demoDatabase(): Promise<void> {
  const code = await runCli(['demo', '--db', db], { out: () => undefined, now: () => new Date() })
  expect(code).toBe(0)
}

/** The database file and its folder exactly as they are: its bytes (as a hash), modification time, the folder's names. */
async function snapshot(file = db) {
  const folder = resolve(file, '..')
  return { sha256: createHash('sha256').update(await readFile(file)).digest('hex'), mtime: (await stat(file)).mtimeMs, names: (await readdir(folder)).sort() }
}

/** `cli call ... -` with `input` on standard input. */
function cliWithStdin(input: string, ...args: string[]): Promise<CliOutcome> {
  return new Promise((done) => {
    const child = execFile(process.execPath, cliArgs(...args), { cwd: resolve(__dirname, '../../..') }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
    child.stdin!.end(input)
  })
}

describe('cli call --list', () => {
  it('lists every channel of the contract, one per line: its name, then its Chinese summary', async () => {
    const listed = await cli('call', '--list')
    expect(listed).toMatchObject({ code: 0, stderr: '' })
    const lines = listed.stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(channelNames)
    lines.forEach((line, i) => {
      const spec = channelSpec(channelNames[i])!
      expect(line).toContain(spec.summary)
      expect(line).toContain(spec.writes ? '【写入数据' : '【只读数据')
      if (spec.dialog) expect(line).toContain('--file')
    })
    expect(lines.find((line) => line.startsWith('print:progress '))).toContain('export')
    expect(lines.find((line) => line.startsWith('roster:importCommit '))).toContain('import-roster')
  })
})

describe('cli call, on a database file', () => {
  it('a read channel prints its value as JSON and leaves the file and its folder exactly as they were', async () => {
    await demoDatabase()
    const before = await snapshot()
    const [list, settings] = await Promise.all([cli('call', 'roster:list', '--db', db), cli('call', 'settings:get', '--db', db)])
    expect(list).toMatchObject({ code: 0, stderr: '' })
    const value = JSON.parse(list.stdout) as { people: { name: string }[]; teams: unknown[] }
    expect(value.people).toHaveLength(40)
    expect(value.teams).toHaveLength(5)
    expect(settings.code).toBe(0)
    expect(JSON.parse(settings.stdout)).toMatchObject({ unitName: '青川县政务服务中心' })
    // With input: one person, by the id the list gave.
    const person = value.people[0] as { id: string; name: string }
    const one = await cli('call', 'roster:getPerson', JSON.stringify({ id: person.id }), '--db', db)
    expect(one.code).toBe(0)
    expect(JSON.parse(one.stdout)).toMatchObject({ id: person.id, name: person.name })
    expect(await snapshot()).toEqual(before)
  })

  it('a write channel changes the file durably, and a later read call sees it; JSON may come on standard input', async () => {
    await demoDatabase()
    const before = await snapshot()
    const saved = await cli('call', 'settings:save', JSON.stringify({ unitName: '命令行单位', year: 2027 }), '--db', db)
    expect(saved).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(saved.stdout)).toMatchObject({ unitName: '命令行单位', year: 2027, branchName: '' })
    expect(createHash('sha256').update(await readFile(db)).digest('hex') === before.sha256).toBe(false)
    expect(JSON.parse(await readFile(db, 'utf8')).settings).toMatchObject({ unitName: '命令行单位', year: 2027 })
    const read = await cli('call', 'settings:get', '--db', db)
    expect(JSON.parse(read.stdout)).toMatchObject({ unitName: '命令行单位', year: 2027 })

    const piped = await cliWithStdin('\uFEFF{ "unitName": "从标准输入", "year": 2028 }\n', 'call', 'settings:save', '-', '--db', db)
    expect(piped).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse((await cli('call', 'settings:get', '--db', db)).stdout)).toMatchObject({ unitName: '从标准输入', year: 2028 })
  })

  it('refuses bad input, invalid JSON and an unknown channel with a Chinese message, exit 1, changing nothing', async () => {
    await demoDatabase()
    const before = await snapshot()
    // The message the app's own dispatch gives for the same input.
    const app = await createTestBackend()
    const expected = await app.dispatch('settings:save', { unitName: '', year: 1900 })
    await app.dispose()
    expect(expected.ok).toBe(false)
    const message = expected.ok ? '' : expected.error.message

    const [bad, notFound, invalid, unknown, dotted, needless] = await Promise.all([
      cli('call', 'settings:save', JSON.stringify({ unitName: '', year: 1900 }), '--db', db),
      cli('call', 'roster:getPerson', '{"id":"nobody"}', '--db', db),
      cli('call', 'settings:save', '{unitName: 单位', '--db', db),
      cli('call', 'roster:frobnicate', '--db', db),
      cli('call', 'roster.list', '--db', db),
      cli('call', 'settings:get', '{}', '--db', db)
    ])
    expect(bad).toMatchObject({ code: 1, stdout: '' })
    expect(bad.stderr).toContain(`错误：${message}`)
    expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(notFound).toMatchObject({ code: 1, stdout: '' })
    expect(notFound.stderr).toMatch(/^错误：.*[\u4e00-\u9fff]/)
    expect(invalid).toMatchObject({ code: 1, stdout: '' })
    expect(invalid.stderr).toContain('错误：输入不是有效的 JSON')
    expect(unknown).toMatchObject({ code: 1, stdout: '' })
    expect(unknown.stderr).toContain('没有名为 roster:frobnicate 的通道')
    expect(unknown.stderr).toContain('npm run cli -- call --list')
    expect(dotted.stderr).toContain('是否要用 roster:list？')
    expect(needless).toMatchObject({ code: 1, stdout: '' })
    expect(needless.stderr).toContain('此通道不需要输入')
    expect(await snapshot()).toEqual(before)
  })

  it('a dialog channel refuses without --file, and with it reads or writes that file', async () => {
    await demoDatabase()
    await mkdir(join(dir, 'out'))
    const before = await snapshot()
    const out = join(dir, 'out', '花名册.xlsx')
    const refused = await cli('call', 'roster:export', '--db', db)
    expect(refused).toMatchObject({ code: 1, stdout: '' })
    expect(refused.stderr).toContain('此操作需要选择文件：请用 --file 指定保存位置')
    await expect(access(out)).rejects.toThrow()
    const noRestore = await cli('call', 'store:inspectFile', '--db', db)
    expect(noRestore.stderr).toContain('此操作需要选择文件：请用 --file 指定要读取的文件')

    const exported = await cli('call', 'roster:export', '--db', db, '--file', out)
    expect(exported).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(exported.stdout)).toEqual({ canceled: false, value: out })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('青川县政务服务中心人员花名册')
    // roster:export only reads: the database is untouched.
    expect(await snapshot()).toEqual(before)

    // An open dialog: the file to read.
    const preview = await cli('call', 'roster:importPreview', '--db', db, '--file', out)
    expect(preview.code).toBe(0)
    expect(JSON.parse(preview.stdout)).toMatchObject({ canceled: false, value: { summary: expect.anything() } })
    expect(await snapshot()).toEqual(before)
  })

  it('says where a print job or an import preview went: each call is a process of its own', async () => {
    await demoDatabase()
    const [progress, commit] = await Promise.all([
      cli('call', 'print:progress', '{"jobId":"from-another-call"}', '--db', db),
      cli('call', 'roster:importCommit', '{"id":"from-another-call","choices":[]}', '--db', db)
    ])
    expect(progress.code).toBe(1)
    expect(progress.stderr).toContain('export 命令')
    expect(commit.code).toBe(1)
    expect(commit.stderr).toContain('import-roster 命令')
  })

  it('does not open the data folder: prints null, and the folder’s path on standard error', async () => {
    await demoDatabase()
    const opened = await cli('call', 'store:openDataDir', '--db', db)
    expect(opened.code).toBe(0)
    expect(JSON.parse(opened.stdout)).toBeNull()
    expect(opened.stderr).toContain(`未打开（命令行不打开文件或文件夹）：${dir}`)
  })

  it('usage errors exit 2: no --db, --file on a channel without a dialog, stray arguments', async () => {
    const out = (line: string) => void line
    const run = (...args: string[]) => runCli(args, { out, now: () => new Date() })
    const errors: string[] = []
    const original = console.error
    console.error = (message: string) => void errors.push(message)
    try {
      expect(await run('call', 'roster:list')).toBe(2)
      expect(await run('call', '--db', db)).toBe(2)
      expect(await run('call', 'roster:list', '--db', db, '--file', 'x')).toBe(2)
      expect(await run('call', 'settings:save', '{"a":', '1}', '--db', db)).toBe(2)
      expect(await run('call', 'roster:list', '--db', db, '--fiel', 'x')).toBe(2)
    } finally {
      console.error = original
    }
    expect(errors.join('\n')).toContain('缺少选项 --db FILE')
    await expect(access(db)).rejects.toThrow()
  })
})

describe('cli call, while the app has the data folder open', () => {
  it('refuses a write call (the writer lock) and answers a read call, changing nothing', async () => {
    const app = await createTestBackend()
    try {
      await app.call('demo:load', { through: 'roster' })
      const paths = dataPaths(app.dir)
      const before = { ...(await snapshot(paths.dbFile)), lock: await readFile(paths.lock, 'utf8'), backups: (await readdir(paths.backups)).sort() }
      const [write, read] = await Promise.all([
        cli('call', 'settings:save', JSON.stringify({ unitName: '抢着写', year: 2026 }), '--db', paths.dbFile),
        cli('call', 'roster:list', '--db', paths.dbFile)
      ])
      expect(write).toMatchObject({ code: 1, stdout: '' })
      expect(write.stderr).toContain('错误：数据文件正被另一个程序使用（可能本软件已打开），请先关闭它再试。')
      expect(read).toMatchObject({ code: 0, stderr: '' })
      expect(JSON.parse(read.stdout).people).toHaveLength(40)
      expect({ ...(await snapshot(paths.dbFile)), lock: await readFile(paths.lock, 'utf8'), backups: (await readdir(paths.backups)).sort() }).toEqual(before)
    } finally {
      await app.dispose()
    }
  })
})
