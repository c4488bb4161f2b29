import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_APPRAISAL_CONFIG as CONFIG, GRADES, type Grade } from '@shared/appraisal/model'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { componentScores, composite, excellentQuota, ranks, suggestGrades, type Counts, type Scores } from '@shared/rules/appraisal'

const none: Scores = { pledge: null, contest: null, selfReview: null, peerReview: null, leaderReview: null, publicReview: null, rectification: null }
const noCounts: Counts = { title: 0, reward: 0, penalty: 0 }
const figure = (component: AppraisalFigure['component'], value: number): AppraisalFigure => ({ component, personId: 'p', value, detail: '', sources: [] })

describe('the composite (default weights 承诺20 比武10 自评10 互评20 点评15 评议15 整改10)', () => {
  it('weighs every component and adds the points', () => {
    // 90×20 + 80×10 + 95×10 + 85×20 + 88×15 + 92×15 + 100×10 = 1800+800+950+1700+1320+1380+1000 = 8950; ÷100 = 89.5.
    // One title +2, one penalty −2: 89.5.
    const scores: Scores = { pledge: 90, contest: 80, selfReview: 95, peerReview: 85, leaderReview: 88, publicReview: 92, rectification: 100 }
    expect(composite(CONFIG, scores, { title: 1, reward: 0, penalty: 1 })).toEqual({ weighted: 89.5, points: 0, composite: 89.5 })
  })

  it('shares a missing component’s weight among the others', () => {
    // No 比武, no 整改: weights 20+10+20+15+15 = 80; 1800+950+1700+1320+1380 = 7150; 7150 ÷ 80 = 89.375 → 89.4.
    // A title (+2) and a reward (+1): 92.4.
    const scores: Scores = { ...none, pledge: 90, selfReview: 95, peerReview: 85, leaderReview: 88, publicReview: 92 }
    expect(composite(CONFIG, scores, { title: 1, reward: 1, penalty: 0 })).toEqual({ weighted: 89.4, points: 3, composite: 92.4 })
  })

  it('has no composite without a single score, whatever the points', () => {
    expect(composite(CONFIG, none, { title: 2, reward: 0, penalty: 0 })).toEqual({ weighted: null, points: 4, composite: null })
  })

  it('takes the mean of a component’s figures and counts titles', () => {
    // Two contests, 85 and 90: 87.5. Two titles.
    const { scores, counts } = componentScores([figure('contest', 85), figure('contest', 90), figure('title', 1), figure('title', 1)])
    expect(scores.contest).toBe(87.5)
    expect(scores.pledge).toBeNull()
    expect(counts).toEqual({ title: 2, reward: 0, penalty: 0 })
  })
})

describe('the 优秀 quota (1/3 of those graded, rounded down)', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [9, 3],
    [10, 3],
    [0, 0]
  ])('%i graded → %i', (graded, quota) => {
    expect(excellentQuota(CONFIG, graded)).toBe(quota)
  })

  it('follows a configured share: 2/5 of 12 → 4 (4.8 rounded down)', () => {
    expect(excellentQuota({ ...CONFIG, excellentShare: { numerator: 2, denominator: 5 } }, 12)).toBe(4)
  })
})

const row = (personId: string, composite: number | null, graded = true) => ({ personId, composite, graded })

describe('suggested grades (lines 90 / 70 / 60)', () => {
  it('gives 优秀 within the quota, flags the tie at its edge, and sends those outside to 合格', () => {
    // 7 graded → quota 2. Over the line: 95, 93, 93, 91. 95 is in; the second place is tied at 93 (2 people, 1 place);
    // 91 is outside the quota. The 预备党员 with 97 is ranked but not graded.
    const rows = [row('a', 95), row('b', 93), row('c', 93), row('d', 91), row('e', 80), row('f', 65), row('g', 50), row('h', 97, false)]
    const got = suggestGrades(CONFIG, rows)
    expect(got.map((s) => s.suggestion)).toEqual(['excellent', null, null, 'qualified', 'qualified', 'basic', 'unqualified', null])
    expect(got.map((s) => s.flag)).toEqual([null, 'tieAtQuota', 'tieAtQuota', 'overQuota', null, null, null, 'probationary'])
    expect(got[1].flagText).toBe('2人同为93分，争1个优秀名额，请支部会议决定')
    expect(got.map((s) => s.rank)).toEqual([2, 3, 3, 5, 6, 7, 8, 1])
  })

  it('gives 优秀 to all tied when the places are enough', () => {
    // 6 graded → quota 2; 93 and 93 take both places.
    const got = suggestGrades(CONFIG, [row('a', 93), row('b', 93), row('c', 80), row('d', 80), row('e', 75), row('f', 70)])
    expect(got.map((s) => s.suggestion)).toEqual(['excellent', 'excellent', 'qualified', 'qualified', 'qualified', 'qualified'])
  })

  it.each([
    // A unit of 1 or 2 graded members has no 优秀 place: 1/3 and 2/3 round down to 0.
    [[96], ['qualified'], ['overQuota']],
    [[96, 92], ['qualified', 'qualified'], ['overQuota', 'overQuota']],
    // 3 graded → 1 place.
    [[96, 92, 91], ['excellent', 'qualified', 'qualified'], [null, 'overQuota', 'overQuota']]
  ])('a unit of %j', (composites, suggestions, flags) => {
    const got = suggestGrades(CONFIG, composites.map((c, i) => row(String(i), c)))
    expect(got.map((s) => s.suggestion)).toEqual(suggestions)
    expect(got.map((s) => s.flag)).toEqual(flags)
  })

  it('says why there is no suggestion without a score', () => {
    expect(suggestGrades(CONFIG, [row('a', null)])[0]).toEqual({ rank: null, suggestion: null, flag: 'noScore', flagText: '没有任何一项评分，无法给出建议' })
  })

  it('ranks 1, 2, 2, 4', () => {
    expect(ranks([{ composite: 90 }, { composite: 85 }, { composite: 85 }, { composite: 80 }, { composite: null }])).toEqual([1, 2, 2, 4, null])
  })

  const order = (grade: Grade) => GRADES.length - GRADES.indexOf(grade)
  const composites = fc.array(fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null }), { maxLength: 40 })

  it('never gives more 优秀 than the quota, nor a lower grade to a higher composite', () => {
    fc.assert(
      fc.property(composites, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (values, gradedFlags) => {
        const rows = values.map((c, i) => row(String(i), c, gradedFlags[i]))
        const got = suggestGrades(CONFIG, rows)
        const graded = rows.filter((r) => r.graded).length
        expect(got.filter((s) => s.suggestion === 'excellent').length).toBeLessThanOrEqual(excellentQuota(CONFIG, graded))
        for (let i = 0; i < rows.length; i++)
          for (let j = 0; j < rows.length; j++) {
            const [a, b] = [got[i].suggestion, got[j].suggestion]
            if (a && b && rows[i].composite! > rows[j].composite!) expect(order(a)).toBeGreaterThanOrEqual(order(b))
          }
      })
    )
  })
})
