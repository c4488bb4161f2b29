import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { localDay } from '@shared/rules/dates'
import { halfOf } from '@shared/rules/review-dates'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 领导点评 in Chromium over the built renderer and the real handlers: from the plan of the current
 * half year, a leader's review of his team with a problem line, refused while empty, then saved;
 * the problem is stored for follow-up (a leaderReview finding linked to its line) and the screens
 * say so. Then a 互评票 keyed by keyboard alone.
 */

let page: Page
const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load', { through: 'roster' })
})
const today = localDay()
const year = Number(today.slice(0, 4))

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/evaluate/leader-plan')
})

const drawer = () => page.locator('.ant-drawer-open')

describe('三评 in Chromium (built renderer, real handlers)', () => {
  it('stores a leader-review problem for follow-up, from the plan of the half year', async () => {
    await app.backend.call('settings:save', { ...(await app.backend.call('settings:get')), year })
    await page.reload()
    const row = page.locator('.ant-table-tbody tr', { hasText: '综合受理窗口' })
    await row.getByText(/未点评|逾期未点评/).waitFor()
    await screenshot(page, 'evaluate-leader-plan')
    await row.getByRole('button', { name: '去点评' }).click()
    await drawer().getByText('新增领导点评').waitFor()
    // Leader and team come from the plan's row.
    await drawer().locator('.ant-select-content', { hasText: '王喆' }).waitFor()
    await drawer().locator('.ant-select-content', { hasText: '综合受理窗口' }).waitFor()
    const date = drawer().getByPlaceholder('选择日期').first()
    await date.click()
    await date.fill(today)
    await date.press('Enter')

    // Empty: refused in Chinese inside the form, nothing stored.
    await drawer().getByRole('button', { name: /保\s*存/ }).click()
    await drawer().getByText('点评内容为空：请至少填写肯定成绩、存在问题、改进意见或努力方向中的一项').waitFor()
    expect(await app.backend.call('evaluate:leaderReviews')).toEqual([])

    await drawer().getByLabel('肯定成绩').fill('窗口党员带头亮身份，一次告知落实较好')
    await drawer().getByRole('button', { name: '添加一条存在问题' }).click()
    await drawer().getByLabel('第1条存在问题').fill('高峰时段群众等候时间偏长')
    await drawer().getByLabel('改进意见').fill('增设引导岗，错峰排班')
    await screenshot(page, 'evaluate-leader-form')
    await drawer().getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('点评已保存').waitFor()
    await row.getByText('已点评').waitFor()

    const [review] = await app.backend.call('evaluate:leaderReviews')
    expect(review).toMatchObject({ year, half: halfOf(today), reviewedOn: today, advice: '增设引导岗，错峰排班' })
    const findings = await app.backend.call('evaluate:reviewFindings', { year })
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'leaderReview',
        text: '高峰时段群众等候时间偏长',
        owner: expect.objectContaining({ kind: 'team', name: '综合受理窗口' }),
        measures: '增设引导岗，错峰排班',
        source: { stage: 'evaluate', collection: 'leaderReviews', recordId: review.id, itemId: review.problems[0].id }
      })
    ])

    await page.evaluate(() => (window.location.hash = '/evaluate/leader'))
    const listed = page.locator('.ant-table-tbody tr', { hasText: '高峰时段群众等候时间偏长' })
    await listed.getByText('已记入整改跟踪').waitFor()
    await screenshot(page, 'evaluate-leader-list')
    expect(pageErrors(page)).toEqual([])
  })

  it('keys a 互评票 by keyboard alone, leaving the writer’s own row empty', async () => {
    await page.evaluate(() => (window.location.hash = '/evaluate/reviews'))
    await page.getByRole('button', { name: '新增轮次' }).click()
    await drawer().getByText('新增一轮党员自评互评').waitFor()
    await drawer().getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText(/党员自评互评已保存/).waitFor()
    await page.getByRole('tab', { name: '逐张录入互评票' }).click()
    const entry = page.getByTestId('ballot-entry')
    // Focus, not a click: a click marks the row it lands on.
    await entry.focus()
    // 优秀, 合格, the writer's own row blank, then 基本合格; Enter saves.
    for (const key of ['1', '2', '0', '3', 'Enter']) await page.keyboard.press(key)
    await page.getByText('第1号互评票已录入').waitFor()
    const [round] = await app.backend.call('evaluate:reviewRounds')
    const [ballot] = await app.backend.call('evaluate:peerBallots', { roundId: round.id })
    const members = await app.backend.call('evaluate:reviewMembers', { roundId: round.id })
    expect(ballot.marks).toEqual([
      { personId: members[0].personId, criterionId: null, gradeId: 'excellent' },
      { personId: members[1].personId, criterionId: null, gradeId: 'qualified' },
      { personId: members[3].personId, criterionId: null, gradeId: 'basic' }
    ])
    await page.getByRole('tab', { name: '互评结果' }).click()
    await page.locator('.ant-table-tbody tr', { hasText: members[0].name }).getByText('10.00').waitFor()
    await screenshot(page, 'evaluate-peer-results')
    expect(pageErrors(page)).toEqual([])
  })

  it('asks before Esc drops a self-review being typed', async () => {
    await page.getByRole('tab', { name: '自评' }).click()
    const members = await app.backend.call('evaluate:reviewMembers', { roundId: (await app.backend.call('evaluate:reviewRounds'))[0].id })
    await page.locator('.ant-table-tbody tr', { hasText: members[0].name }).getByRole('button', { name: '填写' }).click()
    await drawer().getByText(`${members[0].name} · 自评`).waitFor()
    await drawer().getByLabel('带头学习提高自评内容').fill('按时参加三会一课')
    await page.keyboard.press('Escape')
    await page.locator('.ant-modal-confirm-title', { hasText: '有未保存的修改，确定关闭？' }).waitFor()
    await screenshot(page, 'evaluate-self-review-guard')
    await page.getByRole('button', { name: '继续编辑' }).click()
    expect(await drawer().getByLabel('带头学习提高自评内容').inputValue()).toBe('按时参加三会一课')
    expect(pageErrors(page)).toEqual([])
  })
})
