import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bandOf, compareRates, dimensionResult, formulaText, percent, questionnaireResult, tallyProblem, type Mark } from '@shared/rules/satisfaction'
import { crossTable } from '@shared/rules/satisfaction-channels'
import { keyOfMark, kindOfKey, markOfKey } from '@shared/rules/satisfaction-keys'

/*
 * 群众评议 arithmetic. Every expected figure below was worked out by hand in the comment beside it;
 * the scale is 满意 / 比较满意 / 基本满意 / 不满意 unless a case says otherwise.
 */

const SCALE = ['满意', '比较满意', '基本满意', '不满意']
const formula = { scale: SCALE, satisfiedLevels: [0, 1, 2], bands: { good: 85, fair: 60 }, minResponses: 10 }

describe('满意率 of one dimension', () => {
  it.each([
    // counts, invalid, satisfied levels → rate, 满意 alone, 不满意率, band
    // 20+10+5 = 35 of 40 valid → 87.5 %; 满意 20/40 = 50 %; 不满意 5/40 = 12.5 %; ≥ 85 → 好
    { counts: [20, 10, 5, 5], invalid: 2, levels: [0, 1, 2], rate: 87.5, top: 50, un: 12.5, band: 'good' },
    // the same paper when only 满意 + 比较满意 count: 30/40 = 75 %, 不满意率 10/40 = 25 % → 一般
    { counts: [20, 10, 5, 5], invalid: 2, levels: [0, 1], rate: 75, top: 50, un: 25, band: 'fair' },
    // 3+3+3 = 9 of 20 → 45 %; 不满意 11/20 = 55 % → 需整改
    { counts: [3, 3, 3, 11], invalid: 0, levels: [0, 1, 2], rate: 45, top: 15, un: 55, band: 'rework' },
    // exactly 85 %: 17 of 20 → 好 (the bound belongs to the upper band)
    { counts: [10, 5, 2, 3], invalid: 0, levels: [0, 1, 2], rate: 85, top: 50, un: 15, band: 'good' },
    // exactly 60 %: 6+0+0 of 10 → 一般
    { counts: [6, 0, 0, 4], invalid: 1, levels: [0, 1, 2], rate: 60, top: 60, un: 40, band: 'fair' }
  ])('$counts counting levels $levels → $rate%, $band', ({ counts, invalid, levels, rate, top, un, band }) => {
    const result = dimensionResult(counts, invalid, { ...formula, satisfiedLevels: levels })
    expect(result.valid).toBe(counts.reduce((a, b) => a + b, 0))
    expect(result.invalid).toBe(invalid)
    expect(result.rate).toBeCloseTo(rate, 10)
    expect(result.topShare).toBeCloseTo(top, 10)
    expect(result.unsatisfied).toBeCloseTo(un, 10)
    expect(result.band).toBe(band)
  })

  it('has no rate without a valid answer, and is then 样本不足', () => {
    const result = dimensionResult([0, 0, 0, 0], 5, formula)
    expect(result).toMatchObject({ valid: 0, invalid: 5, rate: null, topShare: null, unsatisfied: null, band: 'insufficient' })
  })
})

describe('bands and the minimum sample', () => {
  it.each([
    // rate, valid answers, bands, minimum → band
    { rate: 100, valid: 9, bands: { good: 85, fair: 60 }, min: 10, band: 'insufficient' }, // 9 < 10: too few, however good
    { rate: 100, valid: 10, bands: { good: 85, fair: 60 }, min: 10, band: 'good' }, // 10 is enough
    { rate: 84.99, valid: 50, bands: { good: 85, fair: 60 }, min: 10, band: 'fair' },
    { rate: 59.99, valid: 50, bands: { good: 85, fair: 60 }, min: 10, band: 'rework' },
    { rate: 89, valid: 50, bands: { good: 90, fair: 70 }, min: 10, band: 'fair' }, // edited bands: 89 < 90
    { rate: 69, valid: 50, bands: { good: 90, fair: 70 }, min: 10, band: 'rework' }
  ])('$rate% on $valid valid answers (min $min) → $band', ({ rate, valid, bands, min, band }) => {
    expect(bandOf(rate, valid, { bands, minResponses: min })).toBe(band)
  })
})

