import { afterEach, describe, expect, it } from 'vitest'
import { acrossStages, databaseProblems } from '../../../electron/main/stages'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/*
 * 群众评议 through the real dispatch and store: a round from questionnaire to results, what is
 * refused (with the field named and the database file byte-identical), 举报 kept hidden, findings,
 * reminders, and the roster's purge and merge.
 */

const NOW = new Date(2026, 6, 20, 9, 0) // 2026-07-20, local time

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

async function demoBackend() {
  const b = await createTestBackend({ now: () => NOW })
  backends.push(b)
  await b.host.store().update((db) => ({ ...db, settings: { ...db.settings, year: 2026 } }))
  await b.call('demo:load')
  return b
}

const DIMENSIONS = ['政策落实', '办事效率']

async function roundWithQuestionnaire(b: TestBackend) {
  const round = await ok(b, 'evaluate:publicRoundSave', { year: 2026, half: 'second', startOn: '2026-07-01', endOn: '2026-12-31' })
  const q = await ok(b, 'evaluate:questionnaireSave', {
    roundId: round.id,
    title: '下半年窗口测评',
    object: { kind: 'team', id: b.host.data().teams.find((t) => t.name === '社保医保窗口')!.id, name: '' },
    dimensions: DIMENSIONS,
    scale: ['满意', '比较满意', '基本满意', '不满意'],
    minResponses: 3,
    distributed: 6
  })
  return { round, q }
}

describe('evaluate: a public-review round', () => {
  it('keys responses, tallies paper and works out the results by hand-checked figures', async () => {
    const b = await demoBackend()
    const { round, q } = await roundWithQuestionnaire(b)
    expect(q.object.name).toBe('社保医保窗口')
    // Three papers keyed: 满意/满意, 不满意/比较满意, several/基本满意.
    for (const marks of [[0, 0], [3, 1], ['several', 2]] as const) await ok(b, 'evaluate:publicResponseSave', { questionnaireId: q.id, kind: 1, marks: [...marks], answers: [] })
    // Two more counted by hand: 政策落实 1 满意 + 1 基本满意, 办事效率 1 不满意 (one left blank).
    await ok(b, 'evaluate:publicTallySave', { questionnaireId: q.id, returned: 2, counts: [[1, 0, 1, 0], [0, 0, 0, 1]], kinds: [2] })
    const results = await ok(b, 'evaluate:publicResults', { roundId: round.id })
    const [object] = results.objects
    expect(object.returned).toBe(5)
    // 政策落实: [2,0,1,1] valid 4, invalid 1 → (2+0+1)/4 = 75 % → 一般
    expect(object.dimensions[0]).toMatchObject({ name: '政策落实', counts: [2, 0, 1, 1], valid: 4, invalid: 1, rate: 75, unsatisfied: 25, band: 'fair' })
    // 办事效率: [1,1,1,1] valid 4, invalid 1 → 3/4 = 75 %
    expect(object.dimensions[1]).toMatchObject({ counts: [1, 1, 1, 1], valid: 4, invalid: 1, rate: 75 })
    expect(object.formula).toBe('满意率 =（满意＋比较满意＋基本满意）÷ 有效份数 × 100%')
    // The first half (demo) had no questionnaire for this window: nothing to compare.
    expect(object.previousTitle).toBeNull()
    expect(results.previousRoundName).toBe('2026年上半年')

    // Counting only 满意 + 比较满意 changes the figure, and says so: 政策落实 2/4 = 50 % → 需整改.
    await ok(b, 'evaluate:questionnaireSave', { ...q, satisfiedLevels: [0, 1] })
    const strict = await ok(b, 'evaluate:publicResults', { roundId: round.id })
    expect(strict.objects[0].dimensions[0]).toMatchObject({ rate: 50, band: 'rework' })
    expect(strict.objects[0].formula).toBe('满意率 =（满意＋比较满意）÷ 有效份数 × 100%')
    const finding = acrossStages.findings(b.host.data()).find((f) => f.source.recordId === q.id)
    expect(finding).toMatchObject({ kind: 'publicReview', source: { collection: 'questionnaires', itemId: '政策落实' }, owner: { kind: 'team', name: '社保医保窗口' }, confidential: false })
  })

  it('compares the demo round with the half year before', async () => {
    const b = await demoBackend()
    const [current] = await ok(b, 'evaluate:publicRounds', { year: 2026 })
    const results = await ok(b, 'evaluate:publicResults', { roundId: current.id })
    const unit = results.objects.find((o) => o.questionnaire.object.kind === 'unit')!
    expect(unit.previousTitle).toBe('2025年下半年群众满意度测评表')
    // 2025下半年 政策落实 tallied [30,16,7,2]: 53/55 = 96.36…%
    expect(unit.dimensions[0].previous).toBeCloseTo(5300 / 55, 8)
    expect(unit.dimensions[0].change).toBeCloseTo(unit.dimensions[0].rate! - 5300 / 55, 8)
    const member = results.objects.find((o) => o.questionnaire.object.kind === 'person')!
    expect(member.dimensions.every((d) => d.band === 'insufficient')).toBe(true)
    const estate = results.objects.find((o) => o.questionnaire.object.name === '不动产登记窗口')!
    expect(estate.dimensions.find((d) => d.name === '办事效率')!.band).toBe('rework')
    expect(results.logs).toEqual({ phoneChecks: 5, forums: 1, supervisorVisits: 2, suggestions: 3, reports: 1 })
    // 举报 are never in the cross-table: the box column counts 意见箱 letters by dimension only.
    expect(results.cross.find((r) => r.dimension === '廉洁自律')!.cells.box.count).toBe(0)
    expect(results.cross.find((r) => r.dimension === '办事效率')!.cells.box.count).toBe(1)
    expect(databaseProblems(b.host.data(), NOW)).toEqual([])
  })
})

