import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AwardRule } from '@shared/compete/contests/model'
import { awardRound, quotas } from '@shared/rules/contest-awards'

/* Awards down the final scores; each table's expected awards were worked out by hand in its comment. */

type Row = { id: string; final: number | null; highest?: number; item?: number }
const results = (rows: Row[]) => rows.map((r) => ({ entrantId: r.id, final: r.final, highest: r.highest ?? null, itemMeans: { practice: r.item ?? 0 } }))
const rule = (tiers: [string, number][], extra: Partial<AwardRule> = {}): AwardRule => ({
  basis: 'count',
  tiers: tiers.map(([label, quota]) => ({ label, quota })),
  tieBreak: 'highest',
  tieItemId: null,
  ...extra
})
const labels = (outcome: ReturnType<typeof awardRound>) => Object.fromEntries(outcome.awards.map((a) => [a.entrantId, a.pending ? '待定' : a.label]))

describe('awards by count', () => {
  it('hands out 1 一等奖, 2 二等奖, 3 三等奖 down the scores, none to the incomplete', () => {
    // Sorted: a 95, b 92, c 90, d 88, e 85, f 80, g 75; h incomplete. 1+2+3 = 6 places: g gets none.
    const outcome = awardRound(
      results([
        { id: 'g', final: 75 },
        { id: 'a', final: 95 },
        { id: 'b', final: 92 },
        { id: 'h', final: null },
        { id: 'c', final: 90 },
        { id: 'd', final: 88 },
        { id: 'e', final: 85 },
        { id: 'f', final: 80 }
      ]),
      rule([['一等奖', 1], ['二等奖', 2], ['三等奖', 3]])
    )
    expect(labels(outcome)).toEqual({ a: '一等奖', b: '二等奖', c: '二等奖', d: '三等奖', e: '三等奖', f: '三等奖', g: null, h: null })
    expect(outcome.excluded).toEqual(['h'])
    expect(outcome.ties).toEqual([])
    expect(outcome.warnings).toEqual(['1名参赛者成绩不完整，不参加评奖'])
  })

  it('gives all tied entrants inside one tier the same award without a tie to settle', () => {
    // a 95, b 90, c 90, d 80 with 一等奖 1, 二等奖 2: b and c share 二等奖 (both within its places).
    const outcome = awardRound(results([{ id: 'a', final: 95 }, { id: 'b', final: 90 }, { id: 'c', final: 90 }, { id: 'd', final: 80 }]), rule([['一等奖', 1], ['二等奖', 2]]))
    expect(labels(outcome)).toEqual({ a: '一等奖', b: '二等奖', c: '二等奖', d: null })
    expect(outcome.ties).toEqual([])
  })

  it('warns when the rule would award everyone who completed', () => {
    const outcome = awardRound(results([{ id: 'a', final: 95 }, { id: 'b', final: 90 }]), rule([['一等奖', 1], ['二等奖', 1]]))
    expect(outcome.warnings).toEqual(['按当前评奖办法，完成比赛的2名参赛者全部获奖'])
  })
})

describe('awards by ratio', () => {
  it('takes percentages of the complete entrants, rounded down', () => {
    // 25 complete: 10% → 2.5 → 2; 20% → 5; 30% → 7.5 → 7. An incomplete 26th does not count.
    expect(quotas({ basis: 'ratio', tiers: [{ label: '一等奖', quota: 10 }, { label: '二等奖', quota: 20 }, { label: '三等奖', quota: 30 }] }, 25)).toEqual([2, 5, 7])
    const rows = Array.from({ length: 25 }, (_, n) => ({ id: `e${n}`, final: 100 - n }))
    const outcome = awardRound(results([...rows, { id: 'x', final: null }]), rule([['一等奖', 10], ['二等奖', 20], ['三等奖', 30]], { basis: 'ratio' }))
    const count = (label: string) => outcome.awards.filter((a) => a.label === label).length
    expect([count('一等奖'), count('二等奖'), count('三等奖')]).toEqual([2, 5, 7])
    expect(outcome.warnings).toEqual(['1名参赛者成绩不完整，不参加评奖'])
  })

  it('warns when the ratios reach 100%', () => {
    const rows = Array.from({ length: 4 }, (_, n) => ({ id: `e${n}`, final: 90 - n }))
    expect(awardRound(results(rows), rule([['优胜奖', 100]], { basis: 'ratio' })).warnings).toEqual(['按当前评奖办法，完成比赛的4名参赛者全部获奖'])
  })
})

