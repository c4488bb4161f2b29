import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { LEADER_GRADE_LABELS, LEADER_GRADE_POINTS } from '@shared/evaluate/leader/model'
import { periodTitle } from '@shared/rules/review-dates'
import { leaderName } from './leader-reviews'

/**
 * 领导点评 for 年终评优: each review of a member with a 评定等次, on 100 by the 10/7/5/2 rule
 * (优秀 100, 合格 70, 基本合格 50, 不合格 20). Two halves give two figures; the appraisal takes
 * their mean. A team's review grades the team, not its members, so it gives none.
 */
export function leaderFigures(db: Readonly<Database>, year: number): AppraisalFigure[] {
  return db.leaderReviews
    .filter((review) => review.year === year && review.subject.kind === 'person' && review.grade)
    .map((review) => {
      const label = `${periodTitle(review.year, review.half)}领导点评`
      const points = LEADER_GRADE_POINTS[review.grade!]
      return {
        component: 'leaderReview' as const,
        personId: review.subject.id,
        value: points,
        detail: `${label}：${leaderName(db, review)}评定为${LEADER_GRADE_LABELS[review.grade!]}（按10/7/5/2折合${points}分）`,
        sources: [{ stage: 'evaluate', collection: 'leaderReviews', recordId: review.id, label, on: review.reviewedOn }]
      }
    })
}
