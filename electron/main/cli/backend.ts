import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { createHandlers } from '../handlers'
import { caller, createDispatch, type Call, type Dispatch } from '../ipc/dispatch'
import { PrintEngine } from '../print/engine'
import type { Dialogs } from '../services'
import { dataPaths } from '../store/data-dir'
import { StoreHost } from '../store/host'
import { describeProblem, parseDatabase } from '../store/parse-database'

/*
 * The app's own handlers over a database file named on the command line: the same validation, the
 * same durable writes. Where the app would show a file dialog, the path given on the command line
 * is the answer.
 */

export class CliError extends Error {}

class AnsweredDialogs implements Dialogs {
  open: string | null = null
  save: string | null = null
  async openFile() {
    return this.open
  }
  async saveFile() {
    return this.save
  }
}

export interface CliBackend {
  host: StoreHost
  dialogs: AnsweredDialogs
  call: Call
  /** The raw dispatch, for `cli call`: the refusal's code as well as its message. */
  dispatch: Dispatch
  /** What the app would have opened with the system (a folder, a PDF): the command line opens nothing. */
  opened: string[]
  /** Ends the print worker (its jobs end with the process) and closes the store. */
  close(): Promise<void>
}

/** Refuses a database file that is damaged, before the store would move it aside: the CLI only reports. */
export async function checkDatabaseFile(dbFile: string, mustExist: boolean): Promise<void> {
  let bytes: Buffer
  try {
    bytes = await readFile(dbFile)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !mustExist) return
    throw new CliError(`无法读取数据文件 ${dbFile}（${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '没有权限或被占用'}）`)
  }
  const parsed = parseDatabase(bytes)
  if (!parsed.ok) throw new CliError(`数据文件 ${dbFile} 有问题：${describeProblem(parsed.problem)}可用 check 查看详情，或用 restore 从备份恢复。`)
}

/**
 * 'read': the file must exist; opened without the writer lock and without any of the start's
 * writing (daily backup, photo sweep, temp clean-up), so it works while the app has it open.
 * 'write': takes the data folder's writer lock (refused while the app or another command holds it);
 * a missing file becomes a new database, unless backups show there was one.
 */
export type Access = 'read' | 'write'

export async function openBackend(db: string, options: { access: Access; now?: () => Date }): Promise<CliBackend> {
  const dbFile = resolve(db)
  await checkDatabaseFile(dbFile, options.access === 'read')
  const backend = await startBackend(dbFile, options.now, options.access)
  const state = backend.host.current
  if (state.mode === 'recovery') {
    await backend.close()
    const backup = state.recovery.newestGoodBackup
    throw new CliError(`${state.recovery.message}${backup ? `可用 restore 从备份恢复（最近的完好备份：backups/${backup.file}）。` : ''}`)
  }
  return backend
}

/** Starts the store even on a damaged file (the store keeps it aside): only `restore` needs that. */
export async function startBackend(dbFile: string, now: () => Date = () => new Date(), access: Access = 'write'): Promise<CliBackend> {
  const host = new StoreHost(dataPaths(dirname(dbFile), dbFile), now)
  await (access === 'read' ? host.startReadOnly() : host.start())
  const dialogs = new AnsweredDialogs()
  const opened: string[] = []
  const engine = new PrintEngine()
  const dispatch = createDispatch(
    createHandlers({ host, location: { dir: dirname(dbFile), portable: false }, dialogs, openPath: async (path) => void opened.push(path), now }, { engine }),
    (error) => console.error(error)
  )
  return {
    host,
    dialogs,
    call: caller(dispatch, (error) => new CliError(error.message)),
    dispatch,
    opened,
    close: async () => {
      await engine.close()
      await host.close()
    }
  }
}
