import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DataSummary } from '@shared/contract/store'
import { STAGE_IDS, STAGES } from '@shared/stages'
import { runCli } from '../../../electron/main/cli'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { cli } from '../../support/cli'

/*
 * 从文件恢复 in two steps: inspectFile checks the picked file and answers what it holds beside the
 * current data, with a token; restoreFile restores by that token only, and main keeps what it did
 * for the reloaded page to show once.
 */

const now = () => new Date(2026, 2, 1, 9, 30, 0)
const backends: TestBackend[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function backend(): Promise<TestBackend> {
  const b = await createTestBackend({ now })
  backends.push(b)
  return b
}
async function elsewhere(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-restore-'))
  dirs.push(dir)
  return join(dir, name)
}

const countOf = (summary: DataSummary | null, label: string) => summary?.counts.find((c) => c.label === label)?.count

/** A self-contained backup of the demo unit (40 people, 5 teams, its pledges), made by the app. */
async function demoBackup(b: TestBackend): Promise<string> {
  await b.call('demo:load')
  await b.call('settings:save', { unitName: '备份里的单位', year: 2026 })
  const path = await elsewhere('三亮三比三评数据备份.json')
  b.dialogs.saves.push(path)
  await b.call('store:backupToFile')
  return path
}

/** A database that holds something else: one person, no pledges. */
async function replaceWithOnePerson(b: TestBackend): Promise<void> {
  const db = b.host.data()
  await b.host.store().update((current) => ({ ...current, settings: { ...current.settings, unitName: '现在的单位' }, people: db.people.slice(0, 1), teams: [], pledges: [], fulfilments: [], pledgeAssessments: [] }))
}

async function inspect(b: TestBackend, path: string) {
  b.dialogs.opens.push(path)
  const picked = await b.call('store:inspectFile')
  if (picked.canceled) throw new Error('canceled')
  return picked.value
}

describe('store:inspectFile', () => {
  it('answers what the file holds beside what is there now, and writes nothing', async () => {
    const b = await backend()
    const path = await demoBackup(b)
    await replaceWithOnePerson(b)
    const before = { db: await readFile(b.host.paths.dbFile), backups: await readdir(b.host.paths.backups) }

    const seen = await inspect(b, path)
    expect(seen).toMatchObject({ fileName: '三亮三比三评数据备份.json', madeAt: '2026-03-01 09:30:00', madeAtFrom: 'backup', photos: 0 })
    expect(seen.file.unitName).toBe('备份里的单位')
    expect(countOf(seen.file, '人员')).toBe(40)
    expect(countOf(seen.file, '班组')).toBe(5)
    expect(countOf(seen.file, '承诺')).toBeGreaterThan(0)
    expect(seen.current).toMatchObject({ unitName: '现在的单位' })
    expect(countOf(seen.current, '人员')).toBe(1)
    expect(countOf(seen.current, '班组')).toBe(0)
    expect(countOf(seen.current, '承诺')).toBe(0)
    expect(await readFile(b.host.paths.dbFile)).toEqual(before.db)
    expect(await readdir(b.host.paths.backups)).toEqual(before.backups)
  })

  it('counts every collection each stage registers, in stage order, leaving the recycle bin out', async () => {
    const b = await backend()
    await b.call('demo:load')
    const [first] = b.host.data().people
    await b.call('roster:deletePerson', { id: first.id })
    const path = await elsewhere('b.json')
    b.dialogs.saves.push(path)
    await b.call('store:backupToFile')
    const seen = await inspect(b, path)
    const registered = STAGE_IDS.flatMap((id) => Object.entries(STAGES[id].counts).map(([collection, as]) => ({ collection, label: as!.label })))
    expect(seen.file.counts.map(({ collection, label }) => ({ collection, label }))).toEqual(registered)
    expect(countOf(seen.file, '人员')).toBe(39)
  })

  it('gives a plain database file the time in its name, or else the file’s modification time', async () => {
    const b = await backend()
    await b.host.rotateBackup()
    const [auto] = await b.host.listBackups()
    const seen = await b.call('store:inspectBackup', { file: auto.file })
    expect(seen).toMatchObject({ fileName: auto.file, madeAt: auto.createdAt, madeAtFrom: 'backup' })

    const plain = await elsewhere('我的数据.json')
    await writeFile(plain, await readFile(b.host.paths.dbFile))
    expect(await inspect(b, plain)).toMatchObject({ madeAtFrom: 'modified', madeAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) })
  })

  it('refuses a file that is not a backup before any token is given', async () => {
    const b = await backend()
    const png = await elsewhere('photo.png')
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    b.dialogs.opens.push(png)
    expect(await b.dispatch('store:inspectFile', undefined)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_BACKUP', message: expect.stringMatching(/^所选文件不能用于恢复：这是一张图片（PNG），不是本软件的备份文件/) }
    })
  })
})

