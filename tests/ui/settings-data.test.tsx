import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PNG } from 'pngjs'
import { renderApp } from '../support/render-app'
import { createTestBackend, type TestBackend } from '../support/backend'
import { getButton } from '../support/roster-screens'
import { createWorkbook } from '../support/workbooks'

/*
 * 设置 → 数据与备份, clicked through in jsdom against the real store handlers: backup to a file,
 * restore from a good file through its confirmation (the file's counts beside the current ones),
 * a file that is not a backup, a cancelled dialog, and restore of a listed backup through the same
 * confirmation. After a restore the page reloads; jsdom cannot, so reload is stubbed
 * (window.location's own reload cannot be replaced) and counted, and the app is rendered again.
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

let good = ''

/** The demo unit, named 乙单位, backed up to 乙单位备份.json; then the current data is one person of 甲单位. */
async function demoBackupThenOnePerson(): Promise<TestBackend> {
  backend = await createTestBackend()
  await backend.call('demo:load')
  await backend.call('settings:save', { unitName: '乙单位', year: 2026 })
  good = join(backend.dir, '乙单位备份.json')
  await backend.host.backupToFile(good)
  await backend.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '甲单位' }, people: db.people.slice(0, 1), teams: [], pledges: [], fulfilments: [], pledgeAssessments: [] }))
  return backend
}

/** The open antd dialog with this title. */
const findDialog = (title: string) =>
  waitFor(() => {
    const found = [...document.querySelectorAll('.ant-modal')].find((m) => m.querySelector('.ant-modal-title')?.textContent === title)
    if (!found) throw new Error(`no dialog ${title}`)
    return found as HTMLElement
  })

/** One row of the restore confirmation's comparison: its label, the file's value, the current value. */
const comparison = (key: string) => [...document.querySelectorAll(`.restore-comparison tr[data-row-key="${key}"] td`)].map((td) => td.textContent ?? '')

