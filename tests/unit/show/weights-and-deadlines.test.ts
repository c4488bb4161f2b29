import { describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { DEFAULT_ASSESSMENT_CONFIG, fulfilmentSchema } from '@shared/show/model'
import { assessmentProblem, configProblem, NOTHING_GRADED, weightsText } from '@shared/rules/pledge-assessment'
import { deadlinePassed, deadlineYearProblem, doneItems } from '@shared/rules/pledge-deadlines'
import { weightPercents, weightsProblem, weightTotal } from '@shared/rules/weighted-score'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { savePledge } from '../../../electron/main/show/pledges'

/* The rules behind issue #8's entry checks: weights in percent adding up to 100, an assessment with something graded, deadlines within the pledge's year. */

const labels = { self: '自评', peer: '互评', public: '群众评' }

describe('weights (shared by 评诺, 三评 and 年终评优)', () => {
  it('accept percentages that add up to 100, to one decimal', () => {
    expect(weightsProblem({ self: 20, peer: 50, public: 30 }, labels)).toBeNull()
    expect(weightsProblem({ self: 33.3, peer: 33.3, public: 33.4 }, labels)).toBeNull()
    expect(weightsProblem({ self: 0, peer: 100, public: 0 }, labels)).toBeNull()
    expect(weightTotal({ self: 33.3, peer: 33.3, public: 33.4 })).toBe(100)
  })

  it('name a sum other than 100%, each weight out of 0–100%, and a missing one', () => {
    expect(weightsProblem({ self: 50, peer: 50, public: 50 }, labels)).toBe('自评、互评、群众评的权重合计应为100%，现为150%')
    expect(weightsProblem({ self: 0, peer: 0, public: 0 }, labels)).toBe('自评、互评、群众评的权重合计应为100%，现为0%')
    expect(weightsProblem({ self: 120, peer: -20, public: 0 }, labels)).toBe('自评的权重应在0%至100%之间，现为120%')
    expect(weightsProblem({ self: 60, peer: -20, public: 60 }, labels)).toBe('互评的权重应在0%至100%之间，现为-20%')
    expect(weightsProblem({ self: Number.NaN, peer: 50, public: 50 }, labels)).toBe('请填写自评的权重')
  })

  it('show weights saved before the rule as the shares they count for', () => {
    expect(weightPercents({ self: 50, peer: 50, public: 50 })).toEqual({ self: 33.3, peer: 33.3, public: 33.3 })
    expect(weightPercents({ self: 20, peer: 50, public: 30 })).toEqual({ self: 20, peer: 50, public: 30 })
    expect(weightsText({ weights: { self: 1, organisation: 1, public: 2 } })).toBe('党员自评25%、组织评价25%、群众评价50%')
  })

  it('the 评诺 scale names a score or threshold out of 0–100 and weights that do not make 100%', () => {
    const [good, ...rest] = DEFAULT_ASSESSMENT_CONFIG.levels
    expect(configProblem({ ...DEFAULT_ASSESSMENT_CONFIG, levels: [{ ...good, score: 120 }, ...rest] })).toBe('“好”的分值应在0至100之间')
    expect(configProblem({ ...DEFAULT_ASSESSMENT_CONFIG, levels: [{ ...good, threshold: 101 }, ...rest] })).toBe('“好”的最低分应在0至100之间')
    expect(configProblem({ ...DEFAULT_ASSESSMENT_CONFIG, weights: { self: 50, organisation: 50, public: 50 } })).toBe('党员自评、组织评价、群众评价的权重合计应为100%，现为150%')
  })
})

describe('an assessment to save', () => {
  const pledge = { items: [{ id: 'a' }, { id: 'b' }] }
  it('needs at least one grade that counts', () => {
    expect(assessmentProblem(DEFAULT_ASSESSMENT_CONFIG, pledge, [])).toBe(NOTHING_GRADED)
    expect(assessmentProblem(DEFAULT_ASSESSMENT_CONFIG, pledge, [{ itemId: 'a', self: null, organisation: null, public: null }])).toBe(NOTHING_GRADED)
    // A grade from a source weighted 0 does not count either.
    const noSelf = { ...DEFAULT_ASSESSMENT_CONFIG, weights: { self: 0, organisation: 60, public: 40 } }
    expect(assessmentProblem(noSelf, pledge, [{ itemId: 'a', self: 'good', organisation: null, public: null }])).toBe(NOTHING_GRADED)
    expect(assessmentProblem(DEFAULT_ASSESSMENT_CONFIG, pledge, [{ itemId: 'a', self: 'good', organisation: null, public: null }])).toBeNull()
    // Grades that do not fit are named first.
    expect(assessmentProblem(DEFAULT_ASSESSMENT_CONFIG, pledge, [{ itemId: 'x', self: null, organisation: null, public: null }])).toContain('不属于')
  })
})

describe('完成时限', () => {
  it('must fall within the pledge’s year; none means the whole year', () => {
    expect(deadlineYearProblem('', 2026)).toBeNull()
    expect(deadlineYearProblem('2026-06', 2026)).toBeNull()
    expect(deadlineYearProblem('2026-12-31', 2026)).toBeNull()
    expect(deadlineYearProblem('2025-06', 2026)).toBe('完成时限应在2026年内（承诺年度为2026年）')
    expect(deadlineYearProblem('2027-01-15', 2026)).toBe('完成时限应在2026年内（承诺年度为2026年）')
  })

  it('is past when its last day is behind today', () => {
    expect(deadlinePassed('2026-03', 2026, '2026-04-01')).toBe(true)
    expect(deadlinePassed('2026-03', 2026, '2026-03-31')).toBe(false)
    expect(deadlinePassed('2026-03-15', 2026, '2026-03-16')).toBe(true)
    expect(deadlinePassed('', 2026, '2026-12-31')).toBe(false)
    expect(deadlinePassed('', 2025, '2026-01-01')).toBe(true)
  })

  it('is refused by main outside the year, naming the item', () => {
    const now = new Date(2026, 6, 1)
    const db = demoDatabase(createDatabase(now), now)
    const person = db.people.find((p) => p.name === '吴昊')!
    const item = (content: string, deadline: string) => ({ category: 'study' as const, content, standard: '', actions: '', responsibleId: null, deadline })
    const draft = { year: 2026, scope: 'person' as const, personId: person.id, teamId: null, summary: '', items: [item('学习', '2026-05'), item('工作', '2025-12')] }
    expect(() => savePledge(db, draft, { now: now.toISOString(), today: '2026-07-01', newId: () => 'x' })).toThrow('第2项：完成时限应在2026年内（承诺年度为2026年）')
  })
})

describe('items reported done', () => {
  it('are the ones a record ticks 该项已完成, dated by the first such record', () => {
    const pledge = { id: 'p', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as never }
    const record = (id: string, itemId: string | null, date: string, completesItem: boolean, pledgeId = 'p') => fulfilmentSchema.parse({ id, pledgeId, itemId, date, content: '做了', completesItem })
    const done = doneItems(pledge, [
      record('1', 'b', '2026-05-02', true),
      record('2', 'b', '2026-04-20', true),
      record('3', 'a', '2026-04-01', false),
      record('4', null, '2026-04-01', true),
      record('5', 'c', '2026-04-01', true, 'other')
    ])
    expect(done).toEqual([{ itemId: 'b', on: '2026-04-20' }])
  })
})
