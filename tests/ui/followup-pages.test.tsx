import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import dayjs from 'dayjs'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, waitForTables } from '../support/show-seed'

/* 经费 and 检查催办 in jsdom over the real handlers: totals in 元 from lines in 分, and a chase recorded from the list. */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const year = dayjs().year()
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD')
const openModal = (title: RegExp) =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal:not(.ant-modal-confirm)')].find((m) => !/-leave\b/.test(m.className) && title.test(m.querySelector('.ant-modal-title')?.textContent ?? ''))!

async function seeded() {
  backend = await createTestBackend()
  await backend.host.store().update((db) => demoDatabase({ ...db, settings: { ...db.settings, year } }, new Date()))
  return backend
}

describe('经费', () => {
  it('totals the year in 元 and saves a new line in whole 分', async () => {
    const b = await seeded()
    await b.call('followup:fundSave', { on: `${year}-01-05`, activity: '技能比武', direction: 'income', amountFen: 2_000_000, summary: '经费划拨' })
    await b.call('followup:fundSave', { on: `${year}-01-06`, activity: '技能比武', direction: 'spending', amountFen: 128_000, summary: '奖品' })
    await renderApp('/followup/funds', b)
    await screen.findByText('经费划拨')
    await waitForTables()
    const total = screen.getAllByText('合计').map((el) => el.closest('tr')!).find(Boolean)!
    // 20,000.00 in, 1,280.00 out: 18,720.00 left.
    expect([...total.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['合计', '2', '20,000.00', '1,280.00', '18,720.00'])

    clickButton(/记一笔/)
    const modal = await waitFor(() => openModal(/记一笔经费/))
    fireEvent.change(within(modal).getByLabelText('活动'), { target: { value: '技能比武' } })
    fireEvent.change(within(modal).getByLabelText('金额（元）'), { target: { value: '12.35' } })
    fireEvent.change(within(modal).getByLabelText('摘要'), { target: { value: '矿泉水' } })
    clickButton(/保\s*存/, modal)
    await screen.findByText('已保存：支出12.35元')
    expect(b.host.data().fundLines.at(-1)).toMatchObject({ amountFen: 1235, direction: 'spending', activity: '技能比武' })
  })
})

describe('检查催办', () => {
  it('lists an overdue item from the ledger and records a chase with its history', async () => {
    const b = await seeded()
    const team = b.host.data().teams.find((t) => t.name === '综合受理窗口')!.id
    await b.call('followup:rectificationSave', { year, kind: 'publicReview', problem: '窗口高峰期排队时间长', owner: { kind: 'team', id: team }, deadline: day(-4) })
    await renderApp('/followup/chase', b)
    const row = (await screen.findByText('窗口高峰期排队时间长')).closest('tr')!
    expect(within(row).getByText('逾期4天')).toBeTruthy()
    fireEvent.click(within(row).getByText('记录催办'))
    const modal = await waitFor(() => openModal(/记录催办/))
    // 催办对象 starts as the item's owner.
    expect((within(modal).getByLabelText('催办对象') as HTMLInputElement).value).toBe('综合受理窗口')
    fireEvent.change(within(modal).getByLabelText('催办要求'), { target: { value: '三日内报送进展' } })
    clickButton(/保\s*存/, modal)
    await screen.findByText(/已记录.*的催办（通知单）/)
    await waitFor(() => expect(within(row).getByText('1次')).toBeTruthy())
    expect(b.host.data().chases).toMatchObject([{ way: 'notice', toWhom: '综合受理窗口', asked: '三日内报送进展', subject: { title: '窗口高峰期排队时间长' } }])
  })
})
