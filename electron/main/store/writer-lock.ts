import { randomUUID } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { AppError } from '@shared/errors'

/*
 * One writer per data folder. The app's single-instance lock only keeps a second app away; the
 * command line (`import-roster`, `restore`, `demo`) is another process on the same files. Whoever
 * starts the store takes this lock file first; a second writer is refused until the first closes.
 * A lock left behind by a crash, by a computer that was restarted since, or by another computer
 * (a USB stick pulled out while the app was open) is taken over.
 */

export const DATA_IN_USE = '数据文件正被另一个程序使用（可能本软件已打开），请先关闭它再试。'

interface LockContent {
  pid: number
  /** This process, not just its pid: pids are reused. */
  process: string
  host: string
  /** When the computer started (ms since epoch), so a lock from before a restart is known stale. */
  bootedAt: number
  startedAt: string
}

const THIS_PROCESS = randomUUID()
/** A restart takes longer than this; clock corrections while running are smaller. */
const BOOT_TOLERANCE_MS = 60_000
/** A lock file that cannot be parsed and is older than this was cut short by a crash. */
const HALF_WRITTEN_AFTER_MS = 10_000
/** Hard links are missing on FAT/exFAT USB sticks and some network shares. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV'])

const bootedAt = () => Date.now() - uptime() * 1000

/** Locks this process holds, released even when it exits without closing the store. */
const held = new Map<string, string>()
let exitHookInstalled = false

function releaseAllSync() {
  for (const [path, content] of held) {
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path)
    } catch {
      // Already gone, or the folder is: nothing to release.
    }
  }
  held.clear()
}

export class WriterLock {
  private constructor(
    readonly path: string,
    private readonly content: string
  ) {}

  /** Takes the data folder's writer lock, or throws DATA_IN_USE (an AppError) when a live writer has it. */
  static async acquire(path: string, now: Date = new Date()): Promise<WriterLock> {
    const content = JSON.stringify({
      pid: process.pid,
      process: THIS_PROCESS,
      host: hostname(),
      bootedAt: Math.round(bootedAt()),
      startedAt: now.toISOString()
    } satisfies LockContent)
    await removeLeftoverTemps(path)
    // Twice at most: once as things are, once after taking over a stale lock.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await createExclusive(path, content)) {
        if (!exitHookInstalled) {
          process.once('exit', releaseAllSync)
          exitHookInstalled = true
        }
        held.set(path, content)
        return new WriterLock(path, content)
      }
      const found = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)))
      if (found === null) continue // released meanwhile
      if (!(await isStale(path, found))) break
      await takeOver(path, found)
    }
    throw new AppError('DATA_IN_USE', DATA_IN_USE)
  }

  /** Removes the lock file, unless another process has since taken it over. */
  async release(): Promise<void> {
    if (held.get(this.path) !== this.content) return
    held.delete(this.path)
    const now = await readFile(this.path, 'utf8').catch(() => null)
    if (now === this.content) await unlink(this.path).catch(() => undefined)
  }
}

/**
 * Creates the lock file with its whole content or not at all: written beside it, then linked in
 * place (a link fails if the name exists). A crash can then never leave a half-written lock.
 */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`
  await writeFile(temp, content)
  try {
    await link(temp, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'EEXIST') return false
    if (!NO_LINKS.has(code)) throw error
    return writeFile(path, content, { flag: 'wx' }).then(
      () => true,
      (failure: NodeJS.ErrnoException) => (failure.code === 'EEXIST' ? false : Promise.reject(failure))
    )
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function isStale(path: string, found: string): Promise<boolean> {
  let lock: LockContent
  try {
    lock = JSON.parse(found) as LockContent
    if (!Number.isInteger(lock.pid) || lock.pid <= 0) throw new Error('no pid')
  } catch {
    const info = await stat(path).catch(() => null)
    return !info || Date.now() - info.mtimeMs > HALF_WRITTEN_AFTER_MS
  }
  if (lock.host !== hostname()) return true
  if (typeof lock.bootedAt !== 'number' || Math.abs(lock.bootedAt - bootedAt()) > BOOT_TOLERANCE_MS) return true
  if (lock.pid === process.pid) return lock.process !== THIS_PROCESS
  return !isAlive(lock.pid)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Moves the stale lock out of the way under a name of its own, then checks it moved the lock it
 * judged: if another process took over first and already wrote a fresh lock, that one goes back.
 */
async function takeOver(path: string, judged: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.stale`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readFile(aside, 'utf8').catch(() => null)
  if (moved !== null && moved !== judged) await link(aside, path).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

/** Temp files of lock attempts cut short by a crash (their process is gone). */
async function removeLeftoverTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.`
  for (const name of await readdir(dirname(path)).catch(() => [] as string[])) {
    const m = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.(tmp|stale)$/.exec(name.slice(prefix.length)) : null
    if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) await unlink(join(dirname(path), name)).catch(() => undefined)
  }
}
