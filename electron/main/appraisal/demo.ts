import type { Database } from '@shared/model/database'
import { localDay } from '@shared/rules/dates'
import type { DemoSeed, AcrossStages } from '../stage'
import { decide } from './decisions'
import { appraisalOf, computeRows } from './overview'

/**
 * The demo year's appraisal with the grades settled as the suggestions say (a tie at the quota's
 * edge goes to the first of those tied, as a meeting might decide), not yet 定稿: the officer can
 * change a grade, print the 公示 and the notices, and 定稿 himself.
 */
export function demoAppraisal(db: Database, now: Date, stages: AcrossStages): DemoSeed {
  const year = db.settings.year
  const today = localDay(now)
  const figures = stages.appraisalFigures(db, year, today)
  const config = appraisalOf(db, year).config
  const rows = computeRows(db, config, figures)
  let next = db
  // The clear cases first, then the ties at the quota's edge take what places are left.
  const ordered = [...rows.filter((r) => r.flag !== 'tieAtQuota'), ...rows.filter((r) => r.flag === 'tieAtQuota')]
  for (const row of ordered) {
    if (!row.graded) continue
    const grade = row.composite === null ? 'qualified' : (row.suggestion ?? 'excellent')
    const note = row.flag === 'tieAtQuota' ? '同分，经支部委员会研究确定' : row.composite === null ? '本年度没有评分记录，经支部委员会研究评定' : ''
    try {
      next = decide(next, { year, personId: row.personId, grade, note }, figures, today)
    } catch {
      // The quota is full after a tie: the meeting settles on 合格.
      next = decide(next, { year, personId: row.personId, grade: 'qualified', note: '同分，名额已满，经支部委员会研究确定' }, figures, today)
    }
  }
  const decided = next.appraisals.find((a) => a.year === year)?.decisions.length ?? 0
  return { db: next, counts: { appraisalDecisions: decided }, said: decided ? [`${decided}人的年终评定等次`] : [] }
}
