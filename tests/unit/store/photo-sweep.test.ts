import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PersonRow } from '@shared/roster/contract'
import { createDatabase } from '@shared/model/database'
import { personSchema } from '@shared/roster/model'
import { makeBackup } from '../../../electron/main/store/backups'
import { dataPaths, type DataPaths } from '../../../electron/main/store/data-dir'
import { StoreHost } from '../../../electron/main/store/host'
import { serializeDatabase } from '../../../electron/main/store/parse-database'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { idPhoto } from '../../support/images'

/*
 * Photo retention: a replaced or purged person's photo file stays (an older backup may show it);
 * at start, only photo files that no database in the data folder and no backup names, and that
 * are older than a day, are removed.
 */

const DAY = 24 * 60 * 60 * 1000
const dirs: string[] = []
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function dataDir(): Promise<DataPaths> {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-sweep-'))
  dirs.push(dir)
  const paths = dataPaths(dir)
  await mkdir(paths.photos, { recursive: true })
  await mkdir(paths.backups, { recursive: true })
  return paths
}

const photoName = () => `${randomUUID()}.jpg`
const personWith = (photo: string) =>
  personSchema.parse({ id: randomUUID(), name: '甲', photo, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })
const databaseNaming = (...photos: string[]) => serializeDatabase({ ...createDatabase(new Date(2026, 0, 1)), people: photos.map(personWith) })

/** A file in photos/, last written `ageMs` ago. */
async function photoFile(paths: DataPaths, name: string, ageMs: number): Promise<string> {
  const file = join(paths.photos, name)
  await writeFile(file, 'jpeg')
  const at = new Date(Date.now() - ageMs)
  await utimes(file, at, at)
  return name
}

const left = async (paths: DataPaths) => (await readdir(paths.photos)).sort()

/** Starts and closes a host on the folder, expecting its sweep to remove nothing; returns what it logged. */
async function sweepLogging(paths: DataPaths): Promise<string[]> {
  const logged: string[] = []
  const original = console.error
  console.error = (message: string) => void logged.push(message)
  try {
    const host = new StoreHost(paths)
    await host.start()
    expect(await host.photoSweep).toEqual([])
    await host.close()
  } finally {
    console.error = original
  }
  return logged
}

describe('photo sweep at start', () => {
  it('removes only old photo files that neither the database, a kept-aside copy nor a backup names', async () => {
    const paths = await dataDir()
    const inDatabase = await photoFile(paths, photoName(), 3 * DAY)
    const inBackup = await photoFile(paths, photoName(), 3 * DAY)
    const inKeptCopy = await photoFile(paths, photoName(), 3 * DAY)
    const picked = await photoFile(paths, photoName(), DAY / 2) // chosen in a form just now, not yet saved
    const unused = await photoFile(paths, photoName(), 2 * DAY)
    const interrupted = await photoFile(paths, `.${photoName()}.123.1.tmp`, 2 * DAY)
    const notOurs = await photoFile(paths, '证件照原件.jpg', 3 * DAY)
    await writeFile(paths.dbFile, databaseNaming(inDatabase))
    await writeFile(join(paths.backups, 'backup-20260101-090000.json'), databaseNaming(inDatabase, inBackup))
    // A damaged copy is read as text: the name still counts.
    await writeFile(join(paths.dir, 'liangbiping.damaged-20260102-100000.json'), databaseNaming(inKeptCopy).slice(0, -40))

    const host = new StoreHost(paths)
    await host.start()
    expect((await host.photoSweep).sort()).toEqual([interrupted, unused].sort())
    expect(await left(paths)).toEqual([inBackup, inDatabase, inKeptCopy, notOurs, picked].sort())
    await host.close()
  })

  it('removes nothing while the database waits in the recovery screen', async () => {
    const paths = await dataDir()
    const unused = await photoFile(paths, photoName(), 3 * DAY)
    await writeFile(paths.dbFile, '{"schemaVersion":1,"settings":')
    const host = new StoreHost(paths)
    expect((await host.start()).mode).toBe('recovery')
    expect(await host.photoSweep).toEqual([])
    expect(await left(paths)).toEqual([unused])
  })

  it('reads no other file when every photo is named by the open database or is less than a day old', async () => {
    const paths = await dataDir()
    const inDatabase = await photoFile(paths, photoName(), 3 * DAY)
    const picked = await photoFile(paths, photoName(), DAY / 2)
    await writeFile(paths.dbFile, databaseNaming(inDatabase))
    // Reading this would fail and be logged: an early return never gets that far.
    await mkdir(join(paths.backups, 'backup-20260101-090000.json'))
    const logged = await sweepLogging(paths)
    expect(logged).toEqual([])
    expect(await left(paths)).toEqual([inDatabase, picked].sort())
  })

  it('removes nothing when a backup cannot be read, and says why in the log', async () => {
    const paths = await dataDir()
    const unused = await photoFile(paths, photoName(), 3 * DAY)
    await mkdir(join(paths.backups, 'backup-20260101-090000.json')) // a folder where a file should be: EISDIR
    const logged = await sweepLogging(paths)
    expect(await left(paths)).toEqual([unused])
    expect(logged.join('\n')).toContain('未清理照片')
  })
})

