import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApi } from '@shared/contract/bridge'
import { demoDatabase } from '../../electron/main/roster/demo'
import { NominationDrawer } from '../../renderer/src/compete/selections/NominationDrawer'
import { useRosterChoices } from '../../renderer/src/components/useRosterChoices'
import type { SelectionView } from '@shared/compete/selections/contract'
import { createTestBackend, type TestBackend } from '../support/backend'
import { clickButton } from '../support/show-seed'

/*
 * The nomination drawer on the real handlers: the title's criteria shown while nominating, a
 * 事迹材料 over its limit said under the field with nothing saved, and closing with words typed
 * asking first.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const question = () => [...document.querySelectorAll<HTMLElement>('.ant-modal-confirm')].find((m) => !/-leave\b/.test(m.className) && (m.closest('.ant-modal-wrap') as HTMLElement | null)?.style.display !== 'none')

function Drawer({ selection, onClose }: { selection: SelectionView; onClose: () => void }) {
  const roster = useRosterChoices()
  return <NominationDrawer selection={selection} editing="new" roster={roster} onClose={onClose} onSaved={() => undefined} />
}

describe('推荐 drawer', () => {
  it('shows the criteria, refuses a 事迹材料 over its limit at the field, and asks before closing unsaved words', async () => {
    backend = await createTestBackend()
    await backend.host.store().update((db) => demoDatabase(db, new Date()))
    const year = backend.host.data().settings.year
    const selection = await backend.call('compete:selectionSave', { year, titleId: 'title-model-post', quota: 2, ballot: { choices: ['优秀', '称职', '基本称职', '不称职'], limitFavourable: true }, meeting: '党员大会', entitled: 20 })
    const server = backend
    window.api = buildApi((channel, input) => server.dispatch(channel, structuredClone(input)))
    let closed = 0
    render(
      <App>
        <Drawer selection={selection} onClose={() => (closed += 1)} />
      </App>
    )
    const reasons = (await screen.findByLabelText('推荐理由')) as HTMLTextAreaElement
    expect(screen.getByText(/评选条件：对照“五带头”要求/)).toBeTruthy()
    fireEvent.change(reasons, { target: { value: '带头亮身份、践承诺' } })

    const deeds = screen.getByLabelText('事迹材料') as HTMLTextAreaElement
    fireEvent.change(deeds, { target: { value: '事'.repeat(1601) } })
    clickButton(/^保\s*存$/)
    expect(await screen.findByText('事迹材料不超过1600个字')).toBeTruthy()
    expect(backend.host.data().nominations).toEqual([])

    fireEvent.keyDown(reasons, { key: 'Escape', code: 'Escape', keyCode: 27 })
    await waitFor(() => expect(question()?.querySelector('.ant-modal-confirm-title')?.textContent).toBe('有未保存的修改，确定关闭？'))
    clickButton(/继续编辑/, question())
    await waitFor(() => expect(question()).toBeUndefined())
    expect(closed).toBe(0)
    expect(reasons.value).toBe('带头亮身份、践承诺')
  })
})