describe('a tie at an award boundary', () => {
  // a 95; b and c both 90 where only one 二等奖 is left after a's 一等奖... with 一等奖 2: a takes one place, b/c straddle.
  const tied = (b: Partial<Row>, c: Partial<Row>) => results([{ id: 'a', final: 95 }, { id: 'b', final: 90, ...b }, { id: 'c', final: 90, ...c }, { id: 'd', final: 80 }])
  const tiers = [['一等奖', 2], ['二等奖', 2]] as [string, number][]

  it('is settled by the judges’ highest total', () => {
    // c's best judge total 94 beats b's 93: c takes the second 一等奖, b falls to 二等奖 with d.
    const outcome = awardRound(tied({ highest: 93 }, { highest: 94 }), rule(tiers))
    expect(labels(outcome)).toEqual({ a: '一等奖', c: '一等奖', b: '二等奖', d: '二等奖' })
    expect(outcome.ties).toEqual([{ final: 90, entrantIds: ['c', 'b'], upper: '一等奖', lower: '二等奖', places: 1, resolvedBy: 'highest' }])
  })

  it('is settled first by the named item, then by the highest total', () => {
    // b's 实操 mean 55 beats c's 54 although c's highest is better: the item comes first.
    const byItem = awardRound(tied({ item: 55, highest: 93 }, { item: 54, highest: 94 }), rule(tiers, { tieBreak: 'item', tieItemId: 'practice' }))
    expect(labels(byItem)).toEqual({ a: '一等奖', b: '一等奖', c: '二等奖', d: '二等奖' })
    expect(byItem.ties[0].resolvedBy).toBe('item')
    // Same item mean: the highest total decides (c 94).
    const thenHighest = awardRound(tied({ item: 55, highest: 93 }, { item: 55, highest: 94 }), rule(tiers, { tieBreak: 'item', tieItemId: 'practice' }))
    expect(thenHighest.ties[0]).toMatchObject({ entrantIds: ['c', 'b'], resolvedBy: 'highest' })
  })

  it('is left to the officer when nothing parts them, and follows the officer’s order', () => {
    const open = awardRound(tied({ highest: 93 }, { highest: 93 }), rule(tiers))
    expect(labels(open)).toEqual({ a: '一等奖', b: '待定', c: '待定', d: '二等奖' })
    expect(open.ties[0].resolvedBy).toBeNull()
    const decided = awardRound(tied({ highest: 93 }, { highest: 93 }), rule(tiers), [{ roundId: 'r', entrantIds: ['c', 'b'], note: '' }])
    expect(labels(decided)).toEqual({ a: '一等奖', c: '一等奖', b: '二等奖', d: '二等奖' })
    expect(decided.ties[0].resolvedBy).toBe('officer')
  })

  it('is the officer’s when the rule says so, whatever the highest totals', () => {
    const outcome = awardRound(tied({ highest: 93 }, { highest: 99 }), rule(tiers, { tieBreak: 'officer' }))
    expect(outcome.ties[0].resolvedBy).toBeNull()
    expect(outcome.awards.filter((a) => a.pending).map((a) => a.entrantId)).toEqual(['b', 'c'])
  })

  it('also stands at the last boundary, between an award and none', () => {
    // 一等奖 1, 二等奖 1: a first, b/c tied for the one 二等奖 with equal highest totals.
    const outcome = awardRound(tied({ highest: 91 }, { highest: 91 }), rule([['一等奖', 1], ['二等奖', 1]]))
    expect(outcome.ties[0]).toMatchObject({ upper: '二等奖', lower: null, places: 1, resolvedBy: null })
  })
})

describe('properties', () => {
  it('never awards more than the quotas, never an incomplete entrant, and never a lower score a better award', () => {
    const finals = fc.array(fc.option(fc.integer({ min: 60, max: 100 }), { nil: null }), { minLength: 1, maxLength: 30 })
    const counts = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(finals, counts, (list, tierCounts) => {
        const rows = results(list.map((final, n) => ({ id: `e${n}`, final, highest: final ?? 0 })))
        const tierRule = rule(tierCounts.map((c, k) => [`奖${k}`, c]))
        const outcome = awardRound(rows, tierRule)
        tierCounts.forEach((c, k) => expect(outcome.awards.filter((a) => a.label === `奖${k}`).length).toBeLessThanOrEqual(c))
        rows.forEach((r, n) => r.final === null && expect(outcome.awards[n].label).toBeNull())
        const tierOf = (label: string | null) => (label === null ? tierCounts.length : Number(label.slice(1)))
        for (const [i, a] of outcome.awards.entries())
          for (const [j, b] of outcome.awards.entries()) {
            if (a.pending || b.pending || rows[i].final === null || rows[j].final === null) continue
            if ((rows[i].final as number) > (rows[j].final as number)) expect(tierOf(a.label)).toBeLessThanOrEqual(tierOf(b.label))
          }
      })
    )
  })
})
