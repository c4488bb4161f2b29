import { afterEach, describe, expect, it } from 'vitest'
import { databaseProblems } from '../../../electron/main/stages'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { contestDraft, ok } from '../../support/contest-seed'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { contestFigures } from '../../../electron/main/compete/contests/appraisal-figures'

/*
 * The demo's contests (finished figures, nothing for `cli check` to report) and a team merge
 * carrying a team's contest entry with its scores.
 */

const NOW = new Date(2026, 11, 2, 9, 0)
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})
async function backend() {
  const b = await createTestBackend({ now: () => NOW })
  backends.push(b)
  return b
}

describe('the demo’s contests', () => {
  it('gives a finished skill contest of two rounds and a 服务竞赛 in its 公示期, with figures one can redo by hand', async () => {
    const b = await backend()
    await ok(b, 'demo:load')
    const list = await ok(b, 'compete:contests', { year: 2026 })
    expect(list.map((c) => [c.name, c.status])).toEqual([
      ['2026年度文明优质服务竞赛', 'notice'],
      ['2026年度窗口业务技能比武', 'final']
    ])
    const skill = await ok(b, 'compete:contest', { id: 'demo-contest-skill' })
    expect(skill.rounds.map((r) => [r.name, r.entrantIds.length])).toEqual([['初赛', 14], ['决赛', 8]])
    const final = skill.results[1]
    // 杨帆 in the 决赛: totals 92.4, 94, 95.1, 94.4, 93; drop 95.1 and 92.4: (94 + 94.4 + 93)/3 = 281.4/3 = 93.8.
    const yang = final.lines.find((l) => l.name === '杨帆')!
    expect(yang.marks.map((m) => m.total)).toEqual([92.4, 94, 95.1, 94.4, 93])
    expect([yang.final, yang.rank, yang.award]).toEqual([93.8, 2, '二等奖'])
    expect(final.lines.filter((l) => l.award).length).toBe(6)
    const service = await ok(b, 'compete:contest', { id: 'demo-contest-service' })
    // 后勤保障组: (79.6 + 79.2 + 78.2)/3 = 79, less the 1 point deducted = 78.
    expect(service.results[0].lines.at(-1)).toMatchObject({ name: '后勤保障组', base: 79, deduction: 1, final: 78 })
    expect(databaseProblems(b.host.data(), NOW)).toEqual([])
  })
})

describe('a team merge', () => {
  it('moves a team’s contest entry with its scores to the team it joins', async () => {
    const b = await backend()
    await b.host.store().update((db) => demoDatabase(db, NOW))
    const [from, into] = b.host.data().teams
    const contest = await ok(b, 'compete:contestSave', contestDraft(b, { entrantKind: 'team', entrants: [from.id, b.host.data().teams[2].id] }))
    const [theory, practice] = contest.items
    await ok(b, 'compete:contestSheetSave', { contestId: contest.id, roundId: contest.rounds[0].id, judgeId: contest.judges[0].id, keying: 'first', cells: { [from.id]: { [theory.id]: 30, [practice.id]: 50 } } })
    const told = await ok(b, 'roster:mergeTeam', { fromId: from.id, intoId: into.id })
    expect(told.said).toContain('1场比武竞赛的参赛记录')
    const after = await ok(b, 'compete:contest', { id: contest.id })
    expect(after.entrants[0]).toBe(into.id)
    expect(after.results[0].lines[0]).toMatchObject({ name: into.name, final: 80 })
  })
})

describe('what the contests give the year-end appraisal', () => {
  it('scores each person of a final contest out of 100 in the last round they reached', async () => {
    const b = await backend()
    await ok(b, 'demo:load')
    const figures = contestFigures(b.host.data(), 2026)
    const person = (name: string) => b.host.data().people.find((p) => p.name === name)!.id
    // 杨帆's 决赛 final 93.8 of a most-possible 30 + 50 + 20 = 100 → 93.8.
    expect(figures.find((f) => f.personId === person('杨帆'))).toMatchObject({ component: 'contest', value: 93.8, detail: '「2026年度窗口业务技能比武」决赛最后得分93.8（满分100，折合93.8分，二等奖）' })
    // 吴昊 went out in the 初赛: (78.5 + 77.9 + 79.5 + 79.6 + 78.9 less 79.6 and 77.9)/3 = 236.9/3 = 78.97.
    expect(figures.find((f) => f.personId === person('吴昊'))?.value).toBe(78.97)
    // The 服务竞赛 is of teams, and not final: it scores no one.
    expect(figures).toHaveLength(14)
  })
})
