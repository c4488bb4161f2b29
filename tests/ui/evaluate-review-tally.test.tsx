import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_PEER_GRADES, defaultCriteria, FIVE_GOODS, FIVE_LEADS } from '@shared/rules/review-criteria'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { clickButton, waitForTables } from '../support/show-seed'

/*
 * The paper tally of 互评 over the real handlers: a row over the ballots returned minus the member's
 * own turns red and main's refusal is shown above the table with nothing saved; a valid tally and
 * its opinion line are saved, the opinion as a 党员互评 finding.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const year = new Date().getFullYear()

describe('peer tally', () => {
  it('refuses more marks than the ballots returned minus his own, then saves a tally with an opinion', async () => {
    backend = await createTestBackend()
    await backend.host.store().update((db) => demoDatabase(db, new Date()))
    const round = await backend.call('evaluate:reviewRoundSave', {
      year,
      half: 'first',
      startsOn: `${year}-06-01`,
      endsOn: `${year}-06-30`,
      memberCriteria: defaultCriteria(FIVE_LEADS, 'lead'),
      groupCriteria: defaultCriteria(FIVE_GOODS, 'good'),
      peerGrades: DEFAULT_PEER_GRADES.map((g) => ({ ...g }))
    })
    await renderApp('/evaluate/reviews', backend)
    fireEvent.click(await screen.findByText('互评计票（纸质票）'))
    await waitForTables()
    const returned = await screen.findByLabelText('收回票数')
    fireEvent.change(returned, { target: { value: '3' } })
    const excellent = await screen.findByLabelText('周建国优秀票数')
    fireEvent.change(excellent, { target: { value: '3' } })
    await screen.findByText('3（超出）')
    clickButton(/保存计票/)
    await screen.findByText('周建国的票数合计比收回票数减去本人一票（2票）多1票：本人不评自己，请核对')
    expect(backend.host.data().peerTallies).toEqual([])

    fireEvent.change(excellent, { target: { value: '2' } })
    clickButton(/添加一条意见/)
    fireEvent.change(screen.getByLabelText('第1条意见'), { target: { value: '对新政策解释不够准确' } })
    const who = screen.getByLabelText('第1条意见针对的党员')
    fireEvent.mouseDown(who)
    fireEvent.click(await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent === '周建国')!))
    clickButton(/保存计票/)
    await screen.findByText('计票已保存')
    const [tally] = backend.host.data().peerTallies
    expect(tally).toMatchObject({ roundId: round.id, ballotsReturned: 3 })
    expect(tally.rows.map((r) => r.counts)).toEqual([{ excellent: 2 }])
    const findings = await backend.call('evaluate:reviewFindings')
    expect(findings.map((f) => [f.kind, f.owner.name, f.text])).toEqual([['peerReview', '周建国', '对新政策解释不够准确']])
    const results = await backend.call('evaluate:peerResults', { roundId: round.id })
    // 2 × 10 = 20 over 2 votes.
    expect(results.rows.find((r) => r.name === '周建国')!.score).toMatchObject({ votes: 2, average: 10 })
    expect(within(document.body).queryByText(/超出/)).toBeNull()
  })
})
