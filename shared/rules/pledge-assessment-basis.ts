import { localDay } from './dates'
import { assessmentResult, weightsText } from './pledge-assessment'
import type { AssessmentBasis, AssessmentConfig, BasisSource, GradeLevel, Pledge, PledgeAssessment } from '../show/model'

/*
 * When a 评诺 result is final, and what it is then computed with.
 *
 * A result is final (定稿) once its pledge is 完成评诺 (已评诺): at that move each of the pledge's
 * assessments keeps a copy of the scale and weights of the moment (its basis), and from then on it is
 * computed with that copy, whatever the settings become. An assessment saved for a pledge already
 * 已评诺 is final from its first save; editing the grades of a final one keeps its basis. Only
 * 重新计算, shown old → new and confirmed, replaces a basis with the current settings. An assessment
 * that is not final yet follows the current settings.
 */

type Basisless = Pick<PledgeAssessment, 'basis'>

export const isFinal = (assessment: Basisless) => assessment.basis !== null

/** The scale and weights an assessment is computed with. */
export function configOf(assessment: Basisless, current: AssessmentConfig): AssessmentConfig {
  return assessment.basis ? { levels: assessment.basis.levels, weights: assessment.basis.weights } : current
}

export function basisOf(config: AssessmentConfig, fixedBy: BasisSource, fixedAt: string): AssessmentBasis {
  return { levels: config.levels.map((level) => ({ ...level })), weights: { ...config.weights }, fixedBy, fixedAt }
}

/** 完成评诺: the pledge's assessments that are not final yet keep the current settings. */
export function finalizeAssessments(assessments: readonly PledgeAssessment[], pledgeIds: ReadonlySet<string>, current: AssessmentConfig, at: string): PledgeAssessment[] {
  return assessments.map((a) => (pledgeIds.has(a.pledgeId) && !a.basis ? { ...a, basis: basisOf(current, 'finish', at) } : a))
}

export function sameConfig(a: AssessmentConfig, b: AssessmentConfig): boolean {
  const levels = (c: AssessmentConfig) => c.levels.map(({ id, label, score, threshold }) => [id, label, score, threshold])
  return JSON.stringify([levels(a), a.weights.self, a.weights.organisation, a.weights.public]) === JSON.stringify([levels(b), b.weights.self, b.weights.organisation, b.weights.public])
}

export interface ComputedResult {
  score: number | null
  level: GradeLevel | null
  config: AssessmentConfig
}

/** 重新计算 before it is done: the result as it stands and as the current settings would make it. */
export interface Recomputation {
  before: ComputedResult
  after: ComputedResult
  /** The score or the level would change. */
  changed: boolean
}

export function recomputation(pledge: Pick<Pledge, 'items'>, assessment: Pick<PledgeAssessment, 'grades' | 'basis'>, current: AssessmentConfig): Recomputation {
  const computed = (config: AssessmentConfig): ComputedResult => {
    const { score, level } = assessmentResult(config, pledge, assessment)
    return { score, level, config }
  }
  const before = computed(configOf(assessment, current))
  const after = computed(current)
  return { before, after, changed: before.score !== after.score || before.level?.label !== after.level?.label }
}

const BASIS_WHEN: Record<BasisSource, string> = { finish: '完成评诺时', save: '保存评诺时', recompute: '重新计算时', upgrade: '软件升级时保留' }

/** 「按党员自评20%、组织评价50%、群众评价30%计算」, and for a final result whose settings those were. */
export function basisText(assessment: Basisless, current: AssessmentConfig): string {
  const basis = assessment.basis
  const weights = `按${weightsText(configOf(assessment, current))}计算`
  if (!basis) return `${weights}（当前设置）`
  const day = basis.fixedAt ? chineseDay(basis.fixedAt) : ''
  return `${weights}（${day}${BASIS_WHEN[basis.fixedBy]}的设置，已定稿）`
}

function chineseDay(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return ''
  const [y, m, d] = localDay(time).split('-').map(Number)
  return `${y}年${m}月${d}日`
}
