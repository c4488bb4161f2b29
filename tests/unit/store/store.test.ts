import { mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { createDatabase, type Database } from '@shared/model/database'
import { DatabaseFileError, DurableJsonAdapter } from '../../../electron/main/store/adapter'
import type { DurableFileOps } from '../../../electron/main/store/durable-file'
import { serializeDatabase } from '../../../electron/main/store/parse-database'
import { Store } from '../../../electron/main/store/store'

const initial = createDatabase(new Date(2026, 0, 2))
const withUnit = (unitName: string) => (db: Database): Database => ({ ...db, settings: { ...db.settings, unitName } })
const counterOf = (db: Readonly<Database>) => (typeof db.counter === 'number' ? db.counter : 0)

async function openStore(fileOps: Partial<DurableFileOps> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-store-'))
  const path = join(dir, 'liangbiping.json')
  await writeFile(path, serializeDatabase(initial))
  const store = new Store(new DurableJsonAdapter(path, { fileOps, retryForMs: 0 }), initial)
  const onDisk = async () => JSON.parse(await readFile(path, 'utf8')) as Database
  return { dir, path, store, onDisk }
}

describe('Store.update', () => {
  it('writes the new state and then shows it', async () => {
    const { store, onDisk } = await openStore()
    const saved = await store.update(withUnit('一号单位'))
    expect(saved.settings.unitName).toBe('一号单位')
    expect(store.data).toBe(saved)
    expect(await onDisk()).toEqual(saved)
  })

  it('hands out frozen data from the start, so a change in place fails loudly', async () => {
    const { store } = await openStore()
    expect(() => {
      ;(store.data.settings as { unitName: string }).unitName = '偷偷改'
    }).toThrow(TypeError)
    await expect(
      store.update((db) => {
        ;(db.settings as { unitName: string }).unitName = '原地改'
        return db
      })
    ).rejects.toThrow(TypeError)
    expect(store.data.settings.unitName).toBe('')
  })

  it('does not write when the change returns the same object', async () => {
    let renames = 0
    const { store } = await openStore({ rename: async (a, b) => void (renames++, await rename(a, b)) })
    expect(await store.update((db) => db)).toBe(initial)
    expect(renames).toBe(0)
  })

  it('leaves memory and file unchanged when the write fails, and keeps working afterwards', async () => {
    let fail = true
    const flaky = async (from: string, to: string) => {
      if (fail) throw Object.assign(new Error('disk gone'), { code: 'EIO' })
      await rename(from, to)
    }
    const { dir, path, store, onDisk } = await openStore({ rename: flaky })
    const before = await readFile(path)
    await expect(store.update(withUnit('不会保存'))).rejects.toMatchObject({ code: 'EIO' })
    expect(store.data).toBe(initial)
    expect((await readFile(path)).equals(before)).toBe(true)
    expect(await readdir(dir)).toEqual(['liangbiping.json'])
    fail = false
    await store.update(withUnit('之后保存'))
    expect((await onDisk()).settings.unitName).toBe('之后保存')
  })

  it('rejects only the update whose change throws', async () => {
    const { store, onDisk } = await openStore()
    const bad = store.update(() => {
      throw new AppError('INVALID_INPUT', '不行')
    })
    const good = store.update(withUnit('好的'))
    await expect(bad).rejects.toBeInstanceOf(AppError)
    await good
    expect((await onDisk()).settings.unitName).toBe('好的')
  })

  it('runs writes one at a time, each change seeing the previous result', async () => {
    let inFlight = 0
    let mostAtOnce = 0
    const slowRename = async (from: string, to: string) => {
      mostAtOnce = Math.max(mostAtOnce, ++inFlight)
      await new Promise((r) => setTimeout(r, 2))
      await rename(from, to)
      inFlight--
    }
    const { store, onDisk } = await openStore({ rename: slowRename })
    const results = await Promise.all(Array.from({ length: 20 }, () => store.update((db) => ({ ...db, counter: counterOf(db) + 1 }))))
    expect(results.map(counterOf)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(mostAtOnce).toBe(1)
    expect(counterOf(await onDisk())).toBe(20)
  })

  it('flush resolves only after every write started so far is on disk', async () => {
    const slowRename = async (from: string, to: string) => {
      await new Promise((r) => setTimeout(r, 20))
      await rename(from, to)
    }
    const { store, onDisk } = await openStore({ rename: slowRename })
    void store.update(withUnit('甲'))
    void store.update(withUnit('乙')).catch(() => undefined)
    await store.flush()
    expect((await onDisk()).settings.unitName).toBe('乙')
  })
})

describe('Store.change', () => {
  it('hands back what the change returned, with the database now on disk', async () => {
    const { store, onDisk } = await openStore()
    const { db, note } = await store.change((current) => ({ db: withUnit('二号单位')(current), note: '已改名' }))
    expect(note).toBe('已改名')
    expect(db).toBe(store.data)
    expect((await onDisk()).settings.unitName).toBe('二号单位')
  })

  it('writes nothing when the change throws', async () => {
    const { store, path } = await openStore()
    const before = await readFile(path)
    await expect(
      store.change(() => {
        throw new AppError('CONFLICT', '不能改')
      })
    ).rejects.toThrow('不能改')
    expect(await readFile(path)).toEqual(before)
    expect(store.data).toBe(initial)
  })
})

describe('Store.retire', () => {
  it('runs after pending writes and then refuses updates with a Chinese message', async () => {
    const { store, onDisk } = await openStore()
    const pending = store.update(withUnit('先到'))
    let sawOnDisk = ''
    await store.retire(async () => void (sawOnDisk = (await onDisk()).settings.unitName))
    await pending
    expect(sawOnDisk).toBe('先到')
    await expect(store.update(withUnit('后到'))).rejects.toMatchObject({ code: 'STORE_REPLACED', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect((await onDisk()).settings.unitName).toBe('先到')
  })

  it('keeps the store usable when the work fails', async () => {
    const { store, onDisk } = await openStore()
    await expect(store.retire(async () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    await store.update(withUnit('照常'))
    expect((await onDisk()).settings.unitName).toBe('照常')
  })
})

describe('DurableJsonAdapter', () => {
  it('reads null for a missing file, and throws a DatabaseFileError with a Chinese message for a bad one', async () => {
    const { dir, path } = await openStore()
    expect(await new DurableJsonAdapter(join(dir, 'missing.json')).read()).toBeNull()
    await writeFile(path, '{"schemaVersion":1,')
    const error = await new DurableJsonAdapter(path).read().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseFileError)
    expect(error).toMatchObject({ problem: 'not-json' })
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('writes compact JSON that reads back equal', async () => {
    const { path } = await openStore()
    const adapter = new DurableJsonAdapter(path)
    const data = withUnit('往返')(initial)
    await adapter.write(data)
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(data))
    expect(await adapter.read()).toEqual(data)
  })
})
