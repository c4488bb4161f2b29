import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { createTestBackend } from '../support/backend'
import { clickButton, queryButton, seedPledge, seedUnit, YEAR } from '../support/show-seed'

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const pledgesOnDisk = () => backend!.host.data().pledges
const drawer = () => screen.getByRole('dialog', { hidden: true })

async function openPledges() {
  backend = await createTestBackend()
  const seeded = await seedUnit(backend)
  await renderApp('/show/pledges', backend)
  await waitFor(() => expect(screen.getByText(`还有 2 名党员没有${YEAR}年度承诺`)).toBeTruthy())
  return seeded
}

describe('亮承诺 · 承诺管理', () => {
  it('refuses an incomplete pledge with Chinese messages and writes nothing', async () => {
    await openPledges()
    clickButton(/新增承诺/)
    await waitFor(() => expect(within(drawer()).getByText('新增承诺')).toBeTruthy())
    clickButton(/保存草稿/, drawer())
    await waitFor(() => expect(screen.getByText('请选择作出承诺的党员')).toBeTruthy())
    expect(screen.getAllByText('请填写承诺内容')).toHaveLength(2)

    // One item is too few for a member's pledge.
    clickButton(/删除此项/, drawer())
    clickButton(/保存草稿/, drawer())
    await waitFor(() => expect(screen.getByText('党员承诺应有2至5项，目前1项')).toBeTruthy())
    expect(pledgesOnDisk()).toEqual([])
  })

  it('saves a member’s pledge and sends it for review', async () => {
    const { people } = await openPledges()
    // The reminder lists members without a pledge; clicking one starts theirs.
    clickButton(/^王建国$/)
    await waitFor(() => expect(within(drawer()).getByText('新增承诺')).toBeTruthy())
    const contents = within(drawer()).getAllByLabelText('承诺内容')
    fireEvent.change(contents[0], { target: { value: '每月自学党章党规不少于8学时' } })
    fireEvent.change(contents[1], { target: { value: '负责事项一次告知、限时办结' } })
    fireEvent.change(within(drawer()).getAllByLabelText(/^衡量标准/)[1], { target: { value: '全年无超时办结' } })
    fireEvent.change(within(drawer()).getByLabelText(/^承诺摘要/), { target: { value: '一次告知、限时办结' } })
    clickButton(/保存并提交审核/, drawer())
    await waitFor(() => expect(screen.getByText('承诺已保存并提交支部审核')).toBeTruthy())

    const [saved] = pledgesOnDisk()
    expect(saved).toMatchObject({ year: YEAR, scope: 'person', personId: people[0].id, status: 'submitted', summary: '一次告知、限时办结' })
    expect(saved.items.map((i) => [i.category, i.content, i.standard])).toEqual([
      ['study', '每月自学党章党规不少于8学时', ''],
      ['work', '负责事项一次告知、限时办结', '全年无超时办结']
    ])
    await waitFor(() => expect(screen.getByText('待支部审核')).toBeTruthy())
  })

  it('approves one pledge, returns another with a reason, and publishes in a batch', async () => {
    backend = await createTestBackend()
    const { call, people } = await seedUnit(backend)
    const first = await seedPledge(call, people[0].id, ['submit'])
    const second = await seedPledge(call, people[1].id, ['submit'])
    const app = await renderApp('/show/pledges', backend)
    const row = async (id: string) => (await screen.findByTestId(`pledge-owner-${id}`)).closest('tr') as HTMLElement

    clickButton(/审核通过/, await row(first.id))
    await waitFor(() => expect(pledgesOnDisk().find((p) => p.id === first.id)?.status).toBe('approved'))

    clickButton(/退回修改/, await row(second.id))
    const reasonBox = await screen.findByLabelText('退回原因')
    clickButton(/^退\s*回$/)
    await waitFor(() => expect(screen.getByText('请填写退回原因')).toBeTruthy())
    fireEvent.change(reasonBox, { target: { value: '请写明可衡量的标准' } })
    clickButton(/^退\s*回$/)
    await waitFor(() => expect(pledgesOnDisk().find((p) => p.id === second.id)).toMatchObject({ status: 'returned', returnReason: '请写明可衡量的标准' }))

    // Batch: only moves every chosen pledge allows are offered, and they apply to all at once.
    await call('show:pledgeTransition', { id: second.id, action: 'submit' })
    await call('show:pledgeTransition', { id: second.id, action: 'approve' })
    app.unmount()
    await renderApp('/show/pledges', backend)
    await screen.findByTestId(`pledge-owner-${second.id}`)
    fireEvent.click(within(screen.getByRole('table', { hidden: true })).getAllByRole('checkbox', { hidden: true })[0])
    await waitFor(() => expect(screen.getByText('已选 2 条')).toBeTruthy())
    expect(queryButton(/全部审核通过/)).toBeNull()
    clickButton(/全部公开承诺/)
    await waitFor(() => expect(pledgesOnDisk().map((p) => p.status)).toEqual(['published', 'published']))
    await waitFor(() => expect(screen.getAllByText('已公开')).toHaveLength(2))
  })
})
