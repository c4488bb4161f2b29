import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/main/cli'
import { dataPaths } from '../../../electron/main/store/data-dir'
import type { Database } from '@shared/model/database'
import { createTestBackend } from '../../support/backend'
import { cli, cliFromSource } from '../../support/cli'
import { readPdfText } from '../../support/print-fixture'

/** The same commands in this process, for the cases that need no second process to be believed. */
async function inProcess(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  const code = await runCli(args, { out: (line) => lines.push(line), now: () => new Date(2026, 5, 1) })
  return { code, out: lines.join('\n') }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lbp-cli-'))
})

describe('command line, as child processes', () => {
  it('loads the demo, exports it, and checks the database', async () => {
    const db = join(dir, 'data.json')
    const demo = await cli('demo', '--db', db)
    expect(demo).toMatchObject({ code: 0 })
    expect(demo.stdout).toContain('已载入示例数据：40人，5个班组')
    const out = join(dir, 'roster.xlsx')
    expect((await cli('export-roster', '--db', db, '--out', out)).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    expect(workbook.worksheets[0].getCell('A1').value).toBe('青川县政务服务中心人员花名册')
    const check = await cli('check', '--db', db)
    expect(check).toMatchObject({ code: 0 })
    expect(check.stdout).toContain('数据文件正常')
  })

  it('demo loads what the app’s 载入示例数据 loads (people and pledges), so pledge documents export straight away', async () => {
    const db = join(dir, 'data.json')
    const demo = await cli('demo', '--db', db)
    expect(demo).toMatchObject({ code: 0 })
    const fromCli = JSON.parse(await readFile(db, 'utf8')) as Database

    // The home page's button: demo:load.
    const app = await createTestBackend()
    try {
      const { counts, message } = await app.call('demo:load')
      expect(demo.stdout).toContain(`已载入示例数据：40人，5个班组，${counts.pledges}条承诺`)
      expect(demo.stdout).toContain(message)
      const shape = (d: Readonly<Database>) => ({
        people: d.people.map((p) => p.name).sort(),
        pledges: d.pledges.map((p) => `${p.personId === null ? p.scope : d.people.find((x) => x.id === p.personId)?.name} ${p.status} ${p.items.map((i) => i.content).join('/')}`).sort(),
        fulfilments: d.fulfilments.length,
        assessments: d.pledgeAssessments.length
      })
      expect(shape(fromCli)).toEqual(shape(app.host.data()))
      expect(fromCli.pledges.length).toBeGreaterThan(20)
    } finally {
      await app.dispose()
    }

    const out = join(dir, '承诺卡.pdf')
    const exported = await cli('export', 'pledge-cards', '--db', db, '--out', out)
    expect(exported.stderr).toBe('')
    expect(exported.code).toBe(0)
    const text = (await readPdfText(out)).replace(/\s+/g, '')
    const member = fromCli.people.find((p) => p.id === fromCli.pledges.find((x) => x.status === 'fulfilling')!.personId)!
    expect(text).toContain(member.name)
    // The table wraps long items: the start of one is on a line of its own.
    expect(text).toContain(fromCli.pledges.find((x) => x.personId === member.id)!.items[0].content.slice(0, 12))
  })

  it('runs from the TypeScript source as `npm run cli` does, with the same result as the built one', async () => {
    const db = join(dir, 'source.json')
    const fromSource = await cliFromSource('demo', '--db', db)
    expect(fromSource).toMatchObject({ code: 0 })
    expect(fromSource.stdout).toContain('已载入示例数据：40人，5个班组')
    const [source, built] = await Promise.all([cliFromSource('check', '--db', db), cli('check', '--db', db)])
    expect(source).toMatchObject({ code: 0 })
    expect(built).toEqual(source)
  })

  it('exits non-zero with a Chinese message on a damaged database and on a missing file', async () => {
    const db = join(dir, 'bad.json')
    await writeFile(db, '{"schemaVersion":1,"settings":')
    const check = await cli('check', '--db', db)
    expect(check.code).toBe(1)
    expect(check.stdout).toContain('数据文件无效')
    expect(await readFile(db, 'utf8')).toBe('{"schemaVersion":1,"settings":')
    const missing = await cli('import-roster', join(dir, 'nope.xlsx'), '--db', join(dir, 'x.json'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('错误：无法读取所选文件')
  })
})

describe('command line, while the app has the data folder open', () => {
  it('refuses the writing commands and lets the reading ones run without touching anything', async () => {
    const app = await createTestBackend()
    try {
      await app.call('demo:load', { through: 'roster' })
      const paths = dataPaths(app.dir)
      // The app in the middle of a save, and a photo the start-up sweep of a second writer would take.
      const inFlight = join(app.dir, `.liangbiping.json.${process.pid}.99.tmp`)
      await writeFile(inFlight, '{"half')
      const oldPhoto = join(paths.photos, `${randomUUID()}.jpg`)
      await mkdir(paths.photos, { recursive: true })
      await writeFile(oldPhoto, 'jpeg')
      await utimes(oldPhoto, new Date(2020, 0, 1), new Date(2020, 0, 1))
      const backupFile = join(dir, 'copy.json')
      const files = async () => ({
        db: await readFile(paths.dbFile, 'utf8'),
        lock: await readFile(paths.lock, 'utf8'),
        dir: (await readdir(app.dir)).sort(),
        backups: (await readdir(paths.backups)).sort(),
        photos: (await readdir(paths.photos)).sort()
      })
      const before = await files()

      const [demo, imported, restored] = await Promise.all([
        cli('demo', '--db', paths.dbFile),
        cli('import-roster', join(dir, 'in.xlsx'), '--db', paths.dbFile),
        cli('restore', '--db', paths.dbFile, '--from', paths.dbFile)
      ])
      for (const refused of [demo, imported, restored]) {
        expect(refused.code).toBe(1)
        expect(refused.stderr).toContain('错误：数据文件正被另一个程序使用（可能本软件已打开），请先关闭它再试。')
      }
      const [roster, backup, check] = await Promise.all([
        cli('export-roster', '--db', paths.dbFile, '--out', join(dir, 'roster.xlsx')),
        cli('backup', '--db', paths.dbFile, '--out', backupFile),
        cli('check', '--db', paths.dbFile)
      ])
      expect([roster, backup, check].map((r) => [r.code, r.stderr])).toEqual([
        [0, ''],
        [0, ''],
        [0, '']
      ])
      expect(JSON.parse(await readFile(backupFile, 'utf8')).database.people).toHaveLength(40)
      expect(await files()).toEqual(before)
      // The app goes on saving as if nothing happened.
      await app.call('settings:save', { unitName: '仍在使用', year: 2026 })
      expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('仍在使用')
    } finally {
      await app.dispose()
    }
  })
})

describe('command line, in process', () => {
  it('previews an import with --dry-run without writing, then imports', async () => {
    const db = join(dir, 'data.json')
    const file = join(dir, 'in.xlsx')
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('人员').addRows([['单位花名册'], ['姓名', '出生年月', '政治面貌'], ['张三', '1990.05', '党员'], ['李四', 'xx', '群众'], [null, '1991.01', '群众']])
    await workbook.xlsx.writeFile(file)

    const dry = await inProcess('import-roster', file, '--db', db, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('第3行  张三  新增')
    // Issue #8: a bad 出生年月 is left out with a warning; only a row without 姓名 is skipped.
    expect(dry.out).toContain('提醒：出生年月（B列）：无法识别“xx”')
    expect(dry.out).toContain('第5行  （无姓名）  跳过\n    错误：姓名为空')
    expect(dry.out).toContain('试运行')
    expect(JSON.parse(await readFile(db, 'utf8')).people).toEqual([])

    const real = await inProcess('import-roster', file, '--db', db)
    expect(real.out).toContain('导入完成：新增2人，更新0人，跳过1行')
    expect(JSON.parse(await readFile(db, 'utf8')).people.map((p: { name: string }) => p.name)).toEqual(['张三', '李四'])
  })

  it('reports dangling references with exit code 1', async () => {
    const db = join(dir, 'data.json')
    await inProcess('demo', '--db', db)
    const data = JSON.parse(await readFile(db, 'utf8'))
    data.people[0].teamId = 'gone'
    data.teams[1].leaderId = 'nobody'
    await writeFile(db, JSON.stringify(data))
    const check = await inProcess('check', '--db', db)
    expect(check.code).toBe(1)
    expect(check.out).toContain('「周建国」所在班组不存在')
    expect(check.out).toContain('班组「综合受理窗口」的分管领导指向不存在的人员')
  })

  it('backs up and restores, keeping the replaced data as a backup', async () => {
    const db = join(dir, 'data.json')
    await inProcess('demo', '--db', db)
    const copy = join(dir, 'copy.json')
    expect((await inProcess('backup', '--db', db, '--out', copy)).code).toBe(0)
    await writeFile(db, '')
    expect((await inProcess('restore', '--db', db, '--from', copy)).code).toBe(0)
    expect(JSON.parse(await readFile(db, 'utf8')).people).toHaveLength(40)
    expect((await inProcess('restore', '--db', db, '--from', join(dir, 'missing.json'))).code).toBe(1)
  })

  it('will not make a new database in place of one that went missing while backups show it existed', async () => {
    const db = join(dir, 'liangbiping.json')
    await inProcess('demo', '--db', db)
    const [backup] = await readdir(join(dir, 'backups'))
    await rm(db)
    const errors: string[] = []
    const original = console.error
    console.error = (message: string) => void errors.push(message)
    try {
      expect((await inProcess('demo', '--db', db)).code).toBe(1)
    } finally {
      console.error = original
    }
    expect(errors.join('\n')).toContain(`数据文件不存在（可能被移动或删除）。可用 restore 从备份恢复（最近的完好备份：backups/${backup}）`)
    expect(await readdir(dir)).not.toContain('liangbiping.json')
    expect((await inProcess('restore', '--db', db, '--from', join(dir, 'backups', backup))).code).toBe(0)
    expect(JSON.parse(await readFile(db, 'utf8'))).toEqual(JSON.parse(await readFile(join(dir, 'backups', backup), 'utf8')))
  })

  it('prints usage for a wrong command or a missing option', async () => {
    expect((await inProcess('frobnicate')).code).toBe(2)
    expect((await inProcess('export-roster', '--db', join(dir, 'x.json'))).code).toBe(2)
  })
})
