import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * A whole demo year in Chromium, from 首页: the overdue rectification opened from its reminder, its
 * 催办单 printed, the chase recorded, the item closed out by a verifier; then the grades settled
 * and the year-end workbook exported, holding the composites the app shows.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/home')
})

const go = (route: string) => page.evaluate((r) => (window.location.hash = r), route)
const drawer = () => page.locator('.ant-drawer-open')
const dialog = (title: string) => page.locator('.ant-modal-wrap:visible .ant-modal', { has: page.locator('.ant-modal-title', { hasText: title }) })
const problem = '窗口办件高峰期排队时间长，群众反映等候超过30分钟'

describe('a demo year in Chromium, from 首页 to the workbook', () => {
  it('opens the overdue rectification from 首页’s reminders', async () => {
    await page.getByRole('button', { name: /^显示全部 \d+ 项$/ }).click()
    const line = page.locator('[data-testid="reminders"] a', { hasText: problem })
    await line.getByText(/逾期\d+天/).waitFor()
    await screenshot(page, 'year-home')
    await line.click()
    await page.waitForFunction(() => window.location.hash === '#/followup/ledger')
    await drawer().getByText(/已超过整改时限\d+天/).waitFor()
  })

  it('prints its 催办单, records the chase, and closes it out with a verifier', async () => {
    await drawer().getByRole('button', { name: '打印催办单' }).click()
    const print = dialog('打印催办单')
    await print.getByTestId('preview-pages').waitFor()
    expect(await print.getByTestId('preview-pages').textContent()).toContain('共 1 页')
    await print.locator('.ant-modal-close').click()

    await drawer().getByRole('button', { name: '记录催办' }).click()
    const chase = dialog('记录催办')
    await chase.locator('label.ant-radio-button-wrapper', { hasText: '通知单' }).click()
    await chase.getByLabel('催办要求').fill('请于3个工作日内报送整改进展')
    await chase.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText(/已记录.*的催办（通知单）/).waitFor()

    await drawer().getByRole('button', { name: '报告整改完成' }).click()
    const complete = dialog('报告整改完成')
    await complete.getByLabel('完成佐证').fill('高峰时段增开2个弹性窗口')
    await complete.getByRole('button', { name: '提交验收' }).click()
    await page.getByText('已报告整改完成，等待验收').waitFor()
    await drawer().getByRole('button', { name: '验收销号' }).click()
    const check = dialog('验收销号')
    await check.getByLabel('验收人').click()
    await check.getByLabel('验收人').fill('周建国')
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周建国' }).first().click()
    await check.getByLabel('成效检查').fill('回访群众，排队不超过10分钟')
    await check.getByRole('button', { name: '保存验收结论' }).click()
    await page.locator('.ant-message').getByText('已验收销号').waitFor()
    const items = await app.backend.call('followup:rectifications')
    expect(items.find((i) => i.problem === problem)).toMatchObject({ status: 'closed', overdue: false })
    await page.keyboard.press('Escape')
  })

  it('settles the grades and exports the workbook with the app’s figures', async () => {
    const year = app.backend.host.data().settings.year
    await go('/appraisal')
    const before = await app.backend.call('appraisal:overview', { year })
    const excellent = before.rows.find((r) => r.decision?.grade === 'excellent')!
    const select = page.locator('.ant-table-tbody tr', { hasText: excellent.name }).locator('.ant-select')
    await select.click()
    await page.locator('.ant-select-dropdown').last().locator('.ant-select-item-option', { hasText: /^合格$/ }).click()
    await page.getByTestId('excellent-counter').getByText(`${before.quota - 1}`).waitFor()
    await screenshot(page, 'year-appraisal')

    const file = join(app.backend.dir, '年终评优.xlsx')
    app.backend.dialogs.saves.push(file)
    await page.getByRole('button', { name: '导出工作簿（Excel）' }).click()
    await page.getByText(`已导出：${file}`).waitFor()
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const sheet = book.getWorksheet('汇总')!
    const header = sheet.getRow(3).values as string[]
    const shown = new Map<string, unknown>()
    for (let r = 4; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(header.indexOf('综合得分')).value as ExcelJS.CellFormulaValue
      shown.set(sheet.getRow(r).getCell(2).value as string, cell.result === '' ? null : cell.result)
    }
    const after = await app.backend.call('appraisal:overview', { year })
    expect(shown.size).toBe(after.rows.length)
    for (const row of after.rows) expect(shown.get(row.name), row.name).toBe(row.composite)
    const decided = sheet.getRow(4).getCell(header.indexOf('评定等次')).value
    expect(['优秀', '合格', '基本合格', '不合格', null]).toContain(decided)
    expect(pageErrors(page)).toEqual([])
  })
})
