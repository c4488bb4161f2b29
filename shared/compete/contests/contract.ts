import { z } from 'zod'
import { canceledOr, command, query, type ContractPart } from '../../contract/define'
import { NAME_ORDERS } from '../../rules/name-order-choices'
import { daySchema, yearSchema } from '../../rules/dates'
import { labelled } from '../../validation'
import {
  cellSchema,
  contestFieldsSchema,
  contestItemSchema,
  contestJudgeSchema,
  contestRoundSchema,
  contestSchema,
  deductionSchema,
  scoreSheetSchema
} from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })

/** What the editor sends: items, judges and rounds without ids are new. */
export const contestDraftSchema = contestFieldsSchema.extend(
  labelled(
    {
      id: id.optional(),
      items: z.array(contestItemSchema.extend({ id: id.optional() })).min(1, '请至少设一个评分项目').max(20, '评分项目不超过20个'),
      judges: z.array(contestJudgeSchema.extend({ id: id.optional() })).min(1, '请至少设一名评委').max(30, '评委不超过30名'),
      rounds: z.array(contestRoundSchema.extend({ id: id.optional() })).min(1, '请至少设一个轮次').max(3, '轮次不超过3个'),
      /** The user was told the scoring rule changes under scores already entered, and agreed. */
      ruleChangeConfirmed: z.boolean().default(false)
    },
    { items: '评分项目', judges: '评委', rounds: '轮次' }
  )
)
export type ContestDraft = z.input<typeof contestDraftSchema>

const sheetKey = z.object({ contestId: id, roundId: id, judgeId: id, keying: z.enum(['first', 'second']).default('first') })

/** One entrant's line of the results. */
export const resultLineSchema = z.object({
  entrantId: z.string(),
  name: z.string(),
  /** The person's team, or empty for a team entrant. */
  teamName: z.string(),
  marks: z.array(z.object({ judgeId: z.string(), state: z.enum(['scored', 'blank', 'partial']), total: z.number().nullable() })),
  counted: z.array(z.string()),
  dropped: z.object({ highest: z.string(), lowest: z.string() }).nullable(),
  base: z.number().nullable(),
  deduction: z.number(),
  final: z.number().nullable(),
  incomplete: z.string().nullable(),
  rank: z.number().nullable(),
  tied: z.boolean(),
  award: z.string().nullable(),
  awardPending: z.boolean()
})
export type ResultLine = z.infer<typeof resultLineSchema>

export const boundaryTieSchema = z.object({
  final: z.number(),
  entrantIds: z.array(z.string()),
  names: z.array(z.string()),
  upper: z.string(),
  lower: z.string().nullable(),
  places: z.number(),
  resolvedBy: z.enum(['item', 'highest', 'officer']).nullable()
})

export const sheetSummarySchema = z.object({
  judgeId: z.string(),
  judgeName: z.string(),
  state: z.enum(['missing', 'partial', 'gaps', 'complete']),
  scored: z.number(),
  blankNames: z.array(z.string()),
  partialNames: z.array(z.string()),
  /** none: not keyed twice; otherwise how many cells the two keyings differ in. */
  secondKeying: z.enum(['none', 'agrees', 'differs']),
  differences: z.number()
})
export type SheetSummary = z.infer<typeof sheetSummarySchema>

export const roundResultSchema = z.object({
  roundId: z.string(),
  roundName: z.string(),
  /** Awards are given in the last round only. */
  awards: z.boolean(),
  lines: z.array(resultLineSchema),
  ties: z.array(boundaryTieSchema),
  warnings: z.array(z.string()),
  sheets: z.array(sheetSummarySchema)
})
export type RoundResult = z.infer<typeof roundResultSchema>

export const contestViewSchema = contestSchema.extend({
  entrantNames: z.record(z.string(), z.string()),
  judgeNames: z.record(z.string(), z.string()),
  /** The entrants in 姓氏笔画 and in 拼音 order, for the grid to follow the printed sheet. */
  entrantOrders: z.object({ strokes: z.array(z.string()), pinyin: z.array(z.string()) }),
  rounds: z.array(contestRoundSchema),
  results: z.array(roundResultSchema),
  /** Why it may not go to 成绩公示 / 定稿 yet (missing sheets, blanks, differing keyings, open ties); empty when it may. */
  blockers: z.array(z.string()),
  ruleText: z.string(),
  hasScores: z.boolean()
})
export type ContestView = z.infer<typeof contestViewSchema>

