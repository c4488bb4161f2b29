import { open, rename, unlink, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Windows antivirus and indexers hold files briefly; these codes mean "try again shortly". */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])

export interface DurableWriteOptions {
  /** How long to keep retrying a rename that the OS refuses for a moment. */
  retryForMs?: number
  sleep?: (ms: number) => Promise<void>
  platform?: NodeJS.Platform
}

let counter = 0

/**
 * Replace `path` with `bytes` so that after a crash or power cut the file holds either the old or the
 * new content, never a mix: write a unique temp file beside it, fsync it, rename it over, fsync the folder.
 * Resolves only when the data is on disk.
 */
export async function writeFileDurably(path: string, bytes: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const { retryForMs = 10_000, sleep = defaultSleep, platform = process.platform } = options
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await renameWithRetry(temp, path, retryForMs, sleep)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path), platform)
}

async function renameWithRetry(from: string, to: string, retryForMs: number, sleep: (ms: number) => Promise<void>) {
  const started = Date.now()
  let wait = 20
  for (;;) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!TRANSIENT.has(code) || Date.now() - started >= retryForMs) throw error
      await sleep(wait)
      wait = Math.min(wait * 2, 500)
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync, and NTFS journals renames. */
async function syncFolder(folder: string, platform: NodeJS.Platform) {
  if (platform === 'win32') return
  const handle = await open(folder, 'r')
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
