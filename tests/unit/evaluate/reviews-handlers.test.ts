import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_PEER_GRADES, defaultCriteria, FIVE_GOODS, FIVE_LEADS } from '@shared/rules/review-criteria'
import { evaluateStage } from '../../../electron/main/evaluate'
import { createTestBackend, rosterBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/*
 * 党员自评与互评 through the real dispatch and store: a round from its criteria to each member's
 * 互评 result, what is refused (with the database file left byte-identical), and what the round
 * hands the rectification ledger and the home page.
 */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const demoBackend = () => rosterBackend(NOW, backends)

const person = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id

const roundDraft = {
  year: 2026,
  half: 'first' as const,
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
  memberCriteria: defaultCriteria(FIVE_LEADS, 'lead'),
  groupCriteria: defaultCriteria(FIVE_GOODS, 'good'),
  peerGrades: DEFAULT_PEER_GRADES.map((g) => ({ ...g })),
  peerBy: 'overall' as const
}

describe('evaluate: self-reviews', () => {
  it('saves a self-review with scores, words and shortcomings that the ledger picks up line by line', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    expect(round.selfScoreMax).toBe(20)
    const review = await ok(b, 'evaluate:selfReviewSave', {
      roundId: round.id,
      subject: { kind: 'person', id: person(b, '吴昊') },
      writtenOn: '2026-06-15',
      entries: [{ criterionId: 'lead1', score: 18, text: '按时参加三会一课' }],
      shortcomings: [
        { text: '政策掌握不及时', measures: '每周整理政策变化', dueOn: '2026-07-10' },
        { text: '耐心不够', measures: '', dueOn: null }
      ]
    })
    expect(review.shortcomings.map((s) => s.id).every(Boolean)).toBe(true)
    const findings = await ok(b, 'evaluate:reviewFindings', { year: 2026 })
    expect(findings.map((f) => [f.kind, f.text, f.owner.name, f.measures, f.dueOn, f.source.itemId])).toEqual([
      ['selfReview', '政策掌握不及时', '吴昊', '每周整理政策变化', '2026-07-10', review.shortcomings[0].id],
      ['selfReview', '耐心不够', '吴昊', '', null, review.shortcomings[1].id]
    ])
    expect(findings[0].sourceTitle).toBe('2026年上半年党员自评 · 吴昊')
    // Due on 10 July: within the home page's 14 days on 1 July; the line without a date is not reminded.
    expect(evaluateStage.reminders!(b.host.data(), '2026-07-01', 14)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: '自评整改措施', ownerName: '吴昊', dueOn: '2026-07-10', daysOverdue: -9 })])
    )
  })

  it.each([
    [{ memberCriteria: [] }, '至少需要一条党员评议标准'],
    [{ startsOn: '2026-07-01' }, '开始日期（2026-07-01）应在2026-01-01至2026-06-30之间'],
    [{ endsOn: '2026-05-01' }, '结束日期不能早于开始日期'],
    [{ peerGrades: [{ label: '优秀', points: 10 }] }, '互评至少需要两个等次'],
    [{ memberCriteria: [{ text: '带头学习' }, { text: '带头学习' }] }, '党员评议标准中“带头学习”重复']
  ])('refuses a round with %o', async (change, message) => {
    const b = await demoBackend()
    expect(await refused(b, 'evaluate:reviewRoundSave', { ...roundDraft, ...change })).toContain(message)
  })

  it('refuses bad self-reviews, saving nothing', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    const base = { roundId: round.id, subject: { kind: 'person', id: person(b, '吴昊') }, writtenOn: '2026-06-15', entries: [], shortcomings: [] }
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, writtenOn: '2026-07-02' })).toBe('自评日期（2026-07-02）应在2026-06-01至2026-06-30之间')
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, entries: [{ criterionId: 'lead2', score: 25 }] })).toBe('“带头争创佳绩”的自评分应在0至20分之间')
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, shortcomings: [{ text: '' }] })).toBe('存在不足：请填写存在的不足')
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, shortcomings: [{ text: '学习不够', measures: '多学', dueOn: '2026-06-01' }] })).toBe(
      '第1条存在不足：整改时限（2026-06-01）不能早于填写日期（2026-06-15）'
    )
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, shortcomings: [{ text: '学习不够', measures: '多学', dueOn: '2027-12-31' }] })).toBe(
      '第1条存在不足：整改时限（2027-12-31）不能晚于本轮结束后一年'
    )
    expect(await refused(b, 'evaluate:selfReviewSave', { ...base, subject: { kind: 'person', id: person(b, '孙立') } })).toBe('孙立不是党员（含预备党员），不参加党员自评')
  })

  it('keeps a completed round as it is until it is reopened', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    await ok(b, 'evaluate:reviewRoundClose', { id: round.id, closed: true })
    const base = { roundId: round.id, subject: { kind: 'branch' as const }, writtenOn: '2026-06-15', entries: [], shortcomings: [] }
    expect(await refused(b, 'evaluate:selfReviewSave', base)).toContain('已于2026-07-01完成，结果不再改动')
    expect(await refused(b, 'evaluate:reviewRoundDelete', { id: round.id })).toContain('已于2026-07-01完成')
    await ok(b, 'evaluate:reviewRoundClose', { id: round.id, closed: false })
    expect((await ok(b, 'evaluate:selfReviewSave', base)).subject).toEqual({ kind: 'branch', id: null })
  })

  it('will not drop a criterion someone has scored, and says what a delete took with it', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    await ok(b, 'evaluate:selfReviewSave', { roundId: round.id, subject: { kind: 'person', id: person(b, '吴昊') }, writtenOn: '2026-06-15', entries: [{ criterionId: 'lead1', score: 18 }], shortcomings: [{ text: '学习不够' }] })
    expect(await refused(b, 'evaluate:reviewRoundSave', { ...roundDraft, id: round.id, memberCriteria: roundDraft.memberCriteria.slice(1) })).toBe('评议标准“带头学习提高”已有1份自评填写，不能删除')
    const { message } = await ok(b, 'evaluate:reviewRoundDelete', { id: round.id })
    expect(message).toBe('已删除2026年上半年党员自评互评，连同1份自评；其他轮次和领导点评不受影响')
    expect(b.host.data().selfReviews).toEqual([])
  })
})

