import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'

/*
 * 录入答卷 in jsdom over the real handlers: digits fill the cells and move on, a key outside the
 * scale is ignored, Backspace steps back, Enter saves only a complete paper and starts the next one.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

async function questionnaire(b: TestBackend) {
  const round = await b.call('evaluate:publicRoundSave', { year: 2026, half: 'first', startOn: '2026-01-01', endOn: '2026-06-30' })
  return b.call('evaluate:questionnaireSave', { roundId: round.id, title: '窗口测评', object: { kind: 'unit', id: null, name: '本单位' }, dimensions: ['政策落实', '办事效率'], scale: ['满意', '比较满意', '基本满意', '不满意'] })
}

const cell = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k })

describe('录入答卷 by keyboard', () => {
  it('keys a paper digit by digit and saves it with Enter', async () => {
    backend = await createTestBackend()
    const q = await questionnaire(backend)
    await renderApp('/evaluate/public/entry', backend)
    await waitFor(() => expect(screen.getByText(/逐份录入 · 已录入0份/)).toBeTruthy())
    cell('身份').focus()
    key('2') // 群众
    expect(document.activeElement).toBe(cell('政策落实'))
    key('5') // not on a four-level scale: ignored, stays
    expect(cell('政策落实').value).toBe('')
    key('1')
    expect(document.activeElement).toBe(cell('办事效率'))
    key('Enter') // 办事效率 still empty: nothing saved
    key('Backspace') // empty cell: back to 政策落实
    expect(document.activeElement).toBe(cell('政策落实'))
    key('ArrowRight')
    key('9') // 多选
    expect(screen.getByText('多选')).toBeTruthy()
    key('Enter')
    await waitFor(() => expect(screen.getByText(/逐份录入 · 已录入1份/)).toBeTruthy())
    expect(backend.host.data().publicResponses).toEqual([expect.objectContaining({ questionnaireId: q.id, kind: 1, marks: [0, 'several'], answers: [] })])
    // The next paper starts empty, at 身份.
    await waitFor(() => expect(document.activeElement).toBe(cell('身份')))
    expect([cell('身份').value, cell('政策落实').value, cell('办事效率').value]).toEqual(['', '', ''])
  })
})
