import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_TIP_PHRASES } from '@shared/show/tip-phrases'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, pick, seedPledge, seedUnit, waitForTables } from '../support/show-seed'

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const drawer = () => screen.getByRole('dialog', { hidden: true })
const lastPopover = () => [...document.querySelectorAll<HTMLElement>('.ant-popover')].at(-1)!

describe('践诺 and 评诺 of a public pledge', () => {
  it('records what was done, then grades each item and shows the combined result', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    const pledge = await seedPledge(call, people[0].id, ['submit', 'approve', 'publish'])
    await renderApp('/show/pledges', backend)
    await screen.findByTestId(`pledge-owner-${pledge.id}`)
    await waitForTables()
    fireEvent.click(screen.getByTestId(`pledge-owner-${pledge.id}`))
    await screen.findByRole('dialog', { hidden: true })
    fireEvent.click(await within(drawer()).findByText('践诺记录'))
    fireEvent.change(await within(drawer()).findByLabelText('践诺情况'), { target: { value: '参加支部集中学习3次' } })
    fireEvent.change(within(drawer()).getByLabelText('佐证材料'), { target: { value: '支部学习记录' } })
    clickButton(/保存记录/, drawer())
    await screen.findByText('践诺记录已保存')
    const db = () => backend!.host.data()
    expect(db().fulfilments).toMatchObject([{ pledgeId: pledge.id, content: '参加支部集中学习3次', evidence: '支部学习记录', itemId: null }])
    // The first record starts 践诺中.
    await waitFor(() => expect(db().pledges[0].status).toBe('fulfilling'))

    fireEvent.click(within(drawer()).getByText('评诺'))
    await within(drawer()).findByText('尚未评分')
    await pick('第1项党员自评', '好')
    await pick('第1项组织评价', '较好')
    await pick('第1项群众评价', '一般')
    // (100*20 + 85*50 + 70*30) / 100 = 83.5 for the one graded item → 较好; the other is not graded yet.
    await waitFor(() => expect(screen.getByTestId('assessment-result').textContent).toMatch(/综合得分83\.5等次较好（还有未评的项目）/))
    clickButton(/保存评诺/, drawer())
    await screen.findByText(/评诺已保存：较好（83\.5分）/)
    expect(db().pledgeAssessments).toHaveLength(1)
    expect(db().pledgeAssessments[0].grades[0]).toMatchObject({ self: 'good', organisation: 'fairlyGood', public: 'average' })
  })
})

describe('温馨提示语', () => {
  it('adds, edits and deletes phrases, and 恢复默认 brings back the built-in ones', async () => {
    backend = await createTestBackend()
    await seedUnit(backend)
    await renderApp('/show/phrases', backend)
    fireEvent.click(await screen.findByText(/^廉政警句/))
    await screen.findByText('公生明，廉生威')

    clickButton(/新增提示语/)
    const text = await screen.findByLabelText('提示语')
    clickButton(/^保\s*存$/)
    await screen.findByText('请填写提示语')
    fireEvent.change(text, { target: { value: '清清白白做人，干干净净做事' } })
    clickButton(/^保\s*存$/)
    await screen.findByText('提示语已保存')
    const phrases = () => backend!.host.data().tipPhrases
    expect(phrases().find((p) => p.text === '清清白白做人，干干净净做事')).toMatchObject({ category: 'integrity', builtIn: false })

    clickButton(/编辑/, (await screen.findAllByText('清清白白做人，干干净净做事'))[0].closest('tr') as HTMLElement)
    await waitFor(() => expect((screen.getByLabelText('提示语') as HTMLTextAreaElement).value).toBe('清清白白做人，干干净净做事'))
    fireEvent.change(screen.getByLabelText('出处'), { target: { value: '古训' } })
    clickButton(/^保\s*存$/)
    await waitFor(() => expect(phrases().find((p) => p.text === '清清白白做人，干干净净做事')?.source).toBe('古训'))

    // Delete a built-in phrase, then restore the defaults: it comes back, the user's own stays.
    const row = (await screen.findByText('公生明，廉生威')).closest('tr') as HTMLElement
    clickButton(/删除/, row)
    clickButton(/^删\s*除$/, lastPopover())
    await waitFor(() => expect(phrases().some((p) => p.id === 'builtin-int-1')).toBe(false))
    clickButton(/恢复默认提示语/)
    await waitFor(() => expect(lastPopover().textContent).toContain('恢复内置提示语'))
    clickButton(/^恢\s*复$/, lastPopover())
    await screen.findByText('内置提示语已恢复')
    expect(phrases().filter((p) => p.builtIn)).toHaveLength(DEFAULT_TIP_PHRASES.length)
    expect(phrases().some((p) => p.text === '清清白白做人，干干净净做事')).toBe(true)
  })

  it('assigns phrases to a member’s desk as they are chosen', async () => {
    backend = await createTestBackend()
    const { people } = await seedUnit(backend)
    await renderApp('/show/phrases', backend)
    await screen.findByLabelText('王建国的提示语')
    await pick('王建国的提示语', '公生明，廉生威', true)
    await waitFor(() => expect(backend!.host.data().tipAssignments).toEqual([{ personId: people[0].id, phraseIds: ['builtin-int-1'] }]))
  })
})
