import { z } from 'zod'
import { daySchema, yearSchema } from '../../rules/dates'
import { labelled } from '../../validation'
import type { CountedAs, YearScope } from '../../stage'

/*
 * 比武竞赛：技能比武、岗位练兵、作风竞赛. A contest names its entrants (people or teams of the
 * roster), its scoring items, its judges and its rounds; each judge's paper sheet of one round is a
 * score sheet. The scoring rule is fixed with the contest and printed on the results
 * (shared/rules/contest-scoring.ts computes them, contest-awards.ts hands out the awards).
 */

export const CONTEST_KINDS = ['skill', 'drill', 'conduct'] as const
export type ContestKind = (typeof CONTEST_KINDS)[number]
export const CONTEST_KIND_LABELS: Record<ContestKind, string> = { skill: '技能比武', drill: '岗位练兵', conduct: '作风竞赛（文明·诚信·廉洁·优质服务）' }

export const ENTRANT_KINDS = ['person', 'team'] as const
export type EntrantKind = (typeof ENTRANT_KINDS)[number]
export const ENTRANT_KIND_LABELS: Record<EntrantKind, string> = { person: '个人', team: '班组' }

/** 总分 (sum of the judges), 平均分, or 去掉一个最高分和一个最低分后的平均分. */
export const SCORING_METHODS = ['sum', 'mean', 'trimmedMean'] as const
export type ScoringMethod = (typeof SCORING_METHODS)[number]
export const SCORING_METHOD_LABELS: Record<ScoringMethod, string> = {
  sum: '各评委总分相加',
  mean: '各评委总分的平均分',
  trimmedMean: '去掉一个最高分和一个最低分后的平均分'
}

export const CONTEST_STATUSES = ['draft', 'notice', 'final'] as const
export type ContestStatus = (typeof CONTEST_STATUSES)[number]
export const CONTEST_STATUS_LABELS: Record<ContestStatus, string> = { draft: '草稿', notice: '成绩公示', final: '定稿' }

/** The most a scoring item may be worth, and the most decimals a judge may write. */
export const ITEM_LIMITS = { max: 1000, decimals: 2 } as const

export const contestItemSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      name: z.string().trim().min(1, '请填写评分项目').max(30, '评分项目不超过30个字'),
      max: z.number({ error: '请填写满分' }).positive('满分应大于0').max(ITEM_LIMITS.max, `满分不超过${ITEM_LIMITS.max}`),
      /** The judge's item score counts this many times in the judge's total (权重, 1 = as written). */
      weight: z.number({ error: '请填写权重' }).positive('权重应大于0').max(100, '权重不超过100').default(1),
      decimals: z.number({ error: '请选择小数位数' }).int().min(0, '小数位数为0至2位').max(ITEM_LIMITS.decimals, '小数位数为0至2位').default(0)
    },
    { name: '评分项目', max: '满分', weight: '权重', decimals: '小数位数' }
  )
)
export type ContestItem = z.infer<typeof contestItemSchema>

/** A judge from the roster (personId) or from outside (name only, 外请评委). */
export const contestJudgeSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      personId: z.string().min(1).nullable().default(null),
      name: z.string().trim().max(20, '评委姓名不超过20个字').default('')
    },
    { personId: '评委', name: '评委姓名' }
  )
)
export type ContestJudge = z.infer<typeof contestJudgeSchema>

/** 初赛 / 决赛: each with its own entrants. A contest of one round has all its entrants in it. */
export const contestRoundSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      name: z.string().trim().min(1, '请填写轮次名称').max(10, '轮次名称不超过10个字'),
      entrantIds: z.array(z.string().min(1)).default([])
    },
    { name: '轮次', entrantIds: '本轮参赛者' }
  )
)
export type ContestRound = z.infer<typeof contestRoundSchema>

export const scoringRuleSchema = z.object(
  labelled(
    {
      method: z.enum(SCORING_METHODS).default('trimmedMean'),
      /** The trimmed mean drops one highest and one lowest only when at least this many judges scored. */
      trimFrom: z.number({ error: '请填写评委人数' }).int().min(3, '去掉最高最低分至少需要3名评委').max(50).default(5),
      /** Decimals of the final score, which ranks are decided on (what is printed is what ranks). */
      resultDecimals: z.number().int().min(0).max(3).default(2),
      /** Points deducted per entrant (超时、违规), entered with the results. */
      deductions: z.boolean().default(false)
    },
    { method: '计分方法', trimFrom: '最少评委人数', resultDecimals: '最后得分小数位数', deductions: '扣分' }
  )
)
export type ScoringRule = z.infer<typeof scoringRuleSchema>

export const AWARD_BASES = ['count', 'ratio'] as const
export type AwardBasis = (typeof AWARD_BASES)[number]
export const AWARD_BASIS_LABELS: Record<AwardBasis, string> = { count: '按名额', ratio: '按比例' }

/** 一等奖 1名 / 10%: the quota is a head count or a percentage of the entrants who completed. */
export const awardTierSchema = z.object(
  labelled(
    {
      label: z.string().trim().min(1, '请填写奖项名称').max(10, '奖项名称不超过10个字'),
      quota: z.number({ error: '请填写名额或比例' }).min(0, '名额或比例不能为负数').max(1000, '名额或比例过大')
    },
    { label: '奖项', quota: '名额或比例' }
  )
)
export type AwardTier = z.infer<typeof awardTierSchema>

/** Who gets the higher award when a tie straddles a boundary: an item's score, then the judges' highest total, or the officer. */
export const TIE_BREAKS = ['item', 'highest', 'officer'] as const
export type TieBreak = (typeof TIE_BREAKS)[number]
export const TIE_BREAK_LABELS: Record<TieBreak, string> = { item: '先比指定项目得分，再比评委最高分', highest: '比评委给出的最高分', officer: '由组织者决定' }

