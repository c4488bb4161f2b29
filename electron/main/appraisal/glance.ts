import { GRADE_LABELS, GRADES } from '@shared/appraisal/model'
import type { Database } from '@shared/model/database'
import type { StageGlance } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'
import { excellentQuota } from '@shared/rules/appraisal'
import { takesPart } from '@shared/rules/participation'
import { appraisalOf } from './overview'

/**
 * 年终评优 at a glance: how far the grades are settled. From the decisions and the roster only (no
 * composite), so the home page stays quick.
 */
export function appraisalGlance(db: Readonly<Database>, year: number): StageGlance {
  const appraisal = appraisalOf(db, year)
  const graded = db.people.filter((p) => takesPart(p, { probationary: false }))
  const decided = new Map(appraisal.decisions.map((d) => [d.personId, d.grade]))
  const settled = graded.filter((p) => decided.has(p.id)).length
  const quota = excellentQuota(appraisal.config, graded.length)
  const excellent = graded.filter((p) => decided.get(p.id) === 'excellent').length
  return {
    stage: 'appraisal',
    label: '年终评优',
    path: '/appraisal',
    figures: [
      { label: '已评定等次', value: settled, unit: `/ ${graded.length} 人`, tone: settled === graded.length && graded.length > 0 ? 'good' : 'normal', path: '/appraisal' },
      { label: '优秀', value: excellent, unit: `/ 名额 ${quota}`, tone: excellent > quota ? 'bad' : 'normal', path: '/appraisal' },
      { label: '状态', value: appraisal.status === 'final' ? '已定稿' : '未定稿', tone: appraisal.status === 'final' ? 'good' : 'normal', path: '/appraisal' }
    ],
    charts: settled
      ? [
          {
            id: 'grades',
            title: '评定等次分布',
            kind: 'pie',
            categories: GRADES.map((g) => GRADE_LABELS[g]),
            series: [{ name: '人数', values: GRADES.map((g) => graded.filter((p) => decided.get(p.id) === g).length) }],
            unit: '人'
          }
        ]
      : []
  }
}

/** 党员队伍好 as the branch's decisions show it (once every graded member is decided). */
export function appraisalUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const appraisal = appraisalOf(db, year)
  const graded = db.people.filter((p) => takesPart(p, { probationary: false }))
  const decided = new Map(appraisal.decisions.map((d) => [d.personId, d.grade]))
  if (!graded.length || graded.some((p) => !decided.has(p.id))) return []
  const count = (grade: string) => graded.filter((p) => decided.get(p.id) === grade).length
  const pct = (n: number) => `${((n / graded.length) * 100).toFixed(1)}%`
  const good = graded.length - count('basic') - count('unqualified')
  const basis = `${year}年度民主评议党员：参评${graded.length}人，${GRADES.map((g) => `${GRADE_LABELS[g]}${count(g)}人`).join('、')}`
  return [
    { criterion: 'members', label: '党员评定为优秀的比例', value: pct(count('excellent')), basis },
    { criterion: 'members', label: '党员评定为合格及以上比例', value: pct(good), basis }
  ]
}