describe('evaluate: peer review', () => {
  it('computes each member’s result from a tally and keyed ballots together', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    const members = await ok(b, 'evaluate:reviewMembers', { roundId: round.id })
    expect(members.length).toBe(23)
    const wu = person(b, '吴昊')
    await ok(b, 'evaluate:peerTallySave', {
      roundId: round.id,
      ballotsReturned: 13,
      countedOn: '2026-06-26',
      rows: [{ personId: wu, criterionId: null, counts: { excellent: 8, qualified: 3, basic: 1 } }],
      remarks: [{ personId: wu, text: '语速偏快' }]
    })
    // One ballot grades 吴昊 不合格 and leaves the others (its writer among them) blank.
    await ok(b, 'evaluate:peerBallotSave', { roundId: round.id, marks: [{ personId: wu, gradeId: 'unqualified' }] })
    const results = await ok(b, 'evaluate:peerResults', { roundId: round.id })
    expect(results.ballots).toBe(14)
    const row = results.rows.find((r) => r.personId === wu)!
    // 8×10 + 3×7 + 1×5 + 1×2 = 108 over 13 votes = 8.3077 → 8.31.
    expect(row.score).toMatchObject({ votes: 13, points: 108, average: 8.31 })
    expect(row.remarks).toEqual(['语速偏快'])
    expect((await ok(b, 'evaluate:reviewFindings')).filter((f) => f.kind === 'peerReview').map((f) => f.text)).toEqual(['语速偏快'])
  })

  it('refuses a tally giving a member more marks than the ballots returned minus his own, and a ballot grading everybody', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    const wu = person(b, '吴昊')
    const tally = { roundId: round.id, ballotsReturned: 13, countedOn: '2026-06-26', rows: [{ personId: wu, criterionId: null, counts: { excellent: 10, qualified: 3 } }] }
    expect(await refused(b, 'evaluate:peerTallySave', tally)).toBe('吴昊的票数合计比收回票数减去本人一票（12票）多1票：本人不评自己，请核对')
    expect(await refused(b, 'evaluate:peerTallySave', { ...tally, rows: [{ personId: wu, criterionId: null, counts: { excellent: -1 } }] })).toBe('票数不能为负数')
    expect(await refused(b, 'evaluate:peerTallySave', { ...tally, rows: [{ personId: person(b, '孙立'), criterionId: null, counts: { excellent: 1 } }] })).toBe(
      '计票中有不参加本轮互评的人员（孙立）'
    )
    const members = await ok(b, 'evaluate:reviewMembers', { roundId: round.id })
    expect(await refused(b, 'evaluate:peerBallotSave', { roundId: round.id, marks: members.map((m) => ({ personId: m.personId, gradeId: 'qualified' })) })).toBe(
      '这张票评了全部党员：填票人不评自己，本人一栏应空着，请核对后再录入'
    )
    expect(await refused(b, 'evaluate:peerBallotSave', { roundId: round.id, marks: [] })).toBe('这张票没有任何评价')
  })

  it('stores no rater with a keyed ballot', async () => {
    const b = await demoBackend()
    const round = await ok(b, 'evaluate:reviewRoundSave', roundDraft)
    const ballot = await ok(b, 'evaluate:peerBallotSave', { roundId: round.id, marks: [{ personId: person(b, '吴昊'), gradeId: 'excellent' }] })
    expect(Object.keys(ballot).sort()).toEqual(['createdAt', 'id', 'marks', 'remarks', 'roundId', 'serial'])
    expect(ballot.serial).toBe(1)
  })
})

describe('evaluate: the demo round', () => {
  it('is complete: every member reviewed himself, the tally stays within the ballots, and the shortcomings reach the ledger', async () => {
    const b = await createTestBackend({ now: () => NOW })
    backends.push(b)
    await ok(b, 'demo:load')
    const db = b.host.data()
    const round = db.reviewRounds.find((r) => r.year === db.settings.year && r.half === 'first')!
    expect(round.closedOn).toBe(round.endsOn)
    const members = await ok(b, 'evaluate:reviewMembers', { roundId: round.id })
    const reviewed = new Set(db.selfReviews.filter((s) => s.subject.kind === 'person').map((s) => s.subject.id))
    expect(members.every((m) => reviewed.has(m.personId))).toBe(true)
    const tally = db.peerTallies.find((t) => t.roundId === round.id)!
    for (const row of tally.rows) expect(Object.values(row.counts).reduce((a, n) => a + n, 0)).toBeLessThanOrEqual(tally.ballotsReturned - 1)
    const kinds = new Set((await ok(b, 'evaluate:reviewFindings')).map((f) => f.kind))
    expect([...kinds].sort()).toEqual(['leaderReview', 'peerReview', 'selfReview'])
    expect(evaluateStage.problems!(db, '2026-07-01')).toEqual([])
  })
})
