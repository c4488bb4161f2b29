import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RestoreCandidate, RestoreOutcome } from '@shared/contract/store'
import { createDatabase, type Database } from '@shared/model/database'
import { AppError } from '@shared/errors'
import { DatabaseFileError, DurableJsonAdapter, ReadOnlyJsonAdapter, readOnlyError } from './adapter'
import { encodeBackupFile, parseBackupFile, writeMissingFallbackFont, writeMissingPhotos, type ParsedBackup } from './backup-file'
import { listBackups, localTime, makeBackup, needsDailyBackup, newestGoodBackup, pruneBackups, timeFromBackupName, type BackupEntry } from './backups'
import { describeSummary, summarizeData } from './data-summary'
import type { DataPaths } from './data-dir'
import { isTempFileOf, writeFileDurably, type DurableWriteOptions } from './durable-file'
import { keepAside } from './keep-aside'
import { sweepUnusedPhotos } from './photo-sweep'
import { describeProblem, parseDatabase, serializeDatabase, type DatabaseProblem, type ParsedDatabase } from './parse-database'
import { Store } from './store'
import { WriterLock } from './writer-lock'

export interface RecoveryProblem {
  problem: DatabaseProblem | 'unreadable' | 'missing'
  message: string
  /**
   * A byte-identical copy of the bad file (the original also stays in place until the user chooses
   * a way out); null when no copy could be made, and then nothing is ever written over the original;
   * null too when the file is missing, and there is nothing to keep.
   */
  keptAs: string | null
  newestGoodBackup: BackupEntry | null
}

export type StoreState = { mode: 'ready'; store: Store } | { mode: 'recovery'; recovery: RecoveryProblem }

export const MISSING_DATABASE = '数据文件不存在（可能被移动或删除）。'

interface CheckedFile {
  backup: Extract<ParsedBackup, { ok: true }>
  candidate: RestoreCandidate
}

interface PendingRestore extends CheckedFile {
  token: string
  /** What was current when the file was shown: a restore is refused once that changed. */
  state: StoreState
  data: Readonly<Database> | null
}

/** What the page shows after the reload, and the command line prints. */
function restoredMessage(c: RestoreCandidate, keptAs: string | null, before: StoreState['mode']): string {
  const what = `已恢复“${c.fileName}”（${c.madeAtFrom === 'backup' ? '备份于' : '文件修改于'} ${c.madeAt}：${describeSummary(c.file)}）`
  if (before === 'ready') return `${what}，恢复前的数据已另存为“${basename(keptAs!)}”（在 设置 → 数据与备份 的备份列表中，类型为“恢复前”，需要时可从那里恢复回去）。`
  if (keptAs) return `${what}。恢复前无法打开的数据文件已另存为“${basename(keptAs)}”，没有删除。`
  return `${what}。原数据文件不存在，没有需要另存的数据。`
}

/**
 * Owns the database's life: opening, the recovery path for bad files, rotating backups, restore.
 * Plain Node: the Electron side only passes in the data folder and the clock.
 */
export class StoreHost {
  private state: StoreState | null = null
  private sweep: Promise<string[]> = Promise.resolve([])
  private lock: WriterLock | null = null
  private readOnly = false
  /** The file 从文件恢复 checked and showed, waiting for the user's confirmation. */
  private pending: PendingRestore | null = null
  private lastRestore: RestoreOutcome | null = null

  constructor(
    readonly paths: DataPaths,
    private readonly now: () => Date = () => new Date(),
    private readonly writeOptions: DurableWriteOptions = {},
    /** Tests pass a parser with migrations of their own; the app uses the real ones. */
    private readonly parse: (bytes: Uint8Array) => ParsedDatabase = parseDatabase
  ) {}

