import { mkdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { photoNameSchema } from '@shared/roster/model'
import { MAX_PHOTO_BYTES } from '../photo/limits'
import { checkFallbackFont, MAX_FONT_BYTES } from '../print/fallback-check'
import { readIfExists, writeFileDurably, type DurableWriteOptions } from './durable-file'
import { photoNamesIn } from './photo-names'
import { checkDatabase, describeProblem, readJsonObject, serializeDatabase } from './parse-database'
import { FOREIGN_JSON, foreignFileKind, looksLikeOurs, notOurs } from './foreign-file'
import { stageCollections } from '@shared/stages'

/*
 * 备份到文件 writes a self-contained file: the database and the photos it names, so a backup kept
 * outside the data folder (a USB stick) restores with its photos even after the folder's own copies
 * were swept or lost:
 *   { "liangbipingBackup": 1, "madeAt": "2026-03-01 09:30:00", "database": { …the database… },
 *     "photos": { "<name>.jpg": "<base64>" }, "fonts": { "fallback.ttf": "<base64>" } }
 * A restore takes this form or a plain database file (older backups, the rotating copies in backups/).
 * `madeAt` (local time) is what the restore's confirmation shows as the backup's time; files written
 * before it existed, or with a value that is not a time, fall back to the file's own time. `fonts`
 * holds the fallback font added in 设置, when there is one (older versions ignore the key, and a
 * backup without it restores as before).
 */

export const BACKUP_FORMAT = 1
const MARK = 'liangbipingBackup'
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const FALLBACK_FONT = 'fallback.ttf'
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
/** A JSON object without any of these is some other program's file, not a damaged one of ours. */
const OWN_KEYS = [MARK, 'schemaVersion', 'settings', ...Object.keys(stageCollections)]

export type ParsedBackup =
  | { ok: true; data: Database; photos: Map<string, Buffer>; madeAt: string | null; fallbackFont: Buffer | null }
  | { ok: false; reason: string }

/**
 * The backup file's content. A photo the database names but whose file is already gone is left
 * out; `fallbackFont`: the data folder's fallback font file, taken along when it is there.
 */
export async function encodeBackupFile(data: Database, photosDir: string, madeAt: string, fallbackFont?: string): Promise<string> {
  const database = serializeDatabase(data)
  const photos: string[] = []
  for (const name of [...photoNamesIn(database)].sort()) {
    let bytes: Buffer | null
    try {
      bytes = await readIfExists(join(photosDir, name))
    } catch (error) {
      throw new AppError('UNREADABLE', `读取照片 ${name} 时出错（${(error as NodeJS.ErrnoException).code ?? '未知原因'}），备份未完成。`)
    }
    if (bytes) photos.push(`${JSON.stringify(name)}:"${bytes.toString('base64')}"`)
  }
  let fonts = ''
  if (fallbackFont) {
    const bytes = await readIfExists(fallbackFont).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('UNREADABLE', `读取补充打印字体时出错（${error.code ?? '未知原因'}），备份未完成。`)
    })
    if (bytes) fonts = `,"fonts":{"${FALLBACK_FONT}":"${bytes.toString('base64')}"}`
  }
  return `{"${MARK}":${BACKUP_FORMAT},"madeAt":${JSON.stringify(madeAt)},"database":${database},"photos":{${photos.join(',')}}${fonts}}`
}

/** Checks a backup file completely (the database, every photo's name and content) before anything is written. */
export function parseBackupFile(bytes: Uint8Array): ParsedBackup {
  const foreign = foreignFileKind(bytes)
  if (foreign) return { ok: false, reason: notOurs(foreign) }
  const read = readJsonObject(bytes)
  if (!read.ok) {
    // A BOM says the file was saved by another program: whose JSON it holds decides which message fits.
    const unmarked = read.problem === 'bom' ? readJsonObject(bytes.subarray(3)) : null
    if (unmarked?.ok && !looksLikeOurs(unmarked.value, OWN_KEYS)) return { ok: false, reason: notOurs(FOREIGN_JSON) }
    return { ok: false, reason: describeProblem(read.problem) }
  }
  if (!looksLikeOurs(read.value, OWN_KEYS)) return { ok: false, reason: notOurs(FOREIGN_JSON) }
  if (!Object.hasOwn(read.value, MARK)) return asDatabase(read.value, new Map(), null)
  const { [MARK]: format, database, photos, madeAt, fonts } = read.value
  if (typeof format !== 'number' || format > BACKUP_FORMAT) return { ok: false, reason: '备份文件由更新版本的本软件写入，当前版本无法使用。请安装新版本后再恢复。' }
  if (format !== BACKUP_FORMAT || database === null || typeof database !== 'object' || Array.isArray(database)) {
    return { ok: false, reason: '备份文件内容不完整或已损坏。' }
  }
  const decoded = decodePhotos(photos)
  const time = typeof madeAt === 'string' && LOCAL_TIME.test(madeAt) ? madeAt : null
  if (!(decoded instanceof Map)) return { ok: false, reason: decoded }
  const font = decodeFonts(fonts)
  return font === null || Buffer.isBuffer(font) ? asDatabase(database as Record<string, unknown>, decoded, time, font) : { ok: false, reason: font }
}

