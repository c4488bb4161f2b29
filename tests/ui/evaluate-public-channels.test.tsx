import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'

/*
 * 群众评议 · 其他渠道 in jsdom over the real handlers: each channel's log lists the round's records
 * with 编辑 and 删除 (which asks first), and a hidden 举报 offers neither.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

async function seeded() {
  const b = await createTestBackend()
  const round = await b.call('evaluate:publicRoundSave', { year: 2026, half: 'second', startOn: '2026-07-01', endOn: '2026-12-31' })
  await b.call('evaluate:phoneCheckSave', { roundId: round.id, date: '2026-07-02', callee: '王女士', answers: '社保转移等了两周' })
  await b.call('evaluate:forumSave', { roundId: round.id, date: '2026-07-03', place: '三楼会议室', attendees: '服务对象代表', attendeeCount: 6, points: [{ text: '建议中午增设轮值窗口', isProblem: true }] })
  await b.call('evaluate:boxEntrySave', { roundId: round.id, box: 'suggestion', receivedOn: '2026-07-04', content: '希望及时维修自助服务机', status: 'handling' })
  await b.call('evaluate:boxEntrySave', { roundId: round.id, box: 'report', receivedOn: '2026-07-05', content: '反映收受礼品', status: 'handling' })
  return b
}

const row = (text: string) => screen.getByText(text).closest('tr') as HTMLElement

describe('群众评议 · 其他渠道', () => {
  it('lists each channel with 编辑 and 删除, asks before deleting, and hides a 举报 with its buttons', async () => {
    backend = await seeded()
    await renderApp('/evaluate/public/boxes', backend)
    await waitFor(() => expect(screen.getByText('社保转移等了两周')).toBeTruthy())
    expect(within(row('社保转移等了两周')).getByText('编辑')).toBeTruthy()

    fireEvent.click(screen.getByRole('tab', { name: '座谈会' }))
    await waitFor(() => expect(screen.getByText('三楼会议室')).toBeTruthy())
    expect(within(row('三楼会议室')).getByText('6人：服务对象代表')).toBeTruthy()
    fireEvent.click(within(row('三楼会议室')).getByText('编辑'))
    await waitFor(() => expect(screen.getByText('编辑座谈会')).toBeTruthy())
    fireEvent.click(within(row('三楼会议室')).getByText('删除'))
    await waitFor(() => expect(screen.getByText('删除这条座谈会记录？')).toBeTruthy())
    fireEvent.click(within(document.querySelector('.ant-popconfirm') as HTMLElement).getByRole('button', { name: /删\s*除/ }))
    await waitFor(() => expect(backend!.host.data().forums).toEqual([]))
    await waitFor(() => expect(screen.getByText('还没有座谈会记录')).toBeTruthy())

    fireEvent.click(screen.getByRole('tab', { name: '意见箱、举报箱' }))
    await waitFor(() => expect(screen.getByText('希望及时维修自助服务机')).toBeTruthy())
    expect(within(row('希望及时维修自助服务机')).getByText('编辑')).toBeTruthy()
    const report = row('（举报内容已隐藏，确认后查看）')
    expect(within(report).queryByText('编辑')).toBeNull()
    expect(within(report).queryByText('删除')).toBeNull()
    expect(screen.getByRole('button', { name: /显示1件举报的内容/ })).toBeTruthy()
    expect(screen.queryByText('反映收受礼品')).toBeNull()
  })
})
