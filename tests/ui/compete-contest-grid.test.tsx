import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { contestDraft, ok } from '../support/contest-seed'
import { renderApp } from '../support/render-app'
import { clickButton } from '../support/show-seed'

/*
 * The score grid of one judge's sheet: typed by keyboard only (Enter goes on along the row, then
 * to the next entrant), each value checked as it is typed, a blank kept apart from 0 when saved,
 * and typed work not lost by switching to another judge's sheet.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

async function openContest() {
  backend = await createTestBackend()
  await backend.host.store().update((db) => demoDatabase(db, new Date()))
  const contest = await ok(backend, 'compete:contestSave', contestDraft(backend))
  await renderApp('/compete/contests', backend)
  fireEvent.click(await screen.findByText('窗口业务技能比武'))
  await screen.findByRole('table', { name: '评委周建国的评分表' })
  return contest
}

const cell = (label: string) => screen.getByLabelText(label) as HTMLInputElement
function type(input: HTMLInputElement, text: string, key = 'Enter') {
  fireEvent.input(input, { target: { value: text } })
  fireEvent.keyDown(input, { key })
}

describe('the score grid', () => {
  it('is typed by keyboard, checks each value as typed, and saves a blank apart from 0', async () => {
    const contest = await openContest()
    // The grid follows 姓氏笔画 order: 马 (3 strokes), 吴 (7), 黄 (11).
    const rows = within(screen.getByRole('table', { name: '评委周建国的评分表' })).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(['马国强', '吴昊', '黄丽萍'])

    const first = cell('马国强 理论')
    first.focus()
    type(first, '41')
    expect(first.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('status').textContent).toBe('马国强 理论：成绩不能超过满分40')
    expect(document.activeElement).toBe(cell('马国强 实操'))
    type(first, '38.5')
    expect(first.getAttribute('aria-invalid')).toBe('false')
    expect(screen.getByRole('status').textContent).toBe('')

    // 实操 of 马国强, then on to 吴昊's row: 0 and 0; 黄丽萍 left blank.
    type(cell('马国强 实操'), '52')
    expect(document.activeElement).toBe(cell('吴昊 理论'))
    type(cell('吴昊 理论'), '0')
    type(cell('吴昊 实操'), '0', 'Tab')
    expect(document.activeElement).toBe(cell('黄丽萍 理论'))
    expect(rows[0].querySelector('[data-total]')?.textContent).toBe('90.5')
    expect(cell('黄丽萍 理论').placeholder).toBe('空')

    // Past the last cell, Enter goes to 保存.
    fireEvent.keyDown(cell('黄丽萍 实操'), { key: 'Enter' })
    expect(document.activeElement?.textContent).toMatch(/保存评分表/)
    clickButton(/保存评分表/)
    await screen.findByText(/已保存评委周建国的评分表/)
    const sheet = backend!.host.data().contestSheets[0]
    const [theory, practice] = contest.items
    const [wu, huang, ma] = contest.entrants
    expect(sheet.cells[ma]).toEqual({ [theory.id]: 38.5, [practice.id]: 52 })
    expect(sheet.cells[wu]).toEqual({ [theory.id]: 0, [practice.id]: 0 })
    expect(sheet.cells[huang]).toEqual({ [theory.id]: null, [practice.id]: null })
    await waitFor(() => expect(screen.getAllByText('有参赛者未评分').length).toBeGreaterThan(0))
  })

  it('refuses to save while a value is wrong, and asks before another sheet replaces typed work', async () => {
    await openContest()
    type(cell('吴昊 实操'), '61')
    clickButton(/保存评分表/)
    await screen.findByText('还有1处成绩不符合要求，请先改正')
    expect(backend!.host.data().contestSheets).toEqual([])
    expect(document.activeElement).toBe(cell('吴昊 实操'))

    fireEvent.click(screen.getAllByText('张卫东')[0])
    await screen.findAllByText('有未保存的成绩，确定换一张评分表？')
    clickButton(/继续录入/)
    expect(screen.getByRole('table', { name: '评委周建国的评分表' })).toBeTruthy()
    expect(cell('吴昊 实操').value).toBe('61')
  })
})
