import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { GRADE_LABELS } from '@shared/appraisal/model'
import { openApp, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 年终评优 in Chromium over the built renderer and the real handlers with the demo unit: the year at
 * a glance on 首页, settling a grade within the quota, 定稿, and the workbook from 打印中心.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/home')
})

const go = (route: string) => page.evaluate((r) => (window.location.hash = r), route)

describe('年终评优 in Chromium', () => {
  it('shows the year at a glance on 首页', async () => {
    await page.getByTestId('glance-show').waitFor()
    await page.getByTestId('glance-appraisal').getByText('已评定等次').waitFor()
    await page.getByText(/\d{4}年度日程/).waitFor()
    await screenshot(page, 'appraisal-home')
  })

  it('settles the grades within the quota and 定稿', async () => {
    const year = app.backend.host.data().settings.year
    const before = await app.backend.call('appraisal:overview', { year })
    const excellent = before.rows.find((r) => r.decision?.grade === 'excellent')!
    await go('/appraisal')
    await page.getByTestId('excellent-counter').getByText(`${before.quota}`).first().waitFor()
    const select = page.locator('.ant-table-tbody tr', { hasText: excellent.name }).locator('.ant-select')
    await select.click()
    await page.locator('.ant-select-dropdown').last().locator('.ant-select-item-option', { hasText: new RegExp(`^${GRADE_LABELS.qualified}$`) }).click()
    await page.getByTestId('excellent-counter').getByText(`${before.quota - 1}`).waitFor()
    await screenshot(page, 'appraisal-grades')
    await page.getByRole('button', { name: '定稿…' }).click()
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /^定\s?稿$/ }).click()
    await page.getByText(/^已定稿：/).waitFor()
    const after = await app.backend.call('appraisal:overview', { year })
    expect(after.status).toBe('final')
    expect(after.rows.find((r) => r.personId === excellent.personId)?.decision?.grade).toBe('qualified')
  })

  it('exports the workbook from 打印中心 through the save dialog', async () => {
    const file = join(app.backend.dir, '年终评优.xlsx')
    app.backend.dialogs.saves.push(file)
    await go('/print')
    await page.getByText('年终评优工作簿（Excel）').first().click()
    await page.getByRole('button', { name: '导出工作簿…' }).click()
    await page.getByText(`已导出：${file}`).waitFor()
    await screenshot(page, 'appraisal-workbook-panel')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    expect(book.getWorksheet('汇总')?.getCell('A1').value).toMatch(/年度党员年终评优汇总表$/)
  })
})
