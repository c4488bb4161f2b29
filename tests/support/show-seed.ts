import type { InputOf } from '@shared/contract'
import { fireEvent, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import type { Call } from '../../electron/main/ipc/dispatch'
import type { TestBackend } from './backend'

/*
 * A small unit for the 三亮 screen tests, made through the real handlers (what the app would do),
 * and the DOM helpers those tests share (named as testing-library names its queries: query…
 * returns nothing when nothing matches).
 */

export const YEAR = new Date().getFullYear()

export async function seedUnit(backend: Pick<TestBackend, 'call'>, names = ['王建国', '李秀英']) {
  const { call } = backend
  await call('settings:save', { unitName: '城区供电服务中心', branchName: '中共城区供电服务中心支部委员会', year: YEAR, phone: '0377-63212345' })
  const team = await call('roster:saveTeam', { name: '综合窗口', kind: 'window' })
  const people = []
  for (const name of names) people.push(await call('roster:savePerson', { name, politicalStatus: 'member', teamId: team.id, post: '综合受理' }))
  return { call, team, people }
}

const createPledgeItems = (deadline = '') => [
  { category: 'study' as const, content: '每月自学党章党规不少于8学时', standard: '学习笔记完整', deadline },
  { category: 'service' as const, content: '热情接待每一位办事群众', standard: '满意度98%以上', deadline: '' }
]

/** A member's pledge moved along the workflow by the real handlers. */
export async function seedPledge(call: Call, personId: string, moves: InputOf<'show:pledgeTransition'>['action'][] = [], year = YEAR, deadline = '') {
  let pledge = await call('show:pledgeSave', { year, scope: 'person', personId, items: createPledgeItems(deadline) })
  for (const action of moves) pledge = await call('show:pledgeTransition', { id: pledge.id, action })
  return pledge
}

/**
 * Clicks the button whose label matches. Role queries compute accessibility over antd's many
 * style rules and take seconds per call in jsdom; the label's text finds the same button.
 */
export function clickButton(name: RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  const label = within(container).getAllByText(name, { selector: 'button, button *' })[0]
  const button = label.closest('button') as HTMLButtonElement
  fireEvent.click(button)
  return button
}

export const queryButton = (name: RegExp, container: HTMLElement = document.body) =>
  within(container).queryAllByText(name, { selector: 'button, button *' })[0]?.closest('button') ?? null

/** Tables re-mount their rows when loading ends: query rows only after that. */
export async function waitForTables() {
  await waitFor(() => expect(document.querySelector('.ant-spin-spinning')).toBeNull())
}

/** The options of the antd Select found by its label, once its list is open. */
export async function openOptions(label: string, search?: string, container: HTMLElement = document.body): Promise<HTMLElement[]> {
  const input = within(container).getByLabelText(label)
  fireEvent.mouseDown(input.closest('.ant-select') ?? input)
  // Long lists are virtual: only the first options exist until the search narrows them.
  if (search) fireEvent.change(input, { target: { value: search } })
  return waitFor(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')]
    const options = [...(open.at(-1)?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])]
    expect(options.length).toBeGreaterThan(0)
    return options
  })
}

/** Opens an antd Select (found by its label) and picks the option with that text. */
export async function pick(label: string, option: string, search = false, container?: HTMLElement) {
  await openOptions(label, search ? option : undefined, container)
  const choice = await waitFor(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')]
    const found = [...(open.at(-1)?.querySelectorAll('.ant-select-item-option') ?? [])].find((el) => el.textContent === option)
    expect(found).toBeTruthy()
    return found!
  })
  fireEvent.click(choice)
}

/** Types a 完成时限 into its picker as the user would (`2026-06` or `2026-06-30`) and leaves the field. */
export function typeDeadline(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 })
  fireEvent.blur(input)
}

/** Pastes `text` into a field; true when the field let the paste in (the event was not refused). */
export const paste = (field: HTMLElement, text: string) => fireEvent.paste(field, { clipboardData: { getData: () => text } })
