import { databaseSchema, type Database } from '@shared/model/database'
import { migrate, migrations, type Migration } from './migrations'

export type DatabaseProblem = 'empty' | 'nul' | 'bom' | 'not-json' | 'not-object' | 'unversioned' | 'newer' | 'schema'

export type ParsedDatabase = { ok: true; data: Database; migrated: boolean } | { ok: false; problem: DatabaseProblem; detail: string }

const PROBLEM_TEXT: Record<DatabaseProblem, string> = {
  empty: '数据文件是空的（可能在写入时断电或磁盘已满）。',
  nul: '数据文件中有大段空白字节（常见于断电或异常关机）。',
  bom: '数据文件被其他软件（如记事本）另存过，开头多了编码标记。',
  'not-json': '数据文件内容不完整或已损坏，无法读取。',
  'not-object': '数据文件内容不是本软件的数据库。',
  unversioned: '数据文件缺少版本号，不是本软件的数据库。',
  newer: '数据文件由更新版本的本软件写入，当前版本无法安全打开。请安装新版本后再打开。',
  schema: '数据文件中有不符合要求的内容，无法安全打开。'
}

export function describeProblem(problem: DatabaseProblem): string {
  return PROBLEM_TEXT[problem]
}

/**
 * Decides whether bytes are a database this version can use. Never repairs anything: a file that is
 * not exactly right is reported, so the caller can keep it aside instead of overwriting it.
 */
export function parseDatabase(bytes: Uint8Array, steps: Migration[] = migrations): ParsedDatabase {
  const read = readJsonObject(bytes)
  return read.ok ? checkDatabase(read.value, steps) : read
}

/** The first checks of any file of ours: readable text (no NUL, no BOM) holding one JSON object. */
export function readJsonObject(bytes: Uint8Array): { ok: true; value: Record<string, unknown> } | { ok: false; problem: DatabaseProblem; detail: string } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  if (text.trim().length === 0 && !text.includes('\0')) return { ok: false, problem: 'empty', detail: `${bytes.byteLength} 字节` }
  if (text.includes('\0')) return { ok: false, problem: 'nul', detail: '' }
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, problem: 'bom', detail: '' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: (error as Error).message }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'not-object', detail: '' }
  return { ok: true, value: raw as Record<string, unknown> }
}

/** A parsed JSON object as a database: its version (migrating an older one) and its schema. */
export function checkDatabase(raw: Record<string, unknown>, steps: Migration[] = migrations): ParsedDatabase {
  const migrated = migrate(raw, steps)
  if (!migrated.ok) return { ok: false, problem: migrated.reason, detail: String(migrated.version) }
  const checked = databaseSchema.safeParse(migrated.data)
  if (!checked.success) {
    const first = checked.error.issues[0]
    return { ok: false, problem: 'schema', detail: `${first?.path.join('.') ?? ''}：${first?.message ?? ''}` }
  }
  return { ok: true, data: checked.data, migrated: migrated.migrated }
}

/** Compact JSON: smaller and faster to write than pretty-printed, and nobody edits it by hand. */
export function serializeDatabase(data: Database): string {
  return JSON.stringify(data)
}
