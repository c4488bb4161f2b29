import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, openOptions, paste, pick, seedPledge, seedUnit, typeDeadline, YEAR } from '../support/show-seed'

/*
 * Entering a pledge (issue #8): the member picker leaves out members who already pledged for the
 * year, a 完成时限 is checked against the pledge's year as it is picked, and long text is counted
 * and never cut.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const pledgesOnDisk = () => backend!.host.data().pledges
/** The pledge drawer: the first dialog opened (a confirmation opens above it). */
const drawer = () => screen.getAllByRole('dialog', { hidden: true })[0]
/** The newest confirmation asked (antd keeps an answered one in the page, hidden). */
const lastQuestion = () => [...document.querySelectorAll<HTMLElement>('.ant-modal-confirm')].at(-1)!

/** The 新增承诺 drawer for 王建国 (clicked in the reminder), with both items' contents filled in. */
async function startPledge() {
  clickButton(/^王建国$/)
  await waitFor(() => expect(within(drawer()).getByText('新增承诺')).toBeTruthy())
  const contents = within(drawer()).getAllByLabelText('承诺内容')
  fireEvent.change(contents[0], { target: { value: '每月自学党章党规不少于8学时' } })
  fireEvent.change(contents[1], { target: { value: '负责事项一次告知、限时办结' } })
}

describe('新增承诺 · who may pledge', () => {
  it('greys out a member who already has a pledge of the year, and says so at once when the year changes to one', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    await seedPledge(call, people[0].id) // 王建国, this year
    await seedPledge(call, people[1].id, [], YEAR + 1) // 李秀英, next year
    await renderApp('/show/pledges', backend)
    await waitFor(() => expect(screen.getByText(`还有 1 名党员没有${YEAR}年度承诺`)).toBeTruthy())

    clickButton(/新增承诺/)
    await waitFor(() => expect(within(drawer()).getByText('新增承诺')).toBeTruthy())
    const options = await openOptions('承诺党员', undefined, drawer())
    await waitFor(() => {
      const wang = options.find((o) => o.textContent?.startsWith('王建国'))
      expect(wang?.textContent).toBe(`王建国（综合窗口） · 已有${YEAR}年度承诺`)
      expect(wang?.classList.contains('ant-select-item-option-disabled')).toBe(true)
    })
    expect(options.find((o) => o.textContent?.startsWith('李秀英'))?.classList.contains('ant-select-item-option-disabled')).toBe(false)

    // 李秀英 is free this year; moving the pledge to next year says at once that she has one then.
    await pick('承诺党员', '李秀英（综合窗口）', false, drawer())
    fireEvent.change(within(drawer()).getByLabelText('年度'), { target: { value: String(YEAR + 1) } })
    await within(drawer()).findByText(`李秀英${YEAR + 1}年度已有承诺，请在原承诺上修改`)
    expect(pledgesOnDisk()).toHaveLength(2)
  })
})

describe('新增承诺 · 完成时限', () => {
  it('refuses a deadline outside the pledge’s year as it is picked, and writes nothing', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/show/pledges', backend)
    await waitFor(() => expect(screen.getByText(`还有 2 名党员没有${YEAR}年度承诺`)).toBeTruthy())
    await startPledge()
    typeDeadline(within(drawer()).getAllByLabelText('完成时限')[0], `${YEAR - 1}-06`)
    await within(drawer()).findByText(`完成时限应在${YEAR}年内（承诺年度为${YEAR}年）`)
    clickButton(/保存草稿/, drawer())
    // Still refused on save: the drawer stays open and nothing is written.
    await waitFor(() => expect(within(drawer()).getByText(`完成时限应在${YEAR}年内（承诺年度为${YEAR}年）`)).toBeTruthy())
    expect(pledgesOnDisk()).toEqual([])
  })

  it('warns at once about a deadline already past, asks before saving it, and saves it when told to', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/show/pledges', backend)
    await waitFor(() => expect(screen.getByText(`还有 2 名党员没有${YEAR}年度承诺`)).toBeTruthy())
    await startPledge()
    // Last year's pledge, due last March: inside its year, and past whatever today is.
    fireEvent.change(within(drawer()).getByLabelText('年度'), { target: { value: String(YEAR - 1) } })
    typeDeadline(within(drawer()).getAllByLabelText('完成时限')[0], `${YEAR - 1}-03`)
    await within(drawer()).findByText(`${YEAR - 1}年3月底前已过，审核通过后即显示为逾期`)

    clickButton(/保存草稿/, drawer())
    await screen.findByText(`第1项（${YEAR - 1}年3月底前）的完成时限已经过去，审核通过后会显示为逾期。仍要保存吗？`)
    clickButton(/返回修改/, lastQuestion())
    // The question closes (jsdom leaves it fading out), and any write the answer started has finished.
    await waitFor(() => expect(lastQuestion().closest('.ant-modal-root')?.querySelector('.ant-modal-mask.ant-fade-leave')).toBeTruthy())
    await backend.host.store().flush()
    expect(pledgesOnDisk()).toEqual([])

    clickButton(/保存草稿/, drawer())
    await waitFor(() => expect(document.querySelectorAll('.ant-modal-confirm')).toHaveLength(2))
    clickButton(/仍然保存/, lastQuestion())
    await waitFor(() => expect(pledgesOnDisk()).toHaveLength(1))
    expect(pledgesOnDisk()[0]).toMatchObject({ year: YEAR - 1, items: [{ deadline: `${YEAR - 1}-03` }, { deadline: '' }] })
  })
})

describe('新增承诺 · long text', () => {
  it('counts 承诺内容 against its 200 characters and refuses a longer paste whole, with the reason', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/show/pledges', backend)
    await waitFor(() => expect(screen.getByText(`还有 2 名党员没有${YEAR}年度承诺`)).toBeTruthy())
    await startPledge()
    const content = within(drawer()).getAllByLabelText('承诺内容')[0] as HTMLTextAreaElement
    // Never cut by the browser: no maxLength on any field of the form.
    expect(drawer().querySelectorAll('[maxlength]')).toHaveLength(0)
    const counter = () => content.closest('.ant-input-textarea-affix-wrapper, .ant-input-affix-wrapper')?.getAttribute('data-count') ?? content.parentElement?.textContent
    expect(counter()).toContain('14 / 200')

    const long = '做到'.repeat(101) // 202 characters
    expect(paste(content, long)).toBe(false)
    await within(drawer()).findByText('承诺内容不超过200个字：粘贴后会有216个字，没有粘贴，请删减后再粘贴')
    expect(content.value).toBe('每月自学党章党规不少于8学时')

    // Typed past the limit (no paste): the counter and the form rule say so, and saving is refused.
    fireEvent.change(content, { target: { value: long } })
    expect(within(drawer()).queryByText(/没有粘贴/)).toBeNull()
    await within(drawer()).findByText('承诺内容不超过200个字')
    expect(counter()).toContain('202 / 200')
    clickButton(/保存草稿/, drawer())
    await waitFor(() => expect(within(drawer()).getAllByText('承诺内容不超过200个字').length).toBeGreaterThan(0))
    expect(pledgesOnDisk()).toEqual([])
  })
})
