import { EventEmitter } from 'node:events'

/**
 * Just enough of Electron's main-process API to load the built bundle in Node and record what it
 * does with it: windows made, channels registered, protocol and permission handlers set.
 */
export function createFakeElectron(paths: { userData: string; exe: string; documents: string }, options: { singleInstance?: boolean } = {}) {
  const record = {
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    windows: [] as FakeWindow[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    setPaths: [] as [string, string][],
    menu: null as unknown,
    quitCalls: 0,
    exitCodes: [] as number[],
    errorBoxes: [] as [string, string][]
  }

  class FakeSession {
    permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
    permissionCheck: (() => boolean) | null = null
    webRequest = { onBeforeRequest: (handler: typeof record.beforeRequest) => (record.beforeRequest = handler) }
    setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
      this.permissionRequest = handler
    }
    setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
      this.permissionCheck = handler
    }
  }
  const defaultSession = new FakeSession()

  class FakeWebContents extends EventEmitter {
    session = defaultSession
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = handler
    }
  }

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents()
    loadedUrl: string | null = null
    constructor(readonly options: Record<string, unknown>) {
      super()
      record.windows.push(this)
    }
    async loadURL(url: string) {
      this.loadedUrl = url
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
  }

  const appEvents = new EventEmitter()
  const electron = {
    app: Object.assign(appEvents, {
      isPackaged: true,
      getPath: (name: string) => (name === 'exe' ? paths.exe : name === 'documents' ? paths.documents : paths.userData),
      setPath: (name: string, value: string) => record.setPaths.push([name, value]),
      requestSingleInstanceLock: () => options.singleInstance ?? true,
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.0.0-test',
      quit: () => void record.quitCalls++,
      exit: (code = 0) => void record.exitCodes.push(code)
    }),
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => record.ipcHandlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => record.protocolHandlers.set(scheme, handler)
    },
    net: { fetch: (url: string) => Promise.reject(new Error(`main should not fetch ${url}`)) },
    session: { defaultSession },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (record.menu = menu) },
    shell: { openPath: async () => '' },
    dialog: { showSaveDialog: async () => ({ canceled: true }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showMessageBox: async () => ({}), showErrorBox: (title: string, content: string) => void record.errorBoxes.push([title, content]) }
  }
  return { electron, record, defaultSession }
}

export function createFakePreloadElectron() {
  const exposed = new Map<string, unknown>()
  const invoked: [string, unknown][] = []
  return {
    exposed,
    invoked,
    electron: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, value: null }) }
    }
  }
}
