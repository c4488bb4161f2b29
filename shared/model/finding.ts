import { z } from 'zod'
import { daySchema, yearSchema } from '../rules/dates'

/*
 * A problem found by the activity (a member's 存在不足, a leader's criticism, a low 群众评议 result, a
 * complaint, a pledge not kept) as the rectification ledger (整改台账) picks it up. The record that
 * found it keeps the problem; a stage lists its findings through MainStage.findings, so the ledger
 * links back to the source and never copies it.
 */

/** Where a finding lives: the stage, the collection, the record and, for a line within it, the line's id. */
export const findingSourceSchema = z.object({
  stage: z.string(),
  collection: z.string(),
  recordId: z.string(),
  /** The problem's own line within the record (one of a review's 存在问题), when it has one. */
  itemId: z.string().nullable()
})
export type FindingSource = z.infer<typeof findingSourceSchema>

/** The kinds of source the ledger counts apart (已整改 / 整改中 / 未整改 per source). */
export const FINDING_KINDS = ['selfReview', 'peerReview', 'leaderReview', 'publicReview', 'phoneCheck', 'forum', 'supervisor', 'suggestionBox', 'reportBox', 'pledge', 'contest', 'manual'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  selfReview: '党员自评',
  peerReview: '党员互评',
  leaderReview: '领导点评',
  publicReview: '群众评议',
  phoneCheck: '电话抽访',
  forum: '座谈会',
  supervisor: '特约监督员',
  suggestionBox: '意见箱',
  reportBox: '举报箱',
  pledge: '承诺未兑现',
  contest: '比武竞赛',
  manual: '手工录入'
}

export const findingSchema = z.object({
  /** Stable across reads: `${collection}/${recordId}/${itemId ?? ''}`. */
  key: z.string(),
  kind: z.enum(FINDING_KINDS),
  source: findingSourceSchema,
  /** The source record in words, to show beside the problem: 「2026年上半年党员自评 · 张三」. */
  sourceTitle: z.string(),
  year: yearSchema,
  text: z.string(),
  /** Who should fix it, when the source says so. */
  owner: z.object({ kind: z.enum(['person', 'team', 'unit']), id: z.string().nullable(), name: z.string() }),
  foundOn: daySchema,
  /** The fix the source already planned (整改措施), and its date, if any. */
  measures: z.string().default(''),
  dueOn: daySchema.nullable().default(null),
  /** A 举报 entry: never shown without a confirmation, never printed in a public document. */
  confidential: z.boolean().default(false)
})
export type Finding = z.infer<typeof findingSchema>

export const findingKey = (source: FindingSource) => `${source.collection}/${source.recordId}/${source.itemId ?? ''}`
