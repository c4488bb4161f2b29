import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHandlers } from '../../electron/main/handlers'
import { caller, createDispatch, type Call, type Dispatch } from '../../electron/main/ipc/dispatch'
import type { Dialogs, Services } from '../../electron/main/services'
import { demoDatabase } from '../../electron/main/roster/demo'
import { dataPaths } from '../../electron/main/store/data-dir'
import { StoreHost } from '../../electron/main/store/host'

/** Answers the next dialogs from a queue; an empty queue means the user pressed 取消. */
export class ScriptedDialogs implements Dialogs {
  readonly saves: (string | null)[] = []
  readonly opens: (string | null)[] = []
  async saveFile() {
    return this.saves.shift() ?? null
  }
  async openFile() {
    return this.opens.shift() ?? null
  }
}

export interface TestBackend {
  dir: string
  host: StoreHost
  dialogs: ScriptedDialogs
  opened: string[]
  dispatch: Dispatch
  /** A channel's value, or an Error naming the channel and the Chinese message. */
  call: Call
  services: Services
  /** Writes a file in the data folder and queues it as the next open-file dialog's answer; returns its path. */
  chooseFile(name: string, bytes: Uint8Array | string): Promise<string>
  dispose(): Promise<void>
}

/** The real handlers over a real store in a temp data folder: what main runs, minus Electron. */
export async function createTestBackend(options: { dir?: string; now?: () => Date } = {}): Promise<TestBackend> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'lbp-test-')))
  const host = new StoreHost(dataPaths(dir), options.now)
  await host.start()
  const dialogs = new ScriptedDialogs()
  const opened: string[] = []
  const services: Services = {
    host,
    location: { dir, portable: false },
    dialogs,
    openPath: async (path) => void opened.push(path),
    now: options.now ?? (() => new Date())
  }
  const dispatch = createDispatch(createHandlers(services), () => undefined)
  return {
    dir,
    host,
    dialogs,
    opened,
    dispatch,
    call: caller(dispatch),
    services,
    async chooseFile(name, bytes) {
      const path = join(dir, name)
      await writeFile(path, bytes)
      dialogs.opens.push(path)
      return path
    },
    dispose: async () => {
      await host.close()
      if (!options.dir) await rm(dir, { recursive: true, force: true })
    }
  }
}

/** A backend over the demo roster as of `now`, put in `backends` for the test file's afterEach to dispose. */
export async function rosterBackend(now: Date, backends: TestBackend[]): Promise<TestBackend> {
  const b = await createTestBackend({ now: () => now })
  backends.push(b)
  await b.host.store().update((db) => demoDatabase(db, now))
  return b
}
