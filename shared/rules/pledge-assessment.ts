import { round1, weightedScore, weightPercents, weightsProblem } from './weighted-score'
import { ASSESSOR_LABELS, ASSESSORS, type Assessor, type AssessmentConfig, type GradeLevel, type ItemGrades, type Pledge, type PledgeAssessment } from '../show/model'

/*
 * 评诺: each pledge item is graded by the member (self), the organisation and the public on a
 * configurable scale (好 / 较好 / 一般 / 差). An item's score is the weighted mean of the grades it
 * has; a source that has not graded shares its weight among the others. The pledge's score is the
 * mean of its items, and the result is the best level whose threshold the score reaches.
 */

/** What scoring needs of a pledge: its items' ids. */
type ItemsOf = { items: ReadonlyArray<Pick<Pledge['items'][number], 'id'>> }

export interface ItemResult {
  itemId: string
  /** 0–100, or null when no source graded the item. */
  score: number | null
  /** Every source with a non-zero weight graded it. */
  complete: boolean
}

export interface AssessmentResult {
  score: number | null
  level: GradeLevel | null
  items: ItemResult[]
  /** Every item graded by every weighted source. */
  complete: boolean
}

export function levelById(config: AssessmentConfig, id: string | null): GradeLevel | null {
  return id === null ? null : (config.levels.find((level) => level.id === id) ?? null)
}

/** The result level for a score: the best level whose threshold it reaches. */
export function levelForScore(config: AssessmentConfig, score: number): GradeLevel {
  const sorted = [...config.levels].sort((a, b) => b.threshold - a.threshold)
  return sorted.find((level) => score >= level.threshold) ?? sorted[sorted.length - 1]
}

export function itemScore(config: AssessmentConfig, grades: ItemGrades): ItemResult {
  const scores = Object.fromEntries(ASSESSORS.map((source) => [source, levelById(config, grades[source])?.score ?? null])) as Record<Assessor, number | null>
  const { score, complete } = weightedScore(scores, config.weights)
  return { itemId: grades.itemId, score, complete }
}

export function assessmentResult(config: AssessmentConfig, pledge: ItemsOf, assessment: Pick<PledgeAssessment, 'grades'>): AssessmentResult {
  const byItem = new Map(assessment.grades.map((g) => [g.itemId, g]))
  const items = pledge.items.map((item) => itemScore(config, byItem.get(item.id) ?? { itemId: item.id, self: null, organisation: null, public: null }))
  const scored = items.filter((item): item is ItemResult & { score: number } => item.score !== null)
  const score = scored.length ? round1(scored.reduce((sum, item) => sum + item.score, 0) / scored.length) : null
  return {
    score,
    level: score === null ? null : levelForScore(config, score),
    items,
    complete: items.length > 0 && items.every((item) => item.complete)
  }
}

/** Why a scale or weighting cannot be used, or null. */
export function configProblem(config: AssessmentConfig): string | null {
  const ids = new Set(config.levels.map((level) => level.id))
  if (ids.size !== config.levels.length) return '等次编号重复'
  const labels = new Set(config.levels.map((level) => level.label))
  if (labels.size !== config.levels.length) return '等次名称重复'
  for (const level of config.levels) {
    if (!inPercentRange(level.score)) return `“${level.label}”的分值应在0至100之间`
    if (!inPercentRange(level.threshold)) return `“${level.label}”的最低分应在0至100之间`
  }
  for (let i = 1; i < config.levels.length; i++) {
    const better = config.levels[i - 1]
    const level = config.levels[i]
    if (level.score >= better.score) return `等次应从好到差排列：“${level.label}”的分值应低于“${better.label}”`
    if (level.threshold >= better.threshold) return `“${level.label}”的最低分应低于“${better.label}”的最低分`
  }
  if (config.levels[config.levels.length - 1].threshold !== 0) return '最低一个等次的最低分应为0，否则部分得分没有对应等次'
  return weightsProblem(config.weights, ASSESSOR_LABELS)
}

const inPercentRange = (n: number) => typeof n === 'number' && n >= 0 && n <= 100

/** The weights as the result uses them: 党员自评20%、组织评价50%、群众评价30%. */
export function weightsText(config: Pick<AssessmentConfig, 'weights'>): string {
  const percents = weightPercents(config.weights)
  return ASSESSORS.map((source) => `${ASSESSOR_LABELS[source]}${percents[source]}%`).join('、')
}

export const NOTHING_GRADED = '还没有评分：请至少为一项承诺选择一个等次后再保存'

/** Why grades do not fit the pledge and the scale, or null. */
export function gradesProblem(config: AssessmentConfig, pledge: ItemsOf, grades: readonly ItemGrades[]): string | null {
  const itemIds = new Set(pledge.items.map((item) => item.id))
  const seen = new Set<string>()
  for (const grade of grades) {
    if (!itemIds.has(grade.itemId)) return '评分中有不属于该承诺的事项'
    if (seen.has(grade.itemId)) return '同一承诺事项评了两次'
    seen.add(grade.itemId)
    for (const source of ASSESSORS) {
      const id = grade[source]
      if (id !== null && !levelById(config, id)) return `${ASSESSOR_LABELS[source]}的等次无效，请重新选择`
    }
  }
  return null
}

/** Why an assessment cannot be saved, or null: grades that do not fit, or none that count (an empty “尚未评分” record). */
export function assessmentProblem(config: AssessmentConfig, pledge: ItemsOf, grades: readonly ItemGrades[]): string | null {
  const problem = gradesProblem(config, pledge, grades)
  if (problem) return problem
  return assessmentResult(config, pledge, { grades: [...grades] }).score === null ? NOTHING_GRADED : null
}

