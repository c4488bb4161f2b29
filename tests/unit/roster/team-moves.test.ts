import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '@shared/model/database'
import { mergeTeams, mergeTold } from '../../../electron/main/roster/team-moves'
import { createTestBackend, type TestBackend } from '../../support/backend'

/*
 * Issue #8: people moved to another team in a batch, and a team merged into another with its
 * people, its leader link and the later stages' records (the show stage's team pledges). All or
 * nothing; the merged team goes to the 回收站.
 */

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1, 9) })
})
afterEach(() => backend.dispose())

const dbBytes = () => readFile(backend.host.paths.dbFile)
const stored = async (): Promise<Database> => JSON.parse(await readFile(backend.host.paths.dbFile, 'utf8'))
const refused = async (channel: string, input: unknown) => {
  const before = await dbBytes()
  const result = await backend.dispatch(channel, input)
  expect(result.ok).toBe(false)
  expect(await dbBytes()).toEqual(before)
  return result.ok ? '' : result.error.message
}

/** 运维班 (5 people, led by 王喆) and 运维检修班 (2 people), a leader outside both, an outside supervisor. */
async function seed(options: { intoLeader?: boolean } = {}) {
  const { call } = backend
  const wang = await call('roster:savePerson', { name: '王喆', isLeader: true, politicalStatus: 'member' })
  const li = await call('roster:savePerson', { name: '李堃', isLeader: true, politicalStatus: 'member' })
  const from = await call('roster:saveTeam', { name: '运维班', kind: 'team', leaderId: wang.id })
  const into = await call('roster:saveTeam', { name: '运维检修班', kind: 'team', leaderId: options.intoLeader === false ? null : li.id })
  const members = []
  for (const name of ['甲', '乙', '丙', '丁', '戊']) members.push(await call('roster:savePerson', { name, teamId: from.id, politicalStatus: 'member' }))
  const others = []
  for (const name of ['己', '庚']) others.push(await call('roster:savePerson', { name, teamId: into.id }))
  const outsider = await call('roster:savePerson', { name: '张德厚', isOutsider: true, isSupervisor: true })
  return { wang, li, from, into, members, others, outsider }
}

const teamPledge = (teamId: string, year: number, content = '群众满意率98%以上') =>
  backend.call('show:pledgeSave', { year, scope: 'team', teamId, items: [{ content }] })

describe('移到班组: people moved in a batch', () => {
  it('moves every selected person, says how many, and names those already there', async () => {
    const { members, others, into } = await seed()
    const done = await backend.call('roster:movePeople', { ids: [members[0].id, members[1].id, others[0].id], teamId: into.id })
    expect(done).toEqual({ said: '已把2人移到「运维检修班」', notes: ['己原已在「运维检修班」，未改动'] })
    const db = await stored()
    const teamOf = (id: string) => db.people.find((p) => p.id === id)!
    expect(teamOf(members[0].id)).toMatchObject({ teamId: into.id, updatedAt: new Date(2026, 5, 1, 9).toISOString() })
    expect(teamOf(members[2].id).teamId).not.toBe(into.id)
  })

  it('takes people out of any team with teamId null', async () => {
    const { members } = await seed()
    expect((await backend.call('roster:movePeople', { ids: [members[0].id], teamId: null })).said).toBe('已把1人移出班组（改为未分班组）')
    expect((await stored()).people.find((p) => p.id === members[0].id)!.teamId).toBeNull()
  })

  it('is all or nothing: one person in the 回收站, a team in the 回收站, an outside supervisor, an empty list', async () => {
    const { members, into, from, outsider } = await seed()
    await backend.call('roster:deletePerson', { id: members[4].id })
    expect(await refused('roster:movePeople', { ids: [members[0].id, members[4].id], teamId: into.id })).toBe('所选人员中有1人已不在花名册中（可能刚被删除），请刷新后重新选择')
    expect(await refused('roster:movePeople', { ids: [members[0].id, 'no-such-person'], teamId: into.id })).toContain('有1人已不在花名册中')
    expect(await refused('roster:movePeople', { ids: [members[0].id, outsider.id], teamId: into.id })).toBe('单位外的特约监督员不属于本单位班组：张德厚，请不要选择他们')
    expect(await refused('roster:movePeople', { ids: [], teamId: into.id })).toContain('请先选择人员')
    const empty = await backend.call('roster:saveTeam', { name: '临时组', kind: 'team' })
    await backend.call('roster:deleteTeam', { id: empty.id })
    expect(await refused('roster:movePeople', { ids: [members[0].id], teamId: empty.id })).toBe('所选班组不存在或已在回收站中，请重新选择')
    expect((await stored()).people.filter((p) => p.teamId === from.id)).toHaveLength(5)
  })
})

