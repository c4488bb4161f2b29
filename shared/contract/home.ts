import { z } from 'zod'
import { query, type ContractPart } from './define'
import { keyDateSchema, stageGlanceSchema } from '../model/glance'
import { reminderSchema } from '../model/reminder'
import { yearSchema } from '../rules/dates'

/** 首页: what every stage has that is overdue or soon due, the year at a glance, and the year's key dates. */
export const homeContract = {
  reminders: query(
    '各阶段逾期或即将到期的事项（按到期日排列）',
    z.object({ withinDays: z.number().int().min(0).max(365).default(7).meta({ label: '提前提醒天数' }) }).optional(),
    z.array(reminderSchema)
  ),
  glance: query(
    '本年度概览：各阶段已完成和待办的数量、图表，以及全年关键日期',
    z.object({ year: yearSchema.optional().meta({ label: '活动年度' }) }).optional(),
    z.object({ year: yearSchema, today: z.string(), stages: z.array(stageGlanceSchema), keyDates: z.array(keyDateSchema) })
  )
} satisfies ContractPart