function asDatabase(raw: Record<string, unknown>, photos: Map<string, Buffer>, madeAt: string | null, fallbackFont: Buffer | null = null): ParsedBackup {
  const checked = checkDatabase(raw)
  return checked.ok ? { ok: true, data: checked.data, photos, madeAt, fallbackFont } : { ok: false, reason: describeProblem(checked.problem) }
}

/** The fallback font of a backup (null when it has none), or the reason it cannot be used. */
function decodeFonts(fonts: unknown): Buffer | null | string {
  if (fonts === undefined) return null
  const broken = '备份文件中的补充打印字体已损坏。'
  if (fonts === null || typeof fonts !== 'object' || Array.isArray(fonts)) return broken
  const entries = Object.entries(fonts)
  if (entries.length === 0) return null
  if (entries.length > 1 || entries[0][0] !== FALLBACK_FONT) return broken
  const text = entries[0][1]
  if (typeof text !== 'string' || text.length % 4 !== 0 || text.length > (MAX_FONT_BYTES / 3) * 4 + 4 || !BASE64.test(text)) return broken
  const bytes = Buffer.from(text, 'base64')
  const check = checkFallbackFont(bytes)
  return check.ok ? bytes : `备份文件中的补充打印字体不能使用：${check.reason}`
}

/** The photos map, or the reason it cannot be used. */
function decodePhotos(photos: unknown): Map<string, Buffer> | string {
  if (photos === null || typeof photos !== 'object' || Array.isArray(photos)) return '备份文件中的照片部分已损坏。'
  const decoded = new Map<string, Buffer>()
  for (const [name, text] of Object.entries(photos)) {
    if (!photoNameSchema.safeParse(name).success) return `备份文件中有名称无效的照片（${name.slice(0, 60)}）。`
    if (typeof text !== 'string' || text.length % 4 !== 0 || text.length > (MAX_PHOTO_BYTES / 3) * 4 + 4 || !BASE64.test(text)) {
      return `备份文件中的照片 ${name} 已损坏。`
    }
    const bytes = Buffer.from(text, 'base64')
    if (!isJpegOrPng(bytes)) return `备份文件中的照片 ${name} 不是JPEG或PNG图片。`
    decoded.set(name, bytes)
  }
  return decoded
}

function isJpegOrPng(bytes: Uint8Array): boolean {
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b)
  return starts([0xff, 0xd8, 0xff]) || starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
}

/**
 * Puts a backup's photos into photos/, each durably, before the database that names them replaces
 * the current one. A photo already there is left as it is, even if its bytes differ: names are
 * never reused, so the file on disk belongs to the current data and must not be overwritten.
 */
export async function writeMissingPhotos(photosDir: string, photos: Map<string, Buffer>, options: DurableWriteOptions = {}): Promise<string[]> {
  const written: string[] = []
  if (photos.size === 0) return written
  await mkdir(photosDir, { recursive: true })
  for (const [name, bytes] of photos) {
    const path = join(photosDir, name)
    if (await stat(path).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)))) continue
    await writeFileDurably(path, bytes, options)
    written.push(name)
  }
  return written
}

/**
 * Puts a backup's fallback font into the data folder when that has none; one already there stays,
 * as photos do (the user may have chosen a newer font since the backup was made). True when written.
 */
export async function writeMissingFallbackFont(path: string, bytes: Buffer | null, options: DurableWriteOptions = {}): Promise<boolean> {
  if (!bytes) return false
  if (await stat(path).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)))) return false
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurably(path, bytes, options)
  return true
}
