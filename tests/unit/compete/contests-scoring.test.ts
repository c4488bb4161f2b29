import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SheetCells } from '@shared/compete/contests/model'
import { cellProblem, rankLabel, roundHalfUp, ruleText, scoreRound, type ScoringInput } from '@shared/rules/contest-scoring'
import { parseCell } from '@shared/rules/contest-sheets'

/*
 * Every expected figure below was worked out by hand in the comments next to it (sum the items
 * times their weights per judge, then combine the judges' totals as the rule says), never copied
 * from the module's output.
 */

const ITEMS = [
  { id: 'theory', max: 40, weight: 1, decimals: 1 },
  { id: 'practice', max: 60, weight: 1, decimals: 1 }
]

/** Sheets from rows of [theory, practice] per entrant, one array per judge (j1, j2, ...). */
function sheetsOf(perJudge: Record<string, [number | null, number | null] | undefined>[]): Map<string, SheetCells> {
  return new Map(
    perJudge.map((rows, n) => [
      `j${n + 1}`,
      Object.fromEntries(Object.entries(rows).map(([entrant, row]): [string, Record<string, number | null>] => [entrant, row ? { theory: row[0], practice: row[1] } : {}]))
    ])
  )
}

function score(method: ScoringInput['rule']['method'], perJudge: Parameters<typeof sheetsOf>[0], extra: Partial<ScoringInput> = {}) {
  const entrants = [...new Set(perJudge.flatMap((rows) => Object.keys(rows)))]
  return scoreRound({
    items: ITEMS,
    rule: { method, trimFrom: 5, resultDecimals: 2 },
    judgeIds: perJudge.map((_, n) => `j${n + 1}`),
    entrantIds: entrants,
    sheets: sheetsOf(perJudge),
    ...extra
  })
}

