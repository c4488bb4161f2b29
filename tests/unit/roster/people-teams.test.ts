import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { idCheckChar } from '@shared/rules/id-number'
import { createTestBackend, type TestBackend } from '../../support/backend'

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1, 9) })
})
afterEach(() => backend.dispose())

const list = () => backend.call('roster:list')
const dbBytes = () => readFile(backend.host.paths.dbFile)
const refused = async (channel: string, input: unknown) => {
  const before = await dbBytes()
  const result = await backend.dispatch(channel, input)
  expect(result.ok).toBe(false)
  expect(await dbBytes()).toEqual(before)
  return result.ok ? '' : result.error.message
}

describe('people', () => {
  it('saves a person with every field, month-only dates included, and lists it with pinyin initials', async () => {
    const team = await backend.call('roster:saveTeam', { name: '综合受理窗口', kind: 'window' })
    const saved = await backend.call('roster:savePerson', {
      name: '张三丰',
      gender: 'male',
      ethnicity: '汉族',
      birth: '1990-05',
      education: '大学本科',
      politicalStatus: 'member',
      joinedPartyOn: '2012-06',
      fullMemberOn: '2013-06-30',
      partyPost: '组织委员',
      adminPost: '科长',
      post: '综合受理',
      duties: '第一行\n第二行',
      teamId: team.id,
      phone: '0571-88888888',
      idNumber: '',
      isLeader: true,
      dutyStatus: 'onDuty',
      note: '备注'
    })
    expect(saved).toMatchObject({ initials: 'zsf', pinyin: 'zhangsanfeng', teamName: '综合受理窗口', missingGlyphs: [], birth: '1990-05' })
    expect(saved.createdAt).toBe(new Date(2026, 5, 1, 9).toISOString())
    const { people, teams } = await list()
    expect(people).toHaveLength(1)
    expect(teams[0].memberCount).toBe(1)
  })

  it('refuses invalid input with Chinese messages that name the field, writing nothing', async () => {
    expect(await refused('roster:savePerson', { name: '' })).toBe('请填写姓名')
    expect(await refused('roster:savePerson', { name: '甲', birth: '1990.05' })).toContain('出生年月')
    const first17 = '11010119900307123'
    const wrong = first17 + (idCheckChar(first17) === '0' ? '1' : '0')
    expect(await refused('roster:savePerson', { name: '甲', idNumber: wrong })).toBe('身份证号：校验位不正确，请逐位核对')
    expect(await refused('roster:savePerson', { name: '甲', politicalStatus: 'probationary', joinedPartyOn: '2025-01', fullMemberOn: '2026-01' })).toContain(
      '预备党员尚未转正'
    )
    expect(await refused('roster:savePerson', { name: '甲', birth: '2030-01' })).toBe('出生年月：不能晚于今天')
    expect(await refused('roster:savePerson', { name: '甲', teamId: 'no-such-team' })).toContain('班组不存在')
    expect(await refused('roster:savePerson', { name: '甲', isOutsider: true })).toContain('特约监督员')
  })

  it('accepts a valid ID with a lower-case x and refuses a second person with the same ID', async () => {
    const first17 = '11010119800101002'
    const id = first17 + idCheckChar(first17)
    const typed = id.endsWith('X') ? id.slice(0, 17) + 'x' : id
    const saved = await backend.call('roster:savePerson', { name: '甲', idNumber: typed })
    expect(saved.idNumber).toBe(id)
    expect(await refused('roster:savePerson', { name: '乙', idNumber: id })).toContain('与「甲」相同')
  })
})

