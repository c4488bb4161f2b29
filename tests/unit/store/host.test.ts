import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { createDatabase, SCHEMA_VERSION, type Database } from '@shared/model/database'
import { dataPaths, type DataPaths } from '../../../electron/main/store/data-dir'
import { StoreHost } from '../../../electron/main/store/host'
import { parseDatabase, serializeDatabase, type DatabaseProblem, type ParsedDatabase } from '../../../electron/main/store/parse-database'

const CJK = /[\u4e00-\u9fff]/
const JAN_2 = () => new Date(2026, 0, 2, 10, 0, 0)

function sampleDb(unitName: string): Database {
  const db = createDatabase(JAN_2())
  return { ...db, settings: { ...db.settings, unitName, principal: '张三' } }
}

async function dataDir(): Promise<DataPaths> {
  const paths = dataPaths(await mkdtemp(join(tmpdir(), 'lbp-host-')))
  await mkdir(paths.dir, { recursive: true })
  return paths
}

/** A good automatic backup from the day before, so the recovery screen has something to offer. */
async function withGoodBackup(paths: DataPaths): Promise<string> {
  await mkdir(paths.backups, { recursive: true })
  const file = 'backup-20260101-090000.json'
  await writeFile(join(paths.backups, file), serializeDatabase(sampleDb('备份里的单位')))
  return file
}

const goodText = serializeDatabase(sampleDb('原来的单位'))
const corruptFiles: [string, Buffer, DatabaseProblem][] = [
  ['empty', Buffer.alloc(0), 'empty'],
  ['truncated JSON', Buffer.from(goodText.slice(0, Math.floor(goodText.length / 2))), 'not-json'],
  ['NUL-filled', Buffer.alloc(8192), 'nul'],
  ['BOM-prefixed', Buffer.from(`\uFEFF${goodText}`), 'bom'],
  ['schema-invalid', Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { year: '明年' } })), 'schema'],
  ['from a newer version', Buffer.from(JSON.stringify({ ...JSON.parse(goodText), schemaVersion: SCHEMA_VERSION + 1 })), 'newer'],
  ['unversioned', Buffer.from(JSON.stringify({ settings: JSON.parse(goodText).settings })), 'unversioned'],
  ['JSON null', Buffer.from('null'), 'not-object']
]

const expectAppError = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  expect(error).toMatchObject({ code })
  expect((error as AppError).message).toMatch(CJK)
}

describe('StoreHost start', () => {
  it('creates a new database when none exists, on disk, with a first backup', async () => {
    const paths = await dataDir()
    const host = new StoreHost(paths, JAN_2)
    expect((await host.start()).mode).toBe('ready')
    const onDisk = JSON.parse(await readFile(paths.dbFile, 'utf8'))
    expect(onDisk).toEqual(createDatabase(JAN_2()))
    expect(onDisk.settings.year).toBe(2026)
    expect((await host.listBackups()).map((b) => b.file)).toEqual(['backup-20260102-100000.json'])
  })

  it('opens an existing database as it is and keeps a saved change on disk', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, goodText)
    const host = new StoreHost(paths, JAN_2)
    await host.start()
    expect(host.data().settings.unitName).toBe('原来的单位')
    await host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '测试单位' } }))
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('测试单位')
  })

  it('makes an automatic backup at most once a day across restarts', async () => {
    const paths = await dataDir()
    let now = new Date(2026, 0, 2, 9)
    const restart = async () => {
      const host = new StoreHost(paths, () => now)
      await host.start()
      await host.close()
      return (await host.listBackups()).length
    }
    expect(await restart()).toBe(1)
    now = new Date(2026, 0, 2, 18)
    expect(await restart()).toBe(1)
    now = new Date(2026, 0, 3, 8)
    expect(await restart()).toBe(2)
  })

  it('removes temp files a crash left beside the database, and nothing else', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, goodText)
    await writeFile(join(paths.dir, '.liangbiping.json.4242.7.tmp'), '{"half')
    await writeFile(join(paths.dir, '.other.json.1.1.tmp'), 'not ours')
    await new StoreHost(paths, JAN_2).start()
    expect((await readdir(paths.dir)).sort()).toEqual(['.other.json.1.1.tmp', 'backups', 'liangbiping.json', 'liangbiping.lock'])
  })

  it('refuses to hand out the store before start', () => {
    expect(() => new StoreHost(dataPaths('/nonexistent')).store()).toThrow()
  })
})

