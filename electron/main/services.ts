import type { StoreHost } from './store/host'
import type { DataLocation } from './store/data-dir'

export interface FileFilter {
  name: string
  extensions: string[]
}

/** The system dialogs, passed in so handlers run in tests with scripted answers. */
export interface Dialogs {
  /** A path to write to, or null when the user cancelled. */
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** A path to read from, or null when the user cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
}

/** Everything a handler may touch besides its input. Electron's main fills it with the real things. */
export interface Services {
  host: StoreHost
  location: DataLocation
  dialogs: Dialogs
  /** Opens a folder or file with the system (file manager, PDF viewer). */
  openPath(path: string): Promise<void>
  now(): Date
}
