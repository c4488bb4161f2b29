import { afterEach, describe, expect, it } from 'vitest'
import { rosterBackend, type TestBackend } from '../../support/backend'
import { refused } from '../../support/refusal'
import { contestDraft, ok, personNamed, sheetInput } from '../../support/contest-seed'

/*
 * The contest channels through the real dispatch and store: a contest from its set-up through
 * the judges' sheets, 成绩公示 and 定稿 to a reopening; what is refused (with the database file
 * left byte-identical), and the 定稿 lock with its reason log.
 */

const NOW = new Date(2026, 5, 20, 9, 0) // 2026-06-20 (a Saturday), local time

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const demoBackend = () => rosterBackend(NOW, backends)

describe('contests: set-up', () => {
  it('saves a contest with ids for its items, judges and round, which holds every entrant', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    expect(contest.status).toBe('draft')
    expect(contest.items.every((i) => i.id) && contest.judges.every((j) => j.id)).toBe(true)
    expect(contest.rounds[0].entrantIds).toEqual(contest.entrants)
    expect(Object.values(contest.judgeNames)).toEqual(['周建国', '张卫东'])
    expect(contest.results[0].sheets.map((s) => s.state)).toEqual(['missing', 'missing'])
    expect(contest.blockers).toEqual(['评委周建国的评分表未录入', '评委张卫东的评分表未录入'])
    expect(await ok(b, 'compete:contests', { year: 2026 })).toEqual([expect.objectContaining({ name: '窗口业务技能比武', entrants: 3, judges: 2, sheetsDone: 0, sheetsWanted: 2 })])
  })

  it.each([
    [{ judges: [] }, '请至少设一名评委'],
    [{ items: [] }, '请至少设一个评分项目'],
    [{ items: [{ name: '理论', max: 0 }] }, '满分应大于0'],
    [{ items: [{ name: '理论', max: 10, decimals: 3 }] }, '小数位数为0至2位'],
    [{ name: '' }, '请填写竞赛名称']
  ])('refuses %j with its own message', async (change, message) => {
    const b = await demoBackend()
    expect(await refused(b, 'compete:contestSave', { ...contestDraft(b), ...change })).toBe(message)
  })

  it('refuses an outside judge without a name, a twice-named judge and a deleted entrant', async () => {
    const b = await demoBackend()
    expect(await refused(b, 'compete:contestSave', contestDraft(b, { judges: [{ personId: null, name: '' }] }))).toBe('评委：请填写第1名评委的姓名，或从花名册中选择')
    expect(await refused(b, 'compete:contestSave', contestDraft(b, { judges: [{ personId: null, name: '张卫东' }, { personId: null, name: '张卫东' }] }))).toBe('评委：张卫东重复')
    await ok(b, 'roster:deletePerson', { id: personNamed(b, '马国强').id })
    expect(await refused(b, 'compete:contestSave', contestDraft(b))).toBe('参赛者：所选人员不存在或已被删除')
  })
})

describe('contests: deleting a draft', () => {
  it('deletes the contest with its sheets and says how many went', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50]]))
    expect(await ok(b, 'compete:contestDelete', { id: contest.id })).toEqual({ sheets: 1 })
    expect([b.host.data().contests, b.host.data().contestSheets]).toEqual([[], []])
  })
})