describe('a database file that has gone missing', () => {
  it('opens the recovery screen offering the newest good backup when backups show there was one, and creates nothing', async () => {
    const paths = await dataDir()
    const backup = await withGoodBackup(paths)
    await writeFile(join(paths.backups, 'backup-20260101-120000.json'), 'damaged') // newer, but no good
    const host = new StoreHost(paths, JAN_2)
    const state = await host.start()
    if (state.mode !== 'recovery') throw new Error(`expected recovery, got ${state.mode}`)
    expect(state.recovery).toMatchObject({ problem: 'missing', keptAs: null, message: '数据文件不存在（可能被移动或删除）。' })
    expect(state.recovery.newestGoodBackup?.file).toBe(backup)
    expect(await readdir(paths.dir)).not.toContain('liangbiping.json')
    expect((await host.listBackups()).map((b) => b.file)).toEqual(['backup-20260101-120000.json', backup])
    await host.restoreFromBackup(backup)
    expect(host.data().settings.unitName).toBe('备份里的单位')
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('备份里的单位')
  })

  it('may still start empty, at the user’s request', async () => {
    const paths = await dataDir()
    await withGoodBackup(paths)
    const host = new StoreHost(paths, JAN_2)
    expect((await host.start()).mode).toBe('recovery')
    await host.startEmpty()
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8'))).toEqual(createDatabase(JAN_2()))
  })

  it('is a first start, with a new database, when there are no good backups either', async () => {
    const paths = await dataDir()
    await mkdir(paths.backups)
    await writeFile(join(paths.backups, 'backup-20260101-120000.json'), 'damaged')
    expect((await new StoreHost(paths, JAN_2).start()).mode).toBe('ready')
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8'))).toEqual(createDatabase(JAN_2()))
  })
})

describe('a database an older version wrote', () => {
  // This parser stands for one that migrates, by reporting a file marked `olderVersion` as migrated
  // (the real steps are tested with their own files, e.g. tests/unit/show/assessment-basis-upgrade.test.ts).
  const migrating = (bytes: Uint8Array): ParsedDatabase => {
    const parsed = parseDatabase(bytes)
    return parsed.ok && 'olderVersion' in parsed.data ? { ...parsed, migrated: true } : parsed
  }
  const olderFile = JSON.stringify({ ...sampleDb('老版本的单位'), olderVersion: true })

  it('keeps the original file as a 升级前 backup before the first write', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, olderFile)
    const host = new StoreHost(paths, JAN_2, {}, migrating)
    await host.start()
    await host.store().update((db) => ({ ...db, settings: { ...db.settings, principal: '新负责人' } }))
    const kept = (await host.listBackups()).filter((b) => b.kind === 'beforemigrate')
    expect(kept).toHaveLength(1)
    expect(await readFile(join(paths.backups, kept[0].file), 'utf8')).toBe(olderFile)
    expect(await readFile(paths.dbFile, 'utf8')).not.toBe(olderFile)
  })

  it('makes no such backup for a current file, nor when only reading', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, goodText)
    await new StoreHost(paths, JAN_2, {}, migrating).start()
    await writeFile(paths.dbFile, olderFile)
    await new StoreHost(paths, JAN_2, {}, migrating).startReadOnly()
    expect((await readdir(paths.backups)).filter((f) => f.includes('beforemigrate'))).toEqual([])
  })
})

describe('opened only to read', () => {
  it('takes no lock, makes no backup, cleans nothing up and refuses every write', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, goodText)
    await writeFile(join(paths.dir, '.liangbiping.json.4242.7.tmp'), '{"half')
    const host = new StoreHost(paths, JAN_2)
    expect((await host.startReadOnly()).mode).toBe('ready')
    expect(host.data().settings.unitName).toBe('原来的单位')
    await expectAppError(host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '改' } })), 'READ_ONLY')
    await expectAppError(host.startEmpty(), 'READ_ONLY')
    expect(await host.rotateBackup()).toBeNull()
    await host.close()
    expect((await readdir(paths.dir)).sort()).toEqual(['.liangbiping.json.4242.7.tmp', 'liangbiping.json'])
    expect(await readFile(paths.dbFile, 'utf8')).toBe(goodText)
  })
})

/** A data folder holding `bytes` as the database and one good backup, opened. */
async function startDamaged(bytes: Buffer) {
  const paths = await dataDir()
  await writeFile(paths.dbFile, bytes)
  const backup = await withGoodBackup(paths)
  const host = new StoreHost(paths, JAN_2)
  const state = await host.start()
  if (state.mode !== 'recovery') throw new Error(`expected recovery, got ${state.mode}`)
  return { paths, backup, host, recovery: state.recovery }
}