describe('recycle bin', () => {
  it('moves a person to the 回收站, clears a team leader link with a note, and restores', async () => {
    const leader = await backend.call('roster:savePerson', { name: '王喆', isLeader: true })
    const team = await backend.call('roster:saveTeam', { name: '窗口一', kind: 'window', leaderId: leader.id })
    expect(team.leaderName).toBe('王喆')

    const deleted = await backend.call('roster:deletePerson', { id: leader.id })
    expect(deleted.notes).toEqual(['已取消王喆「窗口一」分管领导的身份'])
    const after = await list()
    expect(after.people).toHaveLength(0)
    expect(after.recycled).toBe(1)
    expect(after.teams[0].leaderId).toBeNull()
    expect((await backend.call('roster:recycleBin')).people.map((p) => p.name)).toEqual(['王喆'])
    expect((await backend.dispatch('roster:getPerson', { id: leader.id })).ok).toBe(false)

    await backend.call('roster:restore', { kind: 'person', id: leader.id })
    expect((await list()).people.map((p) => p.name)).toEqual(['王喆'])
  })

  it('refuses to delete a team with people in it; a deleted team sends restored people to no team', async () => {
    const team = await backend.call('roster:saveTeam', { name: '后勤保障组', kind: 'team' })
    const person = await backend.call('roster:savePerson', { name: '袁卫东', teamId: team.id })
    expect(await refused('roster:deleteTeam', { id: team.id })).toBe('「后勤保障组」还有1人（袁卫东），请先把他们调到其他班组再删除')

    await backend.call('roster:deletePerson', { id: person.id })
    await backend.call('roster:deleteTeam', { id: team.id })
    const restored = await backend.call('roster:restore', { kind: 'person', id: person.id })
    expect(restored.notes[0]).toContain('已改为未分班组')
    expect((await list()).people[0]).toMatchObject({ teamId: null, teamName: null })
  })

  it('purges only from the 回收站, and a purged team leaves no dangling team id behind', async () => {
    const team = await backend.call('roster:saveTeam', { name: '甲组', kind: 'team' })
    const person = await backend.call('roster:savePerson', { name: '甲', teamId: team.id })
    expect(await refused('roster:purge', { kind: 'person', id: person.id })).toContain('回收站中的该人员')
    await backend.call('roster:deletePerson', { id: person.id })
    await backend.call('roster:deleteTeam', { id: team.id })
    await backend.call('roster:purge', { kind: 'team', id: team.id })
    const bin = await backend.call('roster:recycleBin')
    expect(bin.teams).toHaveLength(0)
    expect(bin.people[0].teamId).toBeNull()
    await backend.call('roster:purge', { kind: 'person', id: person.id })
    expect(backend.host.data().people).toHaveLength(0)
  })

  it('refuses a restored team whose name is taken, and a duplicate team name', async () => {
    const team = await backend.call('roster:saveTeam', { name: '甲组', kind: 'team' })
    expect(await refused('roster:saveTeam', { name: '甲组', kind: 'window' })).toContain('已有名为「甲组」')
    await backend.call('roster:deleteTeam', { id: team.id })
    await backend.call('roster:saveTeam', { name: '甲组', kind: 'team' })
    expect(await refused('roster:restore', { kind: 'team', id: team.id })).toContain('请先改名')
  })
})

describe('teams', () => {
  it('orders teams and reorders them', async () => {
    const a = await backend.call('roster:saveTeam', { name: '甲', kind: 'team' })
    const b = await backend.call('roster:saveTeam', { name: '乙', kind: 'team' })
    expect((await list()).teams.map((t) => t.name)).toEqual(['甲', '乙'])
    const reordered = await backend.call('roster:reorderTeams', { ids: [b.id, a.id] })
    expect(reordered.map((t) => t.name)).toEqual(['乙', '甲'])
    expect(await refused('roster:reorderTeams', { ids: [a.id] })).toContain('请刷新')
  })
})

describe('demo data', () => {
  it('loads a unit of 40 people in 5 teams with leaders, probationary members and two outside supervisors, once', async () => {
    expect((await backend.call('demo:load', { through: 'roster' })).counts).toEqual({ people: 40, teams: 5 })
    const { people, teams } = await list()
    expect(teams.every((t) => t.leaderName && t.memberCount > 0)).toBe(true)
    expect(people.filter((p) => p.politicalStatus === 'probationary').length).toBeGreaterThanOrEqual(3)
    expect(people.filter((p) => p.isOutsider && p.isSupervisor && p.teamId === null)).toHaveLength(2)
    expect(people.filter((p) => p.isLeader).length).toBeGreaterThanOrEqual(3)
    expect(backend.host.data().settings.unitName).toBe('青川县政务服务中心')
    expect(await refused('demo:load', undefined)).toContain('已有数据')
  })
})
