import { afterEach, describe, expect, it } from 'vitest'
import { evaluateStage } from '../../../electron/main/evaluate'
import { rosterBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/* 领导点评 through the real dispatch and store: a review with its problem lines, the team's answer, the plan of a half year, refusals. */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const demoBackend = () => rosterBackend(NOW, backends)

const person = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
const team = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id

const draft = (b: TestBackend) => ({
  year: 2026,
  half: 'first' as const,
  leaderId: person(b, '王喆'),
  subject: { kind: 'team' as const, id: team(b, '综合受理窗口') },
  reviewedOn: '2026-06-18',
  achievements: '一次告知落实较好',
  problems: [
    { text: '高峰时段等候时间偏长', dueOn: '2026-07-05' },
    { text: '告知单更新滞后', dueOn: null }
  ],
  advice: '增设引导岗',
  direction: '打造示范窗口'
})

describe('evaluate: leader reviews', () => {
  it('stores each problem as its own line for the ledger, and takes the team’s answer later', async () => {
    const b = await demoBackend()
    const review = await ok(b, 'evaluate:leaderReviewSave', draft(b))
    const findings = (await ok(b, 'evaluate:reviewFindings', { year: 2026 })).filter((f) => f.kind === 'leaderReview')
    expect(findings.map((f) => [f.text, f.owner, f.measures, f.dueOn, f.source])).toEqual([
      ['高峰时段等候时间偏长', { kind: 'team', id: team(b, '综合受理窗口'), name: '综合受理窗口' }, '增设引导岗', '2026-07-05', { stage: 'evaluate', collection: 'leaderReviews', recordId: review.id, itemId: review.problems[0].id }],
      ['告知单更新滞后', { kind: 'team', id: team(b, '综合受理窗口'), name: '综合受理窗口' }, '增设引导岗', null, { stage: 'evaluate', collection: 'leaderReviews', recordId: review.id, itemId: review.problems[1].id }]
    ])
    // Due on 5 July: reminded on 1 July until the team reports it fixed.
    const due = () => evaluateStage.reminders!(b.host.data(), '2026-07-01', 7).filter((r) => r.kind === '领导点评整改')
    expect(due().map((r) => [r.title, r.ownerName, r.daysOverdue])).toEqual([['高峰时段等候时间偏长', '综合受理窗口', -4]])
    const answered = await ok(b, 'evaluate:leaderReviewRespond', { id: review.id, response: { text: '已增设引导岗', respondedOn: '2026-06-28', fixedProblemIds: [review.problems[0].id] } })
    expect(answered.response?.fixedProblemIds).toEqual([review.problems[0].id])
    expect(due()).toEqual([])
    // Editing the review keeps the answer and the problems' ids.
    const edited = await ok(b, 'evaluate:leaderReviewSave', { ...draft(b), id: review.id, problems: review.problems.map(({ id, text, dueOn }) => ({ id, text, dueOn })), advice: '增设引导岗，错峰排班' })
    expect(edited.response?.text).toBe('已增设引导岗')
    expect(edited.problems.map((p) => p.id)).toEqual(review.problems.map((p) => p.id))
  })

  it('refuses a leader reviewing himself, dates outside the half, an empty review, and a response before the review', async () => {
    const b = await demoBackend()
    const base = draft(b)
    expect(await refused(b, 'evaluate:leaderReviewSave', { ...base, subject: { kind: 'person', id: base.leaderId } })).toBe('王喆不能点评自己，请选择另一位领导或另一位被点评人')
    expect(await refused(b, 'evaluate:leaderReviewSave', { ...base, reviewedOn: '2026-07-02' })).toBe('2026年上半年的点评：点评日期（2026-07-02）应在2026-01-01至2026-06-30之间')
    expect(await refused(b, 'evaluate:leaderReviewSave', { ...base, achievements: '', problems: [], advice: '', direction: '' })).toBe(
      '点评内容为空：请至少填写肯定成绩、存在问题、改进意见或努力方向中的一项'
    )
    expect(await refused(b, 'evaluate:leaderReviewSave', { ...base, problems: [{ text: '  ' }] })).toBe('请填写存在问题')
    const review = await ok(b, 'evaluate:leaderReviewSave', base)
    expect(await refused(b, 'evaluate:leaderReviewSave', base)).toBe('王喆2026年上半年已点评过综合受理窗口，请在原点评上修改')
    expect(await refused(b, 'evaluate:leaderReviewRespond', { id: review.id, response: { text: '已整改', respondedOn: '2026-06-01' } })).toBe('回应日期（2026-06-01）不能早于点评日期（2026-06-18）')
    expect(await refused(b, 'evaluate:leaderReviewRespond', { id: review.id, response: { text: '', respondedOn: '2026-06-20' } })).toBe('请填写回应及整改落实情况')
  })

  it('plans a review of every team by its 分管领导: done, due, late after the half', async () => {
    const b = await demoBackend()
    await ok(b, 'evaluate:leaderReviewSave', draft(b))
    const state = async (asOf: string) => (await ok(b, 'evaluate:leaderPlan', { year: 2026, half: 'first', asOf })).rows.map((r) => `${r.leaderName}→${r.teamName}:${r.state}`)
    expect(await state('2026-06-30')).toEqual(['周建国→综合办公室:due', '王喆→综合受理窗口:done', '王喆→社保医保窗口:due', '李堃→不动产登记窗口:due', '李堃→后勤保障组:due'])
    expect(await state('2026-07-01')).toEqual(['周建国→综合办公室:late', '王喆→综合受理窗口:done', '王喆→社保医保窗口:late', '李堃→不动产登记窗口:late', '李堃→后勤保障组:late'])
    const late = evaluateStage.reminders!(b.host.data(), '2026-07-01', 14).filter((r) => r.kind === '领导点评')
    expect(late.map((r) => [r.title, r.ownerName, r.daysOverdue])).toContainEqual(['2026年上半年点评综合办公室', '周建国', 1])
    expect(late).toHaveLength(4)
  })

  it('says what a delete took away', async () => {
    const b = await demoBackend()
    const review = await ok(b, 'evaluate:leaderReviewSave', draft(b))
    expect((await ok(b, 'evaluate:leaderReviewDelete', { id: review.id })).message).toBe('已删除王喆对综合受理窗口的2026年上半年点评，其中2条存在问题不再列入整改跟踪；其他点评不受影响')
    expect(await ok(b, 'evaluate:reviewFindings')).toEqual([])
  })

  it('keeps a reviewed team and its leader from being purged, and moves the review with a merged team', async () => {
    const b = await demoBackend()
    await ok(b, 'evaluate:leaderReviewSave', draft(b))
    const db = b.host.data()
    expect(evaluateStage.references!(db, { kind: 'person', id: person(b, '王喆') })).toContain('1份领导点评（点评领导）')
    expect(evaluateStage.references!(db, { kind: 'team', id: team(b, '综合受理窗口') })).toContain('1份领导点评（被点评）')
    const merged = evaluateStage.mergeTeam!(db as never, team(b, '综合受理窗口'), team(b, '社保医保窗口'))
    expect(merged.moved).toEqual(['1份领导点评'])
    expect(merged.db.leaderReviews[0].subject.id).toBe(team(b, '社保医保窗口'))
  })
})
