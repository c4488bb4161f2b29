import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { stamp } from './backups'
import { copyFileDurably } from './durable-file'

/**
 * Keeps a byte-identical, durable copy of a database file that cannot be opened, beside it, and
 * returns the copy's path. The original stays where it is: a restart shows the recovery screen
 * again instead of quietly starting an empty database, and a newer app version still finds its
 * file. An earlier identical copy is reused, so restarting does not pile up copies.
 */
export async function keepAside(dbFile: string, now: Date): Promise<string> {
  const dir = dirname(dbFile)
  const stem = basename(dbFile, '.json')
  const bytes = await readFile(dbFile)
  const earlier = (await readdir(dir)).filter((name) => name.startsWith(`${stem}.damaged-`) && name.endsWith('.json'))
  for (const name of earlier) {
    const path = join(dir, name)
    const size = (await stat(path).catch(() => null))?.size
    if (size !== bytes.byteLength) continue
    if ((await readFile(path).catch(() => null))?.equals(bytes)) return path
  }
  for (let i = 0; ; i++) {
    const target = join(dir, `${stem}.damaged-${stamp(now)}${i ? `-${i}` : ''}.json`)
    try {
      await copyFileDurably(dbFile, target)
      return target
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}
