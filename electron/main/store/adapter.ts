import type { Adapter } from 'lowdb'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { readIfExists, writeFileDurably, type DurableWriteOptions } from './durable-file'
import { DatabaseEncoder } from './encode'
import { describeProblem, parseDatabase, type DatabaseProblem, type ParsedDatabase } from './parse-database'

export class DatabaseFileError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly detail: string
  ) {
    super(describeProblem(problem))
    this.name = 'DatabaseFileError'
  }
}

/**
 * lowdb's stock JSONFile neither fsyncs nor tolerates Windows' transient rename failures, and
 * treats an unreadable file as a reason to start over. This one is durable and refuses bad files.
 */
export class DurableJsonAdapter implements Adapter<Database> {
  /** Remembers the last write's bytes, so the next one encodes only what changed. */
  private readonly encoder = new DatabaseEncoder()

  /** The last read found a file of an older version: its first write will change the format. */
  migratedOnRead = false

  constructor(
    readonly path: string,
    private readonly writeOptions: DurableWriteOptions = {},
    private readonly parse: (bytes: Uint8Array) => ParsedDatabase = parseDatabase
  ) {}

  async read(): Promise<Database | null> {
    const bytes = await readIfExists(this.path)
    if (bytes === null) return null
    const parsed = this.parse(bytes)
    if (!parsed.ok) throw new DatabaseFileError(parsed.problem, parsed.detail)
    this.migratedOnRead = parsed.migrated
    return parsed.data
  }

  async write(data: Database): Promise<void> {
    await writeFileDurably(this.path, () => this.encoder.encode(data), this.writeOptions)
  }
}

export const readOnlyError = () => new AppError('READ_ONLY', '数据文件以只读方式打开，不能修改。')

/** For commands that only read (exports, 备份到文件): the file is never written, whatever a handler asks. */
export class ReadOnlyJsonAdapter extends DurableJsonAdapter {
  override async write(): Promise<void> {
    throw readOnlyError()
  }
}
