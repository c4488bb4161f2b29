import { z } from 'zod'
import { daySchema } from '../rules/dates'

/** Something with a date that needs the officer: overdue or soon due, from any stage, for the home page. */
export const reminderSchema = z.object({
  key: z.string(),
  stage: z.string(),
  /** What kind of thing it is, in Chinese: 人才培养计划, 成绩公示期, 领导点评. */
  kind: z.string(),
  title: z.string(),
  ownerName: z.string(),
  dueOn: daySchema,
  /** Positive when past due, 0 on the day, negative while still ahead. */
  daysOverdue: z.number().int(),
  /** The screen that deals with it (a hash route such as /compete/training). */
  path: z.string()
})
export type Reminder = z.infer<typeof reminderSchema>