function pngBytes(): Buffer {
  const image = new PNG({ width: 4, height: 4 })
  image.data.fill(200)
  return PNG.sync.write(image)
}

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

  it('从文件恢复… asks first, showing what the file holds beside what is there now; 取消 changes nothing', async () => {
    const b = await demoBackupThenOnePerson()
    await showPanel()
    const before = { db: await dbBytes(), backups: await b.host.listBackups(), files: await readdir(b.dir) }

    b.dialogs.opens.push(good)
    fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
    const dialog = await findDialog('用所选文件替换当前数据？')
    expect(dialog.textContent).toContain('所选文件：乙单位备份.json')
    expect(comparison('unitName')).toEqual(['单位名称', '乙单位', '甲单位'])
    expect(comparison('people')).toEqual(['人员', '40 人', '1 人'])
    expect(comparison('teams')).toEqual(['班组', '5 个', '0 个'])
    expect(comparison('pledges')[2]).toBe('0 条')
    expect(Number(comparison('pledges')[1].split(' ')[0])).toBeGreaterThan(0)
    expect(comparison('madeAt')[0]).toBe('备份时间')

    fireEvent.click(getButton(/取\s*消/, dialog))
    await waitFor(() => expect(document.querySelector('.restore-comparison')).toBeNull())
    expect(await dbBytes()).toEqual(before.db)
    expect(await b.host.listBackups()).toEqual(before.backups)
    expect(await readdir(b.dir)).toEqual(before.files)
    expect(unitName()).toBe('甲单位')
    expect(reload).not.toHaveBeenCalled()
  })

  it('从文件恢复…, confirmed, restores and reloads; the reloaded page says what was restored and where the data it replaced went, once', async () => {
    const b = await demoBackupThenOnePerson()
    const view = await renderApp('/settings', b)
    await waitFor(() => expect(screen.getByTestId('data-dir')).toBeTruthy())
    expect(screen.queryByText('恢复前')).toBeNull()

    b.dialogs.opens.push(good)
    fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
    fireEvent.click(getButton(/恢\s*复/, (await findDialog('用所选文件替换当前数据？')).querySelector('.ant-modal-footer')!))
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
    expect(unitName()).toBe('乙单位')
    expect(b.host.data().people).toHaveLength(40)

    // What the reloaded page shows: the notice, and the state before the restore kept as a backup.
    view.unmount()
    const again = await renderApp('/settings', b)
    const [kept] = (await b.host.listBackups()).filter((k) => k.kind === 'beforerestore')
    const notice = await screen.findByTestId('restored-notice')
    expect(notice.textContent).toContain('已恢复“乙单位备份.json”')
    expect(notice.textContent).toContain('「乙单位」，')
    expect(notice.textContent).toContain('人员40人、班组5个')
    expect(notice.textContent).toContain(`恢复前的数据已另存为“${kept.file}”`)
    await waitFor(() => expect(screen.getByText('恢复前')).toBeTruthy())
    expect(await readFile(join(b.host.paths.backups, kept.file), 'utf8')).toContain('甲单位')

    // Shown once: the next page load has nothing to say.
    again.unmount()
    await showPanel()
    expect(screen.queryByTestId('restored-notice')).toBeNull()
  })

  it.each([
    ['an Excel workbook', '花名册.xlsx', () => createWorkbook((sheet) => sheet.addRow(['姓名'])), '这是一个 Excel 工作簿（.xlsx），不是本软件的备份文件'],
    ['a photo', '照片.png', async () => pngBytes(), '这是一张图片（PNG），不是本软件的备份文件']
  ])('从文件恢复… with %s says it is not a backup of this app, asks nothing and changes nothing', async (_case, name, bytes, says) => {
    const b = await unitNamed('甲单位')
    await showPanel()
    const before = { db: await dbBytes(), backups: await b.host.listBackups() }
    await b.chooseFile(name, await bytes())
    fireEvent.click(screen.getByRole('button', { name: /从文件恢复/ }))
    const shown = await screen.findByText(/^所选文件不能用于恢复：/)
    expect(shown.textContent).toContain(says)
    expect(shown.textContent).not.toContain('空白字节')
    expect(document.querySelector('.restore-comparison')).toBeNull()
    expect(await dbBytes()).toEqual(before.db)
    expect(await b.host.listBackups()).toEqual(before.backups)
    expect(reload).not.toHaveBeenCalled()
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
    const store = window.api.store as unknown as Record<'backupToFile' | 'inspectFile', () => Promise<unknown>>
    for (const verb of ['backupToFile', 'inspectFile'] as const) {
      const real = store[verb]
      store[verb] = () => {
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

  it('restores a listed backup once its confirmation, with the same comparison, is accepted', async () => {
    const b = await unitNamed('乙单位')
    await b.host.rotateBackup() // today's automatic copy, unless starting the store made it already
    const [auto] = await b.host.listBackups()
    expect(auto.kind).toBe('auto')
    const saved = JSON.parse(await readFile(join(b.host.paths.backups, auto.file), 'utf8')).settings.unitName
    await b.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '甲单位' } }))
    const view = await renderApp('/settings', b)
    await waitFor(() => expect(screen.getByTestId('data-dir').textContent).toBe(b.dir))
    const row = await waitFor(() => screen.getByText('自动').closest('tr')!)
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /恢\s*复/ }))
    const dialog = await findDialog('用这份备份替换当前数据？')
    expect(comparison('madeAt')).toEqual(['备份时间', auto.createdAt, '—'])
    expect(comparison('unitName')).toEqual(['单位名称', saved || '（未填写）', '甲单位'])
    expect(comparison('people')).toEqual(['人员', '0 人', '0 人'])
    expect(unitName()).toBe('甲单位') // asking is not doing
    fireEvent.click(getButton(/恢\s*复/, dialog.querySelector('.ant-modal-footer')!))
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
    expect(unitName()).toBe(saved)
    expect((await b.host.listBackups()).map((k) => k.kind).sort()).toEqual(['auto', 'beforerestore'])
    expect(existsSync(join(b.host.paths.backups, auto.file))).toBe(true)

    view.unmount()
    await renderApp('/settings', b)
    const [kept] = (await b.host.listBackups()).filter((k) => k.kind === 'beforerestore')
    expect((await screen.findByTestId('restored-notice')).textContent).toContain(`已恢复“${auto.file}”（备份于 ${auto.createdAt}：`)
    expect(screen.getByTestId('restored-notice').textContent).toContain(`恢复前的数据已另存为“${kept.file}”`)
  })

  it('marks what a backup holds fewer of than the current data: what the restore would take away', async () => {
    backend = await createTestBackend()
    const [empty] = await backend.host.listBackups() // the start's copy, before the demo unit came in
    await backend.call('demo:load')
    await showPanel()
    const row = await waitFor(() => screen.getByText(empty.createdAt).closest('tr')!)
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /恢\s*复/ }))
    await findDialog('用这份备份替换当前数据？')
    expect(comparison('people')).toEqual(['人员', '0 人（少 40 人）', '40 人'])
    expect(document.querySelector('.restore-comparison tr[data-row-key="people"] .ant-typography-warning')).toBeTruthy()
    expect(document.querySelector('.restore-comparison tr[data-row-key="tipPhrases"] .ant-typography-warning')).toBeNull()
  })
})
