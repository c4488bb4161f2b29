import { fireEvent, screen, waitFor } from '@testing-library/react'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { findButton, findElement, getButton, getField, getTableRows, queryButtons, readDatabaseFile, useRosterBackends } from '../support/roster-screens'

/*
 * The roster screens that change things besides the person form: photos of saved people, teams and
 * the import preview. Everything goes through the real handlers on a temp data folder.
 */

const backends = useRosterBackends()
const stored = () => readDatabaseFile(backends.current)

async function openPerson(name: string) {
  await waitFor(() => expect(getTableRows().length).toBeGreaterThan(0))
  fireEvent.change(screen.getByLabelText('搜索人员'), { target: { value: name } })
  await waitFor(() => expect(getTableRows().length).toBe(1))
  fireEvent.click(getButton(/编\s*辑/, getTableRows()[0]))
  await screen.findByText(`编辑人员：${name}`)
}

async function smallPng(path: string) {
  const png = new PNG({ width: 30, height: 40 })
  png.data.fill(180)
  await writeFile(path, PNG.sync.write(png))
}

describe('photo of a saved person', () => {
  it('is set at once, kept by the next save of the form, and taken off the person after a confirmation', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await openPerson('陈静')
    const png = join(backends.current.dir, 'photo.png')
    await smallPng(png)
    backends.current.dialogs.opens.push(png)
    fireEvent.click(getButton(/选择照片/))
    await findButton(/更换照片/)
    const photo = (await stored()).people.find((p) => p.name === '陈静')!.photo
    expect(photo).toMatch(/\.jpg$/)
    expect(existsSync(join(backends.current.host.paths.photos, photo!))).toBe(true)
    await waitFor(() => expect(document.querySelector('.ant-drawer img[alt="照片"]')?.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/))

    // The form knows the new photo: saving it does not put the old (absent) one back.
    fireEvent.change(getField('行政职务'), { target: { value: '办公室主任' } })
    fireEvent.click(getButton(/^保\s*存$/))
    await screen.findByText('已保存「陈静」')
    expect((await stored()).people.find((p) => p.name === '陈静')).toMatchObject({ photo, adminPost: '办公室主任' })

    await openPerson('陈静')
    await findButton(/更换照片/)
    fireEvent.click(getButton(/移\s*除/, document.querySelector('.ant-drawer')!))
    fireEvent.click(getButton(/移\s*除/, await findElement('.ant-popconfirm')))
    await findButton(/选择照片/)
    expect((await stored()).people.find((p) => p.name === '陈静')!.photo).toBeNull()
    // The file stays for older backups; a later start sweeps it once nothing names it.
    expect(existsSync(join(backends.current.host.paths.photos, photo!))).toBe(true)
  })

  it('shows main’s message for a file that is not an image and changes nothing', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await openPerson('赵敏')
    const before = await readFile(backends.current.host.paths.dbFile)
    const fake = join(backends.current.dir, 'photo.jpg')
    await writeFile(fake, 'not an image at all')
    backends.current.dialogs.opens.push(fake)
    fireEvent.click(getButton(/选择照片/))
    await screen.findByText(/所选文件不是JPEG或PNG图片/)
    expect(await readFile(backends.current.host.paths.dbFile)).toEqual(before)
    expect(queryButtons(/更换照片/)).toEqual([])
  })
})

describe('班组', () => {
  it('adds a team with a leader chosen by pinyin, and moves teams up and down', async () => {
    await renderApp('/roster/teams', await backends.createDemo())
    await screen.findByText('综合办公室')
    fireEvent.click(getButton(/新增班组/))
    await screen.findByText('新增班组', { selector: '.ant-modal-title' })
    fireEvent.click(getButton(/^保\s*存$/, document.querySelector('.ant-modal')!))
    await screen.findByText('请填写班组名称')
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '便民服务窗口' } })
    fireEvent.click(screen.getByText('窗口', { selector: '.ant-modal .ant-radio-button-wrapper span' }))
    const leader = screen.getByLabelText('分管领导')
    fireEvent.mouseDown(leader)
    fireEvent.change(leader, { target: { value: 'zjg' } })
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option')].filter((el) => el.textContent?.includes('周建国'))
      if (found.length !== 1) throw new Error('周建国 not offered alone')
      return found[0] as HTMLElement
    })
    fireEvent.click(option)
    fireEvent.click(getButton(/^保\s*存$/, document.querySelector('.ant-modal')!))
    await screen.findByText('已保存「便民服务窗口」')
    await waitFor(() => expect(getTableRows().length).toBe(6))
    const added = (await stored()).teams.find((t) => t.name === '便民服务窗口')!
    expect(added.leaderId).toBe((await stored()).people.find((p) => p.name === '周建国')!.id)

    fireEvent.click(screen.getByLabelText('上移便民服务窗口'))
    await waitFor(() => expect(getTableRows()[4].textContent).toContain('便民服务窗口'))
    const order = (await stored()).teams.filter((t) => !t.deletedAt).sort((a, b) => a.order - b.order).map((t) => t.name)
    expect(order.slice(-2)).toEqual(['便民服务窗口', '后勤保障组'])
  })

  it('does not offer to delete a team with people in it, and deletes an empty one to the 回收站', async () => {
    await backends.createDemo()
    await backends.current.dispatch('roster:saveTeam', { name: '临时专班', kind: 'team', leaderId: null })
    await renderApp('/roster/teams', backends.current)
    await screen.findByText('临时专班')
    const office = getTableRows().find((r) => r.textContent?.includes('综合办公室'))!
    expect((getButton(/删\s*除/, office) as HTMLButtonElement).disabled).toBe(true)
    const spare = getTableRows().find((r) => r.textContent?.includes('临时专班'))!
    fireEvent.click(getButton(/删\s*除/, spare))
    fireEvent.click(await findButton(/^移到回收站$/))
    await screen.findByText('已把「临时专班」移到回收站')
    expect((await stored()).teams.find((t) => t.name === '临时专班')!.deletedAt).toBeTruthy()
  })
})