describe('合并班组', () => {
  it('moves the people and the team pledges, sends the merged team to the 回收站 and says what moved', async () => {
    const { from, into, members } = await seed()
    const pledge = await teamPledge(from.id, 2026)
    const preview = await backend.call('roster:mergeTeamPreview', { fromId: from.id, intoId: into.id })
    expect(preview.said).toBe('将把「运维班」的5人和1条班组承诺并入「运维检修班」')
    expect(preview.notes).toContain('「运维班」将移到回收站，可以从回收站恢复（恢复后是一个空班组）')
    expect((await stored()).people.filter((p) => p.teamId === from.id)).toHaveLength(5) // the preview writes nothing

    const done = await backend.call('roster:mergeTeam', { fromId: from.id, intoId: into.id })
    expect(done.said).toBe('已把「运维班」的5人和1条班组承诺并入「运维检修班」')
    expect(done.notes).toEqual(['「运维检修班」的分管领导仍是李堃（「运维班」原由王喆分管）', '「运维班」已移到回收站，可以从回收站恢复（恢复后是一个空班组）'])
    const db = await stored()
    expect(db.people.filter((p) => p.teamId === into.id).map((p) => p.name).sort()).toEqual(['丁', '丙', '乙', '庚', '己', '戊', '甲'].sort())
    expect(db.pledges.find((p) => p.id === pledge.id)!.teamId).toBe(into.id)
    expect(db.teams.find((t) => t.id === from.id)!.deletedAt).toBe(new Date(2026, 5, 1, 9).toISOString())
    expect(members.every((m) => db.people.find((p) => p.id === m.id)!.teamId === into.id)).toBe(true)

    // Restorable from the 回收站, as an empty team with its leader back.
    await backend.call('roster:restore', { kind: 'team', id: from.id })
    const restored = (await backend.call('roster:list')).teams.find((t) => t.id === from.id)!
    expect(restored).toMatchObject({ memberCount: 0, leaderName: '王喆' })
  })

  it('gives a team without a leader the merged team’s leader', async () => {
    const { from, into } = await seed({ intoLeader: false })
    const done = await backend.call('roster:mergeTeam', { fromId: from.id, intoId: into.id })
    expect(done.said).toBe('已把「运维班」的5人并入「运维检修班」')
    expect(done.notes[0]).toBe('「运维检修班」原来没有分管领导，改由「运维班」的分管领导王喆分管')
    expect((await stored()).teams.find((t) => t.id === into.id)!.leaderId).toBe((await stored()).teams.find((t) => t.id === from.id)!.leaderId)
  })

  it('keeps a team pledge of a year the other team has pledged for too with the merged team, and says so', async () => {
    const { from, into } = await seed()
    const kept = await teamPledge(from.id, 2026, '运维班的承诺')
    const moved = await teamPledge(from.id, 2025, '运维班去年的承诺')
    await teamPledge(into.id, 2026, '运维检修班的承诺')
    const done = await backend.call('roster:mergeTeam', { fromId: from.id, intoId: into.id })
    expect(done.said).toBe('已把「运维班」的5人和1条班组承诺并入「运维检修班」')
    expect(done.notes).toContain(
      '「运维班」2026年度的班组承诺没有并入：「运维检修班」已有该年度的班组承诺（每个班组每年一条）；它留在「运维班」名下，恢复该班组即可查看'
    )
    const db = await stored()
    expect(db.pledges.find((p) => p.id === kept.id)!.teamId).toBe(from.id)
    expect(db.pledges.find((p) => p.id === moved.id)!.teamId).toBe(into.id)
    // Kept, so the merged team cannot be purged while its pledge is there.
    expect(await refused('roster:purge', { kind: 'team', id: from.id })).toContain('1条班组承诺')
  })

  it('moves people of the merged team who are in the 回收站 too, so a restore brings them to the new team', async () => {
    const { from, into, members } = await seed()
    await backend.call('roster:deletePerson', { id: members[0].id })
    const done = await backend.call('roster:mergeTeam', { fromId: from.id, intoId: into.id })
    expect(done.said).toBe('已把「运维班」的4人并入「运维检修班」')
    expect(done.notes).toContain('回收站中原属「运维班」的1人也改属「运维检修班」，恢复后回到「运维检修班」')
    await backend.call('roster:restore', { kind: 'person', id: members[0].id })
    expect((await backend.call('roster:list')).people.find((p) => p.id === members[0].id)!.teamName).toBe('运维检修班')
  })

  it('says so when there is nothing to move', async () => {
    const { into } = await seed()
    const empty = await backend.call('roster:saveTeam', { name: '临时组', kind: 'team' })
    expect((await backend.call('roster:mergeTeam', { fromId: empty.id, intoId: into.id })).said).toBe('已把「临时组」并入「运维检修班」')
  })

  it('refuses, writing nothing, a merge into itself, from or into a team in the 回收站, or of a team that does not exist', async () => {
    const { from, into } = await seed()
    await teamPledge(from.id, 2026)
    expect(await refused('roster:mergeTeam', { fromId: from.id, intoId: from.id })).toBe('不能把班组并入它自己，请选择另一个班组')
    expect(await refused('roster:mergeTeamPreview', { fromId: from.id, intoId: from.id })).toBe('不能把班组并入它自己，请选择另一个班组')
    const binned = await backend.call('roster:saveTeam', { name: '临时组', kind: 'team' })
    await backend.call('roster:deleteTeam', { id: binned.id })
    expect(await refused('roster:mergeTeam', { fromId: binned.id, intoId: into.id })).toBe('「临时组」在回收站中，不能合并；请先恢复该班组')
    expect(await refused('roster:mergeTeam', { fromId: from.id, intoId: binned.id })).toBe('「临时组」在回收站中，不能并入；请先恢复该班组或另选一个班组')
    expect(await refused('roster:mergeTeam', { fromId: 'no-such-team', intoId: into.id })).toContain('该班组')
    const db = await stored()
    expect(db.people.filter((p) => p.teamId === from.id)).toHaveLength(5)
    expect(db.pledges.every((p) => p.teamId === from.id)).toBe(true)
  })
})

describe('the stage registry’s part in a merge', () => {
  it('asks every stage, and a stage that refuses refuses the whole merge', async () => {
    const { from, into } = await seed()
    const db = backend.host.data() as Database
    const asked: [string, string][] = []
    const refusing = {
      mergeTeam: (_: Database, fromId: string, intoId: string): never => {
        asked.push([fromId, intoId])
        throw new Error('这一阶段不允许合并')
      }
    }
    expect(() => mergeTeams(db, from.id, into.id, 'now', refusing)).toThrow('这一阶段不允许合并')
    expect(asked).toEqual([[from.id, into.id]])
    const counting = { mergeTeam: (next: Database) => ({ db: next, moved: ['2条三比记录'], notes: ['一条说明'] }) }
    const { facts } = mergeTeams(db, from.id, into.id, 'now', counting)
    expect(mergeTold(facts, true).said).toBe('已把「运维班」的5人和2条三比记录并入「运维检修班」')
    expect(mergeTold(facts, true).notes).toContain('一条说明')
  })
})
