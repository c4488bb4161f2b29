import { z } from 'zod'
import { command, noInput, query, type ContractPart } from '../../contract/define'
import { daySchema, yearSchema } from '../../rules/dates'
import { labelled } from '../../validation'
import {
  DECISIONS,
  NOMINEE_KINDS,
  nominationDraftSchema,
  nominationSchema,
  selectionDraftSchema,
  selectionSchema,
  selectionTitleDraftSchema,
  selectionTitleSchema,
  tallySchema
} from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
const reason = (label: string) => z.string().trim().min(1, `请填写${label}`).max(300, `${label}不超过300个字`).meta({ label })

/** Where a selection stands: 推荐 → 计票 → 会议决定 → 公示 → 公示期满. */
export const SELECTION_STATUSES = ['nominating', 'voted', 'decided', 'published', 'closed'] as const
export type SelectionStatus = (typeof SELECTION_STATUSES)[number]
export const SELECTION_STATUS_LABELS: Record<SelectionStatus, string> = {
  nominating: '推荐中',
  voted: '已计票',
  decided: '会议已决定',
  published: '公示中',
  closed: '公示期满'
}

const tallyIssueSchema = z.object({ field: z.string(), nomineeId: z.string().nullable(), message: z.string() })

/** A nomination as the screens show it: the nominee by name, and where the votes put them. */
export const nominationViewSchema = nominationSchema.extend({
  nomineeName: z.string(),
  /** A person's team (a team nominee's own kind: 窗口、班组), and post. */
  teamName: z.string(),
  post: z.string(),
  result: z
    .object({
      favourable: z.number().int(),
      favourableRate: z.number().nullable(),
      overHalf: z.boolean(),
      rank: z.number().int(),
      suggestion: z.enum(['elected', 'notElected', 'tie'])
    })
    .nullable()
})
export type NominationView = z.infer<typeof nominationViewSchema>

export const selectionViewSchema = selectionSchema.extend({
  titleName: z.string(),
  nomineeKind: z.enum(NOMINEE_KINDS),
  membersOnly: z.boolean(),
  criteria: z.string(),
  status: z.enum(SELECTION_STATUSES),
  /** The ballot's printed rule (同意人数不得超过N名，超过视为废票), '' when the ballot sets no limit. */
  ruleText: z.string(),
  /** Last day of the 公示, when published. */
  noticeTo: daySchema.nullable(),
  tallyCheck: z.object({ verdict: z.enum(['valid', 'void']).nullable(), voidReasons: z.array(z.string()), issues: z.array(tallyIssueSchema) }).nullable(),
  nominations: z.array(nominationViewSchema)
})
export type SelectionView = z.infer<typeof selectionViewSchema>

/** One title won: what the year-end appraisal (年终评优) reads. */
export const titleWonSchema = z.object({
  year: yearSchema,
  selectionId: z.string(),
  titleId: z.string(),
  titleName: z.string(),
  nomineeKind: z.enum(NOMINEE_KINDS),
  nomineeId: z.string(),
  nomineeName: z.string(),
  decidedOn: z.string(),
  noticeFrom: daySchema,
  noticeTo: daySchema,
  /** The 公示期 has ended (as of today): nothing can still stand in its way. */
  noticeOver: z.boolean()
})
export type TitleWon = z.infer<typeof titleWonSchema>

export const tallyInputSchema = z.object(
  labelled(
    {
      id,
      entitled: selectionSchema.shape.entitled,
      issued: tallySchema.shape.issued,
      returned: tallySchema.shape.returned,
      valid: tallySchema.shape.valid,
      void: tallySchema.shape.void,
      /** Each nominee's count per choice; ignored (kept empty) when the round is void. */
      votes: z.array(z.object({ nominationId: id, counts: z.array(tallySchema.shape.issued.meta({ label: '票数' })).max(5) })).max(200)
    },
    { entitled: '应到人数', votes: '得票' }
  )
)
export type TallyInput = z.input<typeof tallyInputSchema>

export const decideInputSchema = z.object(
  labelled(
    {
      id,
      decidedOn: daySchema,
      decisions: z
        .array(z.object({ nominationId: id, decision: z.enum(DECISIONS).nullable(), note: nominationSchema.shape.decisionNote }))
        .max(200)
    },
    { decidedOn: '会议决定日期', decisions: '会议决定' }
  )
)
export type DecideInput = z.input<typeof decideInputSchema>

/** 评选: titles, selections, nominations, the ballot tally, the meeting's decisions, the 公示 and the titles won. */
export const selectionContract = {
  selectionTitles: query('评选称号列表（技术标兵、五星级员工……）', noInput, z.array(selectionTitleSchema)),
  selectionTitleSave: command('新增或修改评选称号', selectionTitleDraftSchema, selectionTitleSchema),
  selectionTitleDelete: command('删除没有用于评选的称号', byId, z.null()),

  selections: query('某年度的评选，附推荐、计票检查、得票和会议决定', z.object({ year: yearSchema.optional() }).optional(), z.array(selectionViewSchema)),
  selection: query('一项评选的全部情况', byId, selectionViewSchema),
  selectionSave: command('新增或修改评选（称号、名额、测评票选项、会议、应到人数）', selectionDraftSchema, selectionViewSchema),
  /** Says what went with it (推荐、计票、决定). */
  selectionDelete: command('删除未公示的评选及其推荐', byId, z.object({ message: z.string() })),

  nominationSave: command('新增或修改推荐（推荐理由、事迹材料）', nominationDraftSchema, selectionViewSchema),
  nominationDelete: command('删除一条推荐（计票前）', byId, selectionViewSchema),

  selectionTallySave: command('录入民主测评计票：发出、收回、有效、废票及每人各项得票', tallyInputSchema, selectionViewSchema),
  selectionTallyClear: command('清除计票（会议决定一并清除），说明原因', z.object({ id, reason: reason('清除原因') }), selectionViewSchema),
  selectionDecide: command('记录会议决定（当选、未当选及说明）', decideInputSchema, selectionViewSchema),
  selectionPublish: command('公示评选结果', z.object(labelled({ id, noticeFrom: daySchema, noticeDays: z.number({ error: '请填写公示天数' }).int().min(1, '公示期至少1个工作日').max(30, '公示期不超过30个工作日') }, { noticeFrom: '公示开始日期', noticeDays: '公示期（工作日）' })), selectionViewSchema),
  selectionUnpublish: command('撤回评选结果公示，说明原因', z.object({ id, reason: reason('撤回原因') }), selectionViewSchema),

  /** For the year-end appraisal: elected nominees of selections whose results were posted. */
  titlesWon: query('获得的称号（已公示的评选中当选的个人和集体），可按年度、对象筛选', z.object({ year: yearSchema.optional(), nomineeKind: z.enum(NOMINEE_KINDS).optional(), nomineeId: id.optional() }).optional(), z.array(titleWonSchema))
} satisfies ContractPart