export const awardRuleSchema = z.object(
  labelled(
    {
      basis: z.enum(AWARD_BASES).default('count'),
      tiers: z.array(awardTierSchema).max(6, '奖项不超过6个').default([]),
      tieBreak: z.enum(TIE_BREAKS).default('highest'),
      tieItemId: z.string().min(1).nullable().default(null)
    },
    { basis: '评奖方式', tiers: '奖项', tieBreak: '并列时', tieItemId: '比较项目' }
  )
)
export type AwardRule = z.infer<typeof awardRuleSchema>

/** The officer's order for a tie the rule left open: the entrants in the order they are placed. */
export const tieDecisionSchema = z.object({ roundId: z.string().min(1), entrantIds: z.array(z.string().min(1)).min(2), note: z.string().max(200).default('') })
export type TieDecision = z.infer<typeof tieDecisionSchema>

export const deductionSchema = z.object(
  labelled(
    {
      roundId: z.string().min(1),
      entrantId: z.string().min(1),
      points: z.number({ error: '请填写扣分' }).min(0, '扣分不能为负数').max(ITEM_LIMITS.max, '扣分过大'),
      reason: z.string().trim().max(100, '扣分原因不超过100个字').default('')
    },
    { points: '扣分', reason: '扣分原因' }
  )
)
export type Deduction = z.infer<typeof deductionSchema>

/** One entrant's final score and award as they stood, for the reopening log. */
export const standingSchema = z.object({ name: z.string(), final: z.number().nullable(), rank: z.number().nullable(), award: z.string().nullable() })
export type Standing = z.infer<typeof standingSchema>

/** 定稿 undone: why, when, the results as they were, and (once it is final again) as they became. */
export const reopeningSchema = z.object({
  at: z.string(),
  reason: z.string().min(1),
  before: z.array(standingSchema),
  after: z.array(standingSchema).nullable().default(null)
})
export type Reopening = z.infer<typeof reopeningSchema>

export const contestFieldsSchema = z.object(
  labelled(
    {
      year: yearSchema,
      kind: z.enum(CONTEST_KINDS).default('skill'),
      name: z.string().trim().min(1, '请填写竞赛名称').max(40, '竞赛名称不超过40个字'),
      date: daySchema,
      place: z.string().trim().max(40, '地点不超过40个字').default(''),
      entrantKind: z.enum(ENTRANT_KINDS).default('person'),
      /** Roster ids of people or teams, as `entrantKind` says; sheets, rounds and deductions name entrants by these. */
      entrants: z.array(z.string().min(1)).max(1000, '参赛者不超过1000个').default([]),
      items: z.array(contestItemSchema).min(1, '请至少设一个评分项目').max(20, '评分项目不超过20个'),
      judges: z.array(contestJudgeSchema).min(1, '请至少设一名评委').max(30, '评委不超过30名'),
      rounds: z.array(contestRoundSchema).min(1, '请至少设一个轮次').max(3, '轮次不超过3个'),
      rule: scoringRuleSchema.default(() => scoringRuleSchema.parse({})),
      awards: awardRuleSchema.default(() => awardRuleSchema.parse({})),
      /** 落款 of the certificates and the notice; the unit's name when empty. */
      issuer: z.string().trim().max(40, '落款不超过40个字').default('')
    },
    {
      year: '年度',
      kind: '竞赛类别',
      name: '竞赛名称',
      date: '比赛日期',
      place: '地点',
      entrantKind: '参赛对象',
      entrants: '参赛者',
      items: '评分项目',
      judges: '评委',
      rounds: '轮次',
      rule: '计分办法',
      awards: '评奖办法',
      issuer: '落款'
    }
  )
)

export const contestSchema = contestFieldsSchema.extend({
  id: z.string().min(1),
  status: z.enum(CONTEST_STATUSES).default('draft'),
  noticeFrom: daySchema.nullable().default(null),
  noticeTo: daySchema.nullable().default(null),
  deductions: z.array(deductionSchema).default([]),
  tieDecisions: z.array(tieDecisionSchema).default([]),
  reopenings: z.array(reopeningSchema).default([]),
  finalizedAt: z.string().nullable().default(null),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type Contest = z.infer<typeof contestSchema>

/** A judge's score of one item: a number, or null for a blank cell (not written, which is not 0). */
export const cellSchema = z.number({ error: '成绩应为数字' }).nullable()

/** One judge's paper sheet of one round; `second` is the optional second keying of the same paper. */
export const scoreSheetSchema = z.object({
  id: z.string().min(1),
  contestId: z.string().min(1),
  roundId: z.string().min(1),
  judgeId: z.string().min(1),
  keying: z.enum(['first', 'second']).default('first'),
  /** entrant id → item id → score. */
  cells: z.record(z.string(), z.record(z.string(), cellSchema)).default({}),
  updatedAt: z.string().default('')
})
export type ScoreSheet = z.infer<typeof scoreSheetSchema>
export type SheetCells = ScoreSheet['cells']

export const contestCollections = {
  contests: z.array(contestSchema).default([]),
  contestSheets: z.array(scoreSheetSchema).default([])
} satisfies Record<string, z.ZodType>

export const contestYears = {
  contests: 'year',
  contestSheets: { parent: 'contests', key: 'contestId' }
} satisfies { [K in keyof typeof contestCollections]: YearScope }

export const contestCounts = {
  contests: { label: '比武竞赛', unit: '场' },
  contestSheets: { label: '评分表', unit: '张' }
} satisfies { [K in keyof typeof contestCollections]?: CountedAs }
