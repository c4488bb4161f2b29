import { afterEach, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { databaseProblems } from '../../../electron/main/stages'
import { createTestBackend, rosterBackend, type TestBackend } from '../../support/backend'
import { refused } from '../../support/refusal'

/*
 * 人才培养计划 and 四帮四促 through the real dispatch and store: saving, notes, overdue, what is
 * refused (each refusal leaves the database file byte-identical), references and the team merge.
 */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01, local time

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const demoBackend = () => rosterBackend(NOW, backends)

const id = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
const teamId = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id

const plan = (b: TestBackend, extra: Partial<InputOf<'compete:trainingPlanSave'>> = {}): InputOf<'compete:trainingPlanSave'> => ({
  year: 2026,
  personId: id(b, '吴昊'),
  target: '取得政务服务办事员（四级）证书',
  measures: '师带徒，每周跟岗两个半天',
  mentorId: id(b, '黄丽萍'),
  startOn: '2026-03-01',
  dueOn: '2026-06-30',
  ...extra
})


/** The home page's reminders of training plans (the roster's teams also bring 领导点评 reminders of their own). */
const trainingReminders = async (b: TestBackend, withinDays?: number) =>
  (await b.call('home:reminders', withinDays === undefined ? undefined : { withinDays })).filter((r) => r.kind === '人才培养计划')

describe('compete: training plans', () => {
  it('saves a plan, is overdue the day after its 完成期限, and a note starts it; closing it ends the reminder', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:trainingPlanSave', plan(b))
    expect(saved).toMatchObject({ status: 'planned', personName: '吴昊', teamName: '综合受理窗口', mentorName: '黄丽萍', overdue: true, daysOverdue: 1 })

    const noted = await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-04-10', content: '完成岗位业务清单学习' })
    expect(noted.status).toBe('running')
    expect(noted.notes).toEqual([expect.objectContaining({ date: '2026-04-10', content: '完成岗位业务清单学习' })])
    // A note dated earlier sorts before it.
    const second = await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-03-15', content: '跟岗学习' })
    expect(second.notes.map((n) => n.date)).toEqual(['2026-03-15', '2026-04-10'])

    expect(await b.call('compete:trainingPlans', { year: 2026, overdueOnly: true })).toHaveLength(1)
    const reminders = await trainingReminders(b, 7)
    expect(reminders).toEqual([
      { key: `trainingPlans/${saved.id}`, stage: 'compete', kind: '人才培养计划', title: '取得政务服务办事员（四级）证书', ownerName: '吴昊', dueOn: '2026-06-30', daysOverdue: 1, path: '/compete/training/plans' }
    ])

    const done = await b.call('compete:trainingPlanSave', { ...plan(b), id: saved.id, status: 'done', result: '已取得证书', finishedOn: '2026-06-28' })
    expect(done).toMatchObject({ status: 'done', overdue: false, result: '已取得证书' })
    expect(done.notes).toHaveLength(2) // the editor does not send notes: they stay
    expect(await trainingReminders(b)).toEqual([])
    expect(await b.call('compete:trainingPlans', { overdueOnly: true })).toEqual([])
  })

  it('keeps no 结束日期 on a plan still under way, whatever was sent', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:trainingPlanSave', plan(b, { status: 'running', finishedOn: '2026-08-01', result: '写了一半的结果' }))
    expect(saved).toMatchObject({ status: 'running', finishedOn: null, result: '写了一半的结果' })
  })

  it('reminds of an open plan due within the days asked, not of one further ahead', async () => {
    const b = await demoBackend()
    await b.call('compete:trainingPlanSave', plan(b, { dueOn: '2026-07-08' }))
    await b.call('compete:trainingPlanSave', plan(b, { target: '另一目标', dueOn: '2026-07-09' }))
    expect((await trainingReminders(b, 7)).map((r) => [r.dueOn, r.daysOverdue])).toEqual([['2026-07-08', -7]])
    expect(await trainingReminders(b, 8)).toHaveLength(2)
  })

  it.each<[string, (b: TestBackend) => Partial<InputOf<'compete:trainingPlanSave'>>, string]>([
    ['due before start', () => ({ dueOn: '2026-02-28' }), '完成期限不能早于开始日期'],
    ['the mentor is the person himself', (b) => ({ mentorId: id(b, '吴昊') }), '导师不能是培养对象本人'],
    ['no target', () => ({ target: '  ' }), '请填写培养目标'],
    ['a target too long', () => ({ target: '学'.repeat(101) }), '培养目标不超过100个字'],
    ['a day that is not one', () => ({ startOn: '2026-02-30x' }), '开始日期：日期格式应为“2026-06-30”'],
    ['done without a result', () => ({ status: 'done', finishedOn: '2026-06-01' }), '状态为“已完成”时请填写培养结果'],
    ['未完成 without its day', () => ({ status: 'unfinished', result: '未通过考试' }), '状态为“未完成”时请填写结束日期'],
    ['finished in the future', () => ({ status: 'done', result: '已取得', finishedOn: '2026-07-02' }), '结束日期不能晚于今天'],
    ['a person not on the roster', () => ({ personId: 'nobody' }), '所选培养对象不存在或已移到回收站，请重新选择'],
    ['an outside supervisor', (b) => ({ personId: id(b, '张德厚') }), '张德厚是单位外的特约监督员，不列入人才培养计划'],
    ['a mentor not on the roster', () => ({ mentorId: 'nobody' }), '所选导师不存在或已移到回收站，请重新选择']
  ])('refuses %s with a Chinese message naming the field, saving nothing', async (_case, change, message) => {
    const b = await demoBackend()
    expect(await refused(b, 'compete:trainingPlanSave', { ...plan(b), ...change(b) })).toBe(message)
  })

  it('refuses a person or mentor moved to the 回收站, but lets a plan keep one who left since', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:trainingPlanSave', plan(b))
    await b.call('roster:deletePerson', { id: id(b, '黄丽萍') })
    expect(await refused(b, 'compete:trainingPlanSave', plan(b, { target: '新的目标' }))).toBe('所选导师不存在或已移到回收站，请重新选择')
    const closed = await b.call('compete:trainingPlanSave', { ...plan(b), id: saved.id, status: 'unfinished', result: '导师调离，计划中止', finishedOn: '2026-06-30' })
    expect(closed.mentorName).toBe('黄丽萍')
  })

  it('refuses a second plan with the same target, notes outside the plan’s days, and a start after its notes', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:trainingPlanSave', plan(b))
    expect(await refused(b, 'compete:trainingPlanSave', plan(b))).toBe('吴昊2026年度已有培养目标相同的计划，请在原计划上修改')
    expect(await refused(b, 'compete:trainingNoteSave', { planId: saved.id, date: '2026-02-01', content: '早了' })).toBe('进展记录的日期不能早于培养计划的开始日期（2026-03-01）')
    expect(await refused(b, 'compete:trainingNoteSave', { planId: saved.id, date: '2026-07-02', content: '明天' })).toBe('进展记录的日期不能晚于今天')
    expect(await refused(b, 'compete:trainingNoteSave', { planId: saved.id, date: '2026-05-01', content: '' })).toBe('请填写进展情况')
    await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-03-10', content: '跟岗' })
    expect(await refused(b, 'compete:trainingPlanSave', { ...plan(b), id: saved.id, startOn: '2026-04-01' })).toBe('已有2026-03-10的进展记录，开始日期不能晚于它')
  })

  it('deletes a plan with its notes and says so; deletes a note alone', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:trainingPlanSave', plan(b))
    const noted = await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-03-10', content: '跟岗' })
    const kept = await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-03-11', content: '培训' })
    const afterDelete = await b.call('compete:trainingNoteDelete', { planId: saved.id, id: noted.notes[0].id })
    expect(afterDelete.notes.map((n) => n.content)).toEqual(['培训'])
    expect(kept.notes).toHaveLength(2)
    await b.call('compete:trainingNoteSave', { planId: saved.id, date: '2026-03-12', content: '考试报名' })
    const { message } = await b.call('compete:trainingPlanDelete', { id: saved.id })
    expect(message).toBe('已删除吴昊的培养计划“取得政务服务办事员（四级）证书”及其2条进展记录；花名册中的人员不受影响')
    expect(b.host.data().trainingPlans).toEqual([])
    expect(await refused(b, 'compete:trainingPlanDelete', { id: saved.id })).toBe('该培养计划不存在或已被删除')
  })
})

