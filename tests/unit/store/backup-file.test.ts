import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { createDatabase } from '@shared/model/database'
import { personSchema } from '@shared/roster/model'
import { dataPaths, type DataPaths } from '../../../electron/main/store/data-dir'
import { StoreHost } from '../../../electron/main/store/host'
import { serializeDatabase } from '../../../electron/main/store/parse-database'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { idPhoto } from '../../support/images'

/*
 * 备份到文件 makes one self-contained file: the database and the photos it names. A backup kept away
 * from the data folder (a USB stick) restores with its photos even when photos/ lost them.
 */

const JAN_2 = () => new Date(2026, 0, 2, 10)
const dirs: string[] = []
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

describe('备份到文件, then 从文件恢复, through the app’s channels', () => {
  async function backend(dir?: string): Promise<TestBackend> {
    const b = await createTestBackend(dir ? { dir } : {})
    closers.push(() => b.dispose())
    return b
  }

  it('brings the photos back after photos/ lost them', async () => {
    const b = await backend()
    const photos: string[] = []
    for (const [i, name] of ['周建国', '李秀英'].entries()) {
      await b.chooseFile(`原照片-${i}.jpg`, idPhoto(300, 400, i))
      const picked = await b.call('roster:pickPhoto')
      if (picked.canceled) throw new Error('canceled')
      photos.push(picked.value.photo)
      await b.call('roster:savePerson', { name, photo: picked.value.photo })
    }
    const original = await Promise.all(photos.map((p) => readFile(join(dataPaths(b.dir).photos, p))))

    const usbStick = join(await tempDir('lbp-usb-'), '三亮三比三评数据备份.json')
    b.dialogs.saves.push(usbStick)
    await b.call('store:backupToFile')
    await rm(dataPaths(b.dir).photos, { recursive: true })

    b.dialogs.opens.push(usbStick)
    const picked = await b.call('store:inspectFile')
    if (picked.canceled) throw new Error('canceled')
    await b.call('store:restoreFile', { token: picked.value.token })
    for (const [i, photo] of photos.entries()) {
      expect((await readFile(join(dataPaths(b.dir).photos, photo))).equals(original[i])).toBe(true)
      expect(await b.call('roster:photo', { photo })).toMatch(/^data:image\/jpeg;base64,/)
    }
    expect((await b.call('roster:list')).people.map((p) => p.name).sort()).toEqual(['周建国', '李秀英'].sort())
  })
})

const personWith = (photo: string) =>
  personSchema.parse({ id: randomUUID(), name: '甲', photo, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })
const databaseNaming = (...photos: string[]) => ({ ...createDatabase(JAN_2()), people: photos.map(personWith) })

/** A data folder with a database naming one photo (whose file is there), opened. */
async function openFolder(options: ConstructorParameters<typeof StoreHost>[2] = {}) {
  const paths = dataPaths(await tempDir('lbp-backup-file-'))
  const photo = `${randomUUID()}.jpg`
  await mkdir(paths.photos, { recursive: true })
  await writeFile(join(paths.photos, photo), idPhoto(60, 80))
  await writeFile(paths.dbFile, serializeDatabase(databaseNaming(photo)))
  const host = new StoreHost(paths, JAN_2, options)
  closers.push(() => host.close())
  await host.start()
  return { paths, host, photo }
}

const backupText = (database: unknown, photos: Record<string, string>, format: unknown = 1) => JSON.stringify({ liangbipingBackup: format, database, photos })
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')

async function stateOf(paths: DataPaths) {
  return { db: await readFile(paths.dbFile), photos: (await readdir(paths.photos)).sort(), backups: (await readdir(paths.backups)).sort() }
}

async function invalidBackup(restore: Promise<unknown>) {
  const error = await restore.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  expect(error).toMatchObject({ code: 'INVALID_BACKUP' })
  expect((error as Error).message).toMatch(/^所选文件不能用于恢复：[^\n]*[\u4e00-\u9fff]/)
}

