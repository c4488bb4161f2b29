import { constants } from 'node:fs'
import { copyFile, open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Windows antivirus and indexers hold files briefly; these codes mean "try again shortly". */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** The few file operations a durable write needs; tests swap them to simulate a full disk or a locked file. */
export interface DurableFileOps {
  openForWrite(path: string): Promise<TempFile>
  rename(from: string, to: string): Promise<void>
}

/** What a durable write does with its temp file (a FileHandle is one). */
export interface TempFile {
  writev(slices: Uint8Array[]): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

const nodeFileOps: DurableFileOps = {
  // Not 'wx': a crashed earlier process with the same pid may have left this very name behind.
  openForWrite: (path) => open(path, 'w'),
  rename
}

export interface DurableWriteOptions {
  /** How long to keep retrying a rename that the OS refuses for a moment. */
  retryForMs?: number
  sleep?: (ms: number) => Promise<void>
  platform?: NodeJS.Platform
  fileOps?: Partial<DurableFileOps>
}

let counter = 0

/** Temp files are named after the file they replace, so a crash's leftovers can be found and removed. */
export function isTempFileOf(path: string, candidate: string): boolean {
  return candidate.startsWith(`.${basename(path)}.`) && candidate.endsWith('.tmp')
}

/** A file's content: text (as UTF-8), bytes, or slices of bytes written one after the other. */
export type FileBytes = string | Uint8Array | readonly Uint8Array[]

/**
 * Replace `path` with `bytes` so that after a crash or power cut the file holds either the old or the
 * new content, never a mix: write a unique temp file beside it, fsync it, rename it over, fsync the folder.
 * Resolves only when the data is on disk. On failure the target is untouched and the temp file removed.
 * `bytes` may be a function: it runs while the temp file and the folder are being opened.
 */
export async function writeFileDurably(path: string, bytes: FileBytes | (() => FileBytes), options: DurableWriteOptions = {}): Promise<void> {
  const { retryForMs = 10_000, sleep = defaultSleep, platform = process.platform } = options
  const ops = { ...nodeFileOps, ...options.fileOps }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`)
  // Both opens wait on the disk, not on this thread: started first, they overlap the encoding.
  const opening = ops.openForWrite(temp)
  const folder = openFolder(dirname(path), platform)
  try {
    await writeTemp(opening, bytes)
    await renameWithRetry(ops.rename, temp, path, retryForMs, sleep)
  } catch (error) {
    // A full disk must not leave a half-written temp file taking up what space is left.
    await unlink(temp).catch(() => undefined)
    await folder?.then((handle) => handle.close()).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

async function writeTemp(opening: Promise<TempFile>, bytes: FileBytes | (() => FileBytes)) {
  const content = attempt(() => slicesOf(typeof bytes === 'function' ? bytes() : bytes))
  const handle = await opening
  try {
    if (!content.ok) throw content.error // only now: the temp file is open and must be closed
    await writeAll(handle, content.value)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: run() }
  } catch (error) {
    return { ok: false, error }
  }
}

// ArrayBuffer.isView, not instanceof: bytes made in another realm (a worker, a vm, jsdom) are still bytes.
const slicesOf = (bytes: FileBytes): readonly Uint8Array[] =>
  typeof bytes === 'string' ? [Buffer.from(bytes)] : ArrayBuffer.isView(bytes) ? [bytes as Uint8Array] : bytes

/** Writes the slices in order with as few system calls as the OS allows, carrying on after a short write. */
async function writeAll(handle: TempFile, slices: readonly Uint8Array[]) {
  let rest = slices.filter((slice) => slice.byteLength > 0)
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest)
    if (bytesWritten <= 0) throw Object.assign(new Error('写入文件时没有写进任何字节'), { code: 'EIO' })
    rest = afterFirstBytes(rest, bytesWritten)
  }
}

function afterFirstBytes(slices: Uint8Array[], count: number): Uint8Array[] {
  let k = 0
  while (k < slices.length && count >= slices[k].byteLength) count -= slices[k++].byteLength
  const rest = slices.slice(k)
  if (count > 0) rest[0] = rest[0].subarray(count)
  return rest
}

async function renameWithRetry(doRename: DurableFileOps['rename'], from: string, to: string, retryForMs: number, sleep: (ms: number) => Promise<void>) {
  const started = Date.now()
  let wait = 20
  for (;;) {
    try {
      await doRename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!TRANSIENT.has(code) || Date.now() - started >= retryForMs) throw error
      await sleep(wait)
      wait = Math.min(wait * 2, 500)
    }
  }
}

/**
 * Copies `from` to a new file `to` (never replacing an existing one) and makes the copy durable:
 * a kept-aside damaged file or a before-restore backup must survive a power cut that follows.
 */
export async function copyFileDurably(from: string, to: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_EXCL)
  const handle = await open(to, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
  await syncFolder(openFolder(dirname(to), platform))
}

/**
 * A handle on the folder, to fsync it after a rename: fsync applies to the folder however long ago it
 * was opened. Null on Windows, which cannot open a folder for fsync, and whose NTFS journals renames.
 */
function openFolder(folder: string, platform: NodeJS.Platform): Promise<FileHandle> | null {
  if (platform === 'win32') return null
  const opening = open(folder, 'r')
  opening.catch(() => undefined) // awaited later; a failure meanwhile must not count as unhandled
  return opening
}

/** Makes the rename itself durable, then closes the folder. */
async function syncFolder(opening: Promise<FileHandle> | null) {
  if (!opening) return
  const handle = await opening
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (network shares, some FUSE) refuse fsync on folders: the file itself is synced.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error
  } finally {
    await handle.close()
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Reads a file's bytes, or null when it does not exist. Other errors are thrown. */
export async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
