import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, queryButton, waitForTables } from '../support/show-seed'

/*
 * The self-review drawer of 党员自评互评 over the real handlers: a completed round only shows; once
 * reopened, a blank 存在不足 line is stopped at the field, a saved one is in the 整改 ledger, and
 * closing with unsaved work asks first.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const drawer = () => document.querySelector<HTMLElement>('.ant-drawer-open')!
const row = (name: string) => [...document.querySelectorAll<HTMLElement>('.ant-table-tbody tr[data-row-key]')].find((tr) => tr.querySelector('td')?.textContent === name)!

async function demoRound(reopen: boolean) {
  backend = await createTestBackend()
  await backend.call('demo:load')
  const [round] = await backend.call('evaluate:reviewRounds')
  if (reopen) await backend.call('evaluate:reviewRoundClose', { id: round.id, closed: false })
  await renderApp('/evaluate/reviews', backend)
  await screen.findByText('党员已填写 23 / 23 人；班组、支部自评 1 份')
  await waitForTables()
  return round
}

describe('self-review drawer', () => {
  it('only shows a completed round’s self-review', async () => {
    await demoRound(false)
    fireEvent.click(within(row('吴昊')).getByText('查看'))
    await within(await waitFor(drawer)).findByText(/本轮已于\d{4}-06-30完成，自评只能查看/)
    expect(queryButton(/保\s*存/, drawer())).toBeNull()
  })

  it('stops a blank shortcoming at its field, saves a written one into the 整改 ledger, and asks before dropping unsaved work', async () => {
    await demoRound(true)
    fireEvent.click(within(row('吴昊')).getByText('修改'))
    const panel = await waitFor(drawer)
    await within(panel).findByText('吴昊 · 自评')
    clickButton(/添加一条存在不足/, panel)
    clickButton(/保\s*存/, panel)
    await within(panel).findByText('请填写存在不足')
    const before = backend!.host.data().selfReviews.find((s) => s.subject.id && backend!.host.data().people.find((p) => p.id === s.subject.id)?.name === '吴昊')!
    expect(before.shortcomings).toHaveLength(0)

    fireEvent.change(within(panel).getByLabelText('第1条存在不足'), { target: { value: '服务中偶有急躁情绪' } })
    fireEvent.change(within(panel).getByLabelText('第1条整改措施'), { target: { value: '每月自查一次服务用语' } })
    // Closing with unsaved work asks; 继续编辑 keeps the drawer and the typing.
    fireEvent.click(panel.querySelector('.ant-drawer-close')!)
    const question = await waitFor(() => {
      const title = document.querySelector('.ant-modal-confirm-title')
      if (!title) throw new Error('no question asked')
      return title
    })
    expect(question.textContent).toBe('有未保存的修改，确定关闭？')
    fireEvent.click(within(question.closest('.ant-modal-confirm') as HTMLElement).getByText('继续编辑').closest('button')!)
    expect((within(panel).getByLabelText('第1条存在不足') as HTMLInputElement).value).toBe('服务中偶有急躁情绪')

    clickButton(/保\s*存/, panel)
    await screen.findByText('吴昊的自评已保存')
    const saved = backend!.host.data().selfReviews.find((s) => s.id === before.id)!
    expect(saved.shortcomings.map((s) => [s.text, s.measures])).toEqual([['服务中偶有急躁情绪', '每月自查一次服务用语']])
    const findings = await backend!.call('evaluate:reviewFindings')
    expect(findings.find((f) => f.source.itemId === saved.shortcomings[0].id)?.kind).toBe('selfReview')
    await waitFor(() => expect(within(row('吴昊')).getByText('已记入整改跟踪')).toBeTruthy())
  })
})