describe('a self-contained backup', () => {
  it('holds the database and the photos it names, and leaves out a named photo whose file is already gone', async () => {
    const { paths, host, photo } = await openFolder()
    const gone = `${randomUUID()}.jpg`
    await host.store().update(() => databaseNaming(photo, gone))
    const target = join(await tempDir('lbp-out-'), 'b.json')
    await host.backupToFile(target)
    const written = JSON.parse(await readFile(target, 'utf8'))
    expect(written).toEqual({ liangbipingBackup: 1, madeAt: '2026-01-02 10:00:00', database: JSON.parse(await readFile(paths.dbFile, 'utf8')), photos: { [photo]: b64(await readFile(join(paths.photos, photo))) } })
  })

  it.each([
    ['a photo name that leaves photos/', { '../evil.jpg': b64(idPhoto(8, 8)) }],
    ['a photo name not of ours', { '证件照.jpg': b64(idPhoto(8, 8)) }],
    ['a photo that is not an image', { [`${randomUUID()}.jpg`]: b64('MZ\u0090\u0000 not a picture') }],
    ['a photo that is not base64', { [`${randomUUID()}.jpg`]: '***' }],
    ['a photo that is not a string', { [`${randomUUID()}.jpg`]: 42 }]
  ])('is refused whole, before anything is written, for %s', async (_case, photos) => {
    const { paths, host } = await openFolder()
    const good = `${randomUUID()}.jpg`
    const source = join(await tempDir('lbp-src-'), 'bad.json')
    // A good photo beside the bad one: nothing of the file may be used.
    await writeFile(source, backupText(databaseNaming(good), { [good]: b64(idPhoto(8, 8)), ...(photos as Record<string, string>) }))
    const before = await stateOf(paths)
    await invalidBackup(host.restoreFromFile(source))
    expect(await stateOf(paths)).toEqual(before)
  })

  it.each([
    ['the photos are not a map', backupText(databaseNaming(), [] as never)],
    ['its database is damaged', backupText({ schemaVersion: 1, settings: { year: '明年' } }, {})],
    ['it has no database', JSON.stringify({ liangbipingBackup: 1, photos: {} })],
    ['a newer version wrote it', backupText(databaseNaming(), {}, 2)]
  ])('is refused when %s', async (_case, text) => {
    const { paths, host } = await openFolder()
    const source = join(await tempDir('lbp-src-'), 'bad.json')
    await writeFile(source, text)
    const before = await stateOf(paths)
    await invalidBackup(host.restoreFromFile(source))
    expect(await stateOf(paths)).toEqual(before)
  })

  it('never overwrites a photo file already there, and adds the missing ones', async () => {
    const { paths, host, photo } = await openFolder()
    const mine = await readFile(join(paths.photos, photo))
    const added = `${randomUUID()}.jpg`
    const source = join(await tempDir('lbp-src-'), 'b.json')
    await writeFile(source, backupText(databaseNaming(photo, added), { [photo]: b64(idPhoto(60, 80, 7)), [added]: b64(idPhoto(60, 80, 9)) }))
    await host.restoreFromFile(source)
    expect((await readFile(join(paths.photos, photo))).equals(mine)).toBe(true)
    expect((await readFile(join(paths.photos, added))).equals(idPhoto(60, 80, 9))).toBe(true)
    expect(host.data().people.map((p) => p.photo)).toEqual([photo, added])
  })

  it('puts the photos in place before the database that names them', async () => {
    // The database's replacement fails at its rename: the photos must already be there.
    let paths: DataPaths | null = null
    const { host, paths: p } = await openFolder({
      fileOps: { rename: (from, to) => (paths && to === paths.dbFile ? Promise.reject(Object.assign(new Error('disk'), { code: 'EIO' })) : rename(from, to)) }
    })
    paths = p
    const added = `${randomUUID()}.jpg`
    const source = join(await tempDir('lbp-src-'), 'b.json')
    await writeFile(source, backupText(databaseNaming(added), { [added]: b64(idPhoto(60, 80, 3)) }))
    const db = await readFile(p.dbFile)
    await expect(host.restoreFromFile(source)).rejects.toMatchObject({ code: 'EIO' })
    expect((await readFile(p.dbFile)).equals(db)).toBe(true)
    expect(await readdir(p.photos)).toContain(added)
  })

  it('a plain database file (an older backup, a rotating copy) still restores', async () => {
    const { host, photo } = await openFolder()
    const source = join(await tempDir('lbp-src-'), 'plain.json')
    await writeFile(source, serializeDatabase({ ...databaseNaming(photo), settings: { ...createDatabase(JAN_2()).settings, unitName: '旧备份' } }))
    await host.restoreFromFile(source)
    expect(host.data().settings.unitName).toBe('旧备份')
  })
})
