import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { localDay } from '@shared/rules/dates'
import { clickButton, paste, pick, seedPledge, seedUnit, waitForTables } from '../support/show-seed'

/*
 * 践诺记录 (issue #8): listed by date, oldest first as in the ledger and on the printed 公示; a record
 * can be corrected, not only deleted; an item a record reports done shows as done in 承诺事项; and
 * 践诺情况 is counted and never cut.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const db = () => backend!.host.data()
const drawer = () => screen.getAllByRole('dialog', { hidden: true })[0]
/** Rows of the table in the open tab (践诺记录 or 承诺事项). */
const shownRows = () => [...drawer().querySelectorAll<HTMLElement>('[role="tabpanel"][aria-hidden="false"] .ant-table-tbody tr[data-row-key]')]
const recordRows = shownRows
/** A day before today (records may not be dated later than today). */
const daysAgo = (n: number) => {
  const now = new Date()
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - n))
}
const recordDates = () => recordRows().map((row) => row.querySelector('td')?.textContent)

/** A published pledge of 王建国 with three records made out of date order; its drawer open on 践诺记录. */
async function pledgeWithRecords() {
  backend = await createTestBackend()
  const { call, people } = await seedUnit(backend)
  const pledge = await seedPledge(call, people[0].id, ['submit', 'approve', 'publish'])
  for (const [date, content] of [
    [daysAgo(2), '本周自学'],
    [daysAgo(20), '上月自学'],
    [daysAgo(9), '上周自学']
  ]) {
    await call('show:fulfilmentSave', { pledgeId: pledge.id, date, content })
  }
  await renderApp('/show/pledges', backend)
  await screen.findByTestId(`pledge-owner-${pledge.id}`)
  await waitForTables()
  fireEvent.click(screen.getByTestId(`pledge-owner-${pledge.id}`))
  await screen.findByRole('dialog', { hidden: true })
  fireEvent.click(await within(drawer()).findByText('践诺记录'))
  await waitFor(() => expect(recordRows()).toHaveLength(3))
  return pledge
}

describe('践诺记录', () => {
  it('lists records by date, oldest first, and corrects one in place', async () => {
    const pledge = await pledgeWithRecords()
    expect(recordDates()).toEqual([daysAgo(20), daysAgo(9), daysAgo(2)])

    const middle = recordRows()[1]
    clickButton(/编辑/, middle)
    await within(drawer()).findByText(`修改践诺记录（${daysAgo(9)}）`)
    const content = within(drawer()).getByLabelText('践诺情况') as HTMLTextAreaElement
    await waitFor(() => expect(content.value).toBe('上周自学'))
    fireEvent.change(content, { target: { value: '上周参加支部集中学习' } })
    await pick('对应承诺事项', `第1项：${pledge.items[0].content}`, false, drawer())
    fireEvent.click(within(drawer()).getByLabelText('该项已完成'))
    clickButton(/保存修改/, drawer())
    await screen.findByText('践诺记录已修改')

    // The same record changed: still three, and the others untouched.
    const records = db().fulfilments
    expect(records).toHaveLength(3)
    const edited = records.find((f) => f.date === daysAgo(9))
    expect(edited).toMatchObject({ content: '上周参加支部集中学习', itemId: pledge.items[0].id, completesItem: true })
    expect(records.filter((f) => f.id !== edited!.id).map((f) => f.content).sort()).toEqual(['上月自学', '本周自学'].sort())
    // The form is back to adding a new record.
    await within(drawer()).findByText('新增践诺记录')
    await waitFor(() => expect(recordRows()[1].textContent).toContain('上周参加支部集中学习'))
  })

  it('marks an item a record reports done as done in 承诺事项', async () => {
    const pledge = await pledgeWithRecords()
    fireEvent.change(within(drawer()).getByLabelText('践诺情况'), { target: { value: '全年学习任务已完成' } })
    await pick('对应承诺事项', `第1项：${pledge.items[0].content}`, false, drawer())
    fireEvent.click(within(drawer()).getByLabelText('该项已完成'))
    fireEvent.click(within(drawer()).getByText('承诺事项'))
    const rows = shownRows
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(rows()[0].textContent).not.toContain('已完成')
    fireEvent.click(within(drawer()).getByText('践诺记录'))
    clickButton(/保存记录/, drawer())
    await screen.findByText('践诺记录已保存')

    fireEvent.click(within(drawer()).getByText('承诺事项'))
    const today = new Date()
    await waitFor(() => expect(rows()[0].textContent).toContain(`已完成（${today.getMonth() + 1}月${today.getDate()}日）`))
    expect(rows()[1].textContent).not.toContain('已完成')
  })

  it('counts 践诺情况 against its 500 characters and refuses a longer paste whole', async () => {
    await pledgeWithRecords()
    const content = within(drawer()).getByLabelText('践诺情况') as HTMLTextAreaElement
    expect(drawer().querySelectorAll('[maxlength]')).toHaveLength(0)
    fireEvent.change(content, { target: { value: '参加学习' } })
    await waitFor(() => expect(content.closest('[data-count]')?.getAttribute('data-count')).toBe('4 / 500'))
    expect(paste(content, '学'.repeat(497))).toBe(false)
    await within(drawer()).findByText('践诺情况不超过500个字：粘贴后会有501个字，没有粘贴，请删减后再粘贴')
    expect(content.value).toBe('参加学习')
    expect(paste(content, '学'.repeat(496))).toBe(true)
    expect(within(drawer()).queryByText(/没有粘贴/)).toBeNull()
  })
})
