import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError } from '@shared/errors'
import { contentSecurityPolicy } from '@shared/security/csp'
import { electronDialogs } from './dialogs'
import { createHandlers } from '../handlers'
import { createDispatch } from '../ipc/dispatch'
import { registerIpc } from '../ipc/register'
import { buildMenu } from './menu'
import { resolveAppFile } from '../security/app-protocol'
import { APP_ENTRY, APP_SCHEME, isAllowedRequest, isTrustedUrl } from '../security/trusted-origin'
import { dataPaths, resolveDataLocation } from '../store/data-dir'
import { StoreHost } from '../store/host'
import { startupFailureMessage } from '../startup-error'
import { createMainWindow } from './window'

/*
 * The Electron glue: lifecycle, one window, the app:// protocol, IPC registration. Everything with
 * logic lives in plain modules that the tests load without Electron.
 */

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererDir = join(__dirname, '../renderer')
const HOUR = 60 * 60 * 1000

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const location = resolveDataLocation({
  exeDir: process.env.PORTABLE_EXECUTABLE_DIR ?? dirname(app.getPath('exe')),
  userDataDir: app.getPath('userData'),
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
})
// In portable mode Chromium's own files stay on the stick too.
if (location.portable) app.setPath('userData', join(location.dir, 'chromium'))

const host = new StoreHost(dataPaths(location.dir))
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: two processes must never write one database.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app
    .whenReady()
    .then(start)
    .catch((error) => {
      // Without a window the user could neither see nor close the app: say why and quit.
      console.error('[start]', error)
      dialog.showErrorBox('三亮三比三评工作台无法启动', startupFailureMessage(error, location.dir))
      app.exit(1)
    })
}

async function start() {
  await host.start()

  const openPath = async (path: string) => {
    const problem = await shell.openPath(path)
    if (problem) throw new AppError('OPEN_FAILED', `无法打开：${problem}`)
  }
  const services = { host, location, dialogs: electronDialogs(() => mainWindow), openPath, now: () => new Date() }
  registerIpc(ipcMain, createDispatch(createHandlers(services)), (url) => isTrustedUrl(url, devServerUrl))

  const csp = contentSecurityPolicy(Boolean(devServerUrl))
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(request.url, rendererDir)
    if (!target) return new Response('Not found', { status: 404 })
    // Read directly, not through net.fetch(file://): that request could meet the no-network filter below.
    const bytes = await readFile(target.file).catch(() => null)
    if (!bytes) return new Response('Not found', { status: 404 })
    return new Response(bytes, {
      headers: { 'content-type': target.type, 'content-security-policy': csp, 'x-content-type-options': 'nosniff' }
    })
  })
  // No network at all: anything that is not the app's own bundle is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }))

  Menu.setApplicationMenu(buildMenu({ openDataDir: () => void openPath(host.paths.dir) }))
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), Boolean(devServerUrl))
  mainWindow.on('closed', () => (mainWindow = null))
  await mainWindow.loadURL(devServerUrl ?? APP_ENTRY)

  setInterval(() => {
    if (host.current.mode === 'ready') host.rotateBackup().catch((error) => console.error('[backup]', error))
  }, HOUR).unref()
}

// Quit only after every acknowledged write is on disk.
let flushed = false
app.on('before-quit', (event) => {
  if (flushed) return
  event.preventDefault()
  host
    .close()
    .catch((error) => console.error('[quit]', error))
    .finally(() => {
      flushed = true
      app.quit()
    })
})
app.on('window-all-closed', () => app.quit())
