import { mkdtemp, open, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { copyFileDurably, isTempFileOf, readIfExists, writeFileDurably } from '../../../electron/main/store/durable-file'

const tempDir = () => mkdtemp(join(tmpdir(), 'lbp-durable-'))
const errno = (code: string) => Object.assign(new Error(code), { code })

describe('writeFileDurably', () => {
  it('creates and then replaces a file, leaving no temp file behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFileDurably(path, '{"a":1}')
    await writeFileDurably(path, Buffer.from('{"a":2}'))
    expect(await readFile(path, 'utf8')).toBe('{"a":2}')
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('removes its temp file and leaves the target untouched when writing the temp file fails', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFile(path, 'old')
    const fullDisk = {
      openForWrite: async (temp: string) => {
        await writeFile(temp, 'half')
        return {
          writev: async () => Promise.reject(errno('ENOSPC')),
          sync: async () => undefined,
          close: async () => undefined
        }
      }
    }
    await expect(writeFileDurably(path, 'new', { fileOps: fullDisk })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('writes a list of slices in order, carrying on after short writes', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const slices = [Buffer.from('{"a":'), Buffer.alloc(0), Buffer.from('"张三'), Buffer.from('"}')]
    const threeBytesAtATime = async (temp: string) => {
      const handle = await open(temp, 'w')
      return {
        writev: async (buffers: Uint8Array[]) => handle.write(Buffer.concat(buffers).subarray(0, 3)),
        sync: () => handle.sync(),
        close: () => handle.close()
      }
    }
    await writeFileDurably(path, slices, { fileOps: { openForWrite: threeBytesAtATime } })
    expect(await readFile(path, 'utf8')).toBe('{"a":"张三"}')
  })

  it('encodes lazily while opening, and when encoding throws closes and removes the temp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFile(path, 'old')
    const closed: string[] = []
    const watchClose = async (temp: string) => {
      const handle = await open(temp, 'w')
      const close = async () => {
        await handle.close()
        closed.push(temp)
      }
      return { writev: (slices: Uint8Array[]) => handle.writev(slices), sync: () => handle.sync(), close }
    }
    const badData = () => {
      throw new TypeError('Do not know how to serialize a BigInt')
    }
    await expect(writeFileDurably(path, badData, { fileOps: { openForWrite: watchClose } })).rejects.toThrow(TypeError)
    expect(closed).toHaveLength(1)
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['db.json'])
    await writeFileDurably(path, () => [Buffer.from('n'), Buffer.from('ew')])
    expect(await readFile(path, 'utf8')).toBe('new')
  })

  it('writes bytes made in another realm (a worker, jsdom) instead of an empty file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-df-'))
    const target = join(dir, 'out.pdf')
    const foreign = runInNewContext('new Uint8Array([37, 80, 68, 70])') as Uint8Array
    expect(foreign instanceof Uint8Array).toBe(false)
    await writeFileDurably(target, foreign)
    expect((await readFile(target)).toString('latin1')).toBe('%PDF')
  })

  it('retries a rename refused with EPERM, EBUSY or EACCES and then succeeds', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const refusals = ['EPERM', 'EBUSY', 'EACCES']
    const sleeps: number[] = []
    const lockedForAMoment = async (from: string, to: string) => {
      const code = refusals.shift()
      if (code) throw errno(code)
      await rename(from, to)
    }
    await writeFileDurably(path, 'new', { fileOps: { rename: lockedForAMoment }, sleep: async (ms) => void sleeps.push(ms) })
    expect(await readFile(path, 'utf8')).toBe('new')
    expect(sleeps).toEqual([20, 40, 80])
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('gives up after the retry window, keeps the old file and removes the temp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFile(path, 'old')
    let attempts = 0
    const alwaysLocked = async () => {
      attempts++
      throw errno('EBUSY')
    }
    // A clock that moves only while the retry sleeps: real sleeps overrun on a busy machine, and
    // the window would close after fewer attempts than the backoff (20, 40, 80 ms) makes.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const started = Date.now()
      const sleep = async (ms: number) => void vi.advanceTimersByTime(ms)
      await expect(writeFileDurably(path, 'new', { fileOps: { rename: alwaysLocked }, retryForMs: 100, sleep })).rejects.toMatchObject({ code: 'EBUSY' })
      expect(Date.now() - started).toBeGreaterThanOrEqual(100)
      expect(attempts).toBeGreaterThan(2)
    } finally {
      vi.useRealTimers()
    }
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('does not retry errors that waiting cannot fix', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const sleeps: number[] = []
    const crossDevice = async () => Promise.reject(errno('EXDEV'))
    await expect(
      writeFileDurably(path, 'new', { fileOps: { rename: crossDevice }, sleep: async (ms) => void sleeps.push(ms) })
    ).rejects.toMatchObject({ code: 'EXDEV' })
    expect(sleeps).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })

  it('skips the folder fsync on Windows and still writes', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFileDurably(path, 'x', { platform: 'win32' })
    expect(await readFile(path, 'utf8')).toBe('x')
  })

  it('fails without creating anything when the folder does not exist', async () => {
    const dir = await tempDir()
    await expect(writeFileDurably(join(dir, 'missing', 'db.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(dir)).toEqual([])
  })

  it('names temp files so a crash leftover can be recognised', async () => {
    const seen: string[] = []
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    await writeFileDurably(path, 'x', {
      fileOps: {
        rename: async (from, to) => {
          seen.push(from)
          await rename(from, to)
        }
      }
    })
    const temp = seen[0].slice(dir.length + 1)
    expect(isTempFileOf(path, temp)).toBe(true)
    expect(isTempFileOf(path, 'db.json')).toBe(false)
    expect(isTempFileOf(path, '.other.json.1.1.tmp')).toBe(false)
  })
})

describe('copyFileDurably', () => {
  it('copies byte for byte and never replaces an existing file', async () => {
    const dir = await tempDir()
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0, 1, 2, 255])
    await writeFile(join(dir, 'a'), bytes)
    await copyFileDurably(join(dir, 'a'), join(dir, 'b'))
    expect((await readFile(join(dir, 'b'))).equals(bytes)).toBe(true)
    await writeFile(join(dir, 'c'), 'keep me')
    await expect(copyFileDurably(join(dir, 'a'), join(dir, 'c'))).rejects.toMatchObject({ code: 'EEXIST' })
    expect(await readFile(join(dir, 'c'), 'utf8')).toBe('keep me')
  })
})

describe('readIfExists', () => {
  it('returns null for a missing file and throws other errors', async () => {
    const dir = await tempDir()
    expect(await readIfExists(join(dir, 'nope'))).toBeNull()
    await expect(readIfExists(dir)).rejects.toMatchObject({ code: 'EISDIR' })
  })
})
