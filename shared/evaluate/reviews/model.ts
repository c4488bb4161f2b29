import { z } from 'zod'
import { daySchema, yearSchema } from '../../rules/dates'
import { DEFAULT_SELF_SCORE_MAX } from '../../rules/review-criteria'
import { HALVES } from '../../rules/review-dates'
import { labelled } from '../../validation'
import type { CountedAs, YearScope } from '../../stage'

/*
 * 党员自评与互评 (every half year): a review round with its criteria and 互评 grades; per member (or
 * team, or the branch) a self-review with a score and words per criterion and its 存在不足, each
 * with its 整改措施 and due date; the 互评 marks, entered as one tally from paper or as anonymous
 * ballots (no rater is stored). People and teams are referred to by id only.
 */

const id = z.string().min(1).max(100)

export const criterionSchema = z.object(
  labelled(
    { id: z.string().min(1).max(40), text: z.string().trim().min(1, '请填写评议标准').max(40, '评议标准不超过40个字') },
    { text: '评议标准' }
  )
)
export type Criterion = z.infer<typeof criterionSchema>

export const peerGradeSchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(40),
      label: z.string().trim().min(1, '请填写等次名称').max(6, '等次名称不超过6个字'),
      points: z.number({ error: '请填写分值' }).min(0, '分值应在0至100之间').max(100, '分值应在0至100之间')
    },
    { label: '等次名称', points: '分值' }
  )
)
export type PeerGrade = z.infer<typeof peerGradeSchema>

/** 互评 grades each member as a whole, or on every criterion. */
export const PEER_BY = ['overall', 'perCriterion'] as const
export type PeerBy = (typeof PEER_BY)[number]
export const PEER_BY_LABELS: Record<PeerBy, string> = { overall: '总体评价', perCriterion: '逐项评价' }

const roundShape = labelled(
  {
    id,
    year: yearSchema,
    half: z.enum(HALVES),
    startsOn: daySchema,
    endsOn: daySchema,
    /** 五带头 by default. */
    memberCriteria: z.array(criterionSchema).min(1, '至少需要一条党员评议标准').max(12, '党员评议标准不超过12条'),
    /** 五个好 by default, for a team's or the branch's self-review. */
    groupCriteria: z.array(criterionSchema).min(1, '至少需要一条班组（支部）评议标准').max(12, '班组（支部）评议标准不超过12条'),
    selfScoreMax: z.number({ error: '请填写每项满分' }).int('每项满分应为整数').min(1, '每项满分应在1至100之间').max(100, '每项满分应在1至100之间').default(DEFAULT_SELF_SCORE_MAX),
    /** Best first. */
    peerGrades: z.array(peerGradeSchema).min(2, '互评至少需要两个等次').max(6, '互评等次不超过6个'),
    peerBy: z.enum(PEER_BY).default('overall'),
    /** 完成本轮: the round's figures are final; set and cleared only by the user. */
    closedOn: daySchema.nullable().default(null),
    createdAt: z.string().default(''),
    updatedAt: z.string().default('')
  },
  { year: '年度', half: '半年', startsOn: '开始日期', endsOn: '结束日期', memberCriteria: '党员评议标准', groupCriteria: '班组（支部）评议标准', selfScoreMax: '每项满分', peerGrades: '互评等次', peerBy: '互评方式' }
)
export const reviewRoundSchema = z.object(roundShape)
export type ReviewRound = z.infer<typeof reviewRoundSchema>

/** What the round form sends; a missing id creates the round. Criteria without an id are new. */
export const reviewRoundDraftSchema = z.object({
  ...roundShape,
  id: id.optional(),
  memberCriteria: z.array(criterionSchema.extend({ id: criterionSchema.shape.id.optional() })).min(1, '至少需要一条党员评议标准').max(12, '党员评议标准不超过12条'),
  groupCriteria: z.array(criterionSchema.extend({ id: criterionSchema.shape.id.optional() })).min(1, '至少需要一条班组（支部）评议标准').max(12, '班组（支部）评议标准不超过12条'),
  peerGrades: z.array(peerGradeSchema.extend({ id: peerGradeSchema.shape.id.optional() })).min(2, '互评至少需要两个等次').max(6, '互评等次不超过6个')
}).omit({ closedOn: true, createdAt: true, updatedAt: true })
export type ReviewRoundDraft = z.input<typeof reviewRoundDraftSchema>

/** Who wrote a self-review: a member, a team (against 五个好), or the branch. */
export const SUBJECT_KINDS = ['person', 'team', 'branch'] as const
export type SubjectKind = (typeof SUBJECT_KINDS)[number]
export const subjectSchema = z.object({ kind: z.enum(SUBJECT_KINDS), id: id.nullable().default(null) })
export type Subject = z.infer<typeof subjectSchema>

export const selfEntrySchema = z.object(
  labelled(
    {
      criterionId: z.string().min(1).max(40),
      /** Out of the round's 每项满分; null while not scored. */
      score: z.number({ error: '自评分应为数字' }).min(0, '自评分不能小于0').nullable().default(null),
      text: z.string().trim().max(500, '自评内容不超过500个字').default('')
    },
    { score: '自评分', text: '自评内容' }
  )
)
export type SelfEntry = z.infer<typeof selfEntrySchema>

/** One 存在不足 with its 整改措施 and 整改时限: a line the rectification ledger picks up by its id. */
export const shortcomingSchema = z.object(
  labelled(
    {
      id: z.string().min(1).max(100),
      text: z.string().trim().min(1, '请填写存在的不足').max(200, '存在不足每条不超过200个字'),
      measures: z.string().trim().max(300, '整改措施不超过300个字').default(''),
      dueOn: daySchema.nullable().default(null)
    },
    { text: '存在不足', measures: '整改措施', dueOn: '整改时限' }
  )
)
export type Shortcoming = z.infer<typeof shortcomingSchema>

