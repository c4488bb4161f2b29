import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * Issue #8 in Chromium: the import preview's 相近班组 choice, ticking people and 移到班组…, and
 * 合并到… on the 班组 page, each through its confirmation, on the demo unit.
 */

const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load', { through: 'roster' })
})

const stored = async () =>
  JSON.parse(await readFile(app.backend.host.paths.dbFile, 'utf8')) as {
    people: { name: string; teamId: string | null }[]
    teams: { id: string; name: string; deletedAt: string | null }[]
  }
const rows = (page: Page) => page.locator('.ant-table-tbody tr[data-row-key]')
const dialog = (page: Page) => page.locator('.ant-modal:visible')

async function chooseInDialog(page: Page, label: string, option: string) {
  await dialog(page).getByLabel(label).click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click()
}

describe('班组 changes in Chromium (built renderer, real handlers)', () => {
  it('offers 相近班组 in the import preview and maps the team the user chose', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('花名册').addRows([
      ['姓名', '性别', '出生年月', '所在班组'],
      ['欧阳晓峰', '男', '1994.03', '综合窗口'],
      ['司马婧', '女', '1988-13', '后勤组']
    ])
    const file = join(app.backend.dir, '新名单.xlsx')
    await workbook.xlsx.writeFile(file)
    const page = await openApp(app.browser, app.url, '/roster/people')
    app.backend.dialogs.opens.push(file)
    await page.getByRole('button', { name: '导入花名册…' }).click()
    const hints = page.getByTestId('team-hints')
    await hints.waitFor()
    await hints.getByText('并入已有的「综合受理窗口」').click()
    await dialog(page).getByText('→ 综合受理窗口').waitFor()
    await dialog(page).getByText('出生年月（C列）：月份13不存在，未导入该项').waitFor()
    await screenshot(page, 'roster-import-team-hints')
    await dialog(page).getByRole('button', { name: /确认导入（新增 2 人，更新 0 人）/ }).click()
    await page.getByText('文件中的「综合窗口」已并入「综合受理窗口」').waitFor()
    const db = await stored()
    const intake = db.teams.find((t) => t.name === '综合受理窗口')!
    expect(db.people.find((p) => p.name === '欧阳晓峰')!.teamId).toBe(intake.id)
    expect(db.teams.some((t) => t.name === '后勤组')).toBe(true)
    expect(pageErrors(page)).toEqual([])
  })

  it('moves ticked people to another team after the confirmation', async () => {
    const page = await openApp(app.browser, app.url, '/roster/people')
    await expect.poll(() => rows(page).count()).toBe(20)
    await page.getByLabel('选择孙立').check()
    await page.getByLabel('选择杨帆').check()
    await page.getByText('已选 2 人').waitFor()
    await screenshot(page, 'roster-people-selected')
    await page.getByRole('button', { name: '移到班组…' }).click()
    await chooseInDialog(page, '移到哪个班组', '后勤保障组')
    await dialog(page).getByText('将把 2 人移到「后勤保障组」').waitFor()
    await screenshot(page, 'roster-move-people')
    await dialog(page).getByRole('button', { name: '确认移动' }).click()
    await page.getByText('已把2人移到「后勤保障组」').waitFor()
    await screenshot(page, 'roster-people-selection-cleared')
    const db = await stored()
    const support = db.teams.find((t) => t.name === '后勤保障组')!
    expect(db.people.filter((p) => ['孙立', '杨帆'].includes(p.name)).every((p) => p.teamId === support.id)).toBe(true)
    expect(pageErrors(page)).toEqual([])
  })

  it('merges a team into another after showing what will move', async () => {
    const page = await openApp(app.browser, app.url, '/roster/teams')
    const row = rows(page).filter({ hasText: '后勤组' })
    await row.getByRole('button', { name: '合并到…' }).click()
    await chooseInDialog(page, '并入哪个班组', '后勤保障组')
    await page.getByTestId('merge-preview').getByText('将把「后勤组」的1人并入「后勤保障组」').waitFor()
    await screenshot(page, 'roster-merge-team')
    await dialog(page).getByRole('button', { name: '确认合并' }).click()
    await page.getByText('已把「后勤组」的1人并入「后勤保障组」').waitFor()
    await expect.poll(() => rows(page).filter({ hasText: '后勤组' }).count()).toBe(0)
    await screenshot(page, 'roster-teams-after-merge')
    expect((await stored()).teams.find((t) => t.name === '后勤组')!.deletedAt).not.toBeNull()
    expect(pageErrors(page)).toEqual([])
  })
})
