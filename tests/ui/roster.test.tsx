import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import { chooseOption, findButton, getButton, getField, getNamesShown, getTableRows, readDatabaseFile, useRosterBackends } from '../support/roster-screens'

const backends = useRosterBackends()
const stored = () => readDatabaseFile(backends.current)

describe('人员 table', () => {
  it('offers the demo unit on an empty roster and shows it once loaded', async () => {
    await renderApp('/roster/people', await backends.createEmpty())
    await screen.findByText('花名册还是空的')
    fireEvent.click(getButton(/载入示例数据/))
    await screen.findByText(/已载入示例数据/)
    await waitFor(() => expect(getTableRows().length).toBe(20))
    expect(screen.getByText(/共 4\d 人/)).toBeTruthy()
    const people = (await stored()).people
    expect(people.length).toBeGreaterThan(30)
  })

  it('searches by name, by pinyin initials and by full pinyin, and filters by team and political status', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBe(20))
    const search = screen.getByLabelText('搜索人员')

    fireEvent.change(search, { target: { value: '李堃' } })
    await waitFor(() => expect(getNamesShown()).toEqual([expect.stringContaining('李堃')]))

    fireEvent.change(search, { target: { value: 'wz' } })
    await waitFor(() => expect(getNamesShown().some((n) => n.startsWith('王喆'))).toBe(true))
    expect(getNamesShown().every((n) => /^王喆/.test(n))).toBe(true)

    fireEvent.change(search, { target: { value: 'huangliping' } })
    await waitFor(() => expect(getNamesShown()).toEqual([expect.stringContaining('黄丽萍')]))

    fireEvent.change(search, { target: { value: '' } })
    await chooseOption('按班组筛选', '后勤保障组（6 人）')
    await waitFor(() => expect(getTableRows().length).toBe(6))
    expect(getNamesShown().some((n) => n.startsWith('袁卫东'))).toBe(true)
    expect(getNamesShown().some((n) => n.startsWith('王喆'))).toBe(false)

    await chooseOption('按政治面貌筛选', '中共党员')
    await waitFor(() => expect(getNamesShown().map((n) => n.slice(0, 3)).sort()).toEqual(['傅红', '袁卫东'].map((n) => n.slice(0, 3)).sort()))
  })

  it('flags a name with a character the print fonts lack', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBe(20))
    fireEvent.change(screen.getByLabelText('搜索人员'), { target: { value: '祥云' } })
    const flag = await screen.findByLabelText('该字在打印字体中缺失：𠮷')
    expect(flag.textContent).toContain('𠮷')
    // 喆 堃 䶮 are in the fonts: no flag.
    fireEvent.change(screen.getByLabelText('搜索人员'), { target: { value: '李堃' } })
    await waitFor(() => expect(getNamesShown()).toEqual(['李堃领导']))
    expect(screen.queryByLabelText(/该字在打印字体中缺失/)).toBeNull()
  })
})

describe('人员 table columns', () => {
  it('puts each of several phone numbers on its own line instead of cutting them with …', async () => {
    const backend = await backends.createEmpty()
    await backend.call('roster:savePerson', { name: '欧阳秀英', politicalStatus: 'member', phone: '0839-7201234、13988230001' })
    await renderApp('/roster/people', backend)
    await waitFor(() => expect(getTableRows()).toHaveLength(1))
    const cell = [...getTableRows()[0].querySelectorAll('td')].find((td) => td.textContent?.includes('0839-7201234'))!
    expect([...cell.querySelectorAll('div')].map((line) => line.textContent)).toEqual(['0839-7201234', '13988230001'])
    expect(cell.className).not.toContain('ellipsis')
  })
})

