import { z } from 'zod'
import { FINDING_KINDS, findingSourceSchema } from '../model/finding'
import { reminderSchema } from '../model/reminder'
import { daySchema, yearSchema } from '../rules/dates'
import { labelled } from '../validation'

/*
 * 整改台账: one item per problem, from a finding of any stage (linked by its key and source) or
 * entered by hand, carried 待整改 → 整改中 → 已完成待验收 → 已销号 (shared/followup/rectification-rules.ts).
 * 逾期 is never stored: it is worked out from the deadline each time. Chases (检查催办) are kept
 * apart, by the key of what was chased, so a 三比 training plan can be chased as well as an item.
 */

export const RECTIFICATION_STATUSES = ['pending', 'inProgress', 'awaitingCheck', 'closed'] as const
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number]
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  pending: '待整改',
  inProgress: '整改中',
  awaitingCheck: '已完成待验收',
  closed: '已销号'
}

/** Who must fix it: a person, a team, or the branch / unit as a whole. */
export const OWNER_KINDS = ['person', 'team', 'unit'] as const
export const rectificationOwnerSchema = z.object({
  kind: z.enum(OWNER_KINDS),
  /** The person's or team's id; null for the unit. */
  id: z.string().min(1).max(100).nullable().default(null)
})
export type RectificationOwner = z.infer<typeof rectificationOwnerSchema>

export const progressNoteSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      on: daySchema,
      text: z.string().trim().min(1, '请填写整改进展').max(300, '整改进展不超过300个字'),
      /** A verifier's refusal (验收未通过) is kept among the notes, with its reason. */
      rejected: z.boolean().default(false)
    },
    { on: '日期', text: '整改进展' }
  )
)
export type ProgressNote = z.infer<typeof progressNoteSchema>

/** 销号: who checked it (never the owner), when, and what the effectiveness check found. */
export const closeOutSchema = z.object({
  verifierId: z.string().min(1),
  on: daySchema,
  check: z.string().trim().min(1).max(300)
})
export type CloseOut = z.infer<typeof closeOutSchema>

export const FEEDBACK_CHANNELS = ['meeting', 'board', 'visit', 'phone', 'written'] as const
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number]
export const FEEDBACK_CHANNEL_LABELS: Record<FeedbackChannel, string> = {
  meeting: '会议通报',
  board: '公示栏公示',
  visit: '上门回访',
  phone: '电话告知',
  written: '书面答复'
}

export const feedbackSchema = z.object(
  labelled(
    {
      on: daySchema,
      channel: z.enum(FEEDBACK_CHANNELS, { error: '请选择反馈方式' }),
      note: z.string().trim().max(300, '反馈情况不超过300个字').default('')
    },
    { on: '反馈日期', channel: '反馈方式', note: '反馈情况' }
  )
)
export type Feedback = z.infer<typeof feedbackSchema>

const problem = z.string().trim().min(1, '请填写存在问题').max(300, '存在问题不超过300个字')
const measures = z.string().trim().max(500, '整改措施不超过500个字')

export const rectificationSchema = z.object({
  id: z.string().min(1),
  year: yearSchema,
  kind: z.enum(FINDING_KINDS),
  /** The finding it was made from (findingKey), null when entered by hand. */
  findingKey: z.string().nullable().default(null),
  source: findingSourceSchema.nullable().default(null),
  /** The source in words (「2026年上半年党员自评 · 张三」, or what the officer typed). */
  sourceTitle: z.string().max(100).default(''),
  problem,
  owner: rectificationOwnerSchema,
  /** 督导领导: the leader who sees it through. */
  leaderId: z.string().nullable().default(null),
  measures: measures.default(''),
  deadline: daySchema,
  status: z.enum(RECTIFICATION_STATUSES).default('pending'),
  progress: z.array(progressNoteSchema).default([]),
  /** 完成佐证: what shows it was done. */
  evidence: z.string().max(300).default(''),
  completedOn: daySchema.nullable().default(null),
  closeOut: closeOutSchema.nullable().default(null),
  feedback: feedbackSchema.nullable().default(null),
  /** From a 举报 entry: never printed on a public list. */
  confidential: z.boolean().default(false),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type Rectification = z.infer<typeof rectificationSchema>

/** What the form sends: the item's own words. Status, notes and close-out move by their own commands. */
export const rectificationDraftSchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(100).optional(),
      year: yearSchema,
      kind: z.enum(FINDING_KINDS).default('manual'),
      sourceTitle: z.string().trim().max(100, '问题来源不超过100个字').default(''),
      problem,
      owner: rectificationOwnerSchema,
      leaderId: z.string().min(1).max(100).nullable().default(null),
      measures: measures.default(''),
      deadline: daySchema
    },
    { year: '年度', kind: '来源类别', sourceTitle: '问题来源', problem: '存在问题', owner: '整改责任人', leaderId: '督导领导', measures: '整改措施', deadline: '整改时限' }
  )
)
export type RectificationDraft = z.input<typeof rectificationDraftSchema>

// ---------------------------------------------------------------------------------------------
// 检查催办

export const CHASE_WAYS = ['notice', 'phone', 'inPerson', 'meeting'] as const
export type ChaseWay = (typeof CHASE_WAYS)[number]
export const CHASE_WAY_LABELS: Record<ChaseWay, string> = { notice: '通知单', phone: '电话', inPerson: '当面', meeting: '会议' }

/** What was chased, as every stage's reminders name it (shared/model/reminder.ts): kept as it was then. */
export const chaseSubjectSchema = reminderSchema.pick({ key: true, stage: true, kind: true, title: true, ownerName: true, dueOn: true })
export type ChaseSubject = z.infer<typeof chaseSubjectSchema>

export const chaseSchema = z.object({
  id: z.string().min(1),
  year: yearSchema,
  subject: chaseSubjectSchema,
  on: daySchema,
  way: z.enum(CHASE_WAYS),
  toWhom: z.string().trim().min(1).max(40),
  asked: z.string().trim().max(300).default(''),
  reply: z.string().trim().max(300).default(''),
  repliedOn: daySchema.nullable().default(null),
  createdAt: z.string().default('')
})
export type Chase = z.infer<typeof chaseSchema>

export const chaseDraftSchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(100).optional(),
      subject: chaseSubjectSchema,
      on: daySchema,
      way: z.enum(CHASE_WAYS, { error: '请选择催办方式' }),
      toWhom: z.string().trim().min(1, '请填写催办对象').max(40, '催办对象不超过40个字'),
      asked: z.string().trim().max(300, '催办要求不超过300个字').default(''),
      reply: z.string().trim().max(300, '回复情况不超过300个字').default(''),
      repliedOn: daySchema.nullable().default(null)
    },
    { on: '催办日期', way: '催办方式', toWhom: '催办对象', asked: '催办要求', reply: '回复情况', repliedOn: '回复日期' }
  )
)
export type ChaseDraft = z.input<typeof chaseDraftSchema>
