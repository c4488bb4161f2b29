import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PEER_GRADES } from '@shared/rules/review-criteria'
import { addCounts, peerScore, tallyExcess } from '@shared/rules/peer-result'

/* 互评 arithmetic with the local rule 优秀10 / 合格7 / 基本合格5 / 不合格2; every figure worked out by hand. */

const scale = DEFAULT_PEER_GRADES.map((g) => ({ ...g }))
const counts = (excellent: number, qualified: number, basic: number, unqualified: number) => ({ excellent, qualified, basic, unqualified })

describe('peer result', () => {
  it.each([
    // 8×10 + 3×7 + 1×5 = 106 points over 12 votes = 8.8333… → 8.83; shares 8/12 = 66.7%, 3/12 = 25%, 1/12 = 8.3%.
    { marks: counts(8, 3, 1, 0), votes: 12, points: 106, average: 8.83, shares: [66.7, 25, 8.3, 0] },
    // 5 × 2 = 10 over 5 = 2.
    { marks: counts(0, 0, 0, 5), votes: 5, points: 10, average: 2, shares: [0, 0, 0, 100] },
    // One of each: 10 + 7 + 5 + 2 = 24 over 4 = 6.
    { marks: counts(1, 1, 1, 1), votes: 4, points: 24, average: 6, shares: [25, 25, 25, 25] },
    // 21 × 10 = 210 over 21 = 10.
    { marks: counts(21, 0, 0, 0), votes: 21, points: 210, average: 10, shares: [100, 0, 0, 0] },
    // 2×7 + 5 = 19 over 3 = 6.333… → 6.33; 2/3 = 66.7%, 1/3 = 33.3%.
    { marks: counts(0, 2, 1, 0), votes: 3, points: 19, average: 6.33, shares: [0, 66.7, 33.3, 0] },
    // 10 + 7×5 = 45 over 8 = 5.625 → 5.63 (half up); 1/8 = 12.5%, 7/8 = 87.5%.
    { marks: counts(1, 0, 7, 0), votes: 8, points: 45, average: 5.63, shares: [12.5, 0, 87.5, 0] },
    // Nobody graded: no average, no shares.
    { marks: {}, votes: 0, points: 0, average: null, shares: [0, 0, 0, 0] }
  ])('$marks → $votes votes, $points points, average $average', ({ marks, votes, points, average, shares }) => {
    const score = peerScore(scale, marks)
    expect(score.votes).toBe(votes)
    expect(score.points).toBe(points)
    expect(score.average).toBe(average)
    expect(score.grades.map((g) => g.share)).toEqual(shares)
    expect(score.grades.map((g) => g.label)).toEqual(['优秀', '合格', '基本合格', '不合格'])
  })

  it('counts a paper tally and keyed ballots together', () => {
    // Tally 优秀3 合格1, two ballots 优秀 and 不合格: 优秀4 合格1 不合格1 → 40 + 7 + 2 = 49 over 6 = 8.17.
    const all = addCounts(counts(3, 1, 0, 0), { excellent: 1 }, { unqualified: 1 })
    expect(all).toEqual({ excellent: 4, qualified: 1, basic: 0, unqualified: 1 })
    expect(peerScore(scale, all).average).toBe(8.17)
  })

  it.each([
    // 22 ballots returned: one is the member's own, so 21 marks at most.
    { returned: 22, marks: counts(15, 5, 1, 0), excess: null },
    { returned: 22, marks: counts(15, 6, 1, 0), excess: 1 },
    { returned: 10, marks: counts(10, 2, 0, 0), excess: 3 },
    { returned: 2, marks: counts(1, 0, 0, 0), excess: null },
    { returned: 2, marks: counts(1, 1, 0, 0), excess: 1 }
  ])('of $returned ballots a member may have returned − 1 marks: $marks → excess $excess', ({ returned, marks, excess }) => {
    expect(tallyExcess(returned, marks)).toBe(excess)
  })

  it('keeps shares within 0–100 %, counts adding up to the votes, the average between the lowest and highest points', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500)), ([a, b, c, d]) => {
        const score = peerScore(scale, counts(a, b, c, d))
        expect(score.votes).toBe(a + b + c + d)
        expect(score.grades.reduce((sum, g) => sum + g.count, 0)).toBe(score.votes)
        for (const g of score.grades) expect(g.share >= 0 && g.share <= 100).toBe(true)
        if (score.votes === 0) return expect(score.average).toBeNull()
        // Each of four shares is rounded by at most 0.05.
        expect(Math.abs(score.grades.reduce((sum, g) => sum + g.share, 0) - 100)).toBeLessThanOrEqual(0.2 + 1e-9)
        expect(score.average!).toBeGreaterThanOrEqual(2)
        expect(score.average!).toBeLessThanOrEqual(10)
      })
    )
  })
})