describe('人员 drawer', () => {
  it('refuses a blank name and a bad date in Chinese, warns about 𠮷 as it is typed, then saves', async () => {
    await renderApp('/roster/people', await backends.createEmpty())
    fireEvent.click(await findButton(/逐个新增人员/))
    await screen.findByText('新增人员')
    fireEvent.click(getButton(/^保\s*存$/))
    await screen.findByText('请填写姓名')

    fireEvent.change(getField('出生年月'), { target: { value: '九零年五月' } })
    fireEvent.blur(getField('出生年月'))
    await screen.findByText('无法识别“九零年五月”，请写成“1990.05”或“1990-05-12”')

    fireEvent.change(getField('姓名'), { target: { value: '𠮷利民' } })
    await screen.findByText(/该字在打印字体中缺失：𠮷/)

    fireEvent.change(getField('出生年月'), { target: { value: '1990.5' } })
    fireEvent.blur(getField('出生年月'))
    await waitFor(() => expect(getField('出生年月').value).toBe('1990.05'))

    fireEvent.change(getField('身份证号'), { target: { value: '11010119900307123X' } })
    fireEvent.blur(getField('身份证号'))
    await screen.findByText('校验位不正确，请逐位核对')
    fireEvent.change(getField('身份证号'), { target: { value: '' } })

    fireEvent.click(getButton(/^保\s*存$/))
    await screen.findByText('已保存「𠮷利民」')
    const saved = (await stored()).people.find((p) => p.name === '𠮷利民')
    expect(saved?.birth).toBe('1990-05')
    await waitFor(() => expect(getNamesShown()).toEqual([expect.stringContaining('𠮷利民')]))
  })

  it('shows the check main makes across fields (转正 before 入党) under the field and writes nothing', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBe(20))
    const before = await readFile(backends.current.host.paths.dbFile)
    const row = getTableRows().find((r) => r.textContent?.startsWith('陈静'))!
    fireEvent.click(getButton(/编\s*辑/, row))
    await screen.findByText('编辑人员：陈静')
    expect(getField('出生年月').value).toBe('1988.06')
    fireEvent.change(getField('转正时间'), { target: { value: '2001.01' } })
    fireEvent.click(getButton(/^保\s*存$/))
    await screen.findByText('不能早于入党时间')
    expect(await readFile(backends.current.host.paths.dbFile)).toEqual(before)
  })
})

describe('回收站', () => {
  it('deletes after a confirmation, tells what else changed, and restores', async () => {
    await renderApp('/roster/people', await backends.createDemo())
    await waitFor(() => expect(getTableRows().length).toBe(20))
    fireEvent.change(screen.getByLabelText('搜索人员'), { target: { value: '王喆' } })
    await waitFor(() => expect(getTableRows().length).toBe(1))
    fireEvent.click(getButton(/删\s*除/, getTableRows()[0]))
    fireEvent.click(await findButton(/^移到回收站$/))
    await screen.findByText('已把「王喆」移到回收站')
    await screen.findByText('已取消王喆「综合受理窗口」分管领导的身份')
    await waitFor(() => expect(getTableRows().length).toBe(0))
    expect((await stored()).people.find((p) => p.name === '王喆')?.deletedAt).toBeTruthy()

    act(() => void (window.location.hash = '/roster/recycle'))
    await screen.findByText('人员（1 人）')
    fireEvent.click(getButton(/恢\s*复/))
    await screen.findByText('已恢复「王喆」')
    await screen.findByText(/回收站是空的/)
    expect((await stored()).people.find((p) => p.name === '王喆')?.deletedAt).toBeNull()
  })

  it('deletes for good only after a second confirmation', async () => {
    await backends.createDemo()
    await backends.current.dispatch('roster:deletePerson', { id: 'demo-person-07' })
    await renderApp('/roster/recycle', backends.current)
    await screen.findByText('人员（1 人）')
    fireEvent.click(getButton(/彻底删除/))
    await screen.findByText('彻底删除后无法恢复。')
    expect((await stored()).people.some((p) => p.name === '杨帆')).toBe(true)
    fireEvent.click(getButton(/彻底删除/, document.querySelector('.ant-popconfirm')!))
    await screen.findByText('已彻底删除「杨帆」')
    expect((await stored()).people.some((p) => p.name === '杨帆')).toBe(false)
  })
})