describe('导入花名册 preview', () => {
  async function roster(): Promise<string> {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(['姓名', '性别', '出生年月', '政治面貌', '所在班组'])
    sheet.addRow(['欧阳晓峰', '男', '1994.03', '中共党员', '综合办公室'])
    sheet.addRow(['陈静', '女', '1988.06', '中共党员', '综合办公室'])
    const path = join(backends.current.dir, '名单.xlsx')
    await workbook.xlsx.writeFile(path)
    return path
  }

  it('writes nothing on 取消', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBeGreaterThan(0))
    const before = await readFile(backends.current.host.paths.dbFile)
    backends.current.dialogs.opens.push(await roster())
    fireEvent.click(getButton(/导入花名册/))
    await screen.findByText('导入预览：名单.xlsx')
    fireEvent.click(getButton(/^取\s*消$/, document.querySelector('.ant-modal')!))
    await waitFor(() => expect(screen.queryByText('导入预览：名单.xlsx')).toBeNull())
    expect(await readFile(backends.current.host.paths.dbFile)).toEqual(before)
  })

  it('imports with the per-row choice the user made', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBeGreaterThan(0))
    backends.current.dialogs.opens.push(await roster())
    fireEvent.click(getButton(/导入花名册/))
    await screen.findByText('导入预览：名单.xlsx')
    const modal = document.querySelector('.ant-modal')!
    await screen.findByText('与花名册中的「陈静」姓名和出生年月相同')
    expect(getButton(/确认导入/, modal).textContent).toMatch(/新增 1 人，更新 1 人/)
    const row = [...modal.querySelectorAll('tr[data-row-key]')].find((r) => r.textContent?.includes('陈静'))!
    fireEvent.click(screen.getAllByText('跳过', { selector: '.ant-radio-button-wrapper span' }).find((el) => row.contains(el))!)
    await waitFor(() => expect(getButton(/确认导入/, modal).textContent).toMatch(/新增 1 人，更新 0 人/))
    const chenBefore = (await stored()).people.find((p) => p.name === '陈静')
    fireEvent.click(getButton(/确认导入/, modal))
    await screen.findByText('导入完成：新增 1 人，更新 0 人，跳过 1 行')
    const after = await stored()
    expect(after.people.some((p) => p.name === '欧阳晓峰')).toBe(true)
    expect(after.people.find((p) => p.name === '陈静')).toEqual(chenBefore)
  })

  it('flags a name the print fonts cannot print, as the roster list does, and lists that row under 有错误或提醒的', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBeGreaterThan(0))
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sheet1')
    sheet.addRow(['姓名', '政治面貌'])
    sheet.addRow(['吴𠮷', '中共党员'])
    sheet.addRow(['赵丽', '群众'])
    const path = join(backends.current.dir, '名单.xlsx')
    await workbook.xlsx.writeFile(path)
    backends.current.dialogs.opens.push(path)
    fireEvent.click(getButton(/导入花名册/))
    await screen.findByText('导入预览：名单.xlsx')
    const modal = document.querySelector('.ant-modal')!
    const rowOf = (name: string) => [...modal.querySelectorAll('tr[data-row-key]')].find((r) => r.textContent?.includes(name))!
    // jsdom's selectors miss attribute values beyond the BMP (𠮷): compare the labels themselves.
    const labels = (name: string) => [...rowOf(name).querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'))
    await waitFor(() => expect(labels('吴𠮷')).toContain('该字在打印字体中缺失：𠮷'))
    expect(labels('赵丽').some((label) => label?.startsWith('该字在打印字体中缺失'))).toBe(false)
    fireEvent.click(screen.getByText('有错误或提醒的（1 行）'))
    await waitFor(() => expect(modal.querySelectorAll('tr[data-row-key]').length).toBe(1))
    expect(rowOf('吴𠮷')).toBeTruthy()
  })
})
