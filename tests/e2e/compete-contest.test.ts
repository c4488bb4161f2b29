import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 比武竞赛 in Chromium over the built renderer and the real handlers: a contest set up through its
 * drawer, two judges' sheets typed by keyboard only, the ranking and awards read off the results,
 * 成绩公示 and 定稿 through their confirmations, and the 荣誉证书 rendered and drawn by pdf.js.
 */

let page: Page

const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load', { through: 'roster' })
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/compete/contests')
})

const drawer = () => page.locator('.ant-drawer-open')

/** Picks people in a multiple picker by typing each name and pressing Enter. */
async function pickPeople(field: ReturnType<Page['locator']>, names: string[]) {
  await field.click()
  for (const name of names) {
    await page.keyboard.type(name)
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: name }).waitFor()
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
}

/** Types a judge's sheet from its first cell, row by row, by keyboard only; Enter after the last cell lands on 保存, which Enter presses. */
async function typeSheet(judge: string, rows: number[][]) {
  await page.getByRole('table', { name: `评委${judge}的评分表` }).waitFor()
  await page.locator('input[data-row="0"][data-col="0"]').focus()
  for (const row of rows)
    for (const value of row) {
      await page.keyboard.type(String(value))
      await page.keyboard.press('Enter')
    }
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/保存评分表/)
  await page.keyboard.press('Enter')
  await page.getByText(`已保存评委${judge}的评分表`).waitFor()
}

describe('比武竞赛 in Chromium', () => {
  it('sets up a contest of four entrants, two items and two judges through the drawer', async () => {
    await page.getByRole('button', { name: '新增比武竞赛' }).click()
    await drawer().getByText('新增比武竞赛').waitFor()
    await drawer().getByLabel('竞赛名称').fill('窗口业务技能比武')
    await pickPeople(drawer().getByLabel('参赛人员'), ['吴昊', '黄丽萍', '马国强', '朱晓燕'])
    await drawer().getByLabel('第1项名称').fill('理论')
    await drawer().getByLabel('第1项满分').fill('40')
    await drawer().getByRole('button', { name: '添加评分项目' }).click()
    await drawer().getByLabel('第2项名称').fill('实操')
    await drawer().getByLabel('第2项满分').fill('60')
    await drawer().getByLabel('第1项小数位数').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '1位小数' }).click()
    await pickPeople(drawer().locator('.ant-select', { hasText: '从花名册选择' }).first(), ['周建国'])
    await drawer().getByRole('button', { name: '添加评委' }).click()
    await drawer().getByLabel('第2名评委姓名').fill('张卫东')
    // Two awards only: 一等奖 1, 二等奖 2 (the 三等奖 row goes).
    await drawer().getByRole('button', { name: '删除第3个奖项' }).click()
    await screenshot(page, 'compete-contest-form')
    await drawer().getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('比武竞赛已新增').waitFor()
    await page.getByText('评委周建国的评分表未录入').waitFor()
  })

  it('takes two judges’ sheets typed by keyboard only, in 姓氏笔画 order', async () => {
    // Rows by strokes: 马国强, 朱晓燕, 吴昊, 黄丽萍; columns 理论, 实操.
    await typeSheet('周建国', [
      [32, 52],
      [28, 50],
      [30, 50],
      [35.5, 55]
    ])
    await page.getByLabel('评委', { exact: true }).click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张卫东' }).click()
    await typeSheet('张卫东', [
      [30, 54],
      [30, 48],
      [32, 50],
      [34, 54]
    ])
    const sheets = app.backend.host.data().contestSheets
    expect(sheets).toHaveLength(2)
    await screenshot(page, 'compete-contest-grid')
  })

  it('shows the ranking and the awards, then goes through 成绩公示 and 定稿', async () => {
    await page.getByRole('tab', { name: '成绩与奖项' }).click()
    // Means: 黄丽萍 (90.5 + 88)/2 = 89.25; 马国强 (84 + 84)/2 = 84; 吴昊 (80 + 82)/2 = 81; 朱晓燕 (78 + 78)/2 = 78.
    const rows = page.locator('[role="tabpanel"]:visible .ant-table-tbody tr[data-row-key]')
    await expect.poll(() => rows.count()).toBe(4)
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join('|')))).toEqual([
      '第1名|黄丽萍|综合受理窗口|90.5|88|89.25|一等奖',
      '第2名|马国强|综合受理窗口|84|84|84|二等奖',
      '第3名|吴昊|综合受理窗口|80|82|81|二等奖',
      '第4名|朱晓燕|综合受理窗口|78|78|78|'
    ])
    await screenshot(page, 'compete-contest-results')

    await page.getByRole('button', { name: '成绩公示…' }).click()
    await page.getByRole('button', { name: '开始公示' }).click()
    await page.getByText(/已开始成绩公示/).waitFor()
    // antd spaces a two-character label: 定 稿.
    await page.getByRole('button', { name: /^定\s*稿$/ }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: /^定\s*稿$/ }).click()
    await page.getByText('「窗口业务技能比武」已定稿，成绩已锁定').waitFor()
    expect(app.backend.host.data().contests[0].status).toBe('final')
  })

  it('prints the 荣誉证书, one page per award, drawn in the preview', async () => {
    await page.getByRole('tab', { name: '打印' }).click()
    await page.getByRole('button', { name: '荣誉证书' }).click()
    await page.getByRole('button', { name: '保存PDF…' }).waitFor()
    const canvas = page.locator('[data-testid="pdf-pages"] canvas').last()
    await canvas.waitFor()
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          if (!c.width) return 0
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
          let ink = 0
          for (let i = 0; i < data.length; i += 16) if (data[i] < 200 || data[i + 1] < 200) ink++
          return ink
        })
      )
      .toBeGreaterThan(50)
    await page.getByText(/共 3 页/).first().waitFor()
    await screenshot(page, 'compete-contest-certificates')
    expect(pageErrors(page)).toEqual([])
  })
})
