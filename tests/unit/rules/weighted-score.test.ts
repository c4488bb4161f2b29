import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { weightedScore, weightsProblem } from '@shared/rules/weighted-score'

const LABELS = { self: '自评', peer: '互评', leader: '领导评', public: '群众评' }

describe('weightedScore', () => {
  it.each([
    // 90×20 + 80×50 + 70×30 = 1800 + 4000 + 2100 = 7900; / 100 = 79
    ['all three', { self: 90, organisation: 80, public: 70 }, { self: 20, organisation: 50, public: 30 }, 79, true],
    // public missing: its 30 is shared out: (90×20 + 80×50) / 70 = 5800 / 70 = 82.857… → 82.9
    ['one missing shares its weight', { self: 90, organisation: 80, public: null }, { self: 20, organisation: 50, public: 30 }, 82.9, false],
    // a zero weight does not count, and its absence does not make the result incomplete: (80×1) / 1 = 80
    ['a zero weight is left out', { self: null, organisation: 80, public: 80 }, { self: 0, organisation: 1, public: 1 }, 80, true],
    // relative weights: 2:1 is 2/3 and 1/3: 60×2/3 + 90×1/3 = 40 + 30 = 70
    ['relative weights', { self: 60, organisation: 90, public: null }, { self: 2, organisation: 1, public: 0 }, 70, true],
    ['nobody scored', { self: null, organisation: null, public: null }, { self: 20, organisation: 50, public: 30 }, null, false]
  ])('%s', (_name, scores, weights, score, complete) => {
    const result = weightedScore(scores, weights)
    expect(result.score).toBe(score)
    expect(result.complete).toBe(complete)
  })

  it('works for any set of assessors (三评: self, peer, leader, public)', () => {
    // 80×10 + 70×30 + 90×30 + 60×30 = 800 + 2100 + 2700 + 1800 = 7400; / 100 = 74
    const result = weightedScore({ self: 80, peer: 70, leader: 90, public: 60 }, { self: 10, peer: 30, leader: 30, public: 30 })
    expect(result).toEqual({ score: 74, complete: true, shares: { self: 0.1, peer: 0.3, leader: 0.3, public: 0.3 } })
  })

  it('stays between the lowest and the highest score given, and its shares add up to 1', () => {
    const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })
    fc.assert(
      fc.property(fc.tuple(score, score, score, score), fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100)), (s, w) => {
        const scores = { self: s[0], peer: s[1], leader: s[2], public: s[3] }
        const weights = { self: w[0], peer: w[1], leader: w[2], public: w[3] }
        const result = weightedScore(scores, weights)
        const given = (Object.keys(scores) as (keyof typeof scores)[]).filter((k) => weights[k] > 0 && scores[k] !== null).map((k) => scores[k]!)
        if (!given.length) return result.score === null
        const sum = Object.values(result.shares).reduce((a, b) => a + b, 0)
        return result.score! >= Math.min(...given) - 0.05 && result.score! <= Math.max(...given) + 0.05 && Math.abs(sum - 1) < 1e-9
      })
    )
  })
})

describe('weightsProblem', () => {
  // Issue #8: weights are percentages that add up to 100 (50/50/50 used to save without a word).
  it('refuses all-zero, negative and not-100% weights, naming the assessors', () => {
    expect(weightsProblem({ self: 0, peer: 0, leader: 0, public: 0 }, LABELS)).toBe('自评、互评、领导评、群众评的权重合计应为100%，现为0%')
    expect(weightsProblem({ self: -1, peer: 1, leader: 0, public: 0 }, LABELS)).toBe('自评的权重应在0%至100%之间，现为-1%')
    expect(weightsProblem({ self: 0, peer: 1, leader: 0, public: 0 }, LABELS)).toBe('自评、互评、领导评、群众评的权重合计应为100%，现为1%')
    expect(weightsProblem({ self: 0, peer: 100, leader: 0, public: 0 }, LABELS)).toBeNull()
  })
})
