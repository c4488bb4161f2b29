import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { channelNames, splitChannel } from '@shared/contract'
import { createFakeElectron, createFakePreloadElectron } from '../support/fake-electron'
import { requireWithFakeElectron } from '../support/load-with-fake'
import { waitUntil } from '../support/waits'

const MAIN = resolve(__dirname, '../../out/main/index.js')
const PRELOAD = resolve(__dirname, '../../out/preload/index.js')

/** Main has finished starting (its window is loading the app) or has given up (quit or exit). */
const startedOrGaveUp = (fake: ReturnType<typeof createFakeElectron>) => () =>
  fake.record.windows[0]?.loadedUrl != null || fake.record.quitCalls > 0 || fake.record.exitCodes.length > 0

describe('built main bundle with a fake electron', () => {
  let fake: ReturnType<typeof createFakeElectron>
  let userData: string

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'lbp-bundle-'))
    userData = join(root, 'userData')
    await mkdir(join(root, 'program'))
    fake = createFakeElectron({ userData, exe: join(root, 'program', 'liangbiping.exe'), documents: root })
    requireWithFakeElectron(MAIN, fake.electron)
    await waitUntil(startedOrGaveUp(fake), 'main to start')
  })

  it('registers exactly the contract channels', () => {
    expect([...fake.record.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort())
  })

  it('makes one window with the hardened options as literals and loads the app origin', () => {
    expect(fake.record.windows).toHaveLength(1)
    const [win] = fake.record.windows
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/)
    expect(win.loadedUrl).toBe('app://bundle/index.html')
    expect(existsSync(String(win.options.icon))).toBe(true)
  })

  it('blocks navigation, new windows and permission requests', () => {
    const contents = fake.record.windows[0].webContents
    let prevented = 0
    const event = { preventDefault: () => prevented++ }
    contents.emit('will-navigate', event, 'https://example.com/')
    contents.emit('will-redirect', event, 'https://example.com/')
    contents.emit('will-attach-webview', event)
    expect(prevented).toBe(3)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    let granted: boolean | undefined
    fake.defaultSession.permissionRequest?.(null, 'media', (answer) => (granted = answer))
    expect(granted).toBe(false)
    expect(fake.defaultSession.permissionCheck?.()).toBe(false)
  })

  it('cancels every request that is not the app bundle', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined
      fake.record.beforeRequest?.({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    expect(decide('https://example.com/x.js')).toBe(true)
    expect(decide('http://127.0.0.1:8080/')).toBe(true)
    expect(decide('app://bundle/assets/index.js')).toBe(false)
  })

  it('answers trusted senders and refuses others', async () => {
    const handler = fake.record.ipcHandlers.get('settings:get')!
    const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } }
    const iframe = { senderFrame: { url: 'app://bundle/index.html', parent: {} } }
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } }
    expect(await handler(trusted, undefined)).toMatchObject({ ok: true, value: { unitName: '' } })
    expect(await handler(iframe, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await handler(foreign, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await fake.record.ipcHandlers.get('settings:save')!(trusted, { unitName: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })

  it('serves the bundle over app:// with the strict CSP and nothing outside it', async () => {
    const serve = fake.record.protocolHandlers.get('app')!
    const page = await serve({ url: 'app://bundle/index.html' })
    expect(page.status).toBe(200)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/https?:/)
    expect(await page.text()).toContain('三亮三比三评工作台')
    expect((await serve({ url: 'app://bundle/../../package.json' })).status).toBe(404)
    expect((await serve({ url: 'app://other/index.html' })).status).toBe(404)
  })

  it('sets a Chinese application menu', () => {
    const menu = fake.record.menu as { template: { label: string }[] }
    expect(menu.template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  })
})

describe('built preload bundle with a fake electron', () => {
  it('exposes only `api`, with exactly one method per contract channel', async () => {
    const fake = createFakePreloadElectron()
    requireWithFakeElectron(PRELOAD, fake.electron)
    expect([...fake.exposed.keys()]).toEqual(['api'])
    const api = fake.exposed.get('api') as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>
    const exposed = Object.entries(api).flatMap(([domain, methods]) => Object.keys(methods).map((verb) => `${domain}:${verb}`))
    expect(exposed.sort()).toEqual([...channelNames].sort())
    for (const name of channelNames) {
      const [domain, verb] = splitChannel(name)
      await api[domain][verb]({ probe: name })
    }
    expect(fake.invoked.map(([channel]) => channel)).toEqual(channelNames)
    expect(fake.invoked[0][1]).toEqual({ probe: channelNames[0] })
  })
})

describe('built main bundle: lifecycle', () => {
  async function load(options: { singleInstance?: boolean; userDataIsAFile?: boolean } = {}) {
    const root = await mkdtemp(join(tmpdir(), 'lbp-life-'))
    const userData = join(root, 'userData')
    if (options.userDataIsAFile) await writeFile(userData, 'not a folder')
    const fake = createFakeElectron({ userData, exe: join(root, 'liangbiping.exe'), documents: root }, { singleInstance: options.singleInstance })
    requireWithFakeElectron(MAIN, fake.electron)
    await waitUntil(startedOrGaveUp(fake), 'main to start or give up')
    return { fake, userData }
  }

  it('quits at once when another copy holds the single-instance lock, opening nothing', async () => {
    const { fake, userData } = await load({ singleInstance: false })
    expect(fake.record.quitCalls).toBe(1)
    expect(fake.record.windows).toHaveLength(0)
    expect(fake.record.ipcHandlers.size).toBe(0)
    expect(existsSync(join(userData, 'liangbiping.json'))).toBe(false)
  })

  it('tells the user in Chinese and exits when it cannot start, instead of lingering without a window', async () => {
    const { fake } = await load({ userDataIsAFile: true })
    expect(fake.record.windows).toHaveLength(0)
    expect(fake.record.exitCodes).toEqual([1])
    expect(fake.record.errorBoxes).toHaveLength(1)
    expect(fake.record.errorBoxes[0][0]).toBe('三亮三比三评工作台无法启动')
    expect(fake.record.errorBoxes[0][1]).toMatch(/数据文件夹/)
  })

  it('holds quitting until pending writes are on disk', async () => {
    const { fake, userData } = await load()
    const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } }
    const saving = fake.record.ipcHandlers.get('settings:save')!(trusted, { unitName: '退出前保存的单位', year: 2026 }) as Promise<unknown>
    let prevented = 0
    fake.electron.app.emit('before-quit', { preventDefault: () => prevented++ })
    expect(prevented).toBe(1)
    expect(fake.record.quitCalls).toBe(0)
    await saving
    await waitUntil(() => fake.record.quitCalls > 0, 'main to quit once the writes are on disk')
    expect(fake.record.quitCalls).toBe(1)
    const onDisk = JSON.parse(await readFile(join(userData, 'liangbiping.json'), 'utf8'))
    expect(onDisk.settings.unitName).toBe('退出前保存的单位')
    // The second before-quit (from app.quit) goes through.
    fake.electron.app.emit('before-quit', { preventDefault: () => prevented++ })
    expect(prevented).toBe(1)
  })
})