describe('evaluate: bad public-review input is refused whole', () => {
  it('names the field and keeps the file as it was', async () => {
    const b = await demoBackend()
    const { round, q } = await roundWithQuestionnaire(b)
    // A value outside the scale.
    expect(await refused(b, 'evaluate:publicResponseSave', { questionnaireId: q.id, kind: 0, marks: [4, 0], answers: [] })).toBe('“政策落实”：5不在满意程度1–4（1=满意，2=比较满意，3=基本满意，4=不满意）之中')
    expect(await refused(b, 'evaluate:publicResponseSave', { questionnaireId: q.id, kind: 0, marks: [0], answers: [] })).toBe('一份答卷应有2个评议项目的结果，收到1个')
    expect(await refused(b, 'evaluate:publicResponseSave', { questionnaireId: q.id, kind: 5, marks: [0, 0], answers: [] })).toContain('答卷人类别')
    // A tally that exceeds the papers returned.
    expect(await refused(b, 'evaluate:publicTallySave', { questionnaireId: q.id, returned: 3, counts: [[2, 1, 1, 0], [0, 0, 0, 0]], kinds: [] })).toBe('“政策落实”各等级合计4份，超过收回的3份')
    // More than were handed out.
    expect(await refused(b, 'evaluate:publicTallySave', { questionnaireId: q.id, returned: 7, counts: [[0, 0, 0, 0], [0, 0, 0, 0]], kinds: [] })).toBe('收回份数：发放6份，已录入0份，这一批最多6份')
    // An empty questionnaire, and a formula counting every level.
    expect(await refused(b, 'evaluate:questionnaireSave', { ...q, id: undefined, object: { kind: 'unit', id: null, name: '本单位' }, dimensions: [] })).toBe('至少需要一个评议项目')
    expect(await refused(b, 'evaluate:questionnaireSave', { ...q, satisfiedLevels: [0, 1, 2, 3] })).toBe('满意率计入的等级：满意率不能计入全部等级，至少留一级为不满意')
    // A second questionnaire for the same window in the round.
    expect(await refused(b, 'evaluate:questionnaireSave', { ...q, id: undefined, title: '另一份' })).toContain('已有对「社保医保窗口」的评议问卷')
    // Dates outside the round.
    expect(await refused(b, 'evaluate:phoneCheckSave', { roundId: round.id, date: '2026-06-30', callee: '王女士' })).toBe('抽访日期：2026-06-30不在2026年下半年群众评议期间（2026-07-01至2026-12-31）')
    expect(await refused(b, 'evaluate:publicRoundSave', { year: 2026, half: 'second', startOn: '2026-07-01', endOn: '2026-12-31' })).toBe('2026年下半年的群众评议已经建立，请在原轮次中修改')
    expect(await refused(b, 'evaluate:publicRoundSave', { year: 2026, half: 'first', startOn: '2026-07-01', endOn: '2026-06-30' })).toBe('结束日期：不能早于开始日期')
    // A supervisor must be one of the roster's outsiders.
    const staff = b.host.data().people.find((p) => !p.isOutsider)!
    expect(await refused(b, 'evaluate:supervisorVisitSave', { roundId: round.id, date: '2026-08-01', supervisorId: staff.id })).toBe('特约监督员：请选择花名册中的单位外特约监督员')
    // A replied letter needs its reply.
    expect(await refused(b, 'evaluate:boxEntrySave', { roundId: round.id, box: 'suggestion', receivedOn: '2026-08-01', content: '建议', status: 'replied' })).toBe('答复内容：已答复或已办结的来信请填写答复内容')
  })

  it('corrects a round’s dates, but not so that a log falls outside them', async () => {
    const b = await demoBackend()
    const { round } = await roundWithQuestionnaire(b)
    await ok(b, 'evaluate:phoneCheckSave', { roundId: round.id, date: '2026-07-10', callee: '王女士' })
    expect(await refused(b, 'evaluate:publicRoundSave', { ...round, startOn: '2026-07-15' })).toBe('有1条记录的日期（如2026-07-10）不在新的起止日期之内，请先修改这些记录')
    const moved = await ok(b, 'evaluate:publicRoundSave', { ...round, endOn: '2026-12-20' })
    expect(moved).toEqual({ ...round, endOn: '2026-12-20' })
    expect(b.host.data().publicRounds.filter((r) => r.year === 2026 && r.half === 'second')).toEqual([moved])
  })

  it('fixes what a mark means once paper is entered', async () => {
    const b = await demoBackend()
    const { q } = await roundWithQuestionnaire(b)
    await ok(b, 'evaluate:publicResponseSave', { questionnaireId: q.id, kind: 0, marks: [0, 1], answers: [] })
    expect(await refused(b, 'evaluate:questionnaireSave', { ...q, dimensions: ['政策落实', '工作作风'] })).toBe('已录入1份答卷，评议项目不能再改（答卷按原来的内容填写）；如确需修改，请先删除已录入的答卷和汇总')
    const told = await ok(b, 'evaluate:questionnaireDelete', { id: q.id })
    expect(told.said).toBe('已删除问卷「下半年窗口测评」（班组（窗口）：社保医保窗口）及其1份逐份录入的答卷；同一轮的其他问卷和记录不受影响')
    expect(b.host.data().publicResponses.some((r) => r.questionnaireId === q.id)).toBe(false)
  })
})

