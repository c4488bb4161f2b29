import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'
import { createTestBackend, type TestBackend } from '../support/backend'

/*
 * 设置 → 数据与备份, clicked through in jsdom against the real store handlers: backup to a file,
 * restore from a good file, a bad file and a cancelled dialog, and restore of a listed backup
 * through its confirmation. After a restore the page reloads; jsdom cannot, so reload is stubbed
 * (window.location's own reload cannot be replaced) and counted.
 */

let backend: TestBackend | undefined
let reload: ReturnType<typeof vi.fn>
const realLocation = Object.getOwnPropertyDescriptor(window, 'location')!

beforeEach(() => {
  reload = vi.fn()
  const real = window.location
  // A stand-in that is the real location in everything but reload (the hash router still works).
  const location = new Proxy({} as Location, {
    get: (_, key) => {
      if (key === 'reload') return reload
      const value = Reflect.get(real, key, real)
      return typeof value === 'function' ? value.bind(real) : value
    },
    set: (_, key, value) => Reflect.set(real, key, value, real)
  })
  Object.defineProperty(window, 'location', { configurable: true, get: () => location })
})
afterEach(async () => {
  Object.defineProperty(window, 'location', realLocation)
  await backend?.dispose()
  backend = undefined
})

async function unitNamed(name: string): Promise<TestBackend> {
  backend = await createTestBackend()
  await backend.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: name } }))
  return backend
}

const dbBytes = () => readFile(backend!.host.paths.dbFile)
const unitName = () => backend!.host.data().settings.unitName

async function showPanel(): Promise<void> {
  await renderApp('/settings', backend)
  await waitFor(() => expect(screen.getByTestId('data-dir').textContent).toBe(backend!.dir))
}

describe('设置 → 数据与备份', () => {
  it('备份到文件… writes the file the save dialog names, and it reads back', async () => {
    const b = await unitNamed('甲单位')
    await showPanel()
    const target = join(b.dir, '我的备份.json')
    b.dialogs.saves.push(target)
    fireEvent.click(screen.getByRole('button', { name: /备份到文件/ }))
    await waitFor(() => expect(screen.getByText(`已备份到 ${target}`)).toBeTruthy())
    const written = JSON.parse(await readFile(target, 'utf8'))
    expect(JSON.stringify(written)).toContain('甲单位')
    expect(reload).not.toHaveBeenCalled()
  })

  it('从文件恢复… with a good file replaces the data, keeps a 恢复前 backup and reloads', async () => {
    const b = await unitNamed('乙单位')
    const good = join(b.dir, '乙单位备份.json')
    await b.host.backupToFile(good)
    await b.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '甲单位' } }))
    const view = await renderApp('/settings', b)
    await waitFor(() => expect(screen.getByTestId('data-dir')).toBeTruthy())
    expect(screen.queryByText('恢复前')).toBeNull()

    b.dialogs.opens.push(good)
    fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
    expect(screen.getByText('已从文件恢复，恢复前的数据已自动备份')).toBeTruthy()
    expect(unitName()).toBe('乙单位')

    // What the reloaded page shows: the state before the restore, kept as a backup.
    view.unmount()
    await showPanel()
    await waitFor(() => expect(screen.getByText('恢复前')).toBeTruthy())
    const [kept] = (await b.host.listBackups()).filter((k) => k.kind === 'beforerestore')
    expect(await readFile(join(b.host.paths.backups, kept.file), 'utf8')).toContain('甲单位')
  })

  it('从文件恢复… with a file that is not a backup says why in Chinese and changes nothing', async () => {
    const b = await unitNamed('甲单位')
    await showPanel()
    const before = { db: await dbBytes(), backups: await b.host.listBackups() }
    await b.chooseFile('不是备份.json', '{"hello": "world"}')
    fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
    await waitFor(() => expect(screen.getByText(/^所选文件不能用于恢复：/)).toBeTruthy())
    expect(await dbBytes()).toEqual(before.db)
    expect(await b.host.listBackups()).toEqual(before.backups)
    expect(reload).not.toHaveBeenCalled()
  })

  it('does nothing when either file dialog is cancelled', async () => {
    const b = await unitNamed('甲单位')
    await showPanel()
    const before = { db: await dbBytes(), backups: await b.host.listBackups(), files: await readdir(b.dir) }
    const dialogs = { save: vi.spyOn(b.dialogs, 'saveFile'), open: vi.spyOn(b.dialogs, 'openFile') }
    // The screen's two requests, to know when their answers are back.
    const answers: Promise<unknown>[] = []
    for (const verb of ['backupToFile', 'restoreFromFile'] as const) {
      const real = window.api.store[verb]
      window.api.store[verb] = () => {
        const answer = real()
        answers.push(answer)
        return answer
      }
    }
    // act returns once the answers are in and React has drawn all that followed from them (a
    // message, if the screen wrongly showed one), however long that takes.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /备份到文件/ }))
      fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
      await Promise.all(answers)
    })
    await waitFor(() => expect(dialogs.open).toHaveBeenCalled())
    await waitFor(() => expect(dialogs.save).toHaveBeenCalled())
    expect(document.querySelector('.ant-message-notice')).toBeNull()
    expect(await dbBytes()).toEqual(before.db)
    expect(await b.host.listBackups()).toEqual(before.backups)
    expect(await readdir(b.dir)).toEqual(before.files)
    expect(reload).not.toHaveBeenCalled()
  })

  it('restores a listed backup once its confirmation is accepted', async () => {
    const b = await unitNamed('乙单位')
    await b.host.rotateBackup() // today's automatic copy, unless starting the store made it already
    const [auto] = await b.host.listBackups()
    expect(auto.kind).toBe('auto')
    const saved = JSON.parse(await readFile(join(b.host.paths.backups, auto.file), 'utf8')).settings.unitName
    await b.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '甲单位' } }))
    await showPanel()
    const row = await waitFor(() => screen.getByText('自动').closest('tr')!)
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /恢\s*复/ }))
    await waitFor(() => expect(screen.getByText('用这份备份替换当前数据？')).toBeTruthy())
    expect(unitName()).toBe('甲单位') // asking is not doing
    const confirm = document.querySelector('.ant-popconfirm-buttons .ant-btn-primary') as HTMLElement
    fireEvent.click(confirm)
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
    expect(screen.getByText('已从备份恢复，恢复前的数据已自动备份')).toBeTruthy()
    expect(unitName()).toBe(saved)
    expect((await b.host.listBackups()).map((k) => k.kind).sort()).toEqual(['auto', 'beforerestore'])
    expect(existsSync(join(b.host.paths.backups, auto.file))).toBe(true)
  })
})
