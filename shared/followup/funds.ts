import { z } from 'zod'
import { daySchema } from '../rules/dates'
import { labelled } from '../validation'

/* 经费: dated income and spending lines per activity. Amounts are whole 分 (fen), so totals never drift. */

export const FUND_DIRECTIONS = ['income', 'spending'] as const
export type FundDirection = (typeof FUND_DIRECTIONS)[number]
export const FUND_DIRECTION_LABELS: Record<FundDirection, string> = { income: '收入', spending: '支出' }

/** 1亿元 in 分: more than any branch's activity budget, so a slip of the keyboard is caught. */
export const MAX_AMOUNT_FEN = 10_000_000_000

const fundFields = {
  on: daySchema,
  activity: z.string().trim().min(1, '请填写活动名称').max(40, '活动名称不超过40个字'),
  direction: z.enum(FUND_DIRECTIONS, { error: '请选择收入或支出' }),
  amountFen: z.number({ error: '请填写金额' }).int('金额最多到分').min(1, '金额应大于0').max(MAX_AMOUNT_FEN, '金额不超过1亿元'),
  summary: z.string().trim().min(1, '请填写摘要').max(100, '摘要不超过100个字'),
  voucher: z.string().trim().max(30, '凭证号不超过30个字').default('')
}
const fundLabels = { on: '日期', activity: '活动', direction: '收支', amountFen: '金额', summary: '摘要', voucher: '凭证号' }

export const fundLineSchema = z.object({ id: z.string().min(1), year: z.number().int(), ...fundFields, createdAt: z.string().default('') })
export type FundLine = z.infer<typeof fundLineSchema>

export const fundDraftSchema = z.object(labelled({ id: z.string().min(1).max(100).optional(), ...fundFields }, fundLabels))
export type FundDraft = z.input<typeof fundDraftSchema>