describe('evaluate: 举报, findings and reminders', () => {
  it('shows a 举报 only when asked after the confirmation, and marks its finding confidential', async () => {
    const b = await demoBackend()
    const listed = await ok(b, 'evaluate:boxEntries', { year: 2026 })
    const report = listed.find((e) => e.box === 'report')!
    expect(report).toMatchObject({ hidden: true, sender: '', content: '（举报内容已隐藏，确认后查看）', handling: '' })
    expect(JSON.stringify(listed)).not.toContain('礼品')
    const shown = await ok(b, 'evaluate:boxEntries', { year: 2026, showReports: true })
    expect(shown.find((e) => e.id === report.id)).toMatchObject({ hidden: false, content: '反映某窗口工作人员收受服务对象礼品' })

    // 群众评议's other channels (the questionnaires' low results and 自评/互评/点评 are tested apart).
    const findings = acrossStages.findings(b.host.data()).filter((f) => f.source.stage === 'evaluate' && !['publicReview', 'selfReview', 'peerReview', 'leaderReview'].includes(f.kind))
    expect(findings.filter((f) => f.confidential).map((f) => f.kind)).toEqual(['reportBox'])
    expect(findings.map((f) => f.kind).sort()).toEqual(['forum', 'forum', 'phoneCheck', 'reportBox', 'suggestionBox', 'suggestionBox', 'suggestionBox', 'supervisor', 'supervisor'])
    const phone = findings.find((f) => f.kind === 'phoneCheck')!
    expect(phone.text).toBe('电话抽访赵先生，总体、服务水平、服务质量、办事效率不满意：不动产登记窗口让跑了三次，材料一次没说清')
    expect(phone.source).toEqual({ stage: 'evaluate', collection: 'phoneChecks', recordId: 'demo-phone-3', itemId: null })
  })

  it('reminds of letters not yet replied, the 举报 without its content', async () => {
    const b = await demoBackend()
    const reminders = (await ok(b, 'home:reminders', { withinDays: 7 })).filter((r) => r.stage === 'evaluate' && r.path === '/evaluate/public/boxes')
    // 06-22 + 15 = 07-07, 13 days before 07-20; the 举报 of 05-09 is due 05-24, 57 days overdue.
    expect(reminders.map((r) => [r.dueOn, r.daysOverdue])).toEqual(expect.arrayContaining([['2026-07-07', 13], ['2026-05-24', 57]]))
    expect(reminders).toHaveLength(2)
    expect(JSON.stringify(reminders)).not.toContain('礼品')
  })
})

