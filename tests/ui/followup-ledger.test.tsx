import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import dayjs from 'dayjs'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, openOptions, waitForTables } from '../support/show-seed'

/*
 * 整改台账 in jsdom over the real handlers: overdue rows red and filtered, an item closed out by
 * someone other than its owner after the owner is refused, and a typed note guarded on closing.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD')
/** The open dialog whose title matches (antd keeps closed ones in the page). */
const dialog = (title: RegExp) =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal:not(.ant-modal-confirm), .ant-drawer-open')].find(
    (el) => !/-leave\b/.test(el.className) && title.test(el.querySelector('.ant-modal-title, .ant-drawer-title')?.textContent ?? '')
  )!

/** Picks a person by typing the name: the option reads 姓名（班组）. */
async function pickPerson(label: string, name: string, container: HTMLElement) {
  const options = await openOptions(label, name, container)
  fireEvent.click(options.find((o) => o.textContent?.startsWith(name))!)
}

async function seeded() {
  backend = await createTestBackend()
  await backend.host.store().update((db) => demoDatabase({ ...db, settings: { ...db.settings, year: dayjs().year() } }, new Date()))
  const db = backend.host.data()
  const wu = db.people.find((p) => p.name === '吴昊')!.id
  const late = await backend.call('followup:rectificationSave', { year: dayjs().year(), kind: 'publicReview', problem: '窗口高峰期排队时间长', owner: { kind: 'person', id: wu }, deadline: day(-10) })
  const soon = await backend.call('followup:rectificationSave', { year: dayjs().year(), kind: 'suggestionBox', problem: '办事指南更新不及时', owner: { kind: 'unit' }, deadline: day(3) })
  await backend.call('followup:rectificationSave', { year: dayjs().year(), kind: 'manual', problem: '档案温湿度漏记', owner: { kind: 'unit' }, deadline: day(40) })
  return { late, soon, wu }
}

describe('整改台账', () => {
  it('shows overdue items in red with their days, filters them and the soon due, and counts per source', async () => {
    const { late, soon } = await seeded()
    await renderApp('/followup/ledger', backend)
    const row = await screen.findByTestId(`rectification-${late.id}`)
    await waitForTables()
    expect(row.style.background).not.toBe('')
    expect(within(row).getByText('逾期10天')).toBeTruthy()
    expect(within(screen.getByTestId(`rectification-${soon.id}`)).getByText('还剩3天')).toBeTruthy()

    fireEvent.click(screen.getByText('逾期（1）'))
    await waitFor(() => expect(screen.queryByTestId(`rectification-${soon.id}`)).toBeNull())
    expect(screen.getByTestId(`rectification-${late.id}`)).toBeTruthy()
    fireEvent.click(screen.getByText('7天内到期（1）'))
    await screen.findByTestId(`rectification-${soon.id}`)
    expect(screen.queryByTestId(`rectification-${late.id}`)).toBeNull()

    const tally = screen.getByLabelText('整改情况统计')
    const total = within(tally).getByText('合计').closest('tr')!
    // 3 items, none closed, none started: 0 / 0 / 3, one of them overdue.
    expect([...total.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['合计', '3', '0', '0', '3', '1'])
  })

  it('refuses the owner as verifier, then closes the item out with another person', async () => {
    const { late } = await seeded()
    await renderApp('/followup/ledger', backend)
    fireEvent.click(await screen.findByText('窗口高峰期排队时间长'))
    const drawer = await waitFor(() => dialog(/整改事项/))
    clickButton(/报告整改完成/, drawer)
    const complete = await waitFor(() => dialog(/报告整改完成/))
    fireEvent.change(within(complete).getByLabelText('完成佐证'), { target: { value: '增开弹性窗口，排队不超过10分钟' } })
    clickButton(/提交验收/, complete)
    await screen.findByText('已报告整改完成，等待验收')
    await waitFor(() => expect(backend!.host.data().rectifications.find((r) => r.id === late.id)!.status).toBe('awaitingCheck'))

    clickButton(/验收销号/, dialog(/整改事项/))
    const check = await waitFor(() => dialog(/验收销号/))
    await pickPerson('验收人', '吴昊', check)
    fireEvent.change(within(check).getByLabelText('成效检查'), { target: { value: '回访5名群众，均表示满意' } })
    clickButton(/保存验收结论/, check)
    await screen.findByText('验收人不能是整改责任人本人，请由督导领导或其他同志验收销号')
    expect(backend!.host.data().rectifications.find((r) => r.id === late.id)!.status).toBe('awaitingCheck')

    await pickPerson('验收人', '王喆', check)
    clickButton(/保存验收结论/, check)
    await screen.findByText('已验收销号')
    const closed = backend!.host.data().rectifications.find((r) => r.id === late.id)!
    expect(closed).toMatchObject({ status: 'closed', closeOut: { check: '回访5名群众，均表示满意' } })
    expect(backend!.host.data().people.find((p) => p.id === closed.closeOut!.verifierId)!.name).toBe('王喆')
  })

  it('asks before closing a progress note typed but not saved', async () => {
    await seeded()
    await renderApp('/followup/ledger', backend)
    fireEvent.click(await screen.findByText('窗口高峰期排队时间长'))
    clickButton(/记录进展/, await waitFor(() => dialog(/整改事项/)))
    const note = await waitFor(() => dialog(/记录整改进展/))
    fireEvent.change(within(note).getByLabelText('整改进展'), { target: { value: '已召开窗口会议' } })
    clickButton(/取\s*消/, note)
    await waitFor(() => expect(document.querySelector('.ant-modal-confirm-title')?.textContent).toBe('有未保存的修改，确定关闭？'))
    expect(backend!.host.data().rectifications.every((r) => r.progress.length === 0)).toBe(true)
  })

  it('keeps a 举报 item’s words hidden until the officer confirms', async () => {
    const { soon } = await seeded()
    await backend!.host.store().update((db) => ({ ...db, rectifications: db.rectifications.map((r) => (r.id === soon.id ? { ...r, confidential: true } : r)) }))
    await renderApp('/followup/ledger', backend)
    const row = await screen.findByTestId(`rectification-${soon.id}`)
    expect(within(row).queryByText('办事指南更新不及时')).toBeNull()
    fireEvent.click(within(row).getByText('（举报事项，点击后确认查看）'))
    await waitFor(() => expect(document.querySelector('.ant-modal-confirm-title')?.textContent).toBe('这是举报事项'))
    expect(document.querySelector('.ant-drawer-open')).toBeNull()
  })
})
