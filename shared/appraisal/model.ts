import { z } from 'zod'
import { appraisalFigureSchema, COUNTED_COMPONENTS, SCORED_COMPONENTS } from '../model/appraisal-figure'
import { daySchema, yearSchema } from '../rules/dates'
import { labelled } from '../validation'

/*
 * 年终评优: per campaign year, how the composite is made (components and weights, points for
 * titles, rewards and penalties), the grade lines and the 优秀 quota; the branch's decisions next to
 * the suggestions; and, once 定稿, the figures as they were decided on.
 */

export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type Grade = (typeof GRADES)[number]
export const GRADE_LABELS: Record<Grade, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' }

const score = (label: string) => z.number({ error: `${label}应为数字` }).min(0, `${label}不能小于0`).max(100, `${label}不能大于100`)

export const appraisalConfigSchema = z.object(
  labelled(
    {
      /** Percentages, together 100; a component without a figure for a person shares its weight among the others. */
      weights: z.object(Object.fromEntries(SCORED_COMPONENTS.map((c) => [c, score('权重')])) as Record<(typeof SCORED_COMPONENTS)[number], z.ZodNumber>),
      /** Points per title, reward or penalty (a penalty's are taken off). */
      points: z.object(Object.fromEntries(COUNTED_COMPONENTS.map((c) => [c, z.number().min(0, '分值不能小于0').max(20, '分值不超过20分')])) as Record<(typeof COUNTED_COMPONENTS)[number], z.ZodNumber>),
      lines: z.object(
        labelled(
          { excellent: score('优秀分数线'), qualified: score('合格分数线'), basic: score('基本合格分数线') },
          { excellent: '优秀分数线', qualified: '合格分数线', basic: '基本合格分数线' }
        )
      ),
      /** 优秀 at most numerator/denominator of those graded, rounded down (1/3 by default). */
      excellentShare: z.object({ numerator: z.number().int().min(0).max(10), denominator: z.number().int().min(1, '分母至少为1').max(10) })
    },
    { weights: '各项权重', points: '加减分', lines: '等次分数线', excellentShare: '优秀比例' }
  )
)
export type AppraisalConfig = z.infer<typeof appraisalConfigSchema>

export const DEFAULT_APPRAISAL_CONFIG: AppraisalConfig = {
  weights: { pledge: 20, contest: 10, selfReview: 10, peerReview: 20, leaderReview: 15, publicReview: 15, rectification: 10 },
  points: { title: 2, reward: 1, penalty: 2 },
  lines: { excellent: 90, qualified: 70, basic: 60 },
  excellentShare: { numerator: 1, denominator: 3 }
}

export const appraisalDecisionSchema = z.object(
  labelled(
    {
      personId: z.string().min(1),
      grade: z.enum(GRADES),
      /** What the meeting said, when it departs from the suggestion or settles a tie. */
      note: z.string().trim().max(200, '说明不超过200个字').default(''),
      decidedOn: daySchema
    },
    { grade: '评定等次', note: '说明', decidedOn: '评定日期' }
  )
)
export type AppraisalDecision = z.infer<typeof appraisalDecisionSchema>

/** Why a suggestion is what it is, beyond the score: the meeting must look at these. */
export const ROW_FLAGS = ['tieAtQuota', 'overQuota', 'noScore', 'probationary'] as const
export type RowFlag = (typeof ROW_FLAGS)[number]

/** One person's year: every figure with its records, the component scores, the composite, rank and suggestion. */
export const appraisalRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  teamName: z.string(),
  /** Formal members are graded; 预备党员 take part but are not. */
  graded: z.boolean(),
  figures: z.array(appraisalFigureSchema),
  scores: z.object(Object.fromEntries(SCORED_COMPONENTS.map((c) => [c, z.number().nullable()])) as Record<(typeof SCORED_COMPONENTS)[number], z.ZodNullable<z.ZodNumber>>),
  counts: z.object(Object.fromEntries(COUNTED_COMPONENTS.map((c) => [c, z.number().int()])) as Record<(typeof COUNTED_COMPONENTS)[number], z.ZodNumber>),
  /** The weighted mean of the scores there are, one decimal; null with none. */
  weighted: z.number().nullable(),
  /** Points added for titles and rewards, taken off for penalties. */
  points: z.number(),
  composite: z.number().nullable(),
  /** Standard competition rank (1, 2, 2, 4) among those with a composite. */
  rank: z.number().int().nullable(),
  suggestion: z.enum(GRADES).nullable(),
  flag: z.enum(ROW_FLAGS).nullable(),
  /** The flag in words, for the screen and the workbook. */
  flagText: z.string()
})
export type AppraisalRow = z.infer<typeof appraisalRowSchema>

export const reopeningSchema = z.object({ at: z.string(), reason: z.string() })
export type Reopening = z.infer<typeof reopeningSchema>

export const appraisalSchema = z.object({
  id: z.string().min(1),
  year: yearSchema,
  config: appraisalConfigSchema.default(() => structuredClone(DEFAULT_APPRAISAL_CONFIG)),
  decisions: z.array(appraisalDecisionSchema).default([]),
  status: z.enum(['open', 'final']).default('open'),
  /** 定稿: the rows as decided on, so records entered later do not change them. */
  finalRows: z.array(appraisalRowSchema).nullable().default(null),
  finalisedAt: z.string().nullable().default(null),
  reopenings: z.array(reopeningSchema).default([])
})
export type Appraisal = z.infer<typeof appraisalSchema>

/** One date of the year's plan (年初承诺, 半年自评, 年终评诺, 民主评议 ...). */
export const scheduleEntrySchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(100),
      label: z.string().trim().min(1, '请填写事项').max(30, '事项不超过30个字'),
      day: daySchema
    },
    { label: '事项', day: '日期' }
  )
)
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>

export const campaignScheduleSchema = z.object({ year: yearSchema, entries: z.array(scheduleEntrySchema).max(60, '日程不超过60项') })
export type CampaignSchedule = z.infer<typeof campaignScheduleSchema>

/** The year's plan until the officer edits it: the activity's usual rhythm (DOMAIN.md: 年初承诺 → 年中践诺 → 年终评诺). */
export function defaultSchedule(year: number): ScheduleEntry[] {
  return [
    { id: 'pledges', label: '年初公开承诺', day: `${year}-02-28` },
    { id: 'midYear', label: '年中践诺检查（年中评诺）', day: `${year}-06-30` },
    { id: 'selfReview1', label: '上半年党员自评互评', day: `${year}-07-15` },
    { id: 'selfReview2', label: '下半年党员自评互评', day: `${year}-12-10` },
    { id: 'yearEnd', label: '年终评诺', day: `${year}-12-15` },
    { id: 'appraisal', label: '民主评议党员（年终评优）', day: `${year}-12-25` }
  ]
}

export const appraisalCollections = {
  appraisals: z.array(appraisalSchema).default([]),
  schedules: z.array(campaignScheduleSchema).default([])
}
