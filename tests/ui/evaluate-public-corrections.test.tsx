import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, waitForTables } from '../support/show-seed'

/*
 * Correcting 群众评议 entries over the real handlers: a round (修改本轮, opened on its own dates and
 * saved as that round), and a batch counted by hand (按项目汇总录入), listed with what it
 * holds, corrected in place and deleted after asking, saying what it kept.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

async function unitWithTally(b: TestBackend) {
  const round = await b.call('evaluate:publicRoundSave', { year: 2026, half: 'first', startOn: '2026-01-01', endOn: '2026-06-30' })
  const q = await b.call('evaluate:questionnaireSave', { roundId: round.id, title: '窗口测评', object: { kind: 'unit', id: null, name: '本单位' }, dimensions: ['政策落实', '办事效率'], scale: ['满意', '比较满意', '基本满意', '不满意'] })
  const tally = await b.call('evaluate:publicTallySave', { questionnaireId: q.id, returned: 20, counts: [[12, 5, 2, 1], [10, 6, 3, 0]], kinds: [], note: '第一批' })
  await b.call('evaluate:phoneCheckSave', { roundId: round.id, date: '2026-05-20', callee: '王女士', phone: '', answers: '满意', satisfaction: 0, ratings: [] })
  return { round, q, tally }
}

const modal = (title: RegExp) => [...document.querySelectorAll<HTMLElement>('.ant-modal')].find((m) => title.test(m.querySelector('.ant-modal-title')?.textContent ?? '') && !/-leave\b/.test(m.className))!

describe('correcting 群众评议 entries', () => {
  it('corrects a batch counted by hand, and deletes it after asking', async () => {
    backend = await createTestBackend()
    const { tally } = await unitWithTally(backend)
    await renderApp('/evaluate/public/entry', backend)
    const card = (await screen.findByText('按项目汇总录入 · 1批，共20份')).closest('.ant-card') as HTMLElement
    await waitForTables()
    expect(within(card).getByText('12 / 5 / 2 / 1')).toBeTruthy()
    clickButton(/修\s*改/, card)
    const form = await waitFor(() => modal(/修改汇总 · 窗口测评/))
    expect((within(form).getByLabelText('政策落实满意') as HTMLInputElement).value).toBe('12')
    fireEvent.change(within(form).getByLabelText('政策落实满意'), { target: { value: '11' } })
    fireEvent.change(within(form).getByLabelText('政策落实不满意'), { target: { value: '2' } })
    clickButton(/保\s*存/, form)
    await screen.findByText('已修改这批汇总：收回20份')
    expect(backend.host.data().publicTallies).toEqual([expect.objectContaining({ id: tally.id, counts: [[11, 5, 2, 2], [10, 6, 3, 0]], note: '第一批' })])
    await waitFor(() => expect(within(card).getByText('11 / 5 / 2 / 2')).toBeTruthy())

    clickButton(/删\s*除/, card)
    clickButton(/^删\s?除$/, document.querySelector<HTMLElement>('.ant-popover:not(.ant-popover-hidden)')!)
    await screen.findByText('已删除问卷「窗口测评」的一批汇总（20份）；逐份录入的答卷和其他汇总保留')
    expect(backend.host.data().publicTallies).toEqual([])
    await waitFor(() => expect(screen.queryByText(/按项目汇总录入 · \d+批/)).toBeNull())
  })

  it('opens 修改本轮 on the round’s own dates and saves it as that round', async () => {
    backend = await createTestBackend()
    const { round } = await unitWithTally(backend)
    await renderApp('/evaluate/public/entry', backend)
    await screen.findByText('按项目汇总录入 · 1批，共20份')
    clickButton(/修改本轮/)
    const form = await waitFor(() => modal(/修改评议轮次 · 2026年上半年/))
    const [start, end] = within(form).getAllByRole('textbox') as HTMLInputElement[]
    expect([start.value, end.value]).toEqual(['2026-01-01', '2026-06-30'])
    clickButton(/保\s*存/, form)
    await screen.findByText('已修改2026年上半年群众评议：2026-01-01至2026-06-30；其中的问卷和记录不变')
    // The same round, not a second one (the refusal of narrower dates is a handler test).
    expect(backend.host.data().publicRounds).toEqual([round])
  })
})