describe('store:restoreFile', () => {
  it('restores exactly what was shown, keeps the data it replaced, and tells the reloaded page once', async () => {
    const b = await backend()
    const path = await demoBackup(b)
    await replaceWithOnePerson(b)
    const replaced = await readFile(b.host.paths.dbFile)
    const { token } = await inspect(b, path)
    // The file changing after it was shown does not change what is restored.
    await writeFile(path, '{"hello":"world"}')

    const outcome = await b.call('store:restoreFile', { token })
    expect(b.host.data().people).toHaveLength(40)
    const [kept] = (await b.host.listBackups()).filter((k) => k.kind === 'beforerestore')
    expect(await readFile(join(b.host.paths.backups, kept.file))).toEqual(replaced)
    expect(outcome.keptAs).toBe(join(b.host.paths.backups, kept.file))
    expect(outcome.message).toMatch(/^已恢复“三亮三比三评数据备份\.json”（备份于 2026-03-01 09:30:00：「备份里的单位」，2026年度，人员40人、班组5个、承诺\d+条/)
    expect(outcome.message).toContain(`恢复前的数据已另存为“${kept.file}”`)

    expect(await b.call('store:lastRestore')).toEqual(outcome)
    expect(await b.call('store:lastRestore')).toBeNull()
  })

  it('refuses an unknown token, a used one and one a later pick replaced, changing nothing', async () => {
    const b = await backend()
    const path = await demoBackup(b)
    await replaceWithOnePerson(b)
    const before = { db: await readFile(b.host.paths.dbFile), backups: await readdir(b.host.paths.backups) }
    const unchanged = async () => {
      expect(await readFile(b.host.paths.dbFile)).toEqual(before.db)
      expect(await readdir(b.host.paths.backups)).toEqual(before.backups)
    }

    expect(await b.dispatch('store:restoreFile', { token: 'made-up' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('请重新选择文件') } })
    const first = await inspect(b, path)
    const second = await inspect(b, path)
    expect(await b.dispatch('store:restoreFile', { token: first.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await unchanged()
    expect(await b.call('store:lastRestore')).toBeNull()

    await b.call('store:restoreFile', { token: second.token })
    expect(await b.dispatch('store:restoreFile', { token: second.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses when the data changed after the file was shown: the comparison would no longer hold', async () => {
    const b = await backend()
    const path = await demoBackup(b)
    const { token } = await inspect(b, path)
    await b.call('settings:save', { unitName: '后来改的', year: 2026 })
    const before = await readFile(b.host.paths.dbFile)
    expect(await b.dispatch('store:restoreFile', { token })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('未恢复') } })
    expect(await readFile(b.host.paths.dbFile)).toEqual(before)
    expect(b.host.data().settings.unitName).toBe('后来改的')
  })

  it('from the recovery screen: the current side is unknown, and the notice names the kept damaged file', async () => {
    const source = await backend()
    const path = await demoBackup(source)
    const dir = await mkdtemp(join(tmpdir(), 'lbp-restore-recovery-'))
    dirs.push(dir)
    await writeFile(dataPaths(dir).dbFile, '\0\0\0\0')
    const b = await createTestBackend({ dir, now })
    backends.push(b)
    const seen = await inspect(b, path)
    expect(seen.current).toBeNull()
    const outcome = await b.call('store:restoreFile', { token: seen.token })
    const kept = (await readdir(dir)).find((f) => f.includes('damaged'))!
    expect(outcome.keptAs).toBe(join(dir, kept))
    expect(outcome.message).toContain(`恢复前无法打开的数据文件已另存为“${kept}”`)
  })

  it('a listed backup’s restore is told to the reloaded page the same way', async () => {
    const b = await backend()
    await b.host.rotateBackup()
    const [auto] = await b.host.listBackups()
    await b.call('settings:save', { unitName: '后来改的', year: 2026 })
    await b.call('store:restoreBackup', { file: auto.file })
    expect((await b.call('store:lastRestore'))?.message).toMatch(new RegExp(`^已恢复“${auto.file}”（备份于 ${auto.createdAt}：`))
  })
})

describe('the command line', () => {
  it('cli call store:inspectFile --file shows what the file holds and writes nothing; restore prints what it kept', async () => {
    const b = await backend()
    const path = await demoBackup(b)
    const dir = await mkdtemp(join(tmpdir(), 'lbp-restore-cli-'))
    dirs.push(dir)
    const db = join(dir, 'liangbiping.json')
    expect(await runCli(['demo', '--db', db], { out: () => undefined, now })).toBe(0)
    const before = await readFile(db)

    const shown = await cli('call', 'store:inspectFile', '--db', db, '--file', path)
    expect(shown).toMatchObject({ code: 0, stderr: '' })
    const value = JSON.parse(shown.stdout)
    expect(value).toMatchObject({ canceled: false, value: { fileName: '三亮三比三评数据备份.json', file: { unitName: '备份里的单位' }, current: { unitName: '青川县政务服务中心' } } })
    expect(await readFile(db)).toEqual(before)

    const lines: string[] = []
    expect(await runCli(['restore', '--db', db, '--from', path], { out: (line) => void lines.push(line), now })).toBe(0)
    expect(lines.join('\n')).toMatch(/恢复前的数据已另存为“backup-20260301-093000(-\d+)?-beforerestore\.json”/)
  })
})
