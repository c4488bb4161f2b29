/// <reference types="electron-vite/node" />
import { BrowserWindow } from 'electron'
import icon from '../../../resources/icon.png?asset'

/**
 * The only place a window is made. The security options are literals on purpose: a reviewer (and
 * the bundle test) can see every one of them without following variables.
 */
export function createMainWindow(preloadPath: string, isDev: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '三亮三比三评工作台',
    backgroundColor: '#f5f5f5',
    icon,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: isDev
    }
  })

  const contents = win.webContents
  // Hash routes never navigate; anything that would leave the app's page is stopped.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No new windows. Links to the web are not part of this offline app; nothing is opened.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
  win.once('ready-to-show', () => win.show())
  return win
}
