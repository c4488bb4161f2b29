import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChannelName, InputOf, OutputOf } from '@shared/contract'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * A 评选 in Chromium over the built renderer and the real handlers: the selection set up,
 * three nominations made in the drawer, the tally typed from the paper ballots by keyboard only
 * (a sum that does not add up said at the field, then corrected), the meeting's decisions beside
 * the votes, the 公示, and the 评选结果公示 drawn by pdf.js.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load', { through: 'show' })
})
const call = <C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => app.backend.call(channel, input)

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/compete/selections')
})

const modal = () => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal').last()
const drawer = () => page.locator('.ant-drawer-open')
const message = (text: string | RegExp) => page.locator('.ant-message-notice', { hasText: text })

async function keys(values: (string | number)[]) {
  for (const value of values) {
    await page.keyboard.type(String(value))
    await page.keyboard.press('Enter')
  }
}

async function nominate(name: string, reasons: string) {
  const picker = drawer().locator('.ant-select').first()
  await picker.click()
  await page.keyboard.type(name)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click()
  await drawer().getByLabel('推荐理由').fill(reasons)
  await drawer().getByLabel('事迹材料').fill(`${name}同志立足窗口岗位，${reasons}，全年无投诉。`)
  await drawer().getByRole('button', { name: '保存并推荐下一位' }).click()
  await page.locator('.ant-table-tbody tr[data-row-key]', { hasText: name }).first().waitFor()
}

describe('评选 in Chromium (built renderer, real handlers)', () => {
  it('sets up a selection and nominates three people', async () => {
    await page.getByText('本年度还没有评选').waitFor()
    await page.getByRole('button', { name: '新建评选' }).click()
    await modal().locator('.ant-select').first().click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '服务标兵' }).click()
    await modal().getByLabel('应到人数').fill('38')
    await screenshot(page, 'compete-selection-form')
    await modal().getByRole('button', { name: /保\s*存/ }).click()
    await message(/服务标兵评选已保存/).waitFor()
    await page.locator('.ant-card-extra .ant-tag', { hasText: '同意人数不得超过2名，超过视为废票' }).waitFor()

    await page.getByRole('button', { name: '新增推荐' }).click()
    await drawer().getByText('评选条件：').waitFor()
    await nominate('吴昊', '服务热情周到')
    await nominate('黄丽萍', '带头推行延时服务')
    await nominate('朱晓燕', '咨询引导耐心细致')
    await screenshot(page, 'compete-selection-nomination')
    // Words typed and not saved: Esc asks first, and 继续编辑 keeps them.
    await drawer().getByLabel('推荐理由').fill('还没写完')
    await page.keyboard.press('Escape')
    await page.locator('.ant-modal-confirm', { hasText: '有未保存的修改，确定关闭？' }).waitFor()
    await page.getByRole('button', { name: '继续编辑' }).click()
    expect(await drawer().getByLabel('推荐理由').inputValue()).toBe('还没写完')
    // Emptied again, the form is as it was loaded: 取消 closes without a question.
    await drawer().getByLabel('推荐理由').fill('')
    await drawer().getByRole('button', { name: /取\s*消/ }).click()
    await drawer().waitFor({ state: 'detached' })
    await page.getByRole('tab', { name: '推荐（3）' }).waitFor()
  })

  it('takes the tally by keyboard, says what does not add up at the field, and saves it', async () => {
    await page.getByRole('tab', { name: '计票' }).click()
    await page.locator('#tally-cell-1').focus()
    // 36 issued, 35 returned, 34 valid, 2 void: 34 + 2 ≠ 35.
    await keys([36, 35, 34, 2])
    await page.getByText('有效票（34）与废票（2）之和为36，应等于收回票数（35）').waitFor()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Control+A')
    await keys([1])
    await page.getByText(/之和为36/).waitFor({ state: 'detached' })
    // 吴昊 30 3 1, 黄丽萍 25 8 1, 朱晓燕 10 20 4: each 34.
    await keys([30, 3, 1, 25, 8, 1, 10, 20, 4])
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/保存计票/)
    await page.getByText('88.24%').waitFor() // 30 / 34
    await screenshot(page, 'compete-selection-tally')
    await page.keyboard.press('Enter')
    await message('计票已保存').waitFor()
    const [saved] = await call('compete:selections')
    expect(saved.tally).toMatchObject({ issued: 36, returned: 35, valid: 34, void: 1 })
    expect(saved.nominations.map((n) => n.votes)).toEqual([
      [30, 3, 1],
      [25, 8, 1],
      [10, 20, 4]
    ])
  })

  it('records the meeting’s decisions beside the votes and posts the results', async () => {
    await page.getByRole('tab', { name: '会议决定' }).click()
    await screenshot(page, 'compete-selection-decisions')
    const row = (name: string) => page.locator('[role="tabpanel"]:visible .ant-table-tbody tr[data-row-key]', { hasText: name })
    await row('吴昊').getByText('得票在名额内且过半数', { exact: true }).waitFor({ timeout: 20_000 })
    await row('吴昊').getByText('当选', { exact: true }).click()
    await row('黄丽萍').getByText('当选', { exact: true }).click()
    await row('朱晓燕').getByText('当选', { exact: true }).click()
    // 朱晓燕 has 10 of 34: electing her departs from the votes and a third exceeds the quota of 2.
    await row('朱晓燕').getByText(/朱晓燕得票未过半数或不在名额内，会议决定当选/).waitFor()
    await page.getByText('当选3名，超过名额2名').waitFor()
    await row('朱晓燕').getByText('未当选', { exact: true }).click()
    await page.getByRole('button', { name: '保存会议决定' }).click()
    await message(/会议决定已保存/).waitFor()

    await page.getByRole('tab', { name: '结果与公示' }).click()
    await page.getByRole('button', { name: '公示评选结果' }).click()
    await message(/已公示/).waitFor()
    await page.locator('.ant-descriptions', { hasText: /（5个工作日）/ }).waitFor()
    await screenshot(page, 'compete-selection-published')
    const won = await call('compete:titlesWon')
    expect(won.map((w) => w.nomineeName)).toEqual(['吴昊', '黄丽萍'])

    await page.getByRole('button', { name: '打印评选结果公示' }).click()
    const dialog = page.locator('.ant-modal', { hasText: '打印 · 评选结果公示' })
    await dialog.getByRole('button', { name: /生成预览/ }).click()
    await dialog.getByTestId('preview-pages').waitFor()
    expect(await dialog.getByTestId('preview-pages').textContent()).toContain('共 1 页')
    await screenshot(page, 'compete-selection-notice-preview')
    expect(pageErrors(page)).toEqual([])
  })
})
