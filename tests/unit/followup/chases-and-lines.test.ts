import { afterEach, describe, expect, it } from 'vitest'
import { fundTotals, yuan } from '@shared/followup/fund-totals'
import type { FundLine } from '@shared/followup/funds'
import { databaseProblems } from '../../../electron/main/stages'
import type { TestBackend } from '../../support/backend'
import { ok, personId, refused, rosterBackend, teamId } from '../../support/followup-backend'

/* 催办 records and reminders, 目标责任, 经费 totals, 考核 and 奖惩, the roster's purge and merge, and the demo year. */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const item = (b: TestBackend, deadline: string, problem = '排队时间长') =>
  ok(b, 'followup:rectificationSave', { year: 2026, kind: 'publicReview', problem, owner: { kind: 'team', id: teamId(b, '综合受理窗口') }, deadline })

describe('followup: 催办', () => {
  it('reminds of overdue and soon-due items on the home page, not of those further off or done', async () => {
    const b = await rosterBackend(NOW, backends)
    const late = await item(b, '2026-06-21', '逾期的')
    await item(b, '2026-07-08', '七天内的')
    await item(b, '2026-07-09', '八天后的')
    const finished = await item(b, '2026-06-01', '已完成的')
    await ok(b, 'followup:rectificationComplete', { id: finished.id, completedOn: '2026-06-01', evidence: '完成' })
    const reminders = (await ok(b, 'home:reminders', { withinDays: 7 })).filter((r) => r.stage === 'followup')
    expect(reminders.map((r) => [r.title, r.daysOverdue, r.ownerName])).toEqual([
      ['逾期的', 10, '综合受理窗口'],
      ['七天内的', -7, '综合受理窗口']
    ])
    expect(reminders[0]).toMatchObject({ key: `followup/rectifications/${late.id}`, kind: '整改事项', path: '/followup/ledger', dueOn: '2026-06-21' })
    // An item from a 举报 is named on the home page only as one.
    await b.host.store().update((db) => ({ ...db, rectifications: db.rectifications.map((r) => (r.id === late.id ? { ...r, confidential: true } : r)) }))
    expect((await ok(b, 'home:reminders')).find((r) => r.key === reminders[0].key)!.title).toBe('举报事项（内容不公开）')
  })

  it('records chases with their history; names an own item afresh; refuses a future day or a reply before the chase', async () => {
    const b = await rosterBackend(NOW, backends)
    const late = await item(b, '2026-06-21')
    const key = `followup/rectifications/${late.id}`
    const stale = { key, stage: 'followup', kind: '整改事项', title: '旧标题', ownerName: '某人', dueOn: '2026-01-01' }
    const first = await ok(b, 'followup:chaseSave', { subject: stale, on: '2026-06-25', way: 'notice', toWhom: '黄丽萍', asked: '三日内报送进展', reply: '已增开窗口', repliedOn: '2026-06-27' })
    expect(first).toMatchObject({ year: 2026, subject: { title: '排队时间长', ownerName: '综合受理窗口', dueOn: '2026-06-21' } })
    await ok(b, 'followup:chaseSave', { subject: stale, on: '2026-07-01', way: 'phone', toWhom: '王喆' })
    // Another stage's reminder is chased under its own key, kept as it was given.
    const training = { key: 'compete/trainingPlans/p1', stage: 'compete', kind: '人才培养计划', title: '青年骨干培养', ownerName: '吴昊', dueOn: '2026-06-30' }
    await ok(b, 'followup:chaseSave', { subject: training, on: '2026-07-01', way: 'inPerson', toWhom: '吴昊' })
    expect((await ok(b, 'followup:chases', { key })).map((c) => [c.on, c.way])).toEqual([
      ['2026-06-25', 'notice'],
      ['2026-07-01', 'phone']
    ])
    expect((await ok(b, 'followup:chases', { key: training.key }))[0].subject).toEqual(training)
    expect(await refused(b, 'followup:chaseSave', { subject: stale, on: '2026-07-02', way: 'phone', toWhom: '王喆' })).toBe('催办日期不能晚于今天')
    expect(await refused(b, 'followup:chaseSave', { subject: stale, on: '2026-06-30', way: 'phone', toWhom: '王喆', repliedOn: '2026-06-29' })).toBe('回复日期不能早于催办日期')
    expect(await refused(b, 'followup:chaseSave', { subject: stale, on: '2026-06-30', way: 'fax', toWhom: '王喆' })).toBe('请选择催办方式')
    expect(await ok(b, 'followup:chaseDelete', { id: first.id })).toEqual({ message: '已删除2026-06-25的催办记录；该事项其余1条催办记录保留' })
  })
})

