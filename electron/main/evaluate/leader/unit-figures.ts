import type { Database } from '@shared/model/database'
import type { UnitFigure } from '@shared/model/unit-figure'
import { HALVES, periodTitle } from '@shared/rules/review-dates'
import { leaderPlan } from './plan'

/**
 * 领导班子好 as the 领导点评 show it: for each half of the year, how many of the teams with a 分管领导
 * were reviewed by him, and how many of the problems raised were reported fixed by the teams.
 */
export function leaderUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const figures: UnitFigure[] = []
  for (const half of HALVES) {
    const plan = leaderPlan(db, year, half, `${year}-12-31`)
    const done = plan.rows.filter((r) => r.state === 'done').length
    const reviews = db.leaderReviews.filter((r) => r.year === year && r.half === half)
    if (!plan.rows.length || !reviews.length) continue
    const problems = reviews.reduce((n, r) => n + r.problems.length, 0)
    const fixed = reviews.reduce((n, r) => n + (r.response?.fixedProblemIds.length ?? 0), 0)
    figures.push({
      criterion: 'leadership',
      label: `${periodTitle(year, half)}领导点评`,
      value: `${done}/${plan.rows.length}个班组`,
      basis: `分管领导点评所分管班组${done}个（共${plan.rows.length}个）；点评指出问题${problems}条，班组回应已整改${fixed}条`
    })
  }
  return figures
}
