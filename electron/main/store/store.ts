import { Low } from 'lowdb'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { DurableJsonAdapter } from './adapter'
import { freezeDeep } from './encode'

/**
 * The open database. Changes go through `update`, one at a time, as pure functions of the current
 * data: the new state replaces the old in memory only after it is on disk, so a failed write leaves
 * both the file and what the app shows unchanged.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve()
  private retired = false
  private readonly db: Low<Database>

  constructor(
    readonly adapter: DurableJsonAdapter,
    data: Database
  ) {
    // Frozen from the start, so an in-place change fails the same way before and after the first write.
    freezeDeep(data)
    this.db = new Low(adapter, data)
  }

  get data(): Readonly<Database> {
    return this.db.data
  }

  get path(): string {
    return this.adapter.path
  }

  /** Applies `change` to the current data and writes the result; resolves with the data now on disk. */
  update(change: (current: Database) => Database): Promise<Database> {
    const run = this.queue.then(async () => {
      if (this.retired) throw new AppError('STORE_REPLACED', '数据刚被恢复替换，本次修改未保存，请刷新后重新操作')
      const before = this.db.data
      const next = change(before)
      if (next === before) return before
      // Readers see the new state only once it is on disk: nothing shows or prints data that a failed write lost.
      await this.adapter.write(next)
      this.db.data = next
      return next
    })
    // Keep the queue alive after a failure; the caller still sees the error.
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * `update` for a pure change that also hands something back (the saved item, notes for the user):
   * resolves with that and the database now on disk.
   */
  async change<T>(apply: (current: Database) => { db: Database } & T): Promise<{ db: Database } & T> {
    let outcome: ({ db: Database } & T) | undefined
    const db = await this.update((current) => {
      outcome = apply(current)
      return outcome.db
    })
    return { ...outcome!, db }
  }

  /**
   * Runs `work` (which replaces the file, e.g. a restore) after every pending write, then refuses
   * further updates: this store's data is no longer what is on disk. If `work` fails, nothing changes.
   */
  retire(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      await work()
      this.retired = true
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves when every write started so far has finished (used before quitting, backing up, restoring). */
  async flush(): Promise<void> {
    await this.queue
  }
}
