import { join } from 'node:path'

export interface DataLocation {
  dir: string
  /** True when a `data` folder beside the program is used (running from a USB stick). */
  portable: boolean
}

/** A `data` folder next to the executable switches to portable mode; otherwise the user-data folder is used. */
export function resolveDataLocation(input: { exeDir: string; userDataDir: string; isDirectory: (path: string) => boolean }): DataLocation {
  const beside = join(input.exeDir, 'data')
  if (input.isDirectory(beside)) return { dir: beside, portable: true }
  return { dir: input.userDataDir, portable: false }
}

/** The files of a data folder. The command line may name its own database file (`--db FILE`) inside `dir`. */
export function dataPaths(dir: string, dbFile: string = join(dir, 'liangbiping.json')) {
  return {
    dir,
    dbFile,
    backups: join(dir, 'backups'),
    photos: join(dir, 'photos'),
    /** The officer's own font for characters the bundled print fonts lack (设置 → 补充打印字体). */
    fallbackFont: join(dir, 'fonts', 'fallback.ttf'),
    /** One writer per data folder (see writer-lock.ts), whichever database file it opens. */
    lock: join(dir, 'liangbiping.lock')
  }
}
export type DataPaths = ReturnType<typeof dataPaths>
