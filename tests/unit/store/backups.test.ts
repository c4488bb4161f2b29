import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import {
  KEEP_BACKUPS,
  KEEP_SAFETY_BACKUPS,
  listBackups,
  makeBackup,
  needsDailyBackup,
  newestGoodBackup,
  pruneBackups,
  stamp
} from '../../../electron/main/store/backups'
import { serializeDatabase } from '../../../electron/main/store/parse-database'

let dir: string
let dbFile: string
let folder: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lbp-backups-'))
  dbFile = join(dir, 'liangbiping.json')
  folder = join(dir, 'backups')
  await writeFile(dbFile, serializeDatabase(createDatabase(new Date(2026, 0, 1))))
})

const day = (d: number, h = 9, m = 0, s = 0) => new Date(2026, 0, d, h, m, s)

describe('backups', () => {
  it('stamps local time as YYYYMMDD-HHMMSS', () => {
    expect(stamp(new Date(2026, 2, 5, 7, 8, 9))).toBe('20260305-070809')
  })

  it('copies the database byte for byte under a timestamped name and lists it with its date', async () => {
    const name = await makeBackup(dbFile, folder, day(3, 14, 5, 6))
    expect(name).toBe('backup-20260103-140506.json')
    expect(await readFile(join(folder, name))).toEqual(await readFile(dbFile))
    const [entry] = await listBackups(folder)
    expect(entry).toMatchObject({ file: name, createdAt: '2026-01-03 14:05:06', kind: 'auto', size: (await readFile(dbFile)).length })
  })

  it('never overwrites a backup made in the same second and lists the later one first', async () => {
    await makeBackup(dbFile, folder, day(3))
    await writeFile(dbFile, 'second')
    const second = await makeBackup(dbFile, folder, day(3))
    await writeFile(dbFile, 'third')
    const third = await makeBackup(dbFile, folder, day(3))
    expect([second, third]).toEqual(['backup-20260103-090000-1.json', 'backup-20260103-090000-2.json'])
    expect((await listBackups(folder)).map((b) => b.file)).toEqual([third, second, 'backup-20260103-090000.json'])
    expect(await readFile(join(folder, third), 'utf8')).toBe('third')
  })

  it('lists nothing for a missing folder and ignores files that are not backups', async () => {
    expect(await listBackups(folder)).toEqual([])
    await mkdir(folder)
    await writeFile(join(folder, 'notes.txt'), 'x')
    await writeFile(join(folder, 'backup-2026.json'), 'x')
    expect(await listBackups(folder)).toEqual([])
  })

  it(`keeps the newest ${KEEP_BACKUPS} automatic copies and a before-restore copy apart from them`, async () => {
    for (let d = 1; d <= 35; d++) await makeBackup(dbFile, folder, day(d))
    const kept = await makeBackup(dbFile, folder, day(2, 12), 'before-restore')
    await pruneBackups(folder)
    const left = await listBackups(folder)
    const auto = left.filter((b) => b.kind === 'auto')
    expect(auto).toHaveLength(KEEP_BACKUPS)
    expect(auto[0].file).toBe(`backup-${stamp(day(35))}.json`)
    expect(auto.at(-1)!.file).toBe(`backup-${stamp(day(6))}.json`)
    expect(left.find((b) => b.file === kept)).toMatchObject({ kind: 'beforerestore' })
    expect((await readdir(folder)).length).toBe(KEEP_BACKUPS + 1)
  })

  it(`keeps the newest ${KEEP_SAFETY_BACKUPS} before-restore and ${KEEP_SAFETY_BACKUPS} before-migrate copies, each counted apart`, async () => {
    const made = { 'before-restore': [] as string[], 'before-migrate': [] as string[] }
    for (let d = 1; d <= 14; d++) {
      for (const kind of ['before-restore', 'before-migrate'] as const) made[kind].push(await makeBackup(dbFile, folder, day(d), kind))
    }
    const auto = await makeBackup(dbFile, folder, day(1, 8))
    await pruneBackups(folder)
    const left = (await listBackups(folder)).map((b) => b.file)
    expect(left.filter((f) => f.endsWith('-beforerestore.json'))).toEqual(made['before-restore'].slice(-KEEP_SAFETY_BACKUPS).reverse())
    expect(left.filter((f) => f.endsWith('-beforemigrate.json'))).toEqual(made['before-migrate'].slice(-KEEP_SAFETY_BACKUPS).reverse())
    expect(left).toContain(auto)
    expect(left).toHaveLength(2 * KEEP_SAFETY_BACKUPS + 1)
  })

  it('asks for an automatic copy at most once a calendar day', async () => {
    expect(await needsDailyBackup(folder, day(3))).toBe(true)
    await makeBackup(dbFile, folder, day(3, 8))
    expect(await needsDailyBackup(folder, day(3, 23, 59, 59))).toBe(false)
    expect(await needsDailyBackup(folder, day(4, 0, 0, 1))).toBe(true)
  })

  it('does not count a before-restore copy as the daily one', async () => {
    await makeBackup(dbFile, folder, day(3), 'before-restore')
    expect(await needsDailyBackup(folder, day(3, 10))).toBe(true)
  })

  it('offers the newest backup that opens, skipping damaged ones', async () => {
    const good = await makeBackup(dbFile, folder, day(1))
    await makeBackup(dbFile, folder, day(2))
    await writeFile(join(folder, 'backup-20260102-090000.json'), '{"schemaVersion":1,"sett')
    await writeFile(join(folder, 'backup-20260103-090000.json'), Buffer.alloc(100))
    await mkdir(join(folder, 'backup-20260104-090000.json'))
    expect((await newestGoodBackup(folder))?.file).toBe(good)
  })

  it('offers nothing when no backup opens', async () => {
    expect(await newestGoodBackup(folder)).toBeNull()
    await mkdir(folder)
    await writeFile(join(folder, 'backup-20260103-090000.json'), '')
    expect(await newestGoodBackup(folder)).toBeNull()
  })
})
