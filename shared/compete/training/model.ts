import { z } from 'zod'
import { daySchema } from '../../rules/dates'
import type { CountedAs, YearScope } from '../../stage'
import { labelled } from '../../validation'

/*
 * 人才培养计划 (比技能) and 四帮四促 mentoring pairs (比作风): the records this part keeps. People and
 * teams are referred to by id only. Whether a plan is overdue is derived from its dates and status
 * (./rules.ts), never stored.
 */

// ---------------------------------------------------------------------------------------------
// Training plans (人才培养计划)

export const TRAINING_STATUSES = ['planned', 'running', 'done', 'unfinished'] as const
export type TrainingStatus = (typeof TRAINING_STATUSES)[number]
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = { planned: '计划中', running: '进行中', done: '已完成', unfinished: '未完成' }
/** A plan still under way: it can fall overdue and reach the home page. */
export const OPEN_TRAINING_STATUSES: readonly TrainingStatus[] = ['planned', 'running']

/** A dated line of how the plan is going (跟岗学习、参加培训、考试报名…). */
export const progressNoteSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      date: daySchema,
      content: z.string().trim().min(1, '请填写进展情况').max(300, '进展情况不超过300个字')
    },
    { date: '日期', content: '进展情况' }
  )
)
export type ProgressNote = z.infer<typeof progressNoteSchema>

const planFields = {
  year: z.number({ error: '请填写年度' }).int().min(2000, '年度应在2000至2100之间').max(2100, '年度应在2000至2100之间'),
  personId: z.string({ error: '请选择培养对象' }).min(1, '请选择培养对象'),
  /** 培养目标: the skill or qualification aimed at (取得某证书, 能独立承担某岗位). */
  target: z.string({ error: '请填写培养目标' }).trim().min(1, '请填写培养目标').max(100, '培养目标不超过100个字'),
  /** 培养措施: how (师带徒、跟岗学习、参加培训、考试). */
  measures: z.string().trim().max(500, '培养措施不超过500个字').default(''),
  mentorId: z.string().min(1).nullable().default(null),
  startOn: daySchema,
  dueOn: daySchema,
  status: z.enum(TRAINING_STATUSES).default('planned'),
  /** 培养结果: what came of it; required once the plan is closed (已完成 / 未完成). */
  result: z.string().trim().max(300, '培养结果不超过300个字').default(''),
  /** The day it was closed; required with 已完成 / 未完成. */
  finishedOn: daySchema.nullable().default(null)
}
const planLabels = {
  year: '年度',
  personId: '培养对象',
  target: '培养目标',
  measures: '培养措施',
  mentorId: '导师',
  startOn: '开始日期',
  dueOn: '完成期限',
  status: '状态',
  result: '培养结果',
  finishedOn: '结束日期'
} as const

export const trainingPlanSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      ...planFields,
      notes: z.array(progressNoteSchema).default([]),
      createdAt: z.string().default(''),
      updatedAt: z.string().default('')
    },
    planLabels
  )
)
export type TrainingPlan = z.infer<typeof trainingPlanSchema>

/**
 * What the editor sends: the plan without its notes (kept by their own channel). The rules a field
 * alone cannot see are checked here, so the message lands at the field: 完成期限 before 开始日期,
 * a closed plan without its result or its day.
 */
export const trainingPlanDraftSchema = z
  .object(labelled({ id: z.string().min(1).optional(), ...planFields }, planLabels))
  .superRefine((plan, ctx) => {
    if (plan.dueOn < plan.startOn) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '完成期限不能早于开始日期' })
    if (plan.mentorId && plan.mentorId === plan.personId) ctx.addIssue({ code: 'custom', path: ['mentorId'], message: '导师不能是培养对象本人' })
    if (OPEN_TRAINING_STATUSES.includes(plan.status)) return
    if (!plan.result) ctx.addIssue({ code: 'custom', path: ['result'], message: `状态为“${TRAINING_STATUS_LABELS[plan.status]}”时请填写培养结果` })
    if (!plan.finishedOn) ctx.addIssue({ code: 'custom', path: ['finishedOn'], message: `状态为“${TRAINING_STATUS_LABELS[plan.status]}”时请填写结束日期` })
    else if (plan.finishedOn < plan.startOn) ctx.addIssue({ code: 'custom', path: ['finishedOn'], message: '结束日期不能早于开始日期' })
  })
export type TrainingPlanDraft = z.input<typeof trainingPlanDraftSchema>

export const progressNoteDraftSchema = z.object(
  labelled({ planId: z.string().min(1), id: z.string().min(1).optional(), date: daySchema, content: progressNoteSchema.shape.content }, { date: '日期', content: '进展情况' })
)
export type ProgressNoteDraft = z.input<typeof progressNoteDraftSchema>

