import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../support/backend'
import { contestDraft, ok, sheetInput } from '../support/contest-seed'
import { renderApp } from '../support/render-app'
import { clickButton } from '../support/show-seed'

/*
 * The contest editor once scores are in: a change to the scoring rule is asked about before it is
 * saved (and not saved when the officer goes back), and the drawer asks before unsaved changes
 * are dropped.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

async function openEditor() {
  backend = await createTestBackend()
  await backend.host.store().update((db) => demoDatabase(db, new Date()))
  const contest = await ok(backend, 'compete:contestSave', contestDraft(backend))
  await ok(backend, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35, 55], [32, 52]]))
  await renderApp('/compete/contests', backend)
  fireEvent.click(await screen.findByText('窗口业务技能比武'))
  await screen.findByText('修改设置')
  clickButton(/修改设置/)
  await screen.findByText('修改「窗口业务技能比武」')
  return contest
}

describe('the contest editor', () => {
  it('asks before the scoring rule changes under entered scores, and saves only once confirmed', async () => {
    await openEditor()
    fireEvent.change(screen.getByLabelText('第1项满分'), { target: { value: '45' } })
    clickButton(/^保\s*存$/)
    await screen.findAllByText('已录入成绩，确定修改计分办法？')
    clickButton(/^返\s*回$/)
    expect(backend!.host.data().contests[0].items[0].max).toBe(40)

    clickButton(/^保\s*存$/)
    await waitFor(() => expect(screen.getAllByText('已录入成绩，确定修改计分办法？').length).toBeGreaterThan(0))
    // The first question's dialog may still be in the page, closing (jsdom never ends antd's motion): answer the newest.
    const answers = screen.getAllByText(/确定修改/, { selector: 'button, button *' })
    fireEvent.click(answers[answers.length - 1].closest('button')!)
    await screen.findByText('比武竞赛已修改')
    expect(backend!.host.data().contests[0].items[0].max).toBe(45)
  })

  it('asks before closing with unsaved changes', async () => {
    await openEditor()
    fireEvent.change(screen.getByLabelText('竞赛名称'), { target: { value: '窗口业务技能大比武' } })
    clickButton(/^取\s*消$/)
    await screen.findAllByText('有未保存的修改，确定关闭？')
  })
})