describe('photo retention through the roster', () => {
  async function backend(dir: string, now: Date) {
    const b = await createTestBackend({ dir, now: () => now })
    backends.push(b)
    await b.host.photoSweep
    return b
  }
  const choosePhoto = (b: TestBackend) => b.chooseFile(`${randomUUID()}.jpg`, idPhoto(300, 400))
  async function pick(b: TestBackend): Promise<string> {
    await choosePhoto(b)
    const picked = await b.call('roster:pickPhoto')
    if (picked.canceled) throw new Error('canceled')
    return picked.value.photo
  }

  it('keeps a replaced or purged photo so an older backup restores with its photos; sweeps a cancelled pick after a day', async () => {
    const paths = await dataDir()
    const day1 = new Date()
    const b1 = await backend(paths.dir, day1)
    const first = await pick(b1)
    const person = await b1.call('roster:savePerson', { name: '周建国', photo: first })
    await b1.host.store().flush()
    const backup = await makeBackup(paths.dbFile, paths.backups, day1) // names the first photo
    await choosePhoto(b1)
    const set = await b1.call('roster:setPhoto', { id: person.id })
    const second = set.canceled ? '' : set.value.photo!
    const third = await pick(b1)
    await b1.call('roster:savePerson', { ...(await b1.call('roster:getPerson', { id: person.id })), photo: third })
    await b1.call('roster:removePhoto', { id: person.id })
    const cancelled = await pick(b1) // the drawer for a new person was closed without saving
    await b1.call('roster:deletePerson', { id: person.id })
    await b1.call('roster:purge', { kind: 'person', id: person.id })
    expect(await left(paths)).toEqual([first, second, third, cancelled].sort())

    // Restarted the same day: nothing is old enough to go.
    await b1.dispose()
    const sameDay = await backend(paths.dir, day1)
    expect(await sameDay.host.photoSweep).toEqual([])
    await sameDay.dispose()

    // Two days on: only what no backup names goes; the backup restores with its photo.
    const later = await backend(paths.dir, new Date(day1.getTime() + 2 * DAY))
    expect((await later.host.photoSweep).sort()).toEqual([second, third, cancelled].sort())
    expect(await left(paths)).toEqual([first])
    await later.call('store:restoreBackup', { file: backup })
    const restored = (await later.call('roster:list')).people.find((p: PersonRow) => p.name === '周建国')!
    expect(restored.photo).toBe(first)
    expect(await later.call('roster:photo', { photo: first })).toMatch(/^data:image\/jpeg;base64,/)
  })
})