describe('followup: targets, funds, records', () => {
  it('keeps a leader’s target with its check dates in the year and adds check results', async () => {
    const b = await rosterBackend(NOW, backends)
    const leader = { kind: 'person' as const, id: personId(b, '王喆') }
    expect(await refused(b, 'followup:targetSave', { year: 2026, holder: leader, target: '零投诉', checkDates: ['2027-01-10'] })).toBe('检查时间：2027-01-10不在2026年内')
    const target = await ok(b, 'followup:targetSave', { year: 2026, holder: leader, target: '分管窗口零投诉', ownerId: leader.id, checkDates: ['2026-12-20', '2026-06-30', '2026-06-30'] })
    expect(target.checkDates).toEqual(['2026-06-30', '2026-12-20'])
    // The June check is due (the day before) and not made: the home page says so until a check is recorded.
    const due = () => ok(b, 'home:reminders', { withinDays: 7 }).then((all) => all.filter((r) => r.kind === '目标检查'))
    expect(await due()).toEqual([expect.objectContaining({ dueOn: '2026-06-30', daysOverdue: 1, ownerName: '王喆', path: '/followup/targets' })])
    const checked = await ok(b, 'followup:targetCheck', { targetId: target.id, on: '2026-06-30', result: 'partly', note: '有1起投诉' })
    expect(checked.checks).toMatchObject([{ on: '2026-06-30', result: 'partly', note: '有1起投诉' }])
    expect(await due()).toEqual([])
    // Editing the target keeps its checks.
    expect((await ok(b, 'followup:targetSave', { ...target, target: '分管窗口全年零有效投诉' })).checks).toHaveLength(1)
    expect(await ok(b, 'followup:targetDelete', { id: target.id })).toEqual({ message: '已删除王喆的目标责任及其1次检查结果；其他目标不变' })
  })

  it('totals money in 分 per activity (worked by hand) and refuses amounts that are not whole 分', async () => {
    const b = await rosterBackend(NOW, backends)
    const line = (on: string, activity: string, direction: 'income' | 'spending', amountFen: number, summary: string) => ok(b, 'followup:fundSave', { on, activity, direction, amountFen, summary })
    await line('2026-03-01', '技能比武', 'income', 2_000_000, '经费划拨')
    await line('2026-04-10', '技能比武', 'spending', 128_000, '奖品')
    await line('2026-04-11', '技能比武', 'spending', 60_000, '场地')
    await line('2026-05-20', '群众评议', 'spending', 32_050, '问卷印制')
    expect(await refused(b, 'followup:fundSave', { on: '2026-05-20', activity: '群众评议', direction: 'spending', amountFen: 10.5, summary: '茶歇' })).toBe('金额最多到分')
    expect(await refused(b, 'followup:fundSave', { on: '2026-05-20', activity: '群众评议', direction: 'spending', amountFen: 0, summary: '茶歇' })).toBe('金额应大于0')
    const lines = await ok(b, 'followup:funds', { year: 2026 })
    const { byActivity, total } = fundTotals(lines as FundLine[])
    // 20000.00 − 1280.00 − 600.00 = 18120.00; 群众评议 spent 320.50 with nothing in.
    expect(byActivity.map((t) => [t.activity, yuan(t.incomeFen), yuan(t.spendingFen), yuan(t.balanceFen)])).toEqual([
      ['技能比武', '20,000.00', '1,880.00', '18,120.00'],
      ['群众评议', '0.00', '320.50', '-320.50']
    ])
    expect([yuan(total.incomeFen), yuan(total.spendingFen), yuan(total.balanceFen), total.lines]).toEqual(['20,000.00', '2,200.50', '17,799.50', 4])
  })

  it('keeps 考核记录 and 奖惩 per person or team, and the roster will not purge who they name', async () => {
    const b = await rosterBackend(NOW, backends)
    const wu = personId(b, '吴昊')
    await ok(b, 'followup:assessmentRecordSave', { holder: { kind: 'person', id: wu }, on: '2026-06-20', item: '业务测试', result: '合格', score: 92 })
    const reward = await ok(b, 'followup:rewardPenaltySave', { holder: { kind: 'person', id: wu }, kind: 'reward', title: '通报表扬', reason: '上门帮办', on: '2026-06-25' })
    expect(reward.year).toBe(2026)
    expect(await refused(b, 'followup:rewardPenaltySave', { holder: { kind: 'person', id: wu }, kind: 'reward', title: '通报表扬', reason: ' ', on: '2026-06-25' })).toBe('请填写奖惩事由')
    await ok(b, 'roster:deletePerson', { id: wu })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: wu })).toBe('不能彻底删除：1条考核记录；1条奖惩记录')
  })

  it('moves a merged team’s items, targets, records and rewards to the team it joins', async () => {
    const b = await rosterBackend(NOW, backends)
    const from = teamId(b, '社保医保窗口')
    const into = teamId(b, '综合受理窗口')
    const team = { kind: 'team' as const, id: from }
    await ok(b, 'followup:rectificationSave', { year: 2026, problem: '午休离岗', owner: team, deadline: '2026-07-20' })
    await ok(b, 'followup:targetSave', { year: 2026, holder: team, target: '一次办好' })
    await ok(b, 'followup:rewardPenaltySave', { holder: team, kind: 'reward', title: '满意窗口', reason: '满意率99%', on: '2026-06-30' })
    const told = await ok(b, 'roster:mergeTeam', { fromId: from, intoId: into })
    expect(told.said).toContain('1项整改事项')
    expect(told.said).toContain('1项目标责任')
    const db = b.host.data()
    expect([db.rectifications[0].owner.id, db.responsibilityTargets[0].holder.id, db.rewardPenalties[0].holder.id]).toEqual([into, into, into])
  })
})

