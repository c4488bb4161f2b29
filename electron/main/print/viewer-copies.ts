import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'

/*
 * 打开/打印 hands the PDF to the system viewer, which needs a file. The copies go into one folder
 * of the system's temp folder, and each new copy clears out those older than a day (the viewer is
 * long done with them), so they do not pile up across months of printing.
 */

export const viewerDir = () => join(tmpdir(), 'liangbiping-print')

const KEEP_MS = 24 * 60 * 60 * 1000

/** Removes what is older than a day; one still open in a viewer (locked on Windows) is left for next time. */
async function sweep(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name)
    const old = await stat(path).then(
      (s) => now - s.mtimeMs > KEEP_MS,
      () => false
    )
    if (old) await rm(path, { recursive: true, force: true }).catch(() => undefined)
  }
}

/**
 * Writes `pdf` under its readable name; a name already taken (the same document opened again, maybe
 * still open in the viewer) gets a number: `2026年度党员承诺公示（2）.pdf`. Returns the file's path.
 */
export async function writeViewerCopy(dir: string, fileName: string, pdf: Uint8Array, now = Date.now()): Promise<string> {
  await mkdir(dir, { recursive: true })
  await sweep(dir, now)
  const ext = extname(fileName)
  const stem = fileName.slice(0, fileName.length - ext.length)
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? fileName : `${stem}（${n}）${ext}`)
    try {
      await writeFile(file, pdf, { flag: 'wx' })
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}