  /**
   * Opens the database for writing. Takes the data folder's writer lock first: another process
   * (the app, or a command line writing) that holds it makes this throw DATA_IN_USE, touching nothing.
   */
  async start(): Promise<StoreState> {
    await mkdir(this.paths.dir, { recursive: true })
    this.lock = await WriterLock.acquire(this.paths.lock, this.now())
    try {
      await this.removeStaleTempFiles()
      this.state = await this.open()
      if (this.state.mode === 'ready') {
        await this.rotateBackup()
        // In the background: the window need not wait for it. Not in recovery, where the database
        // that names the photos cannot be read.
        this.sweep = sweepUnusedPhotos(this.paths, this.now(), serializeDatabase(this.state.store.data))
      }
    } catch (error) {
      await this.releaseLock()
      throw error
    }
    return this.state
  }

  /**
   * Opens the database only to read it (exports, 备份到文件 from the command line), while the app may
   * have it open: no lock, no backups, no clean-up of any kind, and every write is refused.
   */
  async startReadOnly(): Promise<StoreState> {
    this.readOnly = true
    this.state = await this.open()
    return this.state
  }

  /** The start's clean-up of photo files nothing names any more (see photo-sweep.ts): the names removed. */
  get photoSweep(): Promise<string[]> {
    return this.sweep
  }

  get current(): StoreState {
    if (!this.state) throw new Error('store not started')
    return this.state
  }

  /** The open store, or a user-facing error while the app waits in the recovery screen. */
  store(): Store {
    const state = this.current
    if (state.mode === 'ready') return state.store
    throw new AppError('RECOVERY_REQUIRED', '数据文件需要先恢复，请在恢复页面选择备份')
  }

  data(): Readonly<Database> {
    return this.store().data
  }

  private async open(): Promise<StoreState> {
    const adapter = this.readOnly
      ? new ReadOnlyJsonAdapter(this.paths.dbFile, this.writeOptions, this.parse)
      : new DurableJsonAdapter(this.paths.dbFile, this.writeOptions, this.parse)
    let data: Database | null
    try {
      data = await adapter.read()
    } catch (error) {
      if (error instanceof DatabaseFileError) return this.enterRecovery(error.problem)
      // Could not even read it (permissions, a locked file): leave it exactly where it is.
      return {
        mode: 'recovery',
        recovery: {
          problem: 'unreadable',
          message: `无法读取数据文件（${(error as NodeJS.ErrnoException).code ?? '未知原因'}），请检查文件权限或是否被其他程序占用。原文件未做任何改动。`,
          keptAs: null,
          newestGoodBackup: await newestGoodBackup(this.paths.backups)
        }
      }
    }
    if (data === null) {
      // Gone, though backups show there was one: never a silent new empty database in its place.
      const backup = await newestGoodBackup(this.paths.backups)
      if (backup || this.readOnly) {
        return { mode: 'recovery', recovery: { problem: 'missing', message: MISSING_DATABASE, keptAs: null, newestGoodBackup: backup } }
      }
      data = createDatabase(this.now())
      await adapter.write(data)
    } else if (adapter.migratedOnRead && !this.readOnly) {
      // The first write turns the file into the new format: the old one is kept as it was.
      await makeBackup(this.paths.dbFile, this.paths.backups, this.now(), 'before-migrate')
      await this.pruneQuietly()
    }
    return { mode: 'ready', store: new Store(adapter, data) }
  }

  private async enterRecovery(problem: DatabaseProblem): Promise<StoreState> {
    let keptAs: string | null = null
    let message: string
    try {
      keptAs = await keepAside(this.paths.dbFile, this.now())
      message = `${describeProblem(problem)}原文件已原样保存为“${basename(keptAs)}”，没有被覆盖。`
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '未知原因'
      message = `${describeProblem(problem)}另存原文件时出错（${code}），原文件未做任何改动。请检查磁盘空间后重新打开本软件。`
    }
    return { mode: 'recovery', recovery: { problem, message, keptAs, newestGoodBackup: await newestGoodBackup(this.paths.backups) } }
  }