const pair = (b: TestBackend, extra: Partial<InputOf<'compete:mentoringPairSave'>> = {}): InputOf<'compete:mentoringPairSave'> => ({
  year: 2026,
  kind: 'person',
  helperId: id(b, '黄丽萍'),
  helpedPersonId: id(b, '徐婷婷'),
  goals: '帮学习促提高',
  startOn: '2026-03-01',
  ...extra
})

describe('compete: 四帮四促 pairs', () => {
  it('pairs a helper with a person, and a leader with a team, keeping dated help records in order', async () => {
    const b = await demoBackend()
    const one = await b.call('compete:mentoringPairSave', { ...pair(b), helpedTeamId: teamId(b, '后勤保障组') })
    // A person pair names no team, whatever the form sent.
    expect(one).toMatchObject({ helperName: '黄丽萍', helpedName: '徐婷婷', helpedTeamId: null, status: 'active' })
    await b.call('compete:mentoringRecordSave', { pairId: one.id, date: '2026-05-01', content: '指导疑难件' })
    const withRecords = await b.call('compete:mentoringRecordSave', { pairId: one.id, date: '2026-03-20', content: '谈心谈话' })
    expect(withRecords.records.map((r) => r.content)).toEqual(['谈心谈话', '指导疑难件'])

    const team = await b.call('compete:mentoringPairSave', pair(b, { kind: 'team', helperId: id(b, '李堃'), helpedPersonId: null, helpedTeamId: teamId(b, '后勤保障组') }))
    expect(team).toMatchObject({ helperName: '李堃', helpedName: '后勤保障组', helpedPersonId: null })
    const finished = await b.call('compete:mentoringPairSave', { ...pair(b, { kind: 'team', helperId: id(b, '李堃'), helpedPersonId: null, helpedTeamId: teamId(b, '后勤保障组') }), id: team.id, status: 'finished', outcome: '等候时间缩短一半' })
    expect(finished.outcome).toBe('等候时间缩短一半')
    expect(await b.call('compete:mentoringPairs', { year: 2026 })).toHaveLength(2)
    expect(await b.call('compete:mentoringPairs', { year: 2025 })).toEqual([])
  })

  it.each<[string, (b: TestBackend) => Partial<InputOf<'compete:mentoringPairSave'>>, string]>([
    ['helping oneself', (b) => ({ helpedPersonId: id(b, '黄丽萍') }), '帮扶对象不能是帮扶人本人'],
    ['no one helped', () => ({ helpedPersonId: null }), '请选择帮扶对象'],
    ['a team pair without its team', () => ({ kind: 'team', helpedPersonId: null }), '请选择联系班组'],
    ['ended without an outcome', () => ({ status: 'finished' }), '结对结束时请填写帮扶成效'],
    ['no goals', () => ({ goals: '' }), '请填写帮扶目标'],
    ['a helper not on the roster', () => ({ helperId: 'nobody' }), '所选帮扶人不存在或已移到回收站，请重新选择'],
    ['a team not on the roster', () => ({ kind: 'team', helpedPersonId: null, helpedTeamId: 'nowhere' }), '所选班组不存在或已移到回收站，请重新选择'],
    ['a pairing day in the future', () => ({ startOn: '2026-07-02' }), '结对日期不能晚于今天']
  ])('refuses %s, saving nothing', async (_case, change, message) => {
    const b = await demoBackend()
    expect(await refused(b, 'compete:mentoringPairSave', { ...pair(b), ...change(b) })).toBe(message)
  })

  it('refuses the same pair twice a year and records outside the pair’s days; deletes and says what went', async () => {
    const b = await demoBackend()
    const saved = await b.call('compete:mentoringPairSave', pair(b))
    expect(await refused(b, 'compete:mentoringPairSave', pair(b))).toBe('黄丽萍与徐婷婷2026年度已经结对，请在原结对上修改')
    expect(await refused(b, 'compete:mentoringRecordSave', { pairId: saved.id, date: '2026-02-01', content: '早了' })).toBe('帮扶记录的日期不能早于结对日期（2026-03-01）')
    const record = await b.call('compete:mentoringRecordSave', { pairId: saved.id, date: '2026-04-01', content: '谈心' })
    expect((await b.call('compete:mentoringRecordDelete', { pairId: saved.id, id: record.records[0].id })).records).toEqual([])
    await b.call('compete:mentoringRecordSave', { pairId: saved.id, date: '2026-04-02', content: '谈心' })
    expect((await b.call('compete:mentoringPairDelete', { id: saved.id })).message).toBe('已删除黄丽萍与徐婷婷的结对及其1条帮扶记录；花名册中的人员和班组不受影响')
  })
})