describe('scoring one entrant', () => {
  it.each([
    // Totals 30+50=80, 35+55=90, 32+52=84. Sum 254; mean 254/3 = 84.666… → 84.67.
    { method: 'sum' as const, judges: [[30, 50], [35, 55], [32, 52]], final: 254, dropped: null },
    { method: 'mean' as const, judges: [[30, 50], [35, 55], [32, 52]], final: 84.67, dropped: null },
    // Three judges: fewer than 5 scored, so no dropping: the plain mean 84.67.
    { method: 'trimmedMean' as const, judges: [[30, 50], [35, 55], [32, 52]], final: 84.67, dropped: null },
    // Five judges: totals 80, 90, 84, 70, 95. Drop 95 (j5) and 70 (j4): (80+90+84)/3 = 254/3 = 84.67.
    { method: 'trimmedMean' as const, judges: [[30, 50], [35, 55], [32, 52], [30, 40], [38, 57]], final: 84.67, dropped: { highest: 'j5', lowest: 'j4' } },
    // Six judges: totals 80, 90, 84, 70, 95, 88. Drop 95 and 70: (80+90+84+88)/4 = 342/4 = 85.5.
    { method: 'trimmedMean' as const, judges: [[30, 50], [35, 55], [32, 52], [30, 40], [38, 57], [36, 52]], final: 85.5, dropped: { highest: 'j5', lowest: 'j4' } },
    // Decimals: 33.5+51.5 = 85, 34.5+52.5 = 87, 33.3+52.4 = 85.7. Mean 257.7/3 = 85.9.
    { method: 'mean' as const, judges: [[33.5, 51.5], [34.5, 52.5], [33.3, 52.4]], final: 85.9, dropped: null }
  ])('$method of $judges.length judges gives $final', ({ method, judges, final, dropped }) => {
    const [result] = score(method, judges.map((row) => ({ a: row as [number, number] })))
    expect(result.final).toBe(final)
    expect(result.dropped).toEqual(dropped)
    expect(result.complete).toBe(true)
  })

  it('does not count a judge who left the entrant blank, so five judges of whom one did not score is not enough to trim', () => {
    // j3 left 乙's row blank: four scored, totals 80, 90, 70, 95 → no dropping, mean 335/4 = 83.75.
    const [, b] = score('trimmedMean', [
      { a: [30, 50], b: [30, 50] },
      { a: [35, 55], b: [35, 55] },
      { a: [32, 52], b: undefined },
      { a: [30, 40], b: [30, 40] },
      { a: [38, 57], b: [38, 57] }
    ])
    expect(b.marks.map((m) => m.state)).toEqual(['scored', 'scored', 'blank', 'scored', 'scored'])
    expect(b.counted).toEqual(['j1', 'j2', 'j4', 'j5'])
    expect(b.dropped).toBeNull()
    expect(b.final).toBe(83.75)
  })

  it('keeps a real 0 apart from a blank: 0 is scored, blank is not', () => {
    // j1 gave 0 + 0 = 0, j2 gave 30 + 50 = 80: mean 40. With j1 blank instead: only j2, 80.
    expect(score('mean', [{ a: [0, 0] }, { a: [30, 50] }])[0].final).toBe(40)
    expect(score('mean', [{ a: [null, null] }, { a: [30, 50] }])[0].final).toBe(80)
  })

  it('makes an entrant incomplete when a judge wrote only some items, and gives no rank', () => {
    const [a] = score('mean', [{ a: [30, null] }, { a: [30, 50] }])
    expect(a).toMatchObject({ complete: false, final: null, rank: null, incomplete: '1名评委的评分不完整' })
  })

  it('weights items: a judge total is Σ score × weight', () => {
    // theory 30 × 0.4 = 12, practice 50 × 0.6 = 30: total 42. Second judge 40×0.4 + 60×0.6 = 16 + 36 = 52. Mean 47.
    const [a] = score('mean', [{ a: [30, 50] }, { a: [40, 60] }], { items: [{ ...ITEMS[0], weight: 0.4 }, { ...ITEMS[1], weight: 0.6 }] })
    expect(a.marks.map((m) => m.total)).toEqual([42, 52])
    expect(a.final).toBe(47)
  })

  it('takes deductions off the base score, then rounds', () => {
    // Base (80 + 90 + 84)/3 = 84.666…; minus 1.5 = 83.1666… → 83.17.
    const [a] = score('mean', [{ a: [30, 50] }, { a: [35, 55] }, { a: [32, 52] }], { deductions: new Map([['a', 1.5]]) })
    expect(a.deduction).toBe(1.5)
    expect(a.final).toBe(83.17)
  })
})

describe('ranks in standard competition order', () => {
  it('gives 1, 2, 2, 4 with 并列', () => {
    // Means: a 90, b 85, c 85, d 80; e incomplete gets no rank.
    const results = score('mean', [{ a: [40, 50], b: [35, 50], c: [30, 55], d: [30, 50], e: [30, null] }])
    expect(results.map((r) => [r.entrantId, r.final, r.rank])).toEqual([
      ['a', 90, 1],
      ['b', 85, 2],
      ['c', 85, 2],
      ['d', 80, 4],
      ['e', null, null]
    ])
    expect(results.map(rankLabel)).toEqual(['第1名', '并列第2名', '并列第2名', '第4名', ''])
  })

  it('ranks on the rounded figure, the one printed', () => {
    // a: (85 + 86 + 86)/3 = 85.666… → 85.67; b: 85.67 exactly. Printed alike, so ranked alike.
    const results = scoreRound({
      items: [{ id: 'x', max: 100, weight: 1, decimals: 2 }],
      rule: { method: 'mean', trimFrom: 5, resultDecimals: 2 },
      judgeIds: ['j1', 'j2', 'j3'],
      entrantIds: ['a', 'b'],
      sheets: new Map([
        ['j1', { a: { x: 85 }, b: { x: 85.67 } }],
        ['j2', { a: { x: 86 }, b: { x: 85.67 } }],
        ['j3', { a: { x: 86 }, b: { x: 85.67 } }]
      ])
    })
    expect(results.map((r) => [r.final, r.rank, r.tied])).toEqual([
      [85.67, 1, true],
      [85.67, 1, true]
    ])
  })
})

