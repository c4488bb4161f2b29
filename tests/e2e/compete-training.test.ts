import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp, waitForQuiet } from '../support/e2e'

/*
 * 首页's 待办与到期提醒 in Chromium over the built renderer and the real handlers: the demo's overdue
 * training plan (due 12 days before the day the demo is loaded) shows in red, the one due in 5 days
 * in orange, and the overdue line, reached by Tab and opened by Enter, opens that plan's drawer on
 * 比技能 · 人才培养计划.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/home')
})

// The plans' lines among every stage's reminders (the card shows all of them on asking).
const reminders = () => page.locator('[data-testid="reminders"] a[data-reminder^="trainingPlans/"]')

describe('人才培养计划 reminders in Chromium (built renderer, real handlers)', () => {
  it('shows the overdue plan in red and the soon due one in orange on 首页', async () => {
    await page.getByText('待办与到期提醒').waitFor()
    // Once the card has its lines: past twelve it shows the first twelve and offers the rest.
    await page.locator('[data-testid="reminders"] a[data-reminder]').first().waitFor()
    const all = page.getByRole('button', { name: /^显示全部 \d+ 项$/ })
    if (await all.isVisible()) await all.click()
    await expect.poll(() => reminders().count()).toBe(2)
    const late = reminders().nth(0)
    const soon = reminders().nth(1)
    await expect.poll(() => late.textContent()).toContain('逾期12天')
    expect(await late.textContent()).toContain('吴昊')
    expect(await soon.textContent()).toContain('还有5天')
    expect(await soon.textContent()).toContain('徐婷婷')
    // Drawn red and orange, as the eye sees them: the tags' text colour, read back as red, green, blue.
    const color = async (line: typeof late) => (await line.locator('.ant-tag').evaluate((tag) => getComputedStyle(tag).color)).match(/\d+/g)!.map(Number)
    const [r1, g1, b1] = await color(late)
    expect(r1 > 150 && g1 < 80 && b1 < 80, `red: ${r1},${g1},${b1}`).toBe(true)
    const [r2, g2, b2] = await color(soon)
    expect(r2 > 150 && g2 > 60 && g2 < 170 && b2 < 60, `orange: ${r2},${g2},${b2}`).toBe(true)
    await waitForQuiet(page)
    await screenshot(page, 'training-home-reminders')
  })

  it('opens the overdue plan from the keyboard', async () => {
    await reminders().nth(0).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/compete/training/plans')
    const drawer = page.locator('.ant-drawer-open')
    await drawer.getByText('培养计划 · 吴昊').waitFor()
    expect(await drawer.getByLabel('培养目标').inputValue()).toContain('政务服务办事员（四级）')
    await drawer.getByText('进展记录', { exact: true }).waitFor()
    await waitForQuiet(page)
    await screenshot(page, 'training-plan-from-reminder')
    // Behind the drawer, the list marks the same plan overdue.
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })
    await page.locator('.ant-table-tbody tr', { hasText: '吴昊' }).getByText('逾期12天').waitFor()
    await waitForQuiet(page)
    await screenshot(page, 'training-plans')
    expect(pageErrors(page)).toEqual([])
  })

  it('adds a help record to a pair by keyboard: the content, then Enter', async () => {
    await page.evaluate(() => (window.location.hash = '/compete/training/pairs'))
    const row = page.locator('.ant-table-tbody tr[data-row-key]', { hasText: '徐婷婷' })
    await row.getByText('3次，最近', { exact: false }).waitFor()
    await row.getByRole('button', { name: '黄丽萍' }).focus()
    await page.keyboard.press('Enter')
    const drawer = page.locator('.ant-drawer-open')
    await drawer.getByText('四帮四促结对 · 黄丽萍 → 徐婷婷').waitFor()
    await drawer.getByLabel('帮扶内容').focus()
    await page.keyboard.type('带领学习窗口服务规范，现场指导两件疑难件')
    await page.keyboard.press('Enter')
    await page.getByText('帮扶记录已保存').waitFor()
    await drawer.locator('.ant-table-tbody tr', { hasText: '带领学习窗口服务规范' }).waitFor()
    await waitForQuiet(page)
    await screenshot(page, 'training-pair-records')
    const pairs = await app.backend.call('compete:mentoringPairs')
    expect(pairs.find((p) => p.helpedName === '徐婷婷')!.records).toHaveLength(4)
    expect(pageErrors(page)).toEqual([])
  })
})