describe('compete training: with the roster', () => {
  it('keeps the roster from purging anyone a plan or pair names, in every role', async () => {
    const b = await demoBackend()
    await b.call('compete:trainingPlanSave', plan(b))
    await b.call('compete:mentoringPairSave', pair(b, { helperId: id(b, '吴昊'), helpedPersonId: id(b, '徐婷婷') }))
    await b.call('compete:mentoringPairSave', pair(b, { kind: 'team', helperId: id(b, '李堃'), helpedPersonId: null, helpedTeamId: teamId(b, '后勤保障组') }))
    const wu = id(b, '吴昊')
    await b.call('roster:deletePerson', { id: wu })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: wu })).toBe('不能彻底删除：1项人才培养计划；1对四帮四促结对中作为帮扶人')
    await b.call('roster:deletePerson', { id: id(b, '黄丽萍') })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: id(b, '黄丽萍') })).toContain('1项人才培养计划中作为导师')
    expect(await refused(b, 'roster:purge', { kind: 'person', id: id(b, '徐婷婷') })).toContain('1对四帮四促结对中作为帮扶对象')
  })

  it('moves a leader’s pair to the team its team merged into, unless that leader already has one there', async () => {
    const b = await demoBackend()
    const support = teamId(b, '后勤保障组')
    const office = teamId(b, '综合办公室')
    const estate = teamId(b, '不动产登记窗口')
    const teamPair = (helper: string, team: string) => pair(b, { kind: 'team', helperId: id(b, helper), helpedPersonId: null, helpedTeamId: team })
    const moving = await b.call('compete:mentoringPairSave', teamPair('李堃', support))
    await b.call('compete:mentoringPairSave', teamPair('周建国', office))
    const staying = await b.call('compete:mentoringPairSave', teamPair('周建国', estate))

    const told = await b.call('roster:mergeTeam', { fromId: support, intoId: office })
    expect(told.said).toContain('1对四帮四促结对')
    expect(b.host.data().mentoringPairs.find((p) => p.id === moving.id)!.helpedTeamId).toBe(office)

    const second = await b.call('roster:mergeTeam', { fromId: estate, intoId: office })
    expect(second.notes.join()).toContain('有1对四帮四促结对没有并入')
    expect(b.host.data().mentoringPairs.find((p) => p.id === staying.id)!.helpedTeamId).toBe(estate)
  })
})

