import type { Database } from '@shared/model/database'
import { round1 } from '@shared/rules/weighted-score'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { StageGlance } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'
import { roundName } from '@shared/evaluate/public/model'
import { objectResults } from './results'


/** Each round of the year with its questionnaires' overall results (computed from the paper, as the results screen does). */
function yearResults(db: Readonly<Database>, year: number) {
  return db.publicRounds
    .filter((r) => r.year === year)
    .sort((a, b) => a.startOn.localeCompare(b.startOn))
    .map((round) => ({ round, objects: objectResults(db, db.questionnaires.filter((q) => q.roundId === round.id), []) }))
}

/**
 * 群众评议 for 年终评优: a member reviewed by questionnaire scores the overall 满意率 of each round
 * (two rounds: their mean, as the appraisal takes it). A result under the minimum of answers
 * (样本不足) gives no figure: too few answers to weigh.
 */
export function publicFigures(db: Readonly<Database>, year: number): AppraisalFigure[] {
  return yearResults(db, year).flatMap(({ round, objects }) =>
    objects.flatMap((o) => {
      const q = o.questionnaire
      if (q.object.kind !== 'person' || !q.object.id || o.overall.rate === null || o.overall.band === 'insufficient') return []
      const rate = round1(o.overall.rate)
      return [
        {
          component: 'publicReview' as const,
          personId: q.object.id,
          value: rate,
          detail: `${roundName(round)}群众评议满意率${rate}%（有效${o.overall.valid}份）`,
          sources: [{ stage: 'evaluate', collection: 'questionnaires', recordId: q.id, label: `${roundName(round)} · ${q.title}`, on: round.endOn }]
        }
      ]
    })
  )
}

/** 群众反映好: the unit's own questionnaire, round by round. */
export function publicUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  return yearResults(db, year).flatMap(({ round, objects }) =>
    objects
      .filter((o) => o.questionnaire.object.kind === 'unit' && o.overall.rate !== null)
      .map((o) => ({
        criterion: 'publicOpinion' as const,
        label: `${roundName(round)}群众满意率`,
        value: `${round1(o.overall.rate!)}%`,
        basis: `${o.questionnaire.title}：收回${o.returned}份，${o.formula}`
      }))
  )
}

/** The satisfaction trend for 首页: the unit's overall rate by round, this year's and the year before's. */
export function satisfactionTrend(db: Readonly<Database>, year: number): StageGlance['charts'] {
  const points = [...yearResults(db, year - 1), ...yearResults(db, year)].flatMap(({ round, objects }) => {
    const unit = objects.find((o) => o.questionnaire.object.kind === 'unit' && o.overall.rate !== null)
    return unit ? [{ name: roundName(round), rate: round1(unit.overall.rate!) }] : []
  })
  if (!points.length) return []
  return [{ id: 'satisfaction', title: '群众满意率（本单位）', kind: 'line', categories: points.map((p) => p.name), series: [{ name: '满意率', values: points.map((p) => p.rate) }], unit: '%' }]
}
