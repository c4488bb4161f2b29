import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { localDay } from '@shared/rules/dates'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, openOptions, typeDeadline, waitForTables } from '../support/show-seed'

/*
 * 人才培养计划 and 四帮四促 screens over the real handlers, on the demo unit: filters, the editor's
 * field messages (main's own schema, checked before sending), the unsaved-work guard, notes and
 * help records typed by keyboard, and deletion that asks first and says what it removed.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const db = () => backend!.host.data()
const drawer = () => screen.getAllByRole('dialog', { hidden: true }).find((d) => d.closest('.ant-drawer-open'))!
const rows = () => [...document.querySelectorAll<HTMLElement>('.ant-table-tbody tr[data-row-key]')]
const daysFromToday = (n: number) => {
  const now = new Date()
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + n))
}

async function demo(route: string, prepare?: (b: TestBackend) => Promise<void>) {
  backend = await createTestBackend()
  await backend.call('demo:load')
  await prepare?.(backend)
  await renderApp(route, backend)
  await waitForTables()
}

/** Picks a person in the picker labelled `label` by typing part of the name, as the user would. */
async function pickPerson(label: string, name: string, container: HTMLElement) {
  const options = await openOptions(label, name, container)
  const option = options.find((o) => o.textContent?.startsWith(name))!
  fireEvent.click(option)
}

const fieldError = (label: string) => within(drawer()).getByLabelText(label).closest('.ant-form-item')!.querySelector('.ant-form-item-explain')?.textContent ?? ''

describe('人才培养计划', () => {
  it('filters by status and by overdue', async () => {
    await demo('/compete/training/plans')
    await waitFor(() => expect(rows()).toHaveLength(6))
    fireEvent.click(screen.getByText(/只看逾期（1 项）/))
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(rows()[0].textContent).toContain('吴昊')
    expect(rows()[0].textContent).toContain('逾期12天')
    fireEvent.click(screen.getByText(/只看逾期/))
    await waitFor(() => expect(rows()).toHaveLength(6))
    // 徐婷婷's plan is due in 5 days: marked, not overdue.
    expect(rows().find((r) => r.textContent?.includes('徐婷婷'))!.textContent).toContain('还有5天')

    const status = screen.getByLabelText('状态')
    fireEvent.mouseDown(status.closest('.ant-select')!)
    fireEvent.click(await screen.findByText('已完成（1 项）'))
    await waitFor(() => expect(rows()).toHaveLength(1))
    expect(rows()[0].textContent).toContain('唐磊')
  })

  it('puts main’s messages under the fields, saves nothing until they are fixed, then lists the plan', async () => {
    await demo('/compete/training/plans')
    await waitFor(() => expect(rows()).toHaveLength(6))
    clickButton(/新增培养计划/)
    await within(drawer()).findByText('新增培养计划')
    await pickPerson('培养对象', '马国强', drawer())
    fireEvent.change(within(drawer()).getByLabelText('培养目标'), { target: { value: '熟练掌握帮办代办业务' } })
    typeDeadline(within(drawer()).getByLabelText('开始日期'), daysFromToday(-30))
    typeDeadline(within(drawer()).getByLabelText('完成期限'), daysFromToday(-31))
    clickButton(/保\s*存/, drawer())
    await waitFor(() => expect(fieldError('完成期限')).toBe('完成期限不能早于开始日期'))
    expect(db().trainingPlans).toHaveLength(6)

    // The mentor picker will not offer the person himself.
    const mentors = await openOptions('导师', '马国强', drawer())
    expect(mentors.find((o) => o.textContent?.startsWith('马国强'))!.className).toContain('disabled')
    fireEvent.keyDown(within(drawer()).getByLabelText('导师'), { key: 'Escape' })

    typeDeadline(within(drawer()).getByLabelText('完成期限'), daysFromToday(60))
    clickButton(/保\s*存/, drawer())
    await screen.findByText('培养计划已保存')
    await waitFor(() => expect(rows()).toHaveLength(7))
    const saved = db().trainingPlans.find((p) => p.target === '熟练掌握帮办代办业务')!
    expect(saved).toMatchObject({ startOn: daysFromToday(-30), dueOn: daysFromToday(60), status: 'planned' })
  })

  it('asks before closing an edited plan, and a note typed in one line moves a planned plan on', async () => {
    // The demo's planned plan starts in 10 days; one that started already can take a note today.
    await demo('/compete/training/plans', async (b) => {
      const planned = b.host.data().trainingPlans.find((p) => p.status === 'planned')!
      await b.call('compete:trainingPlanSave', { ...planned, startOn: daysFromToday(-3) })
    })
    const luo = db().trainingPlans.find((p) => p.status === 'planned')!
    fireEvent.click(await screen.findByTestId(`plan-person-${luo.id}`))
    await within(drawer()).findByText('培养计划 · 罗佳')
    fireEvent.change(within(drawer()).getByLabelText('培养目标'), { target: { value: '改了但不保存' } })
    fireEvent.keyDown(within(drawer()).getByLabelText('培养目标'), { key: 'Escape', code: 'Escape', keyCode: 27 })
    const question = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-modal-confirm')].find((q) => !/-leave\b/.test(q.className))!)
    expect(question.querySelector('.ant-modal-confirm-title')?.textContent).toBe('有未保存的修改，确定关闭？')
    clickButton(/继续编辑/, question)
    fireEvent.change(within(drawer()).getByLabelText('培养目标'), { target: { value: luo.target } })

    typeDeadline(within(drawer()).getByLabelText('进展记录日期'), daysFromToday(-1))
    const content = within(drawer()).getByLabelText('进展情况')
    fireEvent.change(content, { target: { value: '参加权籍调查外业一次' } })
    fireEvent.submit(content.closest('form')!)
    await screen.findByText('进展记录已保存')
    await waitFor(() => expect(db().trainingPlans.find((p) => p.id === luo.id)!.status).toBe('running'))
    await within(drawer()).findByText('参加权籍调查外业一次')
    expect(db().trainingPlans.find((p) => p.id === luo.id)!.notes).toEqual([expect.objectContaining({ date: daysFromToday(-1), content: '参加权籍调查外业一次' })])
  })

  it('shows a trainee who has since gone to the 回收站 by name, and lets the plan be closed', async () => {
    let planId = ''
    await demo('/compete/training/plans', async (b) => {
      const wu = b.host.data().people.find((p) => p.name === '吴昊')!
      planId = b.host.data().trainingPlans.find((p) => p.personId === wu.id)!.id
      await b.call('roster:deletePerson', { id: wu.id })
    })
    fireEvent.click(await screen.findByTestId(`plan-person-${planId}`))
    await within(drawer()).findByText('培养计划 · 吴昊')
    expect(within(drawer()).getByLabelText('培养对象').closest('.ant-select')!.textContent).toContain('吴昊（已移到回收站）')
    const status = within(drawer()).getByLabelText('状态')
    fireEvent.mouseDown(status.closest('.ant-select')!)
    fireEvent.click(await waitFor(() => [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === '未完成')!))
    typeDeadline(await within(drawer()).findByLabelText('结束日期'), daysFromToday(-1))
    fireEvent.change(within(drawer()).getByLabelText('培养结果'), { target: { value: '本人调岗，计划中止' } })
    clickButton(/保\s*存/, drawer())
    await screen.findByText('培养计划已修改')
    expect(db().trainingPlans.find((p) => p.id === planId)).toMatchObject({ status: 'unfinished', result: '本人调岗，计划中止', finishedOn: daysFromToday(-1) })
  })

  it('deletes a plan after asking, and says what went with it', async () => {
    await demo('/compete/training/plans')
    const tang = db().trainingPlans.find((p) => p.status === 'done')!
    const row = await waitFor(() => rows().find((r) => r.dataset.rowKey === tang.id)!)
    clickButton(/删\s*除/, row)
    await screen.findByText('它的2条进展记录一并删除，无法恢复。')
    clickButton(/删\s*除/, document.querySelector('.ant-popover') as HTMLElement)
    await screen.findByText(/已删除唐磊的培养计划“.+”及其2条进展记录/)
    await waitFor(() => expect(rows()).toHaveLength(5))
    expect(db().trainingPlans.some((p) => p.id === tang.id)).toBe(false)
  })
})