export const contestListEntrySchema = contestSchema.pick({ id: true, year: true, kind: true, name: true, date: true, place: true, status: true, entrantKind: true, noticeTo: true }).extend({
  entrants: z.number(),
  judges: z.number(),
  sheetsDone: z.number(),
  sheetsWanted: z.number()
})
export type ContestListEntry = z.infer<typeof contestListEntrySchema>

export const keyingDifferenceSchema = z.object({ entrantId: z.string(), name: z.string(), itemId: z.string(), itemName: z.string(), first: z.number().nullable(), second: z.number().nullable() })

export const sheetImportPreviewSchema = z.object({
  previewId: z.string(),
  fileName: z.string(),
  judgeName: z.string(),
  keying: z.enum(['first', 'second']),
  rows: z.array(z.object({ row: z.number(), name: z.string(), entrantId: z.string().nullable(), cells: z.record(z.string(), cellSchema), problems: z.array(z.string()) })),
  /** What stops the import as a whole; each row's own problems stop it too. */
  problems: z.array(z.string()),
  /** Cells the import would change on the sheet already keyed. */
  changes: z.number()
})
export type SheetImportPreview = z.infer<typeof sheetImportPreviewSchema>

const reasonField = z.string().trim().min(1, '请填写重新打开的原因').max(300, '原因不超过300个字')

/** 比武竞赛：技能比武、岗位练兵、作风竞赛（评委打分、排名、评奖）. Verbs are unique across the stage's parts (they share one contract part). */
export const contestContract = {
  contests: query('比武竞赛列表（可按年度筛选）', z.object({ year: yearSchema.optional() }).optional(), z.array(contestListEntrySchema)),
  contest: query('一场比武竞赛：设置、各轮成绩、名次与奖项、评分表录入情况', byId, contestViewSchema),
  contestSave: command('新增或修改比武竞赛（草稿时；已录成绩后改计分办法须确认）', contestDraftSchema, contestViewSchema),
  contestDelete: command('删除一场草稿状态的比武竞赛及其评分表', byId, z.object({ sheets: z.number() })),
  contestSheet: query('一名评委某一轮的评分表', sheetKey, scoreSheetSchema.nullable()),
  contestSheetSave: command(
    '保存一名评委某一轮的评分表（空白与0分分开保存，超过满分、负数、非数字拒绝）',
    sheetKey.extend({ cells: z.record(id, z.record(id, cellSchema)).meta({ label: '成绩' }) }),
    contestViewSchema
  ),
  contestSheetDifferences: query('两次录入的评分表逐格对照，列出不一致之处', sheetKey.omit({ keying: true }), z.array(keyingDifferenceSchema)),
  contestDeductionsSave: command('保存某一轮的扣分', z.object({ contestId: id, roundId: id, deductions: z.array(deductionSchema.omit({ roundId: true })) }), contestViewSchema),
  contestTieDecide: command(
    '奖项分界处并列、规则无法区分时，由组织者确定先后',
    z.object({ contestId: id, roundId: id, entrantIds: z.array(id).min(2), note: z.string().trim().max(200, '说明不超过200个字').default('') }),
    contestViewSchema
  ),
  contestPublish: command(
    '成绩公示：定下公示期（默认5个工作日）',
    z.object(labelled({ id, from: daySchema, to: daySchema.optional() }, { from: '公示开始日期', to: '公示截止日期' })),
    contestViewSchema
  ),
  contestWithdraw: command('撤回成绩公示，回到草稿', byId, contestViewSchema),
  contestFinalize: command('成绩定稿：锁定成绩', byId, contestViewSchema),
  contestReopen: command('重新打开已定稿的比武竞赛（须填写原因，原结果与新结果一并保存）', z.object(labelled({ id, reason: reasonField }, { reason: '原因' })), contestViewSchema),
  contestSheetTemplate: query(
    '保存一名评委某一轮的评分表模板（Excel）',
    sheetKey.omit({ keying: true }).extend({ nameOrder: z.enum(NAME_ORDERS).default('strokes') }),
    canceledOr(z.object({ path: z.string() })),
    { dialog: 'save' }
  ),
  contestSheetImportPreview: query('选择填好的评分表（Excel）并预览（不写入数据）', sheetKey, canceledOr(sheetImportPreviewSchema), { dialog: 'open' }),
  contestSheetImportCommit: command('按预览导入评分表（有错误时拒绝，整张表一次保存）', z.object({ previewId: id }), contestViewSchema)
} satisfies ContractPart
