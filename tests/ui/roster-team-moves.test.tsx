import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { chooseOption, getButton, getTableRows, queryButtons, readDatabaseFile, useRosterBackends } from '../support/roster-screens'

/*
 * 移到班组 and 合并班组 (issue #8), through the real handlers: nothing changes before the user has
 * confirmed what the dialog says will happen, and afterwards the app says what it did.
 */

const backends = useRosterBackends()
const stored = () => readDatabaseFile(backends.current)
const dbBytes = () => readFile(backends.current.host.paths.dbFile)
const modal = () => document.querySelector('.ant-modal') as HTMLElement

async function peopleOfSupport() {
  await renderApp('/roster/people', await backends.createDemo())
  await waitFor(() => expect(getTableRows().length).toBe(20))
  await chooseOption('按班组筛选', '后勤保障组（6 人）')
  await waitFor(() => expect(getTableRows().length).toBe(6))
}

/** chooseOption, from the dropdown opened last: the page's 按班组筛选 dropdown offers the same team names. */
async function chooseInDialog(label: string, option: string) {
  fireEvent.mouseDown(within(modal()).getByLabelText(label))
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].filter((el) => el.textContent === option).pop()
    if (!found) throw new Error(`no option ${option}`)
    return found as HTMLElement
  })
  fireEvent.click(item)
}

const tick = (name: string) => fireEvent.click(screen.getByLabelText(`选择${name}`))
const moveButton = () => getButton(/^移到班组…$/)
const queryMoveButton = () => queryButtons(/^移到班组…$/)[0]

describe('移到班组…', () => {
  it('moves the ticked people after the user has seen who goes where, and says what it did', async () => {
    await peopleOfSupport()
    // The file actions stand there until someone is ticked; then the selection's actions take their place.
    expect(queryMoveButton()).toBeUndefined()
    expect(getButton(/导入花名册/)).toBeTruthy()
    tick('袁卫东')
    tick('邓桂兰')
    await screen.findByText('已选 2 人')
    expect(queryButtons(/导入花名册/)).toEqual([])
    fireEvent.click(moveButton())
    await screen.findByText('把选中的 2 人移到班组')
    expect(within(modal()).getByText('已选：袁卫东、邓桂兰')).toBeTruthy()
    expect(getButton(/确认移动/, modal()).disabled).toBe(true)

    await chooseInDialog('移到哪个班组', '综合受理窗口（9 人）')
    await within(modal()).findByText('将把 2 人移到「综合受理窗口」')
    expect((await stored()).people.find((p) => p.name === '袁卫东')!.teamId).toBe('demo-team-support')
    fireEvent.click(getButton(/确认移动/, modal()))
    await screen.findByText('已把2人移到「综合受理窗口」')

    const db = await stored()
    const intake = db.teams.find((t) => t.name === '综合受理窗口')!
    expect(db.people.filter((p) => ['袁卫东', '邓桂兰'].includes(p.name)).map((p) => p.teamId)).toEqual([intake.id, intake.id])
    // Still filtered on 后勤保障组: the two are gone from it, and nothing stays selected.
    await waitFor(() => expect(getTableRows().length).toBe(4))
    expect(queryMoveButton()).toBeUndefined()
  })

  it('changes nothing when the dialog is cancelled', async () => {
    await peopleOfSupport()
    tick('许建军')
    await screen.findByText('已选 1 人')
    fireEvent.click(moveButton())
    await chooseInDialog('移到哪个班组', '未分班组（移出班组）')
    await within(modal()).findByText('将把 1 人移到未分班组')
    const before = await dbBytes()
    fireEvent.click(getButton(/^取\s*消$/, modal()))
    await waitFor(() => expect(screen.queryByText('把选中的 1 人移到班组')).toBeNull())
    expect(await dbBytes()).toEqual(before)
    // Still ticked; 取消选择 gives the file actions back.
    fireEvent.click(getButton(/取消选择/))
    await waitFor(() => expect(queryMoveButton()).toBeUndefined())
    expect(getButton(/导入花名册/)).toBeTruthy()
  })
})

describe('合并到…', () => {
  async function teamsWithPledge() {
    const backend = await backends.createDemo()
    const { year } = await backend.call('settings:get')
    const support = backend.host.data().teams.find((t) => t.name === '后勤保障组')!
    await backend.call('show:pledgeSave', { year, scope: 'team', teamId: support.id, items: [{ content: '报修当日响应' }] })
    await renderApp('/roster/teams', backend)
    await screen.findByText('后勤保障组')
    const row = getTableRows().find((r) => r.textContent?.includes('后勤保障组'))!
    fireEvent.click(getButton(/合并到…/, row))
    await screen.findByText('合并班组：后勤保障组')
    await chooseInDialog('并入哪个班组', '综合办公室（7 人）')
    return within(await screen.findByTestId('merge-preview'))
  }

  it('shows what the merge will move and keep, merges only on 确认合并, then says what moved', async () => {
    const preview = await teamsWithPledge()
    expect(preview.getByText('将把「后勤保障组」的6人和1条班组承诺并入「综合办公室」')).toBeTruthy()
    expect(preview.getByText('「综合办公室」的分管领导仍是周建国（「后勤保障组」原由李堃分管）')).toBeTruthy()
    expect(preview.getByText('「后勤保障组」将移到回收站，可以从回收站恢复（恢复后是一个空班组）')).toBeTruthy()
    expect((await stored()).teams.find((t) => t.name === '后勤保障组')!.deletedAt).toBeNull()

    fireEvent.click(getButton(/确认合并/, modal()))
    await screen.findByText('已把「后勤保障组」的6人和1条班组承诺并入「综合办公室」')
    await screen.findByText('「后勤保障组」已移到回收站，可以从回收站恢复（恢复后是一个空班组）')
    await waitFor(() => expect(getTableRows().some((r) => r.textContent?.includes('后勤保障组'))).toBe(false))
    expect(getTableRows().find((r) => r.textContent?.includes('综合办公室'))!.textContent).toContain('13')

    const db = (await stored()) as Awaited<ReturnType<typeof stored>> & { pledges: { teamId: string | null }[] }
    const office = db.teams.find((t) => t.name === '综合办公室')!
    expect(db.teams.find((t) => t.name === '后勤保障组')!.deletedAt).not.toBeNull()
    expect(db.pledges.map((p) => p.teamId)).toEqual([office.id])
  })

  it('changes nothing when the user cancels after reading the preview', async () => {
    await teamsWithPledge()
    const before = await dbBytes()
    fireEvent.click(getButton(/^取\s*消$/, modal()))
    await waitFor(() => expect(screen.queryByText('合并班组：后勤保障组')).toBeNull())
    expect(await dbBytes()).toEqual(before)
  })
})