describe('a value a judge writes', () => {
  const item = { name: '实操', max: 60, decimals: 1 }
  it.each([
    [60, null],
    [0, null],
    [59.5, null],
    [60.5, '实操：成绩不能超过满分60'],
    [-1, '实操：成绩不能为负数'],
    [Number.NaN, '实操：成绩应为数字'],
    [59.25, '实操：成绩最多1位小数']
  ])('%s → %s', (value, problem) => expect(cellProblem(item, value)).toBe(problem))
  it('wants whole numbers when the item has no decimals', () => expect(cellProblem({ ...item, decimals: 0 }, 59.5)).toBe('实操：成绩应为整数'))
})

describe('rounding and the rule in words', () => {
  it('rounds half up as on paper', () => {
    expect(roundHalfUp(85.125, 2)).toBe(85.13)
    expect(roundHalfUp(84.665, 2)).toBe(84.67)
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3)
  })
  it('says the trimmed mean and its threshold', () => {
    expect(ruleText({ method: 'trimmedMean', trimFrom: 5, resultDecimals: 2, deductions: true }, 7)).toBe(
      '共7名评委评分，各评委总分为各项得分乘以权重之和；评分评委不少于5名时去掉一个最高分和一个最低分后取平均分，少于5名时取平均分，再减去扣分；未评分的评委不计入；最后得分保留2位小数（四舍五入），得分相同者名次并列。'
    )
  })
})

describe('properties', () => {
  const cell = fc.integer({ min: 0, max: 100 })
  const rows = fc.array(fc.array(fc.option(cell, { nil: null }), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 12 })
  const input = (grid: (number | null)[][], method: ScoringInput['rule']['method'] = 'trimmedMean', trimFrom = 5): ScoringInput => ({
    items: [{ id: 'x', max: 100, weight: 1, decimals: 0 }],
    rule: { method, trimFrom, resultDecimals: 2 },
    judgeIds: grid[0].map((_, j) => `j${j}`),
    entrantIds: grid.map((_, e) => `e${e}`),
    sheets: new Map(grid[0].map((_, j) => [`j${j}`, Object.fromEntries(grid.map((row, e) => [`e${e}`, { x: row[j] }]))]))
  })

  it('never ranks a higher final score below a lower one', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('sum' as const, 'mean' as const, 'trimmedMean' as const), (grid, method) => {
        const results = scoreRound(input(grid, method)).filter((r) => r.final !== null)
        for (const a of results) for (const b of results) if ((a.final as number) > (b.final as number)) expect(a.rank as number).toBeLessThan(b.rank as number)
      })
    )
  })

  it('never leaves fewer than N − 2 scores after dropping, and drops only at N or more', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 3, max: 7 }), (grid, trimFrom) => {
        for (const r of scoreRound(input(grid, 'trimmedMean', trimFrom))) {
          const scored = r.marks.filter((m) => m.state === 'scored').length
          if (r.dropped) {
            expect(scored).toBeGreaterThanOrEqual(trimFrom)
            expect(r.counted.length).toBe(scored - 2)
          } else expect(r.counted.length).toBe(scored)
        }
      })
    )
  })

  it('keeps the trimmed mean between the lowest and highest judge total', () => {
    fc.assert(
      fc.property(rows, (grid) => {
        for (const r of scoreRound(input(grid))) {
          const totals = r.marks.filter((m) => m.total !== null).map((m) => m.total as number)
          if (r.final === null) continue
          expect(r.final).toBeGreaterThanOrEqual(Math.min(...totals))
          expect(r.final).toBeLessThanOrEqual(Math.max(...totals))
        }
      })
    )
  })
})

describe('a typed cell', () => {
  it.each([
    ['', null, null],
    ['  ', null, null],
    ['0', 0, null],
    ['58.5', 58.5, null],
    ['５８．５', 58.5, null],
    ['.5', 0.5, null],
    ['-3', null, '成绩不能为负数'],
    ['abc', null, '成绩应为数字'],
    ['1e2', null, '成绩应为数字'],
    ['5 8', null, '成绩应为数字']
  ])('%j → %s %s', (text, value, problem) => expect(parseCell(text)).toEqual({ value, problem }))
})
