import { randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '@shared/errors'
import { PHOTO_NAME } from '@shared/roster/model'
import { writeFileDurably } from '../store/durable-file'
import { MAX_PHOTO_BYTES, photoTooLarge } from './limits'

/*
 * Photos live in the data folder's photos/ under generated names, so a backup of the folder holds
 * them and the user's original file can be moved or deleted without breaking anything.
 */

/**
 * Reads the user's file (checking its size first), has `makePortrait` check and shrink it (in the
 * photo worker, see portrait-thread.ts) and stores the result; returns the new name.
 */
export async function importPhoto(photosDir: string, sourcePath: string, makePortrait: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<string> {
  const unreadable = (): never => {
    throw new AppError('UNREADABLE', '无法读取所选文件，请确认文件存在且未被占用')
  }
  const { size } = await stat(sourcePath).catch(unreadable)
  if (size > MAX_PHOTO_BYTES) throw photoTooLarge()
  const portrait = await makePortrait(await readFile(sourcePath).catch(unreadable))
  await mkdir(photosDir, { recursive: true })
  const name = `${randomUUID()}.jpg`
  await writeFileDurably(join(photosDir, name), portrait)
  return name
}

function photoPath(photosDir: string, name: string): string {
  // The name pattern admits no separators or dots beyond the extension: it cannot leave photos/.
  if (!PHOTO_NAME.test(name)) throw new AppError('INVALID_INPUT', '照片文件名无效')
  return join(photosDir, name)
}

export async function photoExists(photosDir: string, name: string): Promise<boolean> {
  return (await stat(photoPath(photosDir, name)).catch(() => null))?.isFile() ?? false
}

export async function photoDataUrl(photosDir: string, name: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(photoPath(photosDir, name))
  } catch {
    throw new AppError('NOT_FOUND', '照片文件不存在（可能被移动或删除），请重新选择照片')
  }
  return `data:image/jpeg;base64,${bytes.toString('base64')}`
}

/** Best effort: a photo file left behind wastes a little space, never breaks anything. */
export async function removePhotoFile(photosDir: string, name: string): Promise<void> {
  await unlink(photoPath(photosDir, name)).catch(() => undefined)
}
