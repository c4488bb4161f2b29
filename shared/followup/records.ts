import { z } from 'zod'
import { daySchema } from '../rules/dates'
import { labelled } from '../validation'
import { holderSchema } from './holder'

/* 考核记录 and 奖惩, per person or team: what the activity's assessments found and what followed. */

const recordFields = {
  holder: holderSchema,
  on: daySchema,
  item: z.string().trim().min(1, '请填写考核内容').max(100, '考核内容不超过100个字'),
  result: z.string().trim().min(1, '请填写考核结果').max(60, '考核结果不超过60个字'),
  score: z.number().min(0, '得分应在0至100之间').max(100, '得分应在0至100之间').nullable().default(null),
  assessor: z.string().trim().max(30, '考核人不超过30个字').default(''),
  note: z.string().trim().max(300, '备注不超过300个字').default('')
}
const recordLabels = { holder: '考核对象', on: '考核日期', item: '考核内容', result: '考核结果', score: '得分', assessor: '考核人', note: '备注' }

export const assessmentRecordSchema = z.object({ id: z.string().min(1), year: z.number().int(), ...recordFields, createdAt: z.string().default('') })
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>
export const assessmentRecordDraftSchema = z.object(labelled({ id: z.string().min(1).max(100).optional(), ...recordFields }, recordLabels))
export type AssessmentRecordDraft = z.input<typeof assessmentRecordDraftSchema>

export const REWARD_PENALTY_KINDS = ['reward', 'penalty'] as const
export type RewardPenaltyKind = (typeof REWARD_PENALTY_KINDS)[number]
export const REWARD_PENALTY_KIND_LABELS: Record<RewardPenaltyKind, string> = { reward: '奖励', penalty: '惩处' }

const rewardFields = {
  holder: holderSchema,
  kind: z.enum(REWARD_PENALTY_KINDS, { error: '请选择奖励或惩处' }),
  /** 通报表扬、评为党员示范岗、通报批评、诫勉谈话 … */
  title: z.string().trim().min(1, '请填写奖惩名称').max(40, '奖惩名称不超过40个字'),
  reason: z.string().trim().min(1, '请填写奖惩事由').max(300, '奖惩事由不超过300个字'),
  on: daySchema,
  issuedBy: z.string().trim().max(40, '决定单位不超过40个字').default('')
}
const rewardLabels = { holder: '奖惩对象', kind: '类别', title: '奖惩名称', reason: '奖惩事由', on: '日期', issuedBy: '决定单位' }

export const rewardPenaltySchema = z.object({ id: z.string().min(1), year: z.number().int(), ...rewardFields, createdAt: z.string().default('') })
export type RewardPenalty = z.infer<typeof rewardPenaltySchema>
export const rewardPenaltyDraftSchema = z.object(labelled({ id: z.string().min(1).max(100).optional(), ...rewardFields }, rewardLabels))
export type RewardPenaltyDraft = z.input<typeof rewardPenaltyDraftSchema>