describe('contests: the judges’ sheets', () => {
  it('keeps a blank apart from 0, checks each value against its item, and sums up the sheets', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    expect(await refused(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[41, 50]]))).toBe('成绩：吴昊的理论：成绩不能超过满分40')
    expect(await refused(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[-1, 50]]))).toBe('成绩：吴昊的理论：成绩不能为负数')
    expect(await refused(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50.5]]))).toBe('成绩：吴昊的实操：成绩应为整数')
    expect(await refused(b, 'compete:contestSheetSave', { ...sheetInput(contest, 0, []), cells: { x: { y: 'abc' } } })).toContain('成绩应为数字')

    // 周建国: 吴昊 0 + 0 (a real zero), 黄丽萍 35.5 + 55, 马国强 only 理论 written.
    let view = await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[0, 0], [35.5, 55], [30, null]]))
    const sheet = await ok(b, 'compete:contestSheet', { contestId: contest.id, roundId: contest.rounds[0].id, judgeId: contest.judges[0].id, keying: 'first' })
    expect(sheet?.cells[contest.entrants[0]]).toEqual({ [contest.items[0].id]: 0, [contest.items[1].id]: 0 })
    expect(sheet?.cells[contest.entrants[2]][contest.items[1].id]).toBeNull()
    expect(view.results[0].sheets[0]).toMatchObject({ state: 'partial', scored: 2, partialNames: ['马国强'] })
    expect(view.results[0].lines.map((l) => l.final)).toEqual([0, 90.5, null])

    // 张卫东: 吴昊 30 + 50 = 80, 黄丽萍 left blank (did not score her), 马国强 32 + 52 = 84.
    view = await ok(b, 'compete:contestSheetSave', sheetInput(contest, 1, [[30, 50], [null, null], [32, 52]]))
    expect(view.results[0].sheets[1]).toMatchObject({ state: 'gaps', blankNames: ['黄丽萍'] })
    // Means: 吴昊 (0 + 80)/2 = 40; 黄丽萍 90.5 (one judge); 马国强 incomplete (周建国's row half blank).
    expect(view.results[0].lines.map((l) => [l.name, l.final, l.rank])).toEqual([
      ['吴昊', 40, 2],
      ['黄丽萍', 90.5, 1],
      ['马国强', null, null]
    ])
    expect(view.blockers).toEqual(['评委周建国的评分表中马国强有未填的分项'])
  })

  it('shows a second keying’s differences cell by cell until they agree', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35, 55], [0, 40]]))
    let view = await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 56], [35, 55], [null, 40]], 'second'))
    expect(view.results[0].sheets[0]).toMatchObject({ secondKeying: 'differs', differences: 2 })
    const key = { contestId: contest.id, roundId: contest.rounds[0].id, judgeId: contest.judges[0].id }
    expect(await ok(b, 'compete:contestSheetDifferences', key)).toEqual([
      expect.objectContaining({ name: '吴昊', itemName: '实操', first: 50, second: 56 }),
      expect.objectContaining({ name: '马国强', itemName: '理论', first: 0, second: null })
    ])
    expect(view.blockers).toContain('评委周建国的评分表两次录入有2处不一致')
    view = await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35, 55], [0, 40]], 'second'))
    expect(view.results[0].sheets[0].secondKeying).toBe('agrees')
  })

  it('asks before the scoring rule changes under entered scores, and never loses a scored entrant', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35, 55], [32, 52]]))
    const again = (extra: object) => ({ ...contestDraft(b), id: contest.id, items: contest.items, judges: contest.judges, rounds: contest.rounds, ...extra })
    expect(await refused(b, 'compete:contestSave', again({ rule: { method: 'sum' } }))).toContain('修改计分办法')
    expect(await refused(b, 'compete:contestSave', again({ items: [contest.items[0], { ...contest.items[1], max: 50 }], ruleChangeConfirmed: true }))).toBe(
      '已录入的成绩与新的评分项目不符（黄丽萍，实操：成绩不能超过满分50），请先改正成绩'
    )
    expect(await refused(b, 'compete:contestSave', again({ entrants: contest.entrants.slice(1) }))).toBe('吴昊在「决赛」已有成绩，不能移出')
    expect(await refused(b, 'compete:contestSave', again({ judges: contest.judges.slice(1) }))).toBe('评委周建国已录入成绩，不能移出')
    const summed = await ok(b, 'compete:contestSave', again({ rule: { method: 'sum' }, ruleChangeConfirmed: true }))
    expect(summed.rule.method).toBe('sum')
    // The name and place may change freely.
    expect((await ok(b, 'compete:contestSave', again({ rule: summed.rule, place: '大厅' }))).place).toBe('大厅')
  })
})