  /** A crash mid-write leaves a temp file beside the database; only one process ever writes it (the writer lock). */
  private async removeStaleTempFiles(): Promise<void> {
    for (const name of await readdir(this.paths.dir)) {
      if (isTempFileOf(this.paths.dbFile, name)) await unlink(join(this.paths.dir, name)).catch(() => undefined)
    }
  }

  async rotateBackup(): Promise<string | null> {
    const store = this.store()
    if (this.readOnly) return null
    await store.flush()
    if (!(await needsDailyBackup(this.paths.backups, this.now()))) return null
    const name = await makeBackup(this.paths.dbFile, this.paths.backups, this.now())
    await pruneBackups(this.paths.backups)
    return name
  }

  /** Housekeeping after a safety copy: a backup that cannot be deleted just now must not stop the work. */
  private async pruneQuietly(): Promise<void> {
    await pruneBackups(this.paths.backups).catch((error) => console.error('[backup] 清理旧备份未完成：', error))
  }

  listBackups(): Promise<BackupEntry[]> {
    return listBackups(this.paths.backups)
  }

  /** Writes the current database and the photos it names to a file of the user's choosing (see backup-file.ts). */
  async backupToFile(target: string): Promise<void> {
    const store = this.store()
    await store.flush()
    await writeFileDurably(target, await encodeBackupFile(store.data, this.paths.photos, localTime(this.now()), this.paths.fallbackFont), this.writeOptions)
  }

  /**
   * 从文件恢复, step one: checks the whole file and says what it holds beside the current data,
   * writing nothing. The answer's token lets step two (`restoreInspected`) restore exactly what was
   * shown; a later pick replaces it.
   */
  async inspectFile(source: string): Promise<RestoreCandidate & { token: string }> {
    this.pending = null
    const checked = await this.checkFile(source)
    const state = this.current
    const token = randomUUID()
    this.pending = { ...checked, token, state, data: state.mode === 'ready' ? state.store.data : null }
    return { ...checked.candidate, token }
  }

  /** What a listed automatic backup holds beside the current data, for its confirmation. */
  async inspectBackup(file: string): Promise<RestoreCandidate> {
    return (await this.checkFile(await this.backupPath(file))).candidate
  }

  /**
   * 从文件恢复, step two, once the user confirmed what step one showed. Refused for a token that is
   * not the last pick's (already used, replaced by another pick, from another run), and when the
   * data changed since: the comparison the user confirmed would no longer be true.
   */
  async restoreInspected(token: string): Promise<RestoreOutcome> {
    const pending = this.pending
    if (!pending || pending.token !== token) {
      throw new AppError('NOT_FOUND', '这次恢复的确认已失效（可能已经恢复过，或之后又选择了别的文件），请重新选择文件。')
    }
    this.pending = null
    const state = this.current
    if (state !== pending.state || (state.mode === 'ready' && state.store.data !== pending.data)) {
      throw new AppError('CONFLICT', '选择文件之后当前数据又有了改动，确认时看到的对比已不准确，未恢复。请重新选择文件，核对后再恢复。')
    }
    return this.replaceWith(pending)
  }

  async restoreFromBackup(file: string): Promise<RestoreOutcome> {
    return this.restoreFromFile(await this.backupPath(file))
  }

  /** Checks and restores in one step: the command line's `restore`, and a listed backup. */
  async restoreFromFile(source: string): Promise<RestoreOutcome> {
    return this.replaceWith(await this.checkFile(source))
  }

  /** The last restore's outcome, once: the page that reloads after a restore shows it, and it is gone. */
  takeLastRestore(): RestoreOutcome | null {
    const outcome = this.lastRestore
    this.lastRestore = null
    return outcome
  }

  private async backupPath(file: string): Promise<string> {
    const entry = (await this.listBackups()).find((b) => b.file === file)
    if (!entry) throw new AppError('NOT_FOUND', '该备份不存在')
    return join(this.paths.backups, entry.file)
  }

