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

export function dataPaths(dir: string) {
  return {
    dir,
    dbFile: join(dir, 'liangbiping.json'),
    backups: join(dir, 'backups'),
    photos: join(dir, 'photos')
  }
}
export type DataPaths = ReturnType<typeof dataPaths>
