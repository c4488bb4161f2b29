import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { findButton, getButton, getField, readDatabaseFile, useRosterBackends } from '../support/roster-screens'
import { paste } from '../support/show-seed'

/*
 * One rule for length-limited text (issue #8), in the roster and settings forms as in the 三亮 ones:
 * every such field shows its counter, nothing is cut at the limit, and a paste that would not fit is
 * refused whole with the reason.
 */

const backends = useRosterBackends()

/** The counter antd shows for a field: “12 / 20”. */
const counterOf = (field: HTMLElement) => field.closest('[data-count]')?.getAttribute('data-count') ?? field.closest('.ant-input-affix-wrapper')?.querySelector('.ant-input-show-count-suffix')?.textContent

describe('新增人员', () => {
  it('counts every limited field, and refuses a 姓名 pasted over 20 characters', async () => {
    await renderApp('/roster/people', await backends.createEmpty())
    fireEvent.click(await findButton(/逐个新增人员/))
    await screen.findByText('新增人员')
    const limits: [string, number][] = [
      ['姓名', 20],
      ['联系电话', 40],
      ['身份证号', 18],
      ['党内职务', 30],
      ['行政职务', 30],
      ['岗位', 30],
      ['岗位职责', 1000],
      ['备注', 500]
    ]
    for (const [label, max] of limits) {
      const field = getField(label)
      expect(field.getAttribute('maxlength'), label).toBeNull()
      expect(counterOf(field), label).toBe(`0 / ${max}`)
    }
    const name = getField('姓名')
    fireEvent.change(name, { target: { value: '欧阳' } })
    expect(paste(name, '娜娜'.repeat(10))).toBe(false)
    await screen.findByText('姓名不超过20个字：粘贴后会有22个字，没有粘贴，请删减后再粘贴')
    expect(name.value).toBe('欧阳')
    expect(counterOf(name)).toBe('2 / 20')
  })
})

describe('新增班组', () => {
  it('counts the name and refuses a paste over 30 characters', async () => {
    await renderApp('/roster/teams', await backends.createEmpty())
    fireEvent.click(await findButton(/新增班组/))
    const modal = (await screen.findByText('新增班组', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement
    const name = within(modal).getByLabelText('名称') as HTMLInputElement
    expect(name.getAttribute('maxlength')).toBeNull()
    expect(counterOf(name)).toBe('0 / 30')
    expect(paste(name, '综合受理窗口'.repeat(6))).toBe(false)
    await within(modal).findByText('班组名称不超过30个字：粘贴后会有36个字，没有粘贴，请删减后再粘贴')
    // Typed past the limit instead: the form names it and saves nothing.
    fireEvent.change(name, { target: { value: '综合受理窗口'.repeat(6) } })
    await within(modal).findByText('班组名称不超过30个字')
    fireEvent.click(getButton(/^保\s*存$/, modal))
    await waitFor(() => expect(within(modal).getAllByText('班组名称不超过30个字').length).toBeGreaterThan(0))
    expect((await readDatabaseFile(backends.current)).teams).toEqual([])
  })
})

describe('单位信息', () => {
  it('counts its fields and refuses a 单位名称 pasted over 60 characters', async () => {
    await renderApp('/settings', await backends.createEmpty())
    const unit = await waitFor(() => getField('单位名称'))
    for (const [label, max] of [
      ['单位名称', 60],
      ['党组织名称', 60],
      ['负责人', 20],
      ['公示落款', 60]
    ] as const) {
      expect(getField(label).getAttribute('maxlength'), label).toBeNull()
      expect(counterOf(getField(label)), label).toMatch(new RegExp(`^\\d+ / ${max}$`))
    }
    expect(paste(unit, '某'.repeat(61))).toBe(false)
    await screen.findByText(/^单位名称不超过60个字：粘贴后会有\d+个字，没有粘贴，请删减后再粘贴$/)
  })
})