const selfReviewShape = labelled(
  {
    id,
    roundId: id,
    subject: subjectSchema,
    writtenOn: daySchema,
    entries: z.array(selfEntrySchema).max(12),
    shortcomings: z.array(shortcomingSchema).max(20, '存在不足不超过20条').default([]),
    createdAt: z.string().default(''),
    updatedAt: z.string().default('')
  },
  { roundId: '评议轮次', subject: '自评对象', writtenOn: '自评日期', entries: '自评', shortcomings: '存在不足' }
)
export const selfReviewSchema = z.object(selfReviewShape)
export type SelfReview = z.infer<typeof selfReviewSchema>

export const selfReviewDraftSchema = z
  .object({ ...selfReviewShape, id: id.optional(), shortcomings: z.array(shortcomingSchema.extend({ id: shortcomingSchema.shape.id.optional() })).max(20, '存在不足不超过20条').default([]) })
  .omit({ createdAt: true, updatedAt: true })
export type SelfReviewDraft = z.input<typeof selfReviewDraftSchema>

/** A marks row: one member, overall (criterionId null) or on one criterion, marks per grade id. */
export const tallyRowSchema = z.object(
  labelled(
    {
      personId: id,
      criterionId: z.string().min(1).max(40).nullable().default(null),
      counts: z.record(z.string().min(1).max(40), z.number({ error: '票数应为数字' }).int('票数应为整数').min(0, '票数不能为负数'))
    },
    { counts: '票数' }
  )
)
export type TallyRow = z.infer<typeof tallyRowSchema>

/** An opinion about a member from a ballot's 存在问题 column: it may become a rectification. */
export const peerRemarkSchema = z.object(
  labelled(
    { id: z.string().min(1).max(100), personId: id, text: z.string().trim().min(1, '请填写意见内容').max(200, '意见每条不超过200个字') },
    { text: '意见内容' }
  )
)
export type PeerRemark = z.infer<typeof peerRemarkSchema>

/** The paper ballots counted by hand: one tally per round. */
export const peerTallySchema = z.object(
  labelled(
    {
      id,
      roundId: id,
      ballotsReturned: z.number({ error: '请填写收回的票数' }).int('收回票数应为整数').min(2, '收回票数至少为2').max(2000, '收回票数不超过2000'),
      rows: z.array(tallyRowSchema).max(5000),
      remarks: z.array(peerRemarkSchema).max(500).default([]),
      countedOn: daySchema,
      updatedAt: z.string().default('')
    },
    { ballotsReturned: '收回票数', rows: '计票', remarks: '意见', countedOn: '计票日期' }
  )
)
export type PeerTally = z.infer<typeof peerTallySchema>

export const peerTallyDraftSchema = peerTallySchema
  .omit({ id: true, updatedAt: true })
  .extend({ remarks: z.array(peerRemarkSchema.extend({ id: peerRemarkSchema.shape.id.optional() })).max(500).default([]) })
export type PeerTallyDraft = z.input<typeof peerTallyDraftSchema>

/** One mark on a ballot. */
export const ballotMarkSchema = z.object({ personId: id, criterionId: z.string().min(1).max(40).nullable().default(null), gradeId: z.string().min(1).max(40) })
export type BallotMark = z.infer<typeof ballotMarkSchema>

/** One keyed ballot: its marks and opinions, and nothing that says whose it was. */
export const peerBallotSchema = z.object(
  labelled(
    {
      id,
      roundId: id,
      /** 票号, the order of entry. */
      serial: z.number().int().min(1),
      marks: z.array(ballotMarkSchema).min(1, '这张票没有任何评价').max(2000),
      remarks: z.array(peerRemarkSchema).max(100).default([]),
      createdAt: z.string().default('')
    },
    { marks: '评价', remarks: '意见' }
  )
)
export type PeerBallot = z.infer<typeof peerBallotSchema>

export const peerBallotDraftSchema = z.object(
  labelled(
    {
      roundId: id,
      marks: z.array(ballotMarkSchema).min(1, '这张票没有任何评价').max(2000),
      remarks: z.array(peerRemarkSchema.extend({ id: peerRemarkSchema.shape.id.optional() })).max(100).default([])
    },
    { marks: '评价', remarks: '意见' }
  )
)
export type PeerBallotDraft = z.input<typeof peerBallotDraftSchema>

export const reviewCollections = {
  reviewRounds: z.array(reviewRoundSchema).default([]),
  selfReviews: z.array(selfReviewSchema).default([]),
  peerTallies: z.array(peerTallySchema).default([]),
  peerBallots: z.array(peerBallotSchema).default([])
} satisfies Record<string, z.ZodType>

export const reviewYears = {
  reviewRounds: 'year',
  selfReviews: { parent: 'reviewRounds', key: 'roundId' },
  peerTallies: { parent: 'reviewRounds', key: 'roundId' },
  peerBallots: { parent: 'reviewRounds', key: 'roundId' }
} satisfies { [K in keyof typeof reviewCollections]: YearScope }

export const reviewCounts = {
  reviewRounds: { label: '自评互评轮次', unit: '轮' },
  selfReviews: { label: '自评', unit: '份' },
  peerBallots: { label: '互评票', unit: '张' }
} satisfies { [K in keyof typeof reviewCollections]?: CountedAs }