// ---------------------------------------------------------------------------------------------
// Mentoring pairs (四帮四促)

/** Who is helped: one person (一帮一、师带徒), or a team a leader is linked to (领导联系班组). */
export const PAIR_KINDS = ['person', 'team'] as const
export type PairKind = (typeof PAIR_KINDS)[number]
export const PAIR_KIND_LABELS: Record<PairKind, string> = { person: '结对帮扶个人', team: '领导联系班组' }

export const PAIR_STATUSES = ['active', 'finished'] as const
export type PairStatus = (typeof PAIR_STATUSES)[number]
export const PAIR_STATUS_LABELS: Record<PairStatus, string> = { active: '帮扶中', finished: '已结束' }

/** The four helps as the activity usually names them: offered as the goals' starting text, freely edited. */
export const FOUR_HELPS = '帮思想促觉悟、帮学习促提高、帮工作促业绩、帮生活促和谐'

export const helpRecordSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      date: daySchema,
      content: z.string().trim().min(1, '请填写帮扶内容').max(300, '帮扶内容不超过300个字')
    },
    { date: '日期', content: '帮扶内容' }
  )
)
export type HelpRecord = z.infer<typeof helpRecordSchema>

const pairFields = {
  year: planFields.year,
  kind: z.enum(PAIR_KINDS),
  helperId: z.string({ error: '请选择帮扶人' }).min(1, '请选择帮扶人'),
  helpedPersonId: z.string().min(1).nullable().default(null),
  helpedTeamId: z.string().min(1).nullable().default(null),
  /** 帮扶目标. */
  goals: z.string({ error: '请填写帮扶目标' }).trim().min(1, '请填写帮扶目标').max(500, '帮扶目标不超过500个字'),
  startOn: daySchema,
  status: z.enum(PAIR_STATUSES).default('active'),
  /** 帮扶成效; required once the pair has ended. */
  outcome: z.string().trim().max(500, '帮扶成效不超过500个字').default('')
}
const pairLabels = {
  year: '年度',
  kind: '结对方式',
  helperId: '帮扶人',
  helpedPersonId: '帮扶对象',
  helpedTeamId: '联系班组',
  goals: '帮扶目标',
  startOn: '结对日期',
  status: '状态',
  outcome: '帮扶成效'
} as const

export const mentoringPairSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      ...pairFields,
      records: z.array(helpRecordSchema).default([]),
      createdAt: z.string().default(''),
      updatedAt: z.string().default('')
    },
    pairLabels
  )
)
export type MentoringPair = z.infer<typeof mentoringPairSchema>

export const mentoringPairDraftSchema = z
  .object(labelled({ id: z.string().min(1).optional(), ...pairFields }, pairLabels))
  .superRefine((pair, ctx) => {
    if (pair.kind === 'person' && !pair.helpedPersonId) ctx.addIssue({ code: 'custom', path: ['helpedPersonId'], message: '请选择帮扶对象' })
    if (pair.kind === 'person' && pair.helpedPersonId === pair.helperId) ctx.addIssue({ code: 'custom', path: ['helpedPersonId'], message: '帮扶对象不能是帮扶人本人' })
    if (pair.kind === 'team' && !pair.helpedTeamId) ctx.addIssue({ code: 'custom', path: ['helpedTeamId'], message: '请选择联系班组' })
    if (pair.status === 'finished' && !pair.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: '结对结束时请填写帮扶成效' })
  })
export type MentoringPairDraft = z.input<typeof mentoringPairDraftSchema>

export const helpRecordDraftSchema = z.object(
  labelled({ pairId: z.string().min(1), id: z.string().min(1).optional(), date: daySchema, content: helpRecordSchema.shape.content }, { date: '日期', content: '帮扶内容' })
)
export type HelpRecordDraft = z.input<typeof helpRecordDraftSchema>

// ---------------------------------------------------------------------------------------------

export const trainingCollections = {
  trainingPlans: z.array(trainingPlanSchema).default([]),
  mentoringPairs: z.array(mentoringPairSchema).default([])
} satisfies Record<string, z.ZodType>

export const trainingYears = { trainingPlans: 'year', mentoringPairs: 'year' } satisfies { [K in keyof typeof trainingCollections]: YearScope }

export const trainingCounts = {
  trainingPlans: { label: '人才培养计划', unit: '项' },
  mentoringPairs: { label: '四帮四促结对', unit: '对' }
} satisfies { [K in keyof typeof trainingCollections]?: CountedAs }

