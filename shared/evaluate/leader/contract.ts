import { z } from 'zod'
import { command, query, type ContractPart } from '../../contract/define'
import { daySchema, yearSchema } from '../../rules/dates'
import { HALVES } from '../../rules/review-dates'
import { doneSchema } from '../reviews/contract'
import { leaderResponseSchema, leaderReviewDraftSchema, leaderReviewSchema } from './model'

const id = z.string().min(1).max(100)

export const PLAN_STATES = ['done', 'due', 'late'] as const
export type PlanState = (typeof PLAN_STATES)[number]
export const PLAN_STATE_LABELS: Record<PlanState, string> = { done: '已点评', due: '未点评', late: '逾期未点评' }

export const leaderPlanSchema = z.object({
  from: daySchema,
  /** The last day of the half: a team not reviewed by then is late. */
  dueOn: daySchema,
  rows: z.array(
    z.object({
      leaderId: z.string(),
      leaderName: z.string(),
      teamId: z.string(),
      teamName: z.string(),
      state: z.enum(PLAN_STATES),
      reviewId: z.string().nullable(),
      reviewedOn: daySchema.nullable()
    })
  )
})
export type LeaderPlan = z.infer<typeof leaderPlanSchema>

/** 领导点评. Verbs are unique across the stage's parts (they share one contract part). */
export const leaderContract = {
  leaderReviews: query('领导点评（可按年度、半年筛选）', z.object({ year: yearSchema.optional(), half: z.enum(HALVES).optional() }).optional(), z.array(leaderReviewSchema)),
  leaderReviewSave: command('新增或修改一份领导点评（肯定成绩、存在问题、改进意见、努力方向）', leaderReviewDraftSchema, leaderReviewSchema),
  leaderReviewDelete: command('删除一份领导点评', z.object({ id }), doneSchema),
  leaderReviewRespond: command('记录被点评班组的回应及整改落实（null 为撤销回应）', z.object({ id, response: leaderResponseSchema.nullable() }), leaderReviewSchema),
  leaderPlan: query('某半年各分管领导对所分管班组的点评情况：已点评、未点评、逾期', z.object({ year: yearSchema, half: z.enum(HALVES), asOf: daySchema.optional() }), leaderPlanSchema)
} satisfies ContractPart