describe('compete training: the demo', () => {
  it('seeds six plans (one overdue, one due within the week) and two pairs with help records, all passing `cli check`', async () => {
    const b = await createTestBackend({ now: () => NOW })
    backends.push(b)
    const { message } = await b.call('demo:load')
    expect(message).toContain('6项人才培养计划，2对四帮四促结对')
    const plans = await b.call('compete:trainingPlans', { year: 2026 })
    expect(plans.map((p) => p.status).sort()).toEqual(['done', 'planned', 'running', 'running', 'running', 'unfinished'])
    expect(plans.filter((p) => p.overdue).map((p) => [p.personName, p.dueOn])).toEqual([['吴昊', '2026-06-19']]) // 12 days before 1 July
    const reminders = (await b.call('home:reminders', { withinDays: 7 })).filter((r) => r.stage === 'compete')
    expect(reminders.map((r) => [r.ownerName, r.daysOverdue])).toEqual([
      ['吴昊', 12],
      ['徐婷婷', -5]
    ])
    const pairs = await b.call('compete:mentoringPairs', { year: 2026 })
    expect(pairs.map((p) => [p.helperName, p.helpedName, p.records.length])).toEqual([
      ['黄丽萍', '徐婷婷', 3],
      ['李堃', '后勤保障组', 2]
    ])
    expect(databaseProblems(b.host.data(), NOW).filter((p) => /培养|结对/.test(p))).toEqual([])
  })
})
