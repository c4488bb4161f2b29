import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSESSMENT_CONFIG, type AssessmentConfig } from '@shared/show/model'
import { assessmentResult, configProblem, gradesProblem, itemScore, levelForScore } from '@shared/rules/pledge-assessment'

const config = DEFAULT_ASSESSMENT_CONFIG // 好100/90 较好85/75 一般70/60 差40/0; weights 20/50/30
const pledge = { items: [{ id: 'a' }, { id: 'b' }] }

describe('评诺 scoring', () => {
  it('weights self, organisation and public grades', () => {
    // 100×0.2 + 85×0.5 + 70×0.3 = 83.5
    expect(itemScore(config, { itemId: 'a', self: 'good', organisation: 'fairlyGood', public: 'average' })).toEqual({ itemId: 'a', score: 83.5, complete: true })
  })

  it('shares a missing source’s weight among the others and says the item is incomplete', () => {
    // (100×20 + 40×50) / 70 = 57.1
    expect(itemScore(config, { itemId: 'a', self: 'good', organisation: 'poor', public: null })).toEqual({ itemId: 'a', score: 57.1, complete: false })
    expect(itemScore(config, { itemId: 'a', self: null, organisation: null, public: null }).score).toBeNull()
  })

  it('ignores a source weighted 0, so it is not needed for completeness', () => {
    const noPublic: AssessmentConfig = { ...config, weights: { self: 0, organisation: 100, public: 0 } }
    expect(itemScore(noPublic, { itemId: 'a', self: 'poor', organisation: 'good', public: null })).toEqual({ itemId: 'a', score: 100, complete: true })
  })

  it('averages the items and maps the score to the best level it reaches', () => {
    const result = assessmentResult(config, pledge, {
      grades: [
        { itemId: 'a', self: 'good', organisation: 'good', public: 'good' },
        { itemId: 'b', self: 'good', organisation: 'fairlyGood', public: 'average' }
      ]
    })
    expect(result.score).toBe(91.8) // (100 + 83.5) / 2 = 91.75
    expect(result.level?.label).toBe('好')
    expect(result.complete).toBe(true)
  })

  it('an ungraded item makes the result incomplete but the graded ones still count', () => {
    const result = assessmentResult(config, pledge, { grades: [{ itemId: 'a', self: 'average', organisation: 'average', public: 'average' }] })
    expect(result.score).toBe(70)
    expect(result.level?.label).toBe('一般')
    expect(result.complete).toBe(false)
  })

  it('places scores on the thresholds exactly', () => {
    expect(levelForScore(config, 90).label).toBe('好')
    expect(levelForScore(config, 89.9).label).toBe('较好')
    expect(levelForScore(config, 60).label).toBe('一般')
    expect(levelForScore(config, 59.9).label).toBe('差')
  })

  it('accepts the default scale and rejects broken ones', () => {
    expect(configProblem(config)).toBeNull()
    const [good, fair, avg, poor] = config.levels
    expect(configProblem({ ...config, weights: { self: 0, organisation: 0, public: 0 } })).toContain('权重')
    expect(configProblem({ ...config, levels: [fair, good, avg, poor] })).toContain('从好到差')
    expect(configProblem({ ...config, levels: [good, fair, avg, { ...poor, threshold: 10 }] })).toContain('最低分应为0')
    expect(configProblem({ ...config, levels: [good, { ...fair, label: '好' }, avg, poor] })).toBe('等次名称重复')
  })

  it('checks grades against the pledge and the scale', () => {
    expect(gradesProblem(config, pledge, [{ itemId: 'x', self: null, organisation: null, public: null }])).toContain('不属于')
    expect(gradesProblem(config, pledge, [{ itemId: 'a', self: 'excellent', organisation: null, public: null }])).toContain('党员自评')
    expect(gradesProblem(config, pledge, [{ itemId: 'a', self: null, organisation: null, public: null }, { itemId: 'a', self: null, organisation: null, public: null }])).toContain('两次')
    expect(gradesProblem(config, pledge, [{ itemId: 'a', self: 'good', organisation: 'poor', public: null }])).toBeNull()
  })
})
