import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysBetween } from '@shared/rules/dates'
import { roundTitle } from './rounds'
import { subjectName } from './self-reviews'

/** 整改措施 of the current year's self-reviews that are due within `withinDays`, or past due. */
export function reviewReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  const rounds = new Map(db.reviewRounds.filter((r) => r.year === db.settings.year).map((r) => [r.id, r]))
  return db.selfReviews.flatMap((review) => {
    const round = rounds.get(review.roundId)
    if (!round) return []
    return review.shortcomings
      .filter((line) => line.dueOn && daysBetween(today, line.dueOn) <= withinDays)
      .map((line) => ({
        key: `selfReviews/${review.id}/${line.id}`,
        stage: 'evaluate',
        kind: '自评整改措施',
        title: `${roundTitle(round)}自评：${line.measures || line.text}`,
        ownerName: subjectName(db, review.subject),
        dueOn: line.dueOn!,
        daysOverdue: daysBetween(line.dueOn!, today),
        path: '/evaluate/reviews'
      }))
  })
}