describe('followup: the demo year', () => {
  it('seeds items in every status with one overdue and chased, targets, money and rewards, and no problems', async () => {
    const b = await rosterBackend(NOW, backends)
    await b.host.store().update((db) => ({ ...db, people: [], teams: [] }))
    await ok(b, 'demo:load')
    const items = await ok(b, 'followup:rectifications')
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['pending', 'inProgress', 'awaitingCheck', 'closed']))
    expect(items.filter((i) => i.overdue)).toHaveLength(1)
    expect(items.find((i) => i.overdue)!.chaseCount).toBe(2)
    expect(items.some((i) => i.kind === 'pledge' && i.findingKey)).toBe(true)
    expect(items.filter((i) => i.status === 'closed').every((i) => i.closeOut && i.feedback)).toBe(true)
    expect((await ok(b, 'followup:targets', { year: 2026 })).length).toBe(8)
    expect((await ok(b, 'followup:funds', { year: 2026 })).length).toBe(9)
    expect((await ok(b, 'followup:rewardPenalties', { year: 2026 })).map((r) => r.kind).sort()).toEqual(['penalty', 'reward', 'reward'])
    expect(databaseProblems(b.host.data(), NOW)).toEqual([])
  })
})

describe('followup: cli check', () => {
  it('reports an item closed out by its own owner and records naming people who are gone', async () => {
    const b = await rosterBackend(NOW, backends)
    const wu = personId(b, '吴昊')
    const item = await ok(b, 'followup:rectificationSave', { year: 2026, problem: '笔记不全', owner: { kind: 'person', id: wu }, deadline: '2026-07-20' })
    await ok(b, 'followup:rewardPenaltySave', { holder: { kind: 'person', id: wu }, kind: 'reward', title: '通报表扬', reason: '上门帮办', on: '2026-06-25' })
    // A file edited by hand: closed by the owner, and a reward for someone no longer in the roster.
    await b.host.store().update((db) => ({
      ...db,
      rectifications: db.rectifications.map((r) => (r.id === item.id ? { ...r, status: 'closed' as const, closeOut: { verifierId: wu, on: '2026-07-01', check: '自查' } } : r)),
      rewardPenalties: db.rewardPenalties.map((r) => ({ ...r, holder: { kind: 'person' as const, id: 'gone' } }))
    }))
    expect(databaseProblems(b.host.data(), NOW)).toEqual([`整改事项“笔记不全”（${item.id}）由责任人自己验收销号`, '2026-06-25的奖惩记录“通报表扬”的对象不存在（gone）'])
  })
})
