import { z } from 'zod'
import { query, type ContractPart } from './define'
import { reminderSchema } from '../model/reminder'

/** 首页: what every stage has that is overdue or soon due. */
export const homeContract = {
  reminders: query(
    '各阶段逾期或即将到期的事项（按到期日排列）',
    z.object({ withinDays: z.number().int().min(0).max(365).default(7).meta({ label: '提前提醒天数' }) }).optional(),
    z.array(reminderSchema)
  )
} satisfies ContractPart
