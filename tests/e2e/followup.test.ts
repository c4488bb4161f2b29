import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 跟踪 in Chromium over the built renderer and the real handlers, on the demo year: open the overdue
 * item, print its 催办单 (drawn by pdf.js), record the chase, then report it done and close it out
 * with a verifier who is not of the owning team.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/followup/ledger')
})

const drawer = () => page.locator('.ant-drawer-open')
const dialog = (title: string) => page.locator('.ant-modal-wrap:visible .ant-modal', { has: page.locator('.ant-modal-title', { hasText: title }) })

/** The newest preview page has ink: pdf.js drew the PDF under the app's CSP. */
async function previewInked(): Promise<boolean> {
  return page.locator('[data-testid="pdf-pages"] canvas').last().evaluate((canvas: HTMLCanvasElement) => {
    if (!canvas.width || !canvas.height) return false
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let ink = 0
    for (let i = 0; i < data.length; i += 16) if (data[i] < 200 || data[i + 1] < 200) ink++
    return ink > 50
  })
}

describe('跟踪 in Chromium (built renderer, real handlers)', () => {
  const problem = '窗口办件高峰期排队时间长，群众反映等候超过30分钟'

  it('shows the ledger with the overdue item in red', async () => {
    const row = page.locator('.ant-table-tbody tr', { hasText: problem })
    await row.getByText(/逾期\d+天/).waitFor()
    expect(await row.evaluate((tr) => getComputedStyle(tr).backgroundColor)).toBe('rgb(255, 241, 240)')
    await screenshot(page, 'followup-ledger')
  })

  it('opens the overdue item and prints its 催办单', async () => {
    await page.getByRole('button', { name: problem }).click()
    await drawer().getByText(/已超过整改时限\d+天/).waitFor()
    await drawer().getByRole('button', { name: '打印催办单' }).click()
    const print = dialog('打印催办单')
    await print.getByTestId('preview-pages').waitFor()
    expect(await print.getByTestId('preview-pages').textContent()).toContain('共 1 页')
    await expect.poll(previewInked).toBe(true)
    await screenshot(page, 'followup-chase-notice')
    await print.locator('.ant-modal-close').click()
  })

  it('records the chase and shows it in the item’s history', async () => {
    await drawer().getByRole('button', { name: '记录催办' }).click()
    const chase = dialog('记录催办')
    await chase.locator('label.ant-radio-button-wrapper', { hasText: '当面' }).click()
    await chase.getByLabel('催办要求').fill('请于3个工作日内报送整改进展')
    await chase.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText(/已记录.*的催办（当面）/).waitFor()
    await drawer().getByText('催办记录（3次）').waitFor()
    await drawer().getByText('要求：请于3个工作日内报送整改进展').waitFor()
  })

  it('is reported done and closed out by a verifier from outside the team', async () => {
    await drawer().getByRole('button', { name: '报告整改完成' }).click()
    const complete = dialog('报告整改完成')
    await complete.getByLabel('完成佐证').fill('高峰时段增开2个弹性窗口，网上预约已上线')
    await complete.getByRole('button', { name: '提交验收' }).click()
    await page.getByText('已报告整改完成，等待验收').waitFor()

    await drawer().getByRole('button', { name: '验收销号' }).click()
    const check = dialog('验收销号')
    await check.getByLabel('验收人').click()
    await check.getByLabel('验收人').fill('周建国')
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周建国' }).first().click()
    await check.getByLabel('成效检查').fill('现场查看并回访5名群众，排队不超过10分钟')
    await screenshot(page, 'followup-close-out')
    await check.getByRole('button', { name: '保存验收结论' }).click()
    await page.locator('.ant-message').getByText('已验收销号').waitFor()
    await drawer().getByText(/周建国 .* 验收：现场查看并回访5名群众/).waitFor()
    const items = await app.backend.call('followup:rectifications')
    expect(items.find((i) => i.problem === problem)).toMatchObject({ status: 'closed', overdue: false, chaseCount: 3 })
    expect(pageErrors(page)).toEqual([])
  })

  it('shows 检查催办, 目标责任, 经费 and 考核与奖惩 from the demo year', async () => {
    const go = (route: string) => page.evaluate((r) => (window.location.hash = r), route)
    await page.keyboard.press('Escape')
    await go('/followup/chase')
    await page.getByText(/需要催办的事项（\d+ 项）/).waitFor()
    await screenshot(page, 'followup-chase')
    await go('/followup/targets')
    await page.getByText(/年度目标责任（8 项）/).waitFor()
    await screenshot(page, 'followup-targets')
    await go('/followup/funds')
    await page.getByText('16,129.50').first().waitFor()
    await screenshot(page, 'followup-funds')
    await go('/followup/records')
    await page.getByText('通报批评').waitFor()
    await screenshot(page, 'followup-records')
    expect(pageErrors(page)).toEqual([])
  })
})