describe('contests: 成绩公示, 定稿 and reopening', () => {
  async function scored(b: TestBackend) {
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    // 周建国: 80, 90.5, 84; 张卫东: 82, 88, 84 → means 81, 89.25, 84: 黄丽萍 一等奖, 马国强 二等奖.
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35.5, 55], [32, 52]]))
    return ok(b, 'compete:contestSheetSave', sheetInput(contest, 1, [[32, 50], [34, 54], [30, 54]]))
  }

  it('publishes for 5 working days by default, locks at 定稿 and reopens only with a reason kept with the old and new figures', async () => {
    const b = await demoBackend()
    const contest = await scored(b)
    expect(contest.results[0].lines.map((l) => [l.name, l.final, l.award])).toEqual([
      ['吴昊', 81, null],
      ['黄丽萍', 89.25, '一等奖'],
      ['马国强', 84, '二等奖']
    ])
    expect(await refused(b, 'compete:contestFinalize', { id: contest.id })).toBe('请先进行成绩公示，公示后再定稿')
    // 2026-06-22 is a Monday: five working days end on Friday the 26th.
    const notice = await ok(b, 'compete:contestPublish', { id: contest.id, from: '2026-06-22' })
    expect([notice.status, notice.noticeFrom, notice.noticeTo]).toEqual(['notice', '2026-06-22', '2026-06-26'])
    expect(await refused(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[31, 50], [35.5, 55], [32, 52]]))).toContain('成绩公示中，不能修改成绩')

    const final = await ok(b, 'compete:contestFinalize', { id: contest.id })
    expect(final.status).toBe('final')
    expect(await refused(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[31, 50], [35.5, 55], [32, 52]]))).toBe(
      '「窗口业务技能比武」已定稿，成绩已锁定，不能修改成绩；如需修改，请先填写原因重新打开'
    )
    expect(await refused(b, 'compete:contestSave', { ...contestDraft(b), id: contest.id })).toContain('已定稿')
    expect(await refused(b, 'compete:contestDelete', { id: contest.id })).toContain('已定稿')
    expect(await refused(b, 'compete:contestReopen', { id: contest.id, reason: ' ' })).toBe('请填写重新打开的原因')

    const reopened = await ok(b, 'compete:contestReopen', { id: contest.id, reason: '张卫东评分表实操一栏抄错' })
    expect(reopened.status).toBe('draft')
    expect(await refused(b, 'compete:contestDelete', { id: contest.id })).toBe('「窗口业务技能比武」曾经定稿公布，只能修改，不能删除')
    // 张卫东 gave 吴昊 58 in 实操, not 50: 32 + 58 = 90, mean (80 + 90)/2 = 85 → 二等奖 moves from 马国强 (84) to 吴昊.
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 1, [[32, 58], [34, 54], [30, 54]]))
    await ok(b, 'compete:contestPublish', { id: contest.id, from: '2026-06-29', to: '2026-07-03' })
    const refinal = await ok(b, 'compete:contestFinalize', { id: contest.id })
    expect(refinal.reopenings).toEqual([
      {
        at: NOW.toISOString(),
        reason: '张卫东评分表实操一栏抄错',
        before: [
          { name: '吴昊', final: 81, rank: 3, award: null },
          { name: '黄丽萍', final: 89.25, rank: 1, award: '一等奖' },
          { name: '马国强', final: 84, rank: 2, award: '二等奖' }
        ],
        after: [
          { name: '吴昊', final: 85, rank: 2, award: '二等奖' },
          { name: '黄丽萍', final: 89.25, rank: 1, award: '一等奖' },
          { name: '马国强', final: 84, rank: 3, award: null }
        ]
      }
    ])
  })

  it('holds the notice back while an award is tied and undecided, until the officer decides', async () => {
    const b = await demoBackend()
    const contest = await ok(b, 'compete:contestSave', contestDraft(b))
    // Both judges give 吴昊 and 马国强 the same 30 + 50: tied at 80 for the one 二等奖, nothing parts them.
    await ok(b, 'compete:contestSheetSave', sheetInput(contest, 0, [[30, 50], [35, 55], [30, 50]]))
    const view = await ok(b, 'compete:contestSheetSave', sheetInput(contest, 1, [[30, 50], [35, 55], [30, 50]]))
    expect(view.results[0].ties).toEqual([expect.objectContaining({ names: ['吴昊', '马国强'], upper: '二等奖', lower: null, resolvedBy: null })])
    expect(view.results[0].lines.map((l) => l.rank)).toEqual([2, 1, 2])
    expect(await refused(b, 'compete:contestPublish', { id: contest.id, from: '2026-06-22' })).toBe('还不能公示：吴昊、马国强并列80分，二等奖待定（请确定先后）')
    const decided = await ok(b, 'compete:contestTieDecide', { contestId: contest.id, roundId: contest.rounds[0].id, entrantIds: [contest.entrants[2], contest.entrants[0]], note: '实操用时更短' })
    expect(decided.results[0].lines.map((l) => l.award)).toEqual([null, '一等奖', '二等奖'])
    expect(decided.blockers).toEqual([])
  })

  it('reminds of a 公示期 ending, and the roster keeps whom a contest names', async () => {
    const b = await demoBackend()
    const contest = await scored(b)
    await ok(b, 'compete:contestPublish', { id: contest.id, from: '2026-06-22' })
    const reminders = await ok(b, 'home:reminders', { withinDays: 7 })
    expect(reminders).toContainEqual(expect.objectContaining({ kind: '成绩公示期', dueOn: '2026-06-26', daysOverdue: -6, path: '/compete/contests' }))
    await ok(b, 'roster:deletePerson', { id: personNamed(b, '周建国').id })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: personNamed(b, '周建国').id })).toContain('1场比武竞赛的评委')
  })
})
