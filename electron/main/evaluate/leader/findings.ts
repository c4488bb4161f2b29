import type { Database } from '@shared/model/database'
import { findingKey, type Finding } from '@shared/model/finding'
import { leaderName, leaderReviewTitle, leaderSubjectName } from './leader-reviews'

/** Every 存在问题 line of a leader review, for the rectification ledger; the reviewed team or member owns it. */
export function leaderFindings(db: Readonly<Database>): Finding[] {
  return db.leaderReviews.flatMap((review) =>
    review.problems.map((problem) => {
      const source = { stage: 'evaluate', collection: 'leaderReviews', recordId: review.id, itemId: problem.id }
      return {
        key: findingKey(source),
        kind: 'leaderReview' as const,
        source,
        sourceTitle: `${leaderReviewTitle(db, review)}（${leaderName(db, review)}）`,
        year: review.year,
        text: problem.text,
        owner: { kind: review.subject.kind, id: review.subject.id, name: leaderSubjectName(db, review) },
        foundOn: review.reviewedOn,
        // The leader's 改进意见 is the measure the review already gives.
        measures: review.advice,
        dueOn: problem.dueOn,
        confidential: false
      }
    })
  )
}
