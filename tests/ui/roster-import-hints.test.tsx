import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { getButton, getTableRows, readDatabaseFile, useRosterBackends } from '../support/roster-screens'

/*
 * 相近班组 in the import preview (issue #8): a new team close to an existing one is offered to be
 * mapped onto it; the default is to create it, and the commit takes what the user chose.
 */

const backends = useRosterBackends()
const stored = () => readDatabaseFile(backends.current)

async function roster(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  sheet.addRow(['姓名', '出生年月', '所在班组'])
  sheet.addRow(['欧阳晓峰', '1994.03', '综合窗口'])
  sheet.addRow(['司马婧', '1997.08', '后勤组'])
  const path = join(backends.current.dir, '名单.xlsx')
  await workbook.xlsx.writeFile(path)
  return path
}

async function openPreview() {
  await renderApp('/roster/people', await backends.createDemo())
  await waitFor(() => expect(getTableRows().length).toBeGreaterThan(0))
  backends.current.dialogs.opens.push(await roster())
  fireEvent.click(getButton(/导入花名册/))
  await screen.findByText('导入预览：名单.xlsx')
  return screen.findByTestId('team-hints')
}

describe('相近班组 in the import preview', () => {
  it('offers each close existing team, creating the new one unless the user maps it', async () => {
    const hints = await openPreview()
    const intake = within(hints).getByRole('radiogroup', { name: '「综合窗口」的班组' })
    const options = within(intake).getAllByRole('radio') as HTMLInputElement[]
    expect(options.map((o) => o.closest('label')!.textContent)).toEqual(['新建「综合窗口」', '并入已有的「综合办公室」', '并入已有的「综合受理窗口」'])
    expect(options[0].checked).toBe(true)
    const support = within(hints).getByRole('radiogroup', { name: '「后勤组」的班组' })
    expect((within(support).getAllByRole('radio') as HTMLInputElement[]).map((o) => o.closest('label')!.textContent)).toEqual([
      '新建「后勤组」',
      '并入已有的「后勤保障组」'
    ])

    fireEvent.click(options[2])
    const modal = document.querySelector('.ant-modal') as HTMLElement
    // The table shows where the row's people will go.
    await within(modal).findByText('→ 综合受理窗口')
    fireEvent.click(getButton(/确认导入/, modal))
    await screen.findByText('导入完成：新增 2 人，更新 0 人，跳过 0 行')
    await screen.findByText('文件中的「综合窗口」已并入「综合受理窗口」')
    await screen.findByText('自动新增了班组：后勤组')

    const db = await stored()
    const teamOf = (name: string) => db.teams.find((t) => t.id === db.people.find((p) => p.name === name)!.teamId)!.name
    expect(teamOf('欧阳晓峰')).toBe('综合受理窗口')
    expect(teamOf('司马婧')).toBe('后勤组')
    expect(db.teams.some((t) => t.name === '综合窗口')).toBe(false)
  })

  it('goes back to creating the team when the user picks 新建 again', async () => {
    const hints = await openPreview()
    const intake = within(hints).getByRole('radiogroup', { name: '「综合窗口」的班组' })
    const options = within(intake).getAllByRole('radio') as HTMLInputElement[]
    fireEvent.click(options[1])
    await waitFor(() => expect(options[1].checked).toBe(true))
    fireEvent.click(options[0])
    await waitFor(() => expect(options[0].checked).toBe(true))
    fireEvent.click(getButton(/确认导入/, document.querySelector('.ant-modal')!))
    await screen.findByText('导入完成：新增 2 人，更新 0 人，跳过 0 行')
    await screen.findByText('自动新增了班组：综合窗口、后勤组')
    expect((await stored()).teams.filter((t) => ['综合窗口', '后勤组'].includes(t.name))).toHaveLength(2)
  })
})