describe('an object\'s result from keyed responses and tallies', () => {
  const q = { ...formula, dimensions: ['政策落实', '办事效率'], respondentKinds: ['党员', '群众'], distributed: 40, minResponses: 3 }

  it('counts blank and several marks apart, voided papers, kinds, and adds tallies', () => {
    const responses: { kind: number | null; marks: Mark[] }[] = [
      { kind: 0, marks: [0, 0] },
      { kind: 1, marks: [1, 3] },
      { kind: 1, marks: ['blank', 2] },
      { kind: null, marks: ['several', 'blank'] }, // no valid mark: a void paper
      { kind: 0, marks: [3, 0] }
    ]
    // A tally of 10 papers: 政策落实 8 valid (2 left invalid), 办事效率 all 10 valid; 6 党员 + 3 群众 (1 unticked).
    const tally = { returned: 10, counts: [[5, 2, 1, 0], [4, 4, 1, 1]], kinds: [6, 3] }
    const result = questionnaireResult(q, responses, [tally])
    // returned 5 keyed + 10 tallied = 15; 回收率 15/40 = 37.5 %
    expect(result.returned).toBe(15)
    expect(result.returnRate).toBeCloseTo(37.5, 10)
    expect(result.voided).toBe(1)
    // 党员 2 keyed + 6 = 8; 群众 2 + 3 = 5; unticked 1 keyed + 1 tallied = 2
    expect(result.kinds).toEqual([8, 5])
    expect(result.kindUnknown).toBe(2)
    // 政策落实: keyed 满意 1, 比较满意 1, 不满意 1 (+ blank, several invalid) and tally [5,2,1,0]
    //   → [6,3,1,1], valid 11, invalid 2 + 2 = 4; rate (6+3+1)/11 = 90.909…%
    expect(result.dimensions[0]).toMatchObject({ counts: [6, 3, 1, 1], valid: 11, invalid: 4, band: 'good' })
    expect(result.dimensions[0].rate).toBeCloseTo(1000 / 11, 10)
    // 办事效率: keyed 满意 2, 基本满意 1, 不满意 1 (+ one blank) and tally [4,4,1,1]
    //   → [6,4,2,2], valid 14, invalid 1; rate 12/14 = 85.714…%
    expect(result.dimensions[1]).toMatchObject({ counts: [6, 4, 2, 2], valid: 14, invalid: 1, band: 'good' })
    expect(result.dimensions[1].rate).toBeCloseTo(600 / 7, 10)
    // pooled: [12,7,3,3], valid 25, invalid 5; rate 22/25 = 88 %
    expect(result.overall).toMatchObject({ counts: [12, 7, 3, 3], valid: 25, invalid: 5 })
    expect(result.overall.rate).toBeCloseTo(88, 10)
  })

  it('marks an object with fewer papers than the minimum 样本不足', () => {
    const result = questionnaireResult({ ...q, minResponses: 30 }, [{ kind: 0, marks: [0, 0] }], [])
    expect(result.dimensions.map((d) => d.band)).toEqual(['insufficient', 'insufficient'])
    expect(result.overall.band).toBe('insufficient')
  })
})

describe('tallies that do not add up', () => {
  it.each([
    { tally: { returned: 10, counts: [[5, 3, 2, 1], [1, 1, 1, 1]], kinds: [] }, problem: '“政策落实”各等级合计11份，超过收回的10份' },
    { tally: { returned: 10, counts: [[1, 1, 1, 1], [1, 1, 1, 1]], kinds: [8, 3] }, problem: '各类答卷人合计11份，超过收回的10份' },
    { tally: { returned: 50, counts: [[1, 1, 1, 1], [1, 1, 1, 1]], kinds: [] }, problem: '收回50份，超过发放的40份' },
    { tally: { returned: 10, counts: [[1, 1, 1, 1]], kinds: [] }, problem: '应填写2个评议项目的份数' },
    { tally: { returned: 10, counts: [[1, 1, 1], [1, 1, 1, 1]], kinds: [] }, problem: '“政策落实”应填写4个满意程度的份数' },
    { tally: { returned: 10, counts: [[4, 3, 2, 1], [10, 0, 0, 0]], kinds: [6, 4] }, problem: null }
  ])('$problem', ({ tally, problem }) => {
    expect(tallyProblem(tally, ['政策落实', '办事效率'], 4, 40)).toBe(problem)
  })
})

