import { z } from 'zod'
import { daySchema, yearSchema } from '../rules/dates'
import { labelled } from '../validation'
import { holderSchema } from './holder'

/* 目标责任: a leader's or team's targets for the year, with the days they are checked and what each check found. */

export const CHECK_RESULTS = ['met', 'partly', 'notMet'] as const
export type CheckResult = (typeof CHECK_RESULTS)[number]
export const CHECK_RESULT_LABELS: Record<CheckResult, string> = { met: '已完成', partly: '部分完成', notMet: '未完成' }

export const targetCheckSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      on: daySchema,
      result: z.enum(CHECK_RESULTS, { error: '请选择检查结果' }),
      note: z.string().trim().max(300, '检查情况不超过300个字').default('')
    },
    { on: '检查日期', result: '检查结果', note: '检查情况' }
  )
)
export type TargetCheck = z.infer<typeof targetCheckSchema>

const targetFields = {
  year: yearSchema,
  /** 责任主体: the leader or the team the target is set for. */
  holder: holderSchema,
  target: z.string().trim().min(1, '请填写责任目标').max(300, '责任目标不超过300个字'),
  measures: z.string().trim().max(500, '工作措施不超过500个字').default(''),
  /** 责任人 who carries it out (a person), when not the holder itself. */
  ownerId: z.string().min(1).max(100).nullable().default(null),
  checkDates: z.array(daySchema).max(12, '检查时间不超过12个').default([])
}
const targetLabels = { year: '年度', holder: '责任主体', target: '责任目标', measures: '工作措施', ownerId: '责任人', checkDates: '检查时间' }

export const responsibilityTargetSchema = z.object({
  id: z.string().min(1),
  ...targetFields,
  checks: z.array(targetCheckSchema).default([]),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type ResponsibilityTarget = z.infer<typeof responsibilityTargetSchema>

export const targetDraftSchema = z.object(labelled({ id: z.string().min(1).max(100).optional(), ...targetFields }, targetLabels))
export type TargetDraft = z.input<typeof targetDraftSchema>

export const targetCheckDraftSchema = targetCheckSchema.omit({ id: true }).extend({ targetId: z.string().min(1).max(100) })
export type TargetCheckDraft = z.input<typeof targetCheckDraftSchema>