describe('四帮四促', () => {
  it('lists the demo pairs, refuses a pair without its helped person at the field, and adds a help record', async () => {
    await demo('/compete/training/pairs')
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(rows()[1].textContent).toContain('领导联系班组')
    expect(rows()[1].textContent).toContain('后勤保障组')

    clickButton(/新增结对/)
    await within(drawer()).findByText('新增四帮四促结对')
    await pickPerson('帮扶人', '何志刚', drawer())
    clickButton(/保\s*存/, drawer())
    await waitFor(() => expect(fieldError('帮扶对象')).toBe('请选择帮扶对象'))
    await pickPerson('帮扶对象', '罗佳', drawer())
    clickButton(/保\s*存/, drawer())
    await screen.findByText('结对已保存')
    await waitFor(() => expect(rows()).toHaveLength(3))
    const pair = db().mentoringPairs.find((p) => p.helperId === db().people.find((x) => x.name === '何志刚')!.id)!
    expect(pair.goals).toMatch(/^帮思想促觉悟/)

    fireEvent.click(screen.getByTestId(`pair-helper-${pair.id}`))
    await within(drawer()).findByText(/何志刚 → 罗佳/)
    const content = within(drawer()).getByLabelText('帮扶内容')
    fireEvent.change(content, { target: { value: '讲解权籍审核要点' } })
    fireEvent.submit(content.closest('form')!)
    await screen.findByText('帮扶记录已保存')
    await waitFor(() => expect(db().mentoringPairs.find((p) => p.id === pair.id)!.records).toEqual([expect.objectContaining({ date: daysFromToday(0), content: '讲解权籍审核要点' })]))
  })
})
