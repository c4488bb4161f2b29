import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'

/*
 * 首页 · 待办与到期提醒: `home:reminders` of every stage, overdue in red and the soon due in orange,
 * each line opening the screen of its record. The demo's plans are dated from the day it is loaded:
 * 吴昊's was due 12 days ago, 徐婷婷's is due in 5 days.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const lines = () => [...screen.getByTestId('reminders').querySelectorAll<HTMLAnchorElement>('a[data-reminder]')]

describe('首页 · 待办与到期提醒', () => {
  it('lists the overdue in red before the soon due in orange, and a line opens that plan', async () => {
    backend = await createTestBackend()
    await backend.call('demo:load')
    const reminders = await backend.call('home:reminders', { withinDays: 7 })
    const overdue = reminders.filter((r) => r.daysOverdue > 0).length
    expect(overdue).toBeGreaterThan(0)
    expect(reminders.length).toBeGreaterThan(overdue)
    await renderApp('/home', backend)
    await screen.findByText(`逾期 ${overdue} 项`)
    screen.getByText(`7天内到期 ${reminders.length - overdue} 项`)
    // The first 12 lines, then the rest on asking.
    expect(lines()).toHaveLength(Math.min(12, reminders.length))
    if (reminders.length > 12) fireEvent.click(screen.getByRole('button', { name: `显示全部 ${reminders.length} 项` }))
    expect(lines()).toHaveLength(reminders.length)
    // Every overdue line (the demo's pledge items among them) comes before every soon-due one.
    const tags = lines().map((line) => line.querySelector('.ant-tag')!.className)
    expect(tags.findLastIndex((c) => /red/.test(c))).toBeLessThan(tags.findIndex((c) => /orange/.test(c)))
    const training = lines().filter((line) => line.textContent?.includes('人才培养计划'))
    const [late, soon] = training
    expect(training).toHaveLength(2)
    expect(late.textContent).toContain('逾期12天')
    expect(late.textContent).toContain('人才培养计划吴昊')
    expect(late.querySelector('.ant-tag')!.className).toMatch(/red/)
    expect(soon.textContent).toContain('还有5天')
    expect(soon.textContent).toContain('徐婷婷')
    expect(soon.querySelector('.ant-tag')!.className).toMatch(/orange/)
    // The pledge counts are still there.
    screen.getByText(/年度承诺情况/)

    fireEvent.click(late)
    await waitFor(() => expect(window.location.hash).toBe('#/compete/training/plans'))
    const drawer = await screen.findByRole('dialog', { hidden: true })
    await within(drawer).findByText('培养计划 · 吴昊')
    const wu = backend.host.data().people.find((p) => p.name === '吴昊')!
    const plan = backend.host.data().trainingPlans.find((p) => p.personId === wu.id)!
    expect(within(drawer).getByLabelText('培养目标')).toHaveProperty('value', plan.target)
    // The reminder opens its plan once: leaving and coming back shows only the list.
    expect(window.history.state).toBeNull()
  })

  it('says so when nothing is due', async () => {
    backend = await createTestBackend()
    await renderApp('/home', backend)
    await screen.findByText('没有逾期或7天内到期的事项')
  })
})
