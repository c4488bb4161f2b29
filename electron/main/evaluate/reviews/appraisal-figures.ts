import type { Database } from '@shared/model/database'
import { round1 } from '@shared/rules/weighted-score'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { UnitFigure } from '@shared/model/unit-figure'
import type { ReviewRound } from '@shared/evaluate/reviews/model'
import { peerResults } from './results'

const halfName = (round: Pick<ReviewRound, 'year' | 'half'>) => `${round.year}年${round.half === 'first' ? '上半年' : '下半年'}`

/**
 * 党员自评 and 互评 for 年终评优, per round of the year (two rounds: the appraisal takes their mean).
 * 自评: the member's scores over the round's full marks, on 100, once every criterion is scored.
 * 互评: the average points per vote over the best grade's points, on 100 (8.19 of 10 → 81.9).
 */
export function reviewFigures(db: Readonly<Database>, year: number): AppraisalFigure[] {
  const figures: AppraisalFigure[] = []
  for (const round of db.reviewRounds.filter((r) => r.year === year)) {
    const name = halfName(round)
    const full = round.memberCriteria.length * round.selfScoreMax
    for (const review of db.selfReviews.filter((s) => s.roundId === round.id && s.subject.kind === 'person' && s.subject.id)) {
      const scores = round.memberCriteria.map((c) => review.entries.find((e) => e.criterionId === c.id)?.score ?? null)
      if (!full || scores.some((s) => s === null)) continue
      const total = scores.reduce<number>((sum, s) => sum + (s ?? 0), 0)
      figures.push({
        component: 'selfReview',
        personId: review.subject.id!,
        value: round1((total / full) * 100),
        detail: `${name}党员自评${total}分（满分${full}分）`,
        sources: [{ stage: 'evaluate', collection: 'selfReviews', recordId: review.id, label: `${name}党员自评`, on: review.writtenOn }]
      })
    }
    const best = Math.max(...round.peerGrades.map((g) => g.points))
    if (!(best > 0)) continue
    for (const row of peerResults(db, round).rows) {
      if (row.score.average === null) continue
      figures.push({
        component: 'peerReview',
        personId: row.personId,
        value: round1((row.score.average / best) * 100),
        detail: `${name}党员互评${row.score.votes}票，平均${row.score.average}分（最高${best}分）`,
        sources: [{ stage: 'evaluate', collection: 'peerTallies', recordId: round.id, label: `${name}党员互评`, on: round.endsOn }]
      })
    }
  }
  return figures
}

/** 党员队伍好 as the half-year reviews show it: how many members reviewed themselves and the shortcomings they found. */
export function reviewUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  return db.reviewRounds
    .filter((r) => r.year === year)
    .flatMap((round) => {
      const own = db.selfReviews.filter((s) => s.roundId === round.id && s.subject.kind === 'person')
      if (!own.length) return []
      const shortcomings = own.reduce((n, s) => n + s.shortcomings.length, 0)
      return [{ criterion: 'members' as const, label: `${halfName(round)}党员自评`, value: `${own.length}人`, basis: `查找存在不足${shortcomings}条，每条有整改措施和时限，记入整改台账` }]
    })
}
