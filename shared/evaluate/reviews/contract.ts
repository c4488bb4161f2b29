import { z } from 'zod'
import { command, query, type ContractPart } from '../../contract/define'
import { findingSchema } from '../../model/finding'
import { yearSchema } from '../../rules/dates'
import { peerBallotDraftSchema, peerBallotSchema, peerTallyDraftSchema, peerTallySchema, reviewRoundDraftSchema, reviewRoundSchema, selfReviewDraftSchema, selfReviewSchema } from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
const byRound = z.object({ roundId: id })

/** What a destructive command did and what it kept, in one sentence for the user. */
export const doneSchema = z.object({ message: z.string() })

export const peerScoreSchema = z.object({
  votes: z.number().int(),
  grades: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int(), share: z.number() })),
  points: z.number(),
  average: z.number().nullable()
})

/** A member of the round as lists and ballots show them, in roster order. */
export const reviewMemberSchema = z.object({ personId: z.string(), name: z.string(), teamName: z.string() })
export type ReviewMember = z.infer<typeof reviewMemberSchema>

export const peerResultsSchema = z.object({
  /** Ballots counted: the tally's returned ballots plus the keyed ones. */
  ballots: z.number().int(),
  rows: z.array(
    reviewMemberSchema.extend({
      score: peerScoreSchema,
      byCriterion: z.array(z.object({ criterionId: z.string(), text: z.string(), score: peerScoreSchema })),
      remarks: z.array(z.string())
    })
  )
})
export type PeerResults = z.infer<typeof peerResultsSchema>

/** 党员自评与互评（每半年一轮）. Verbs are unique across the stage's parts (they share one contract part). */
export const reviewContract = {
  reviewRounds: query('自评互评轮次（可按年度筛选），新的在前', z.object({ year: yearSchema.optional() }).optional(), z.array(reviewRoundSchema)),
  reviewRoundSave: command('新增或修改一轮自评互评（日期、评议标准、互评等次）', reviewRoundDraftSchema, reviewRoundSchema),
  reviewRoundDelete: command('删除一轮自评互评及其自评、计票和互评票（已完成的轮次不能删除）', byId, doneSchema),
  reviewRoundClose: command('完成本轮（此后结果不再改动）或重新打开', z.object({ id, closed: z.boolean() }), reviewRoundSchema),
  reviewMembers: query('参加本轮自评互评的党员，按花名册顺序', byRound, z.array(reviewMemberSchema)),

  selfReviews: query('本轮的自评（党员、班组、支部）', byRound, z.array(selfReviewSchema)),
  selfReviewSave: command('新增或修改一份自评（每项自评分和自评内容、存在不足及整改措施）', selfReviewDraftSchema, selfReviewSchema),
  selfReviewDelete: command('删除一份自评', byId, doneSchema),

  peerTally: query('本轮纸质互评票的计票', byRound, peerTallySchema.nullable()),
  peerTallySave: command('保存本轮纸质互评票的计票（每人各等次票数不超过收回票数减本人一票）', peerTallyDraftSchema, peerTallySchema),
  peerBallots: query('本轮逐张录入的互评票（不记录填票人）', byRound, z.array(peerBallotSchema)),
  peerBallotSave: command('录入一张互评票（不记录填票人，本人一栏须空着）', peerBallotDraftSchema, peerBallotSchema),
  peerBallotDelete: command('删除一张录入错误的互评票', byId, doneSchema),
  peerResults: query('本轮每名党员的互评结果：各等次票数、占比、得分', byRound, peerResultsSchema),

  reviewFindings: query('自评的存在不足、互评意见和领导点评的存在问题（已记入整改跟踪的问题）', z.object({ year: yearSchema.optional() }).optional(), z.array(findingSchema))
} satisfies ContractPart
