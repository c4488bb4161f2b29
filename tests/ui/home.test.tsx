import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, seedPledge, seedUnit, YEAR } from '../support/show-seed'

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

describe('首页', () => {
  it('is where the app opens, and on a new database offers 设置 and the demo unit', async () => {
    backend = await createTestBackend()
    await renderApp('', backend)
    await screen.findByText('还没有填写单位信息')
    await screen.findByText('花名册还是空的')
    expect(window.location.hash).toBe('')

    clickButton(/载入示例数据/)
    await waitFor(() => expect(screen.queryByText('花名册还是空的')).toBeNull())
    const db = backend.host.data()
    expect(db.people.length).toBeGreaterThan(10)
    expect(db.pledges.length).toBeGreaterThan(5)
    // Demo pledges are at every step; the counts show them.
    await screen.findByText(/已载入示例数据：\d+人，\d+个班组，\d+条承诺/)
    const published = db.pledges.filter((p) => p.year === db.settings.year && p.status === 'fulfilling').length
    expect(published).toBeGreaterThan(0)
    await waitFor(() => expect(screen.getByTestId('count-fulfilling').textContent).toContain(String(published)))
    // The demo fills the unit name too, so the 设置 reminder goes.
    expect(screen.queryByText('还没有填写单位信息')).toBeNull()
  })

  it('on an empty roster, links straight to 花名册 to enter people', async () => {
    backend = await createTestBackend()
    await renderApp('', backend)
    await screen.findByText('花名册还是空的')
    const link = screen.getByText('花名册', { selector: 'a' })
    expect(link.getAttribute('href')).toBe('#/roster/people')
    fireEvent.click(link)
    await waitFor(() => expect(window.location.hash).toBe('#/roster/people'))
    await screen.findByText(/新增人员/, { selector: 'button, button *' })
  })

  it('lists pledge items past their deadline among the reminders, most overdue first', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    await seedPledge(call, people[0].id, ['submit', 'approve', 'publish'], YEAR - 1, `${YEAR - 1}-03`)
    await seedPledge(call, people[1].id, ['submit', 'approve'], YEAR - 1, `${YEAR - 1}-09-15`)
    // A draft is not running yet: it cannot be overdue.
    const third = await backend.call('roster:savePerson', { name: '赵敏', politicalStatus: 'member' })
    await seedPledge(call, third.id, [], YEAR - 1, `${YEAR - 1}-01`)

    await renderApp('/home', backend)
    await screen.findByText('逾期 4 项')
    const rows = [...document.querySelectorAll('[data-testid="reminders"] li')].map((li) => li.textContent ?? '')
    // Each of the two running pledges: the dated study item, and the service item due by year end.
    expect(rows[0]).toContain('王建国')
    expect(rows[0]).toContain('每月自学党章党规不少于8学时')
    expect(rows[0]).toContain(`${YEAR - 1}-03-31`)
    expect(rows.some((r) => r.includes('李秀英') && r.includes(`${YEAR - 1}-09-15`))).toBe(true)
    expect(rows.join()).not.toContain('赵敏')
    expect(screen.queryByText('还没有填写单位信息')).toBeNull()
  })
})
