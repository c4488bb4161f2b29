import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 群众评议 in Chromium over the built renderer and the real handlers: a new round and questionnaire,
 * the blank questionnaire printed from the screen, 30 paper responses keyed by keyboard only, and the
 * results with their charts.
 */

let page: Page
const consoleErrors: string[] = []
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/evaluate/public')
  page.on('console', (msg) => msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico') && consoleErrors.push(`${msg.text()} ${msg.location().url}`))
})

const go = (route: string) => page.evaluate((r) => (window.location.hash = r), route)

/**
 * The 30 papers, each keyed as 身份 then the six dimensions (1 = 满意 … 4 = 不满意, 0 空白, 9 多选):
 * 20 all 满意 (党员), 5 all 比较满意 (群众), 3 all 不满意 (服务对象), one with 政策落实 blank and
 * one with it double-ticked, the rest 基本满意.
 */
const PAPERS = [...Array(20).fill('1111111'), ...Array(5).fill('2222222'), ...Array(3).fill('3444444'), '2033333', '0933333']

describe('群众评议 in Chromium (built renderer, real handlers)', () => {
  it('makes a round and a questionnaire, and prints it blank', async () => {
    await page.getByRole('button', { name: '新建评议轮次' }).click()
    const modal = page.locator('.ant-modal', { hasText: '新建评议轮次' })
    await modal.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText(/已建立\d+年(上|下)半年群众评议/).waitFor()
    await page.getByRole('button', { name: '新建问卷' }).click()
    const drawer = page.locator('.ant-drawer-open')
    await drawer.getByLabel('问卷标题').fill('窗口服务群众满意度测评表')
    await screenshot(page, 'public-questionnaire-form')
    await drawer.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('问卷「窗口服务群众满意度测评表」已保存').waitFor()

    await page.getByRole('button', { name: '打印空白问卷' }).click()
    const dialog = page.locator('.ant-modal', { hasText: '群众评议问卷' })
    await dialog.getByRole('button', { name: /生成预览/ }).click()
    await dialog.getByTestId('preview-pages').waitFor()
    expect(await dialog.getByTestId('preview-pages').textContent()).toContain('共 1 页')
    await screenshot(page, 'public-questionnaire-print')
    await dialog.locator('.ant-modal-close').first().click()
    await dialog.waitFor({ state: 'hidden' })
  })

  it('keys 30 paper responses by keyboard alone', async () => {
    await go('/evaluate/public/entry')
    const first = page.getByLabel('身份')
    await first.waitFor()
    await first.focus()
    for (const [n, paper] of PAPERS.entries()) {
      await page.keyboard.type(paper)
      await page.keyboard.press('Enter')
      await page.getByText(`逐份录入 · 已录入${n + 1}份`).waitFor()
      // The next paper starts at 身份 again, without touching the mouse.
      await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true)
    }
    await screenshot(page, 'public-entry')
    const round = (await app.backend.call('evaluate:publicRounds'))[0]
    const [q] = (await app.backend.call('evaluate:questionnaires', { roundId: round.id })).filter((x) => x.title === '窗口服务群众满意度测评表')
    const keyed = await app.backend.call('evaluate:publicResponses', { questionnaireId: q.id })
    expect(keyed).toHaveLength(30)
    expect(keyed.at(-1)).toMatchObject({ kind: null, marks: ['several', 2, 2, 2, 2, 2] })
  })

  it('shows the results with their charts', async () => {
    await go('/evaluate/public/results')
    await page.getByRole('tab', { name: /青川县政务服务中心/ }).click()
    const card = page.locator('.ant-card', { hasText: '本单位：' }).filter({ hasText: '收回30份' })
    await card.waitFor()
    // 政策落实 [20,5,0,3] of 28 valid: 25/28 = 89.3 %, under the 30 valid needed → 样本不足.
    const policy = card.locator('tr', { hasText: '政策落实' })
    expect(await policy.textContent()).toContain('89.3%')
    expect(await policy.textContent()).toContain('样本不足')
    // 服务水平 [20,5,2,3] of 30: 27/30 = 90.0 % → 好.
    expect(await card.locator('tr', { hasText: '服务水平' }).textContent()).toMatch(/90\.0%.*好/)
    await card.locator('[data-chart] svg').first().waitFor()
    expect(await card.locator('[data-chart] svg text', { hasText: '政策' }).count()).toBeGreaterThan(0)
    expect(await card.locator('[data-chart]').first().getAttribute('aria-label')).toContain('政策落实89.3%')
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'public-results')
  })

  it('shows a 举报 only after the confirmation', async () => {
    await go('/evaluate/public/boxes')
    await page.getByRole('button', { name: '新建评议轮次' }).waitFor()
    // The demo's 举报 is in the first half year.
    await page.getByRole('combobox', { name: '评议轮次' }).click()
    await page.locator('.ant-select-dropdown').last().locator('.ant-select-item-option', { hasText: '上半年' }).click()
    await page.getByRole('tab', { name: '意见箱、举报箱' }).click()
    await page.getByText('（举报内容已隐藏，确认后查看）').waitFor()
    expect(await page.getByText('收受服务对象礼品').count()).toBe(0)
    await page.getByRole('button', { name: /显示1件举报的内容/ }).click()
    await page.getByRole('button', { name: '我是经办人，显示举报内容' }).click()
    await page.getByText('反映某窗口工作人员收受服务对象礼品').waitFor()
    await screenshot(page, 'public-boxes')
    expect(pageErrors(page)).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