describe('what is printed and compared', () => {
  it('says the formula with the levels it counts, in scale order', () => {
    expect(formulaText(SCALE, [2, 0, 1])).toBe('满意率 =（满意＋比较满意＋基本满意）÷ 有效份数 × 100%')
    expect(formulaText(SCALE, [0])).toBe('满意率 =（满意）÷ 有效份数 × 100%')
  })
  it('rounds for showing only', () => {
    expect(percent(1000 / 11)).toBe('90.9%')
    expect(percent(87.5)).toBe('87.5%')
    expect(percent(null)).toBe('—')
  })
  it('compares with the previous round by dimension name', () => {
    // 90 − 82.5 = +7.5 points; 办事效率 is new this round; 工作作风 had no valid answer before
    expect(compareRates(
      [{ name: '政策落实', rate: 90 }, { name: '办事效率', rate: 70 }, { name: '工作作风', rate: 80 }],
      [{ name: '政策落实', rate: 82.5 }, { name: '工作作风', rate: null }]
    )).toEqual([
      { name: '政策落实', rate: 90, previous: 82.5, change: 7.5 },
      { name: '办事效率', rate: 70, previous: null, change: null },
      { name: '工作作风', rate: 80, previous: null, change: null }
    ])
  })
  it('crosses dimensions with channels', () => {
    const table = crossTable(['政策落实', '工作作风'], {
      // two objects: 政策落实 18/20 and 7/10 → 25/30 = 83.3…%
      questionnaires: [[{ name: '政策落实', satisfied: 18, valid: 20 }], [{ name: '政策落实', satisfied: 7, valid: 10 }, { name: '工作作风', satisfied: 4, valid: 5 }]],
      // phone: 政策落实 rated 满意 and 不满意 → 1/2 = 50 %
      ratings: { phone: [[{ dimension: '政策落实', level: 0 }], [{ dimension: '政策落实', level: 3 }]], supervisor: [[{ dimension: '工作作风', level: 2 }]] },
      boxDimensions: ['工作作风', null, '工作作风']
    })
    expect(table[0].cells.questionnaire.rate).toBeCloseTo(250 / 3, 10)
    expect(table[0].cells.phone).toEqual({ rate: 50, count: 2 })
    expect(table[0].cells.supervisor).toEqual({ rate: null, count: 0 })
    expect(table[1].cells.supervisor).toEqual({ rate: 100, count: 1 })
    expect(table[1].cells.box).toEqual({ rate: null, count: 2 })
  })
})

describe('properties', () => {
  const scaleLength = fc.integer({ min: 2, max: 7 })
  it('rates stay within 0–100%, 满意率 + 不满意率 = 100, and counts add up to what was returned', () => {
    fc.assert(
      fc.property(
        scaleLength.chain((levels) =>
          fc.record({
            levels: fc.constant(levels),
            satisfied: fc.subarray([...Array(levels).keys()], { minLength: 1, maxLength: levels - 1 }),
            dimensions: fc.integer({ min: 1, max: 8 }),
            marks: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: levels - 1 }), fc.constantFrom<Mark>('blank', 'several')), { minLength: 8, maxLength: 8 }), { maxLength: 60 })
          })
        ),
        ({ levels, satisfied, dimensions, marks }) => {
          const q = {
            scale: Array.from({ length: levels }, (_, i) => `L${i}`),
            satisfiedLevels: satisfied,
            bands: { good: 85, fair: 60 },
            minResponses: 1,
            dimensions: Array.from({ length: dimensions }, (_, i) => `D${i}`),
            respondentKinds: ['党员'],
            distributed: null
          }
          const result = questionnaireResult(q, marks.map((m) => ({ kind: 0, marks: m })), [])
          for (const d of result.dimensions) {
            expect(d.valid + d.invalid).toBe(marks.length)
            expect(d.counts.reduce((a, b) => a + b, 0)).toBe(d.valid)
            if (d.rate === null) continue
            expect(d.rate).toBeGreaterThanOrEqual(0)
            expect(d.rate).toBeLessThanOrEqual(100)
            expect(d.rate + d.unsatisfied!).toBeCloseTo(100, 8)
            expect(d.topShare!).toBeLessThanOrEqual(100)
          }
          expect(result.overall.valid + result.overall.invalid).toBe(marks.length * dimensions)
          expect(result.kinds[0] + result.kindUnknown).toBe(result.returned)
        }
      )
    )
  })
})

describe('keying digits', () => {
  it.each([
    // key, levels → mark
    ['1', 4, 0],
    ['4', 4, 3],
    ['5', 4, null], // outside a four-level scale
    ['0', 4, 'blank'],
    ['9', 4, 'several'],
    ['7', 7, 6],
    ['a', 4, null]
  ] as const)('%s on %i levels → %s', (key, levels, mark) => {
    expect(markOfKey(key, levels)).toBe(mark)
    if (mark !== null) expect(keyOfMark(mark)).toBe(key)
  })
  it('maps respondent kinds, 0 for none', () => {
    expect([kindOfKey('1', 3), kindOfKey('3', 3), kindOfKey('0', 3), kindOfKey('4', 3)]).toEqual([0, 2, null, undefined])
  })
})
