import { z } from 'zod'

/** Whose record it is (责任人 or 对象): a person or a team of the roster, by id. */
export const HOLDER_KINDS = ['person', 'team'] as const
export const holderSchema = z.object({
  kind: z.enum(HOLDER_KINDS),
  id: z.string({ error: '请选择人员或班组' }).min(1, '请选择人员或班组').max(100)
})
export type Holder = z.infer<typeof holderSchema>

/** 活动年度 of a dated line (经费、考核、奖惩、催办): the year of its day. */
export const yearOfDay = (day: string) => Number(day.slice(0, 4))
