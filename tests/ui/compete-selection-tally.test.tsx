import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { buildApi } from '@shared/contract/bridge'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { TallyPanel } from '../../renderer/src/compete/selections/TallyPanel'
import { clickButton } from '../support/show-seed'

/*
 * 计票 typed from the paper ballots: Enter moves on through the figures, the totals are checked as
 * they are typed with the sentence at the field, and only a tally that adds up is saved.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

/** The tally panel of a selection with two nominees, on the real handlers (the panel as the 计票 tab shows it). */
async function selectionWithNominees() {
  backend = await createTestBackend()
  await backend.host.store().update((db) => demoDatabase(db, new Date()))
  const year = backend.host.data().settings.year
  const { call } = backend
  let view = await call('compete:selectionSave', { year, titleId: 'title-service', quota: 2, ballot: { choices: ['同意', '不同意', '弃权'], limitFavourable: true }, meeting: '民主测评会', entitled: 38 })
  for (const name of ['吴昊', '黄丽萍']) {
    const person = backend.host.data().people.find((p) => p.name === name)!
    view = await call('compete:nominationSave', { selectionId: view.id, nomineeId: person.id, reasons: `${name}服务热情` })
  }
  const server = backend
  window.api = buildApi((channel, input) => server.dispatch(channel, structuredClone(input)))
  render(
    <App>
      <TallyPanel selection={view} onSaved={() => undefined} />
    </App>
  )
  await screen.findByText('保存计票', { selector: 'button *' })
  return view
}

const cell = (n: number) => document.getElementById(`tally-cell-${n}`) as HTMLInputElement
const type = (n: number, value: string) => fireEvent.change(cell(n), { target: { value } })
const enter = (n: number) => fireEvent.keyDown(cell(n), { key: 'Enter' })

describe('计票 entry', () => {
  it('moves on with Enter, says at the field what does not add up, and saves only a tally that does', async () => {
    const selection = await selectionWithNominees()
    expect(cell(0).value).toBe('38') // 应到人数 from the selection
    cell(1).focus()
    // 36 issued, 35 returned, 34 valid, 2 void: 34 + 2 = 36 ≠ 35.
    for (const [n, value] of [[1, '36'], [2, '35'], [3, '34'], [4, '2']] as const) {
      type(n, value)
      enter(n)
      expect(document.activeElement).toBe(cell(n + 1))
    }
    expect(await screen.findByText('有效票（34）与废票（2）之和为36，应等于收回票数（35）')).toBeTruthy()
    type(4, '1')
    await waitFor(() => expect(screen.queryByText(/之和为36/)).toBeNull())

    // 吴昊 30 + 3 + 1 = 34 ✓; 黄丽萍 25 + 8 + 2 = 35 ✗.
    ;['30', '3', '1', '25', '8', '2'].forEach((value, i) => type(5 + i, value))
    expect(await screen.findByText('黄丽萍：各项得票之和为35，应等于有效票数（34）')).toBeTruthy()
    clickButton(/保存计票/)
    expect(backend!.host.data().selections[0].tally).toBeNull()

    type(10, '1')
    await waitFor(() => expect(screen.queryByText(/黄丽萍：各项得票之和/)).toBeNull())
    expect(screen.getByText('88.24%')).toBeTruthy() // 吴昊 30/34
    enter(10)
    expect(document.activeElement?.closest('button')?.textContent).toMatch(/保存计票/)
    clickButton(/保存计票/)
    await waitFor(() => expect(backend!.host.data().selections.find((s) => s.id === selection.id)?.tally).toMatchObject({ issued: 36, returned: 35, valid: 34, void: 1 }))
    expect(backend!.host.data().nominations.map((n) => n.votes)).toEqual([
      [30, 3, 1],
      [25, 8, 1]
    ])
  })

  it('saves a round with more returned than issued as void, without votes', async () => {
    await selectionWithNominees()
    ;['36', '37', '37', '0'].forEach((value, i) => type(1 + i, value))
    expect(await screen.findByText(/收回票数（37）多于发出票数（36），本轮投票无效/)).toBeTruthy()
    clickButton(/保存计票/)
    await waitFor(() => expect(backend!.host.data().selections[0].tally).toMatchObject({ issued: 36, returned: 37 }))
    expect(backend!.host.data().nominations.every((n) => n.votes === null)).toBe(true)
  })
})
