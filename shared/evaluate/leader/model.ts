import { z } from 'zod'
import { daySchema, yearSchema } from '../../rules/dates'
import { HALVES } from '../../rules/review-dates'
import { labelled } from '../../validation'
import type { CountedAs, YearScope } from '../../stage'

/*
 * 领导点评: a leader (分管领导, a person of the roster) reviews a team, or a member, in a half year:
 * 肯定成绩, 存在问题 (each its own line, which the rectification ledger picks up), 改进意见, 努力方向,
 * the 领导点评表's aspects, and later the team's 回应 / 整改落实.
 */

const id = z.string().min(1).max(100)

/** The rows of the 领导点评表 besides 存在问题 and 努力方向. */
export const LEADER_ASPECTS = ['thinking', 'execution', 'performance', 'integrity', 'service'] as const
export type LeaderAspect = (typeof LEADER_ASPECTS)[number]
export const LEADER_ASPECT_LABELS: Record<LeaderAspect, string> = {
  thinking: '工作思路',
  execution: '执行能力',
  performance: '效率业绩',
  integrity: '廉洁自律',
  service: '服务群众'
}

/**
 * 评定等次: the leader's overall grade of a member (or a team), optional. A member's grade is the
 * 领导点评 figure of 年终评优, on 100 by the 10/7/5/2 rule that many branches use for grades.
 */
export const LEADER_GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type LeaderGrade = (typeof LEADER_GRADES)[number]
export const LEADER_GRADE_LABELS: Record<LeaderGrade, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' }
export const LEADER_GRADE_POINTS: Record<LeaderGrade, number> = { excellent: 100, qualified: 70, basic: 50, unqualified: 20 }

const aspectText = (label: string) => z.string().trim().max(300, `${label}不超过300个字`).default('')

export const leaderProblemSchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(100),
      text: z.string().trim().min(1, '请填写存在问题').max(200, '存在问题每条不超过200个字'),
      dueOn: daySchema.nullable().default(null)
    },
    { text: '存在问题', dueOn: '整改时限' }
  )
)
export type LeaderProblem = z.infer<typeof leaderProblemSchema>

/** The reviewed team's answer: what it did about the problems (整改落实). */
export const leaderResponseSchema = z.object(
  labelled(
    {
      text: z.string().trim().min(1, '请填写回应及整改落实情况').max(1000, '整改落实情况不超过1000个字'),
      respondedOn: daySchema,
      /** The problems the team reports fixed. */
      fixedProblemIds: z.array(z.string().min(1).max(100)).max(20).default([])
    },
    { text: '整改落实', respondedOn: '回应日期', fixedProblemIds: '已整改的问题' }
  )
)
export type LeaderResponse = z.infer<typeof leaderResponseSchema>

export const LEADER_SUBJECT_KINDS = ['team', 'person'] as const
export type LeaderSubjectKind = (typeof LEADER_SUBJECT_KINDS)[number]

const reviewShape = labelled(
  {
    id,
    year: yearSchema,
    half: z.enum(HALVES),
    leaderId: id,
    subject: z.object({ kind: z.enum(LEADER_SUBJECT_KINDS), id }),
    reviewedOn: daySchema,
    aspects: z
      .object(labelled(Object.fromEntries(LEADER_ASPECTS.map((a) => [a, aspectText(LEADER_ASPECT_LABELS[a])])) as Record<LeaderAspect, ReturnType<typeof aspectText>>, LEADER_ASPECT_LABELS))
      .default({ thinking: '', execution: '', performance: '', integrity: '', service: '' }),
    achievements: z.string().trim().max(1000, '肯定成绩不超过1000个字').default(''),
    problems: z.array(leaderProblemSchema).max(20, '存在问题不超过20条').default([]),
    advice: z.string().trim().max(1000, '改进意见不超过1000个字').default(''),
    direction: z.string().trim().max(1000, '努力方向不超过1000个字').default(''),
    grade: z.enum(LEADER_GRADES, { error: '评定等次只能是优秀、合格、基本合格或不合格' }).nullable().default(null),
    response: leaderResponseSchema.nullable().default(null),
    createdAt: z.string().default(''),
    updatedAt: z.string().default('')
  },
  {
    year: '年度',
    half: '半年',
    leaderId: '点评领导',
    subject: '点评对象',
    reviewedOn: '点评日期',
    achievements: '肯定成绩',
    problems: '存在问题',
    advice: '改进意见',
    direction: '努力方向',
    grade: '评定等次',
    response: '回应'
  }
)
export const leaderReviewSchema = z.object(reviewShape)
export type LeaderReview = z.infer<typeof leaderReviewSchema>

/** What the form sends; the response is saved by its own channel. */
export const leaderReviewDraftSchema = z
  .object({ ...reviewShape, id: id.optional(), problems: z.array(leaderProblemSchema.extend({ id: leaderProblemSchema.shape.id.optional() })).max(20, '存在问题不超过20条').default([]) })
  .omit({ response: true, createdAt: true, updatedAt: true })
export type LeaderReviewDraft = z.input<typeof leaderReviewDraftSchema>

export const leaderCollections = {
  leaderReviews: z.array(leaderReviewSchema).default([])
} satisfies Record<string, z.ZodType>

export const leaderYears = { leaderReviews: 'year' } satisfies { [K in keyof typeof leaderCollections]: YearScope }

export const leaderCounts = { leaderReviews: { label: '领导点评', unit: '份' } } satisfies { [K in keyof typeof leaderCollections]?: CountedAs }