describe('evaluate: the roster purges and merges', () => {
  it('keeps a reviewed member, clears a purged caller, moves a merged window\'s questionnaires', async () => {
    const b = await demoBackend()
    const db = b.host.data()
    const huang = db.people.find((p) => p.name === '黄丽萍')!
    expect(acrossStages.referencesTo(db, { kind: 'person', id: huang.id })).toContain('1份群众评议问卷（作为评议对象）')
    const caller = db.people.find((p) => p.name === '陈静')!
    const after = acrossStages.afterPurge(structuredClone(db), { kind: 'person', id: caller.id }, '陈静')
    expect(after.notes).toContain('5条电话抽访记录的抽访人陈静已清空，记录保留')
    expect(after.db.phoneChecks.every((c) => c.callerId === null)).toBe(true)

    const intake = db.teams.find((t) => t.name === '综合受理窗口')!
    const social = db.teams.find((t) => t.name === '社保医保窗口')!
    const merged = acrossStages.mergeTeam(structuredClone(db), intake.id, social.id)
    expect(merged.moved).toContain('2份群众评议问卷')
    expect(merged.db.questionnaires.filter((q) => q.object.id === social.id).map((q) => q.object.name)).toEqual(['社保医保窗口', '社保医保窗口'])
    const estate = db.teams.find((t) => t.name === '不动产登记窗口')!
    const clash = acrossStages.mergeTeam(structuredClone(db), intake.id, estate.id)
    expect(clash.moved).toContain('1份群众评议问卷')
    expect(clash.notes.join()).toContain('「综合受理窗口」2026年上半年的群众评议问卷没有并入')
  })
})

describe('evaluate: what cli check reports of 群众评议', () => {
  it('names dangling rounds and questionnaires, paper that no longer fits, and logs outside their round', async () => {
    const b = await demoBackend()
    const db = structuredClone(b.host.data())
    const [q] = db.questionnaires
    db.questionnaires.push({ ...q, id: 'lost-q', title: '失联问卷', roundId: 'no-such-round' })
    db.publicResponses.push({ id: 'bad-r', questionnaireId: q.id, kind: 0, marks: [0], answers: [] })
    db.phoneChecks[0] = { ...db.phoneChecks[0], date: '2027-01-05' }
    expect(databaseProblems(db, NOW)).toEqual([
      '问卷「失联问卷」所属的评议轮次不存在（no-such-round）',
      `问卷「${q.title}」中有答卷与问卷不符：1份`,
      `2027-01-05的电话抽访记录不在${db.publicRounds.find((r) => r.id === db.phoneChecks[0].roundId)!.year}年上半年群众评议期间（2026-01-01至2026-06-30）`
    ])
  })
})