describe.each(corruptFiles)('a database file that is %s', (_name, bytes, problem) => {
  it('opens the recovery path with the original bytes kept, a Chinese message and the newest good backup', async () => {
    const { paths, backup, host, recovery } = await startDamaged(bytes)
    expect(recovery.problem).toBe(problem)
    expect(recovery.keptAs).not.toBeNull()
    expect((await readFile(recovery.keptAs!)).equals(bytes)).toBe(true)
    // The database path is neither recreated nor overwritten: it still holds exactly the bad bytes.
    expect((await readFile(paths.dbFile)).equals(bytes)).toBe(true)
    expect(recovery.message).toMatch(CJK)
    expect(recovery.message).toContain(basename(recovery.keptAs!))
    expect(recovery.message).not.toMatch(/Error|undefined|at /)
    expect(recovery.newestGoodBackup?.file).toBe(backup)
    // The bad file was not rotated into the backups as if it were good.
    expect((await host.listBackups()).map((b) => b.file)).toEqual([backup])
    await expectAppError(Promise.resolve().then(() => host.store()), 'RECOVERY_REQUIRED')
    await expectAppError(Promise.resolve().then(() => host.data()), 'RECOVERY_REQUIRED')
  })

  it('stays in recovery after a restart instead of starting an empty database, without piling up copies', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, bytes)
    const host = new StoreHost(paths, JAN_2)
    const first = await host.start()
    await host.close()
    const again = await new StoreHost(paths, () => new Date(2026, 0, 3)).start()
    expect(again.mode).toBe('recovery')
    if (first.mode !== 'recovery' || again.mode !== 'recovery') return
    expect(again.recovery.keptAs).toBe(first.recovery.keptAs)
    expect((await readdir(paths.dir)).filter((n) => n.includes('damaged'))).toHaveLength(1)
    expect((await readFile(paths.dbFile)).equals(bytes)).toBe(true)
  })

  it('restores the offered backup and still keeps the bad file', async () => {
    const { paths, backup, host, recovery } = await startDamaged(bytes)
    await host.restoreFromBackup(backup)
    expect(host.current.mode).toBe('ready')
    expect(host.data().settings.unitName).toBe('备份里的单位')
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('备份里的单位')
    expect((await readFile(recovery.keptAs!)).equals(bytes)).toBe(true)
  })

  it('starts empty only when asked, keeping the bad file', async () => {
    const { paths, host, recovery } = await startDamaged(bytes)
    await host.startEmpty()
    expect(host.current.mode).toBe('ready')
    expect(host.data()).toEqual(createDatabase(JAN_2()))
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8'))).toEqual(createDatabase(JAN_2()))
    expect((await readFile(recovery.keptAs!)).equals(bytes)).toBe(true)
  })
})

describe('two damaged files in the same second', () => {
  it('keeps both copies under different names', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, 'first')
    const host = new StoreHost(paths, JAN_2)
    const a = await host.start()
    await host.close()
    await writeFile(paths.dbFile, 'second')
    const b = await new StoreHost(paths, JAN_2).start()
    if (a.mode !== 'recovery' || b.mode !== 'recovery') throw new Error('expected recovery')
    expect(a.recovery.keptAs).not.toBe(b.recovery.keptAs)
    expect(await readFile(a.recovery.keptAs!, 'utf8')).toBe('first')
    expect(await readFile(b.recovery.keptAs!, 'utf8')).toBe('second')
  })
})

describe('a database file that cannot be read at all', () => {
  // Tests run as root, for whom chmod 000 changes nothing; a folder in the file's place fails
  // reading with EISDIR, which takes the same path as EACCES or a file locked by another program.
  it('recovers without moving, copying or writing anything', async () => {
    const paths = await dataDir()
    await mkdir(paths.dbFile)
    await writeFile(join(paths.dbFile, 'inside'), 'x')
    await withGoodBackup(paths)
    const host = new StoreHost(paths, JAN_2)
    const state = await host.start()
    expect(state.mode).toBe('recovery')
    if (state.mode !== 'recovery') return
    expect(state.recovery).toMatchObject({ problem: 'unreadable', keptAs: null })
    expect(state.recovery.message).toMatch(CJK)
    expect(state.recovery.message).toContain('EISDIR')
    expect(state.recovery.newestGoodBackup).not.toBeNull()
    await expectAppError(host.startEmpty(), 'UNREADABLE')
    await expectAppError(host.restoreFromBackup(state.recovery.newestGoodBackup!.file), 'UNREADABLE')
    expect((await stat(paths.dbFile)).isDirectory()).toBe(true)
    expect(await readdir(paths.dbFile)).toEqual(['inside'])
    expect((await readdir(paths.dir)).sort()).toEqual(['backups', 'liangbiping.json', 'liangbiping.lock'])
  })
})

