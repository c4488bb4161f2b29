import { describe, expect, it } from 'vitest'
import { DEFAULT_APPRAISAL_CONFIG } from '@shared/appraisal/model'
import { decide, finalise, reopen, saveConfig } from '../../../electron/main/appraisal/decisions'
import { computeRows, overviewOf } from '../../../electron/main/appraisal/overview'
import { APPRAISAL_YEAR as YEAR, appraisalFigures, appraisalUnit } from '../../support/appraisal-fixture'

const TODAY = '2026-12-20'
const figures = appraisalFigures()
const byName = (rows: ReturnType<typeof computeRows>) => Object.fromEntries(rows.map((r) => [r.name, r]))

describe('the year’s rows from every stage’s figures', () => {
  const rows = byName(computeRows(appraisalUnit(), DEFAULT_APPRAISAL_CONFIG, figures))

  it('works out each composite as the comments of the fixture say', () => {
    // 王芳: (96×20 + 94×20 + 92×15) ÷ 55 = 5180 ÷ 55 = 94.18 → 94.2; a title +2 → 96.2.
    expect(rows['王芳']).toMatchObject({ weighted: 94.2, points: 2, composite: 96.2, rank: 2, suggestion: 'excellent' })
    // 李强: every component 90 (the two contests 85 and 95 make 90); a reward +1 → 91. Over the line, but the quota of
    // 4 graded × 1/3 = 1 is 王芳's.
    expect(rows['李强']).toMatchObject({ weighted: 90, points: 1, composite: 91, rank: 3, suggestion: 'qualified', flag: 'overQuota' })
    expect(rows['李强'].scores.contest).toBe(90)
    // 赵敏: (80×20 + 70×20) ÷ 40 = 75; a penalty −2 → 73: 合格 (≥ 70).
    expect(rows['赵敏']).toMatchObject({ weighted: 75, points: -2, composite: 73, rank: 4, suggestion: 'qualified', flag: null })
    expect(rows['孙伟']).toMatchObject({ composite: null, rank: null, suggestion: null, flag: 'noScore' })
    // The 预备党员 is scored and ranked first, but not graded.
    expect(rows['周洁']).toMatchObject({ graded: false, composite: 99, rank: 1, suggestion: null, flag: 'probationary' })
  })

  it('keeps every figure with its record', () => {
    expect(rows['李强'].figures.filter((f) => f.component === 'contest').map((f) => f.sources[0].label)).toEqual(['岗位技能比武', '服务竞赛'])
  })
})

describe('decisions, 定稿 and reopening', () => {
  const decided = () => {
    let db = appraisalUnit()
    db = decide(db, { year: YEAR, personId: 'p-wang', grade: 'excellent', note: '' }, figures, TODAY)
    db = decide(db, { year: YEAR, personId: 'p-li', grade: 'qualified', note: '' }, figures, TODAY)
    db = decide(db, { year: YEAR, personId: 'p-zhao', grade: 'qualified', note: '' }, figures, TODAY)
    return db
  }

  it('refuses a second 优秀 beyond the quota of 1, saying how the quota is made', () => {
    expect(() => decide(decided(), { year: YEAR, personId: 'p-li', grade: 'excellent', note: '' }, figures, TODAY)).toThrow(
      '优秀名额为1名（参评4人的1/3，向下取整），已评定1名优秀；请先调整其他人的等次'
    )
  })

  it('lets the meeting decide against the suggestion, keeping its words', () => {
    const db = decide(decided(), { year: YEAR, personId: 'p-sun', grade: 'basic', note: '全年未参加比武和评议' }, figures, TODAY)
    const view = overviewOf(db, YEAR, () => figures)
    expect(view.rows.find((r) => r.name === '孙伟')?.decision).toEqual({ personId: 'p-sun', grade: 'basic', note: '全年未参加比武和评议', decidedOn: TODAY })
    expect(view).toMatchObject({ graded: 4, quota: 1, decidedExcellent: 1, undecided: 0 })
  })

  it('does not grade a 预备党员', () => {
    expect(() => decide(decided(), { year: YEAR, personId: 'p-zhou', grade: 'qualified', note: '' }, figures, TODAY)).toThrow('周洁是预备党员，参加评议但不评定等次')
  })

  it('will not 定稿 while someone graded is undecided, and names them', () => {
    expect(() => finalise(decided(), YEAR, figures, '2026-12-20T10:00:00.000Z')).toThrow('还有1人未评定等次（孙伟），全部评定后才能定稿')
  })

  it('keeps the 定稿 figures when records change afterwards, until reopened', () => {
    let db = decide(decided(), { year: YEAR, personId: 'p-sun', grade: 'qualified', note: '' }, figures, TODAY)
    db = finalise(db, YEAR, figures, '2026-12-20T10:00:00.000Z')
    // A late record would lift 赵敏 to (80×20 + 70×20 + 100×15) ÷ 55 = 4500 ÷ 55 = 81.8, −2 → 79.8.
    const later = [...figures, { ...figures[0], personId: 'p-zhao', component: 'leaderReview' as const, value: 100 }]
    expect(overviewOf(db, YEAR, () => later).rows.find((r) => r.name === '赵敏')?.composite).toBe(73)
    expect(() => saveConfig(db, YEAR, DEFAULT_APPRAISAL_CONFIG)).toThrow('2026年度年终评优已定稿，不能修改')
    expect(() => decide(db, { year: YEAR, personId: 'p-sun', grade: 'basic', note: '' }, later, TODAY)).toThrow('已定稿')
    const reopened = reopen(db, YEAR, '支部大会复议', '2026-12-22T09:00:00.000Z')
    const view = overviewOf(reopened, YEAR, () => later)
    expect(view.rows.find((r) => r.name === '赵敏')?.composite).toBe(79.8)
    expect(view.reopenings).toEqual([{ at: '2026-12-22T09:00:00.000Z', reason: '支部大会复议' }])
    // The decisions stay.
    expect(view.undecided).toBe(0)
  })

  it('refuses weights that do not add up to 100 and lines out of order', () => {
    const db = appraisalUnit()
    expect(() => saveConfig(db, YEAR, { ...DEFAULT_APPRAISAL_CONFIG, weights: { ...DEFAULT_APPRAISAL_CONFIG.weights, pledge: 30 } })).toThrow('权重合计应为100%，现为110%')
    expect(() => saveConfig(db, YEAR, { ...DEFAULT_APPRAISAL_CONFIG, lines: { excellent: 90, qualified: 95, basic: 60 } })).toThrow('等次分数线应从高到低')
  })
})
