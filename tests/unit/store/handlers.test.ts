import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoreStatus } from '@shared/contract/store'
import { createDatabase } from '@shared/model/database'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { serializeDatabase } from '../../../electron/main/store/parse-database'
import { createTestBackend, type TestBackend } from '../../support/backend'

const CJK = /[\u4e00-\u9fff]/
const now = () => new Date(2026, 2, 1, 9, 30, 0)
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

async function backend(badBytes?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-store-handlers-'))
  if (badBytes !== undefined) await writeFile(dataPaths(dir).dbFile, badBytes)
  const b = await createTestBackend({ dir, now })
  backends.push(b)
  return b
}
const paths = (b: TestBackend) => dataPaths(b.dir)
const dbBytes = (b: TestBackend) => readFile(paths(b).dbFile)
const elsewhere = async (name: string) => join(await mkdtemp(join(tmpdir(), 'lbp-user-files-')), name)

function goodFile(unitName: string) {
  const db = createDatabase(now())
  return serializeDatabase({ ...db, settings: { ...db.settings, unitName } })
}

describe('store handlers, through dispatch', () => {
  it('store:status is ready for a healthy database', async () => {
    const b = await backend()
    expect(await b.dispatch('store:status', undefined)).toEqual({ ok: true, value: { mode: 'ready' } })
  })

  it('store:status explains a damaged file in Chinese and names the kept copy and the backup on offer', async () => {
    const b = await backend('{"schemaVersion":1,"set')
    const result = await b.dispatch('store:status', undefined)
    expect(result).toMatchObject({ ok: true, value: { mode: 'recovery', newestGoodBackup: null } })
    const status = (result.ok ? result.value : null) as StoreStatus | null
    if (status?.mode !== 'recovery') return
    expect(status.message).toMatch(CJK)
    expect(status.keptAs).not.toBeNull()
    expect(status.message).toContain(basename(status.keptAs!))
  })

  it('store:info tells where the data lives and lists the backups', async () => {
    const b = await backend()
    expect(await b.dispatch('store:info', undefined)).toEqual({
      ok: true,
      value: {
        dataDir: b.dir,
        dbFile: paths(b).dbFile,
        portable: false,
        backups: [expect.objectContaining({ file: 'backup-20260301-093000.json', createdAt: '2026-03-01 09:30:00', kind: 'auto' })]
      }
    })
  })

  it('store:backupToFile writes the current data where the user chose, or nothing when cancelled', async () => {
    const b = await backend()
    await b.dispatch('settings:save', { unitName: '备份测试', year: 2026 })
    expect(await b.dispatch('store:backupToFile', undefined)).toEqual({ ok: true, value: { canceled: true } })
    const target = await elsewhere('我的备份.json')
    b.dialogs.saves.push(target)
    expect(await b.dispatch('store:backupToFile', undefined)).toEqual({ ok: true, value: { canceled: false, value: target } })
    // A self-contained backup (see backup-file.ts): the database as it is on disk, and its photos (none here).
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ liangbipingBackup: 1, madeAt: '2026-03-01 09:30:00', database: JSON.parse((await dbBytes(b)).toString()), photos: {} })
  })

  it('store:backupToFile refuses during recovery without opening the dialog', async () => {
    const b = await backend('')
    b.dialogs.saves.push(await elsewhere('x.json'))
    expect(await b.dispatch('store:backupToFile', undefined)).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } })
    expect(b.dialogs.saves).toHaveLength(1)
  })

  /** 从文件恢复's first step with the next dialog answering `path`: the token of what it showed. */
  async function inspected(b: TestBackend, path: string): Promise<string> {
    b.dialogs.opens.push(path)
    const picked = await b.call('store:inspectFile')
    if (picked.canceled) throw new Error('canceled')
    return picked.value.token
  }

  it('store:inspectFile does nothing when cancelled', async () => {
    const b = await backend()
    const before = await dbBytes(b)
    expect(await b.dispatch('store:inspectFile', undefined)).toEqual({ ok: true, value: { canceled: true } })
    expect((await dbBytes(b)).equals(before)).toBe(true)
  })

  it('store:inspectFile refuses a bad file with a Chinese reason and changes nothing', async () => {
    const b = await backend()
    const before = await dbBytes(b)
    const backupsBefore = await readdir(paths(b).backups)
    const bad = await elsewhere('坏文件.json')
    await writeFile(bad, '\uFEFF{"schemaVersion":1}')
    b.dialogs.opens.push(bad)
    const result = await b.dispatch('store:inspectFile', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_BACKUP', message: expect.stringContaining('所选文件不能用于恢复') } })
    expect((await dbBytes(b)).equals(before)).toBe(true)
    expect(await readdir(paths(b).backups)).toEqual(backupsBefore)
  })

  it('store:inspectFile then store:restoreFile replaces the data after keeping the current state as a backup', async () => {
    const b = await backend()
    const before = await dbBytes(b)
    const source = await elsewhere('别处的备份.json')
    await writeFile(source, goodFile('恢复来的单位'))
    const token = await inspected(b, source)
    expect((await dbBytes(b)).equals(before)).toBe(true) // looking is not restoring
    const outcome = await b.call('store:restoreFile', { token })
    expect(await b.dispatch('settings:get', undefined)).toMatchObject({ ok: true, value: { unitName: '恢复来的单位' } })
    const safety = (await readdir(paths(b).backups)).find((f) => f.includes('beforerestore'))!
    expect((await readFile(join(paths(b).backups, safety))).equals(before)).toBe(true)
    expect(outcome.keptAs).toBe(join(paths(b).backups, safety))
    expect(outcome.message).toContain(`恢复前的数据已另存为“${safety}”`)
  })

  it('store:restoreFile works from the recovery screen and leaves the kept copy alone', async () => {
    const b = await backend('\0\0\0\0')
    const source = await elsewhere('备份.json')
    await writeFile(source, goodFile('恢复来的单位'))
    const token = await inspected(b, source)
    expect(await b.dispatch('store:restoreFile', { token })).toMatchObject({ ok: true })
    expect(await b.dispatch('store:status', undefined)).toEqual({ ok: true, value: { mode: 'ready' } })
    const kept = (await readdir(b.dir)).find((f) => f.includes('damaged'))!
    expect(await readFile(join(b.dir, kept), 'utf8')).toBe('\0\0\0\0')
  })

  it('store:restoreBackup restores a listed backup and refuses anything else', async () => {
    const b = await backend()
    const [auto] = await readdir(paths(b).backups)
    await b.dispatch('settings:save', { unitName: '后来改的', year: 2026 })
    expect(await b.dispatch('store:restoreBackup', { file: '../liangbiping.json' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await b.dispatch('store:restoreBackup', { file: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await b.dispatch('store:restoreBackup', { file: auto })).toEqual({ ok: true, value: auto })
    expect(await b.dispatch('settings:get', undefined)).toMatchObject({ ok: true, value: { unitName: '' } })
  })

  it('store:startEmpty is refused for a healthy database and starts afresh from recovery', async () => {
    const healthy = await backend()
    expect(await healthy.dispatch('store:startEmpty', undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const b = await backend('null')
    expect(await b.dispatch('store:startEmpty', undefined)).toEqual({ ok: true, value: null })
    expect(await b.dispatch('settings:get', undefined)).toMatchObject({ ok: true, value: { unitName: '', year: 2026 } })
  })

  it('store:openDataDir opens the data folder', async () => {
    const b = await backend()
    expect(await b.dispatch('store:openDataDir', undefined)).toEqual({ ok: true, value: null })
    expect(b.opened).toEqual([b.dir])
  })
})
