import { z } from 'zod'
import { daySchema } from '../rules/dates'

/*
 * What a stage contributes to the year-end appraisal (年终评优), per person: a figure for one
 * component, with the records it came from. Stages list their figures through
 * MainStage.appraisalFigures; the appraisal stage weighs them and never reads another stage's
 * collections itself, so every figure stays traceable to its record.
 */

/** Components scored 0–100 and weighted into the composite (权重合计100%). */
export const SCORED_COMPONENTS = ['pledge', 'contest', 'selfReview', 'peerReview', 'leaderReview', 'publicReview', 'rectification'] as const
/** Components counted and turned into points added or taken off (加减分). */
export const COUNTED_COMPONENTS = ['title', 'reward', 'penalty'] as const
export const APPRAISAL_COMPONENTS = [...SCORED_COMPONENTS, ...COUNTED_COMPONENTS] as const
export type ScoredComponent = (typeof SCORED_COMPONENTS)[number]
export type CountedComponent = (typeof COUNTED_COMPONENTS)[number]
export type AppraisalComponent = (typeof APPRAISAL_COMPONENTS)[number]

export const APPRAISAL_COMPONENT_LABELS: Record<AppraisalComponent, string> = {
  pledge: '承诺践诺',
  contest: '比武竞赛',
  selfReview: '党员自评',
  peerReview: '党员互评',
  leaderReview: '领导点评',
  publicReview: '群众评议',
  rectification: '整改落实',
  title: '评选称号',
  reward: '奖励',
  penalty: '处罚'
}

/** Which of the four stages a component belongs to, for the workbook's headings (亮 比 评 跟踪). */
export const APPRAISAL_COMPONENT_STAGE: Record<AppraisalComponent, string> = {
  pledge: '亮',
  contest: '比',
  title: '比',
  selfReview: '评',
  peerReview: '评',
  leaderReview: '评',
  publicReview: '评',
  rectification: '跟踪',
  reward: '跟踪',
  penalty: '跟踪'
}

export const figureSourceSchema = z.object({
  stage: z.string(),
  collection: z.string(),
  recordId: z.string(),
  /** The record in words: 「2026年岗位技能比武 · 一等奖」. */
  label: z.string(),
  on: daySchema.nullable()
})
export type FigureSource = z.infer<typeof figureSourceSchema>

export const appraisalFigureSchema = z.object({
  component: z.enum(APPRAISAL_COMPONENTS),
  personId: z.string(),
  /** A scored component: 0–100. A counted one: how many (1 per title, reward or penalty). */
  value: z.number(),
  /** How the stage arrived at it, in a sentence: 「承诺评诺得分 92.5（较好）」. */
  detail: z.string(),
  sources: z.array(figureSourceSchema)
})
export type AppraisalFigure = z.infer<typeof appraisalFigureSchema>
