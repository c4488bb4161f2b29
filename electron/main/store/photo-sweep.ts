import { readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { PHOTO_NAME } from '@shared/roster/model'
import type { DataPaths } from './data-dir'
import { isTempFileOf } from './durable-file'
import { photoNamesIn } from './photo-names'

/*
 * Photos are never deleted when a person's photo is replaced or the person is purged: an older
 * backup may still show them, and restoring it must not find them gone. Instead, at start, a photo
 * file goes only when no database in the data folder (the open one, a damaged copy kept aside, a
 * second `--db` file) and no file in backups/ names it, and it is older than a day, so a photo just
 * picked for a person whose form is still open (or was cancelled a moment ago) is left alone.
 */

export const SWEEP_MIN_AGE_MS = 24 * 60 * 60 * 1000

/** A file that may name photos could not be read: nothing is deleted on a guess. */
class Unreadable extends Error {}

async function namesIn(files: string[]): Promise<Set<string>> {
  const named = new Set<string>()
  for (const file of files) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null // removed meanwhile (a pruned backup): it names nothing now
      throw new Unreadable(`${file}: ${error.code}`)
    })
    // Photo names are ASCII: latin1 reads any bytes, even a damaged file's, without failing.
    if (bytes) photoNamesIn(bytes.toString('latin1'), named)
  }
  return named
}

async function filesIn(dir: string, keep: (name: string) => boolean = () => true): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw new Unreadable(`${dir}: ${error.code}`)
  })
  return names.filter(keep).map((name) => join(dir, name))
}

/** The stored photo a file in photos/ is (itself, or the temp file of an interrupted write), or null. */
function photoOf(file: string): string | null {
  if (PHOTO_NAME.test(file)) return file
  const temp = /^\.(.+?\.jpg)\./.exec(file)
  return temp && PHOTO_NAME.test(temp[1]) && isTempFileOf(temp[1], file) ? temp[1] : null
}

/**
 * Deletes the photo files nothing names any more; returns their names. Best effort: never throws.
 * `openDatabase` is the open database's text: what it names, and what is younger than a day, is
 * ruled out first, so a normal start reads no other file at all.
 */
export async function sweepUnusedPhotos(paths: DataPaths, now: Date, openDatabase: string, log: (message: string) => void = console.error): Promise<string[]> {
  try {
    const inUse = photoNamesIn(openDatabase)
    const candidates: string[] = []
    for (const name of await readdir(paths.photos).catch(() => [] as string[])) {
      const photo = photoOf(name)
      if (!photo || inUse.has(photo)) continue
      const info = await stat(join(paths.photos, name)).catch(() => null)
      if (info?.isFile() && now.getTime() - info.mtimeMs >= SWEEP_MIN_AGE_MS) candidates.push(name)
    }
    if (candidates.length === 0) return []
    const databases = await filesIn(paths.dir, (name) => name.endsWith('.json') && join(paths.dir, name) !== paths.dbFile)
    const named = await namesIn([...databases, ...(await filesIn(paths.backups))])
    const removed: string[] = []
    for (const name of candidates) {
      if (named.has(photoOf(name)!)) continue
      await unlink(join(paths.photos, name)).then(
        () => removed.push(name),
        () => undefined
      )
    }
    return removed
  } catch (error) {
    log(`[photos] 未清理照片：${error instanceof Error ? error.message : String(error)}`)
    return []
  }
}
