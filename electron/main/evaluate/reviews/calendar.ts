import type { Database } from '@shared/model/database'
import type { KeyDate } from '@shared/model/glance'
import { periodTitle } from '@shared/rules/review-dates'

/** Each review round's closing day, for the year's calendar. */
export function reviewKeyDates(db: Readonly<Database>, year: number): KeyDate[] {
  return db.reviewRounds
    .filter((r) => r.year === year)
    .map((r) => ({ key: `reviewRounds/${r.id}/endsOn`, day: r.endsOn, label: `${periodTitle(r.year, r.half)}党员自评互评截止`, stageLabel: '三评', path: '/evaluate/reviews' }))
}
