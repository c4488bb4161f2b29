import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir, uptime } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { dataPaths, type DataPaths } from '../../../electron/main/store/data-dir'
import { StoreHost } from '../../../electron/main/store/host'
import { DATA_IN_USE } from '../../../electron/main/store/writer-lock'

/*
 * One writer per data folder: the app and a writing command line (or two of either) never open the
 * same files together. A second writer is refused before it touches anything; a lock nobody holds
 * any more (a crash, a restart, another computer) is taken over.
 */

const root = resolve(import.meta.dirname, '../../..')
const JAN_2 = () => new Date(2026, 0, 2, 10)
const JAN_3 = () => new Date(2026, 0, 3, 10)
const dirs: string[] = []
const hosts: StoreHost[] = []
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function dataDir(): Promise<DataPaths> {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-lock-'))
  dirs.push(dir)
  return dataPaths(dir)
}

function host(paths: DataPaths, now = JAN_2): StoreHost {
  const h = new StoreHost(paths, now)
  hosts.push(h)
  return h
}

async function refused(start: Promise<unknown>) {
  const error = await start.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  expect(error).toMatchObject({ code: 'DATA_IN_USE', message: DATA_IN_USE })
}

const bootedAt = () => Math.round(Date.now() - uptime() * 1000)
const lockOf = (pid: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ pid, process: 'another', host: hostname(), bootedAt: bootedAt(), startedAt: new Date().toISOString(), ...extra })

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}

describe('two writers on one data folder', () => {
  it('refuses the second before it touches anything: the first one’s in-flight temp file, database and backups stay as they are', async () => {
    const paths = await dataDir()
    const first = host(paths)
    await first.start()
    const inFlight = join(paths.dir, `.liangbiping.json.${process.pid}.99.tmp`)
    await writeFile(inFlight, '{"half')
    const db = await readFile(paths.dbFile)
    const backups = await readdir(paths.backups)

    // A day later: an unrefused start would make a daily backup and clear the temp file.
    await refused(host(paths, JAN_3).start())
    expect(await readFile(inFlight, 'utf8')).toBe('{"half')
    expect((await readFile(paths.dbFile)).equals(db)).toBe(true)
    expect(await readdir(paths.backups)).toEqual(backups)

    await first.store().update((d) => ({ ...d, settings: { ...d.settings, principal: '张三' } }))
    expect(JSON.parse(await readFile(paths.dbFile, 'utf8')).settings.principal).toBe('张三')
  })

  it('lets the second in once the first has closed', async () => {
    const paths = await dataDir()
    const first = host(paths)
    await first.start()
    await first.close()
    expect(await readdir(paths.dir)).not.toContain('liangbiping.lock')
    const second = host(paths, JAN_3)
    expect((await second.start()).mode).toBe('ready')
    expect(JSON.parse(await readFile(paths.lock, 'utf8'))).toMatchObject({ pid: process.pid })
  })

  it('holds the lock in the recovery screen too, where a restore writes', async () => {
    const paths = await dataDir()
    await writeFile(paths.dbFile, '{"schemaVersion":1,"sett')
    expect((await host(paths).start()).mode).toBe('recovery')
    await refused(host(paths).start())
  })

  it('refuses while another live process holds it', async () => {
    const paths = await dataDir()
    const theirs = lockOf(process.ppid)
    await writeFile(paths.lock, theirs)
    await refused(host(paths).start())
    expect(await readFile(paths.lock, 'utf8')).toBe(theirs)
    expect(await readdir(paths.dir)).toEqual(['liangbiping.lock'])
  })

  it('refuses a lock file that is still being written (no content yet, just created)', async () => {
    const paths = await dataDir()
    await writeFile(paths.lock, '')
    await refused(host(paths).start())
  })
})

describe('a lock nobody holds any more is taken over', () => {
  const tenSecondsAgo = async (path: string) => {
    const at = new Date(Date.now() - 11_000)
    await utimes(path, at, at)
  }
  it.each([
    ['its process has exited (a crash)', () => lockOf(deadPid())],
    ['it was written before the computer restarted (its pid may be reused)', () => lockOf(process.ppid, { bootedAt: bootedAt() - 3_600_000 })],
    ['it was written on another computer (a USB stick pulled out while the app was open)', () => lockOf(process.ppid, { host: `${hostname()}-其他电脑` })],
    ['it is this process’s pid, left by an earlier process that had it', () => lockOf(process.pid)],
    ['it was cut short by a crash (unreadable, and older than a moment)', () => '{"pid":12']
  ])('when %s', async (_case, content) => {
    const paths = await dataDir()
    await writeFile(paths.lock, content())
    await tenSecondsAgo(paths.lock)
    expect((await host(paths).start()).mode).toBe('ready')
    expect(JSON.parse(await readFile(paths.lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })
    expect((await readdir(paths.dir)).filter((n) => n.startsWith('liangbiping.lock'))).toEqual(['liangbiping.lock'])
  })
})

/** Runs a script in a child process with the project's modules at hand (`load('./electron/...')`). */
function child(script: string, onLine?: (line: string, kill: () => void) => void): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const load = async (p) => { const m = await import(p); return m.default ?? m }\n${script}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      onLine?.(chunk, () => proc.kill('SIGKILL'))
    })
    proc.on('error', fail)
    proc.on('close', (code) => done({ code, out }))
  })
}

const startHostIn = (dir: string) => `
const { StoreHost } = await load('./electron/main/store/host.ts')
const { dataPaths } = await load('./electron/main/store/data-dir.ts')
await new StoreHost(dataPaths(${JSON.stringify(dir)})).start()
console.log('started')
`

describe('a writer in another process', () => {
  it('releases the lock when its process exits without closing the store', async () => {
    const paths = await dataDir()
    const run = await child(`${startHostIn(paths.dir)}\nprocess.exit(0)`)
    expect(run).toMatchObject({ code: 0, out: 'started\n' })
    expect(await readdir(paths.dir)).not.toContain('liangbiping.lock')
  })

  it('leaves its lock behind when killed, and the next start takes it over', async () => {
    const paths = await dataDir()
    await child(`${startHostIn(paths.dir)}\nsetInterval(() => undefined, 1000)`, (line, kill) => line.includes('started') && kill())
    expect(await readdir(paths.dir)).toContain('liangbiping.lock')
    expect((await host(paths).start()).mode).toBe('ready')
  })
})