describe('restore from a file', () => {
  async function readyHost() {
    const paths = await dataDir()
    await writeFile(paths.dbFile, goodText)
    const host = new StoreHost(paths, JAN_2)
    await host.start()
    return { paths, host }
  }

  it('validates the file first: a bad file changes nothing, byte for byte', async () => {
    const { paths, host } = await readyHost()
    const before = await readFile(paths.dbFile)
    const backupsBefore = await readdir(paths.backups)
    for (const [, bytes] of corruptFiles) {
      const source = join(paths.dir, '..', `${basename(paths.dir)}-bad.json`)
      await writeFile(source, bytes)
      await expectAppError(host.restoreFromFile(source), 'INVALID_BACKUP')
    }
    await expectAppError(host.restoreFromFile(join(paths.dir, 'no-such-file.json')), 'UNREADABLE')
    expect((await readFile(paths.dbFile)).equals(before)).toBe(true)
    expect(await readdir(paths.backups)).toEqual(backupsBefore)
    expect(host.data().settings.unitName).toBe('原来的单位')
  })

  it('backs up the current state, then replaces the database with the file', async () => {
    const { paths, host } = await readyHost()
    const before = await readFile(paths.dbFile)
    const source = join(await mkdtemp(join(tmpdir(), 'lbp-src-')), '备份.json')
    await writeFile(source, serializeDatabase(sampleDb('恢复来的单位')))
    await host.restoreFromFile(source)
    expect(host.data().settings.unitName).toBe('恢复来的单位')
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('恢复来的单位')
    const safety = (await host.listBackups()).find((b) => b.kind === 'beforerestore')
    expect(safety).toBeDefined()
    expect((await readFile(join(paths.backups, safety!.file))).equals(before)).toBe(true)
  })

  it('lets saves already queued finish into the before-restore backup, and refuses saves to the replaced store', async () => {
    const { paths, host } = await readyHost()
    const old = host.store()
    const pending = old.update((db) => ({ ...db, settings: { ...db.settings, principal: '李四' } }))
    const source = join(paths.dir, 'restore-me.json')
    await writeFile(source, serializeDatabase(sampleDb('恢复来的单位')))
    const restoring = host.restoreFromFile(source)
    const queued = old.update((db) => ({ ...db, settings: { ...db.settings, phone: '12345' } }))
    await Promise.all([pending, queued, restoring])
    await expectAppError(
      old.update((db) => ({ ...db, settings: { ...db.settings, unitName: '迟到的修改' } })),
      'STORE_REPLACED'
    )
    const safety = (await host.listBackups()).find((b) => b.kind === 'beforerestore')!
    expect(JSON.parse(await readFile(join(paths.backups, safety.file), 'utf8')).settings).toMatchObject({ principal: '李四', phone: '12345' })
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.unitName).toBe('恢复来的单位')
    expect(host.data().settings.unitName).toBe('恢复来的单位')
  })

  it('only restores backups that are listed, by name', async () => {
    const { paths, host } = await readyHost()
    const before = await readFile(paths.dbFile)
    await expectAppError(host.restoreFromBackup('backup-19990101-000000.json'), 'NOT_FOUND')
    await expectAppError(host.restoreFromBackup('../liangbiping.json'), 'NOT_FOUND')
    expect((await readFile(paths.dbFile)).equals(before)).toBe(true)
  })

  it('refuses to start empty over a healthy database', async () => {
    const { paths, host } = await readyHost()
    await expectAppError(host.startEmpty(), 'CONFLICT')
    expect(await readFile(paths.dbFile, 'utf8')).toBe(goodText)
  })

  it('backs up to a file of the user’s choosing with exactly the current data', async () => {
    const { paths, host } = await readyHost()
    await host.store().update((db) => ({ ...db, settings: { ...db.settings, phone: '0571-12345678' } }))
    const target = join(paths.dir, 'mine.json')
    await host.backupToFile(target)
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ liangbipingBackup: 1, madeAt: '2026-01-02 10:00:00', database: host.data(), photos: {} })
  })

  it('waits for pending writes on close', async () => {
    const { paths, host } = await readyHost()
    void host.store().update((db) => ({ ...db, settings: { ...db.settings, principal: '王五' } }))
    await host.close()
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.principal).toBe('王五')
  })
})
