import { afterEach, describe, expect, it } from 'vitest'
import type { LeaderGrade } from '@shared/evaluate/leader/model'
import { leaderFigures } from '../../../electron/main/evaluate/leader/appraisal-figures'
import { rosterBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/*
 * 领导点评's 评定等次 in 年终评优: a member's grade is his 领导点评 figure on 100 by the 10/7/5/2
 * rule (优秀 100, 合格 70, 基本合格 50, 不合格 20); the appraisal takes the mean of the halves.
 * Worked by hand: 黄丽萍 优秀 in 上半年 (100) and 基本合格 in 下半年 (50): (100 + 50) / 2 = 75.
 * A team's grade, and a member's review without one, give no figure.
 */

const NOW = new Date(2026, 6, 20, 9, 0) // 2026-07-20

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const person = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
const team = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id

const review = (b: TestBackend, subject: { kind: 'person' | 'team'; id: string }, half: 'first' | 'second', reviewedOn: string, grade: LeaderGrade | null) => ({
  year: 2026,
  half,
  leaderId: person(b, '王喆'),
  subject,
  reviewedOn,
  achievements: '工作扎实',
  problems: [],
  advice: '',
  direction: '',
  grade
})

describe('领导点评 in 年终评优', () => {
  it('gives each graded review of a member a figure on 100, and the appraisal the mean of the halves', async () => {
    const b = await rosterBackend(NOW, backends)
    const huang = { kind: 'person' as const, id: person(b, '黄丽萍') }
    const first = await ok(b, 'evaluate:leaderReviewSave', review(b, huang, 'first', '2026-06-26', 'excellent'))
    const second = await ok(b, 'evaluate:leaderReviewSave', review(b, huang, 'second', '2026-07-15', 'basic'))
    await ok(b, 'evaluate:leaderReviewSave', review(b, { kind: 'person', id: person(b, '吴昊') }, 'first', '2026-06-26', null))
    await ok(b, 'evaluate:leaderReviewSave', review(b, { kind: 'team', id: team(b, '综合受理窗口') }, 'first', '2026-06-18', 'excellent'))

    expect(first.grade).toBe('excellent')
    const figures = leaderFigures(b.host.data(), 2026)
    expect(figures.map((f) => [f.personId, f.value, f.detail, f.sources[0].recordId])).toEqual([
      [huang.id, 100, '2026年上半年领导点评：王喆评定为优秀（按10/7/5/2折合100分）', first.id],
      [huang.id, 50, '2026年下半年领导点评：王喆评定为基本合格（按10/7/5/2折合50分）', second.id]
    ])
    expect(leaderFigures(b.host.data(), 2025)).toEqual([])

    const overview = await ok(b, 'appraisal:overview', { year: 2026 })
    const row = (name: string) => overview.rows.find((r) => r.name === name)!
    expect(row('黄丽萍').scores.leaderReview).toBe(75)
    expect(row('黄丽萍').figures.filter((f) => f.component === 'leaderReview').map((f) => f.sources[0].recordId)).toEqual([first.id, second.id])
    expect(row('吴昊').scores.leaderReview).toBeNull()
  })

  it('refuses a grade outside the four, in Chinese, and changes nothing', async () => {
    const b = await rosterBackend(NOW, backends)
    const draft = { ...review(b, { kind: 'person', id: person(b, '黄丽萍') }, 'first', '2026-06-26', null), grade: '良好' }
    expect(await refused(b, 'evaluate:leaderReviewSave', draft)).toBe('评定等次只能是优秀、合格、基本合格或不合格')
    expect(b.host.data().leaderReviews).toEqual([])
  })
})
