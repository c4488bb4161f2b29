import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, waitForTables } from '../support/show-seed'

/*
 * 评定等次 on the 领导点评 drawer over the real handlers: the demo's review of 吴昊 opens at 合格,
 * is changed to 基本合格 and saved; the list shows it, and 年终评优's 领导点评 for 吴昊 follows
 * (基本合格 is 50 on 100 by the 10/7/5/2 rule shown under the field).
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const drawer = () => document.querySelector<HTMLElement>('.ant-drawer-open')!
const row = (name: string) => [...document.querySelectorAll<HTMLElement>('.ant-table-tbody tr[data-row-key]')].find((tr) => tr.textContent?.includes(name))!

describe('领导点评 评定等次', () => {
  it('changes a member’s grade and the year-end figure follows', async () => {
    backend = await createTestBackend()
    await backend.call('demo:load')
    const year = (await backend.call('settings:get')).year
    await renderApp('/evaluate/leader', backend)
    await waitFor(() => expect(row('吴昊')).toBeTruthy())
    await waitForTables()
    expect(within(row('吴昊')).getByText('合格')).toBeTruthy()

    fireEvent.click(within(row('吴昊')).getByText('修改'))
    const panel = await waitFor(drawer)
    await within(panel).findByText('修改领导点评')
    const grades = within(panel).getByRole('radiogroup', { name: '评定等次' })
    expect((within(grades).getByLabelText('合格') as HTMLInputElement).checked).toBe(true)
    expect(within(panel).getByText(/党员的评定等次计入年终评优“领导点评”：优秀100分、合格70分、基本合格50分、不合格20分/)).toBeTruthy()
    fireEvent.click(within(grades).getByLabelText('基本合格'))
    clickButton(/保\s*存/, panel)
    await screen.findByText(/点评已保存/)

    const saved = backend.host.data().leaderReviews.find((r) => r.subject.kind === 'person' && backend!.host.data().people.find((p) => p.id === r.subject.id)?.name === '吴昊')!
    expect(saved.grade).toBe('basic')
    await waitFor(() => expect(within(row('吴昊')).getByText('基本合格')).toBeTruthy())
    const overview = await backend.call('appraisal:overview', { year })
    expect(overview.rows.find((r) => r.name === '吴昊')!.scores.leaderReview).toBe(50)
  })
})
