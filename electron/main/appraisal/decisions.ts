import { GRADE_LABELS, type Appraisal, type AppraisalConfig, type Grade } from '@shared/appraisal/model'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { APPRAISAL_COMPONENT_LABELS, SCORED_COMPONENTS, type AppraisalFigure } from '@shared/model/appraisal-figure'
import { excellentQuota } from '@shared/rules/appraisal'
import { weightsProblem } from '@shared/rules/weighted-score'
import { appraisalOf, computeRows } from './overview'

/*
 * Changes to a year's appraisal, each pure over the database: rules, a decision, 定稿, reopening.
 * Figures already 定稿 never change without the user reopening the year (and saying why).
 */

const put = (db: Database, appraisal: Appraisal): Database => ({
  ...db,
  appraisals: [...db.appraisals.filter((a) => a.year !== appraisal.year), appraisal].sort((a, b) => a.year - b.year)
})

const mustBeOpen = (appraisal: Appraisal) => {
  if (appraisal.status === 'final') throw conflict(`${appraisal.year}年度年终评优已定稿，不能修改；确需修改请先“重新打开”并说明原因`)
}

export function configProblem(config: AppraisalConfig): string | null {
  const weights = weightsProblem(config.weights, Object.fromEntries(SCORED_COMPONENTS.map((c) => [c, APPRAISAL_COMPONENT_LABELS[c]])) as Record<(typeof SCORED_COMPONENTS)[number], string>)
  if (weights) return weights
  const { excellent, qualified, basic } = config.lines
  if (!(excellent > qualified && qualified > basic)) return `等次分数线应从高到低：优秀（现为${excellent}）高于合格（${qualified}），合格高于基本合格（${basic}）`
  if (config.excellentShare.numerator > config.excellentShare.denominator) return '优秀比例不能超过全部参评人数'
  return null
}

export function saveConfig(db: Database, year: number, config: AppraisalConfig): Database {
  const appraisal = appraisalOf(db, year)
  mustBeOpen(appraisal)
  const problem = configProblem(config)
  if (problem) throw invalid(problem)
  return put(db, { ...appraisal, config })
}

export function decide(db: Database, input: { year: number; personId: string; grade: Grade | null; note: string }, figures: readonly AppraisalFigure[], today: string): Database {
  const appraisal = appraisalOf(db, input.year)
  mustBeOpen(appraisal)
  const rows = computeRows(db, appraisal.config, figures)
  const row = rows.find((r) => r.personId === input.personId)
  if (!row) throw notFound('参加评议的党员')
  const others = appraisal.decisions.filter((d) => d.personId !== input.personId)
  if (input.grade === null) return put(db, { ...appraisal, decisions: others })
  if (!row.graded) throw invalid(`${row.name}是预备党员，参加评议但不评定等次`)
  if (input.grade === 'excellent') {
    const graded = rows.filter((r) => r.graded).length
    const quota = excellentQuota(appraisal.config, graded)
    const already = others.filter((d) => d.grade === 'excellent').length
    const share = `${appraisal.config.excellentShare.numerator}/${appraisal.config.excellentShare.denominator}`
    if (already + 1 > quota)
      throw invalid(`优秀名额为${quota}名（参评${graded}人的${share}，向下取整），已评定${already}名${GRADE_LABELS.excellent}；请先调整其他人的等次`)
  }
  return put(db, { ...appraisal, decisions: [...others, { personId: input.personId, grade: input.grade, note: input.note, decidedOn: today }] })
}

export function finalise(db: Database, year: number, figures: readonly AppraisalFigure[], at: string): Database {
  const appraisal = appraisalOf(db, year)
  mustBeOpen(appraisal)
  const rows = computeRows(db, appraisal.config, figures)
  if (!rows.length) throw invalid('没有参加评议的党员，不能定稿')
  const decided = new Set(appraisal.decisions.map((d) => d.personId))
  const missing = rows.filter((r) => r.graded && !decided.has(r.personId))
  if (missing.length) {
    const names = missing.slice(0, 5).map((r) => r.name).join('、')
    throw invalid(`还有${missing.length}人未评定等次（${names}${missing.length > 5 ? '等' : ''}），全部评定后才能定稿`)
  }
  // Decisions of people no longer taking part (moved away since) are not part of the result.
  const present = new Set(rows.map((r) => r.personId))
  return put(db, { ...appraisal, decisions: appraisal.decisions.filter((d) => present.has(d.personId)), status: 'final', finalRows: rows, finalisedAt: at })
}

export function reopen(db: Database, year: number, reason: string, at: string): Database {
  const appraisal = appraisalOf(db, year)
  if (appraisal.status !== 'final') throw conflict(`${year}年度年终评优尚未定稿，不需要重新打开`)
  return put(db, { ...appraisal, status: 'open', finalRows: null, finalisedAt: null, reopenings: [...appraisal.reopenings, { at, reason }] })
}
