import { app, dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { Dialogs } from '../services'

/** The system file dialogs, attached to the main window. Default folder: 文档. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async saveFile({ title, defaultName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters }
      const win = window()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async openFile({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const win = window()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}
