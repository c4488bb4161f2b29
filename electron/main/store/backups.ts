import { mkdir, readdir, stat, unlink, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyFileDurably } from './durable-file'
import { parseDatabase } from './parse-database'

export const KEEP_BACKUPS = 30
const NAME = /^backup-(\d{8})-(\d{6})(?:-(\d+))?(?:-([a-z]+))?\.json$/

/** Copies made just before a restore or before a migration's first write: kept apart from the rotation. */
export const KEEP_SAFETY_BACKUPS = 10

type BackupKind = 'auto' | 'before-restore' | 'before-migrate'
/** The kind is part of the file name, without its hyphen so the name pattern stays simple. */
const KIND_SUFFIX: Record<BackupKind, string> = { auto: '', 'before-restore': '-beforerestore', 'before-migrate': '-beforemigrate' }

export interface BackupEntry {
  file: string
  createdAt: string
  size: number
  /** Why it was made: 'auto' rotating copies, 'beforerestore' (the state just before a restore), 'beforemigrate' (the file as an older version wrote it). */
  kind: string
}

export function stamp(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`
}

/** Local time as the backup list and a restore's confirmation show it: 2026-03-01 09:30:00. */
export function localTime(now: Date): string {
  const [d, t] = stamp(now).split('-')
  return readableStamp(d, t)
}

function readableStamp(d: string, t: string): string {
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)} ${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}`
}

/** The time in a rotating backup's name (backup-20260301-093000.json), or null for any other name. */
export function timeFromBackupName(file: string): string | null {
  const m = NAME.exec(file)
  return m ? readableStamp(m[1], m[2]) : null
}

export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const found: { entry: BackupEntry; order: [string, number] }[] = []
  for (const file of names) {
    const m = NAME.exec(file)
    if (!m) continue
    const info = await stat(join(folder, file))
    const [d, t] = [m[1], m[2]]
    const createdAt = readableStamp(d, t)
    found.push({ entry: { file, createdAt, size: info.size, kind: m[4] ?? 'auto' }, order: [d + t, Number(m[3] ?? 0)] })
  }
  // Newest first. Not by plain name: "…-1.json" (a second copy within the same second) sorts before "….json".
  found.sort((a, b) => (a.order[0] !== b.order[0] ? (a.order[0] < b.order[0] ? 1 : -1) : b.order[1] - a.order[1]))
  return found.map((f) => f.entry)
}

/** Copies the database file into the backup folder under a timestamped name. */
export async function makeBackup(dbFile: string, folder: string, now: Date, kind: BackupKind = 'auto'): Promise<string> {
  await mkdir(folder, { recursive: true })
  const existing = new Set((await listBackups(folder)).map((b) => b.file))
  const suffix = KIND_SUFFIX[kind]
  let name = `backup-${stamp(now)}${suffix}.json`
  for (let i = 1; existing.has(name); i++) name = `backup-${stamp(now)}-${i}${suffix}.json`
  await copyFileDurably(dbFile, join(folder, name))
  return name
}

/** Keeps the newest `keep` automatic copies, and the newest KEEP_SAFETY_BACKUPS of each other kind. */
export async function pruneBackups(folder: string, keep = KEEP_BACKUPS): Promise<void> {
  const all = await listBackups(folder)
  for (const kind of new Set(all.map((b) => b.kind))) {
    const ofKind = all.filter((b) => b.kind === kind)
    for (const old of ofKind.slice(kind === 'auto' ? keep : KEEP_SAFETY_BACKUPS)) await unlink(join(folder, old.file))
  }
}

/** At most one automatic copy a calendar day. */
export async function needsDailyBackup(folder: string, now: Date): Promise<boolean> {
  const newest = (await listBackups(folder)).find((b) => b.kind === 'auto')
  return !newest || newest.file.slice(7, 15) !== stamp(now).slice(0, 8)
}

/** The newest backup that is a database this version can open. */
export async function newestGoodBackup(folder: string): Promise<BackupEntry | null> {
  for (const entry of await listBackups(folder)) {
    // A backup that cannot even be read is skipped like a damaged one: offering it would only fail.
    const bytes = await readFile(join(folder, entry.file)).catch(() => null)
    if (bytes && parseDatabase(bytes).ok) return entry
  }
  return null
}
