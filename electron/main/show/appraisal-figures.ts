import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { configOf } from '@shared/rules/pledge-assessment-basis'
import { ASSESSMENT_PERIOD_LABELS } from '@shared/show/model'

/**
 * 承诺践诺 for 年终评优: a member's own pledge of the year, by its 年终评诺 (its 年中评诺 when
 * there is no year-end one yet, and the detail says so), scored as 三亮 scores it.
 */
export function pledgeFigures(db: Readonly<Database>, year: number): AppraisalFigure[] {
  const figures: AppraisalFigure[] = []
  for (const pledge of db.pledges) {
    if (pledge.year !== year || pledge.scope !== 'person' || !pledge.personId) continue
    const assessments = db.pledgeAssessments.filter((a) => a.pledgeId === pledge.id)
    const assessment = assessments.find((a) => a.period === 'yearEnd') ?? assessments.find((a) => a.period === 'midYear')
    if (!assessment) continue
    const config = configOf(assessment, db.showSettings.assessment)
    const result = assessmentResult(config, pledge, assessment)
    if (result.score === null) continue
    const period = ASSESSMENT_PERIOD_LABELS[assessment.period]
    figures.push({
      component: 'pledge',
      personId: pledge.personId,
      value: result.score,
      detail: `${year}年承诺${period}得分${result.score}${result.level ? `（${result.level.label}）` : ''}${assessment.period === 'midYear' ? '，尚无年终评诺' : ''}`,
      sources: [{ stage: 'show', collection: 'pledgeAssessments', recordId: assessment.id, label: `${year}年个人承诺 · ${period}`, on: assessment.assessedOn }]
    })
  }
  return figures
}