  /** Reads a file (a plain database or a self-contained backup) and checks all of it; writes nothing. */
  private async checkFile(source: string): Promise<CheckedFile> {
    let bytes: Buffer
    let modified: Date
    try {
      bytes = await readFile(source)
      modified = (await stat(source)).mtime
    } catch {
      throw new AppError('UNREADABLE', '无法读取所选文件，请确认文件存在且未被占用')
    }
    const backup = parseBackupFile(bytes)
    if (!backup.ok) throw new AppError('INVALID_BACKUP', `所选文件不能用于恢复：${backup.reason}`)
    const madeAt = backup.madeAt ?? timeFromBackupName(basename(source))
    const state = this.current
    const candidate: RestoreCandidate = {
      fileName: basename(source),
      madeAt: madeAt ?? localTime(modified),
      madeAtFrom: madeAt ? 'backup' : 'modified',
      photos: backup.photos.size,
      file: summarizeData(backup.data),
      current: state.mode === 'ready' ? summarizeData(state.store.data) : null
    }
    return { backup, candidate }
  }

  /**
   * Replaces the database with a checked file, after keeping a copy of the current state. A
   * backup's photos go into photos/ first, so the restored database never names a photo that is
   * not there.
   */
  private async replaceWith({ backup, candidate }: CheckedFile): Promise<RestoreOutcome> {
    const state = this.writableState()
    if (state.mode === 'recovery' && !this.mayReplace(state.recovery)) {
      throw new AppError('UNREADABLE', '原数据文件无法读取，为免覆盖，请先处理该文件（检查权限或关闭占用它的程序）后重新打开本软件')
    }
    await writeMissingPhotos(this.paths.photos, backup.photos, this.writeOptions)
    // Its fallback font goes into fonts/ when the folder has none, as photos do.
    await writeMissingFallbackFont(this.paths.fallbackFont, backup.fallbackFont, this.writeOptions)
    const replace = () => writeFileDurably(this.paths.dbFile, serializeDatabase(backup.data), this.writeOptions)
    let keptAs: string | null
    if (state.mode === 'ready') {
      let copy = ''
      // In the store's queue, so no save that is still pending can land on top of the restored file.
      await state.store.retire(async () => {
        copy = join(this.paths.backups, await makeBackup(this.paths.dbFile, this.paths.backups, this.now(), 'before-restore'))
        await this.pruneQuietly()
        await replace()
      })
      keptAs = copy
    } else {
      await replace()
      keptAs = state.recovery.keptAs
    }
    this.pending = null
    this.state = await this.open()
    this.lastRestore = { message: restoredMessage(candidate, keptAs, state.mode), restored: candidate.file, keptAs }
    return this.lastRestore
  }

  /** From the recovery screen, when there is no usable backup: a new empty database (the bad file stays kept). */
  async startEmpty(): Promise<void> {
    const state = this.writableState()
    if (state.mode === 'ready') throw new AppError('CONFLICT', '数据库正常，无需新建')
    if (!this.mayReplace(state.recovery)) throw new AppError('UNREADABLE', '原数据文件无法读取且未移走，为免覆盖，不能新建数据库')
    // The bad file is kept as keptAs; only now, at the user's request, is it replaced.
    await writeFileDurably(this.paths.dbFile, serializeDatabase(createDatabase(this.now())), this.writeOptions)
    this.state = await this.open()
  }

  /** The bad file was copied aside, or there is none: writing a database in its place loses nothing. */
  mayReplace(recovery: RecoveryProblem): boolean {
    return recovery.keptAs !== null || recovery.problem === 'missing'
  }

  private writableState(): StoreState {
    if (this.readOnly) throw readOnlyError()
    return this.current
  }

  /** Waits for pending writes and the photo sweep, then lets another writer in. */
  async close(): Promise<void> {
    try {
      await this.sweep
      if (this.state?.mode === 'ready') await this.state.store.flush()
    } finally {
      await this.releaseLock()
    }
  }

  private async releaseLock(): Promise<void> {
    const lock = this.lock
    this.lock = null
    await lock?.release()
  }
}
