import type { Adapter } from 'lowdb'
import type { Database } from '@shared/model/database'
import { readIfExists, writeFileDurably, type DurableWriteOptions } from './durable-file'
import { DatabaseEncoder } from './encode'
import { describeProblem, parseDatabase, type DatabaseProblem } from './parse-database'

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

  constructor(
    readonly path: string,
    private readonly writeOptions: DurableWriteOptions = {}
  ) {}

  async read(): Promise<Database | null> {
    const bytes = await readIfExists(this.path)
    if (bytes === null) return null
    const parsed = parseDatabase(bytes)
    if (!parsed.ok) throw new DatabaseFileError(parsed.problem, parsed.detail)
    return parsed.data
  }

  async write(data: Database): Promise<void> {
    await writeFileDurably(this.path, () => this.encoder.encode(data), this.writeOptions)
  }
}
